"""The overlay's argument rules are openapi.yaml's: no rule the overlay applies disagrees
with the spec's JSON schema, on values hypothesis draws from the rule itself and on known
troublemakers (``https:///x``, a pattern's match with a trailing newline)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jsonschema_rs
import pytest
import spectools
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tailscale_sdk import _validate as check
from tailscale_sdk_generated._constraints import RULES

OVERLAY = Path(check.__file__).parent
USED = sorted(
    {
        key
        for path in OVERLAY.rglob("*.py")
        for key in re.findall(r'check\.rule\(\s*"([^"]+)"\s*\)', path.read_text(encoding="utf-8"))
    }
)

# Values that broke a hand-written copy of a rule once, or nearly did.
KNOWN: dict[str, list[Any]] = {
    "CreateWebhookRequest.endpointUrl": [
        "https:///x",
        "https://",
        "https://hooks.example.com/t",
        "http://hooks.example.com",
        "https://a b",
        "https://x\n",
        " https://x",
    ],
    "SetDeviceTagsRequest.tags": [
        ["tag:a\n"],
        ["tag:a"],
        ["tag:"],
        ["tag:-a"],
        ["tag:" + "a" * 96],
    ],
    "SetDeviceRoutesRequest.routes": [["10.0.0.1/16"], ["10.0.0.0/8\n"], ["x/8"], ["::/0"]],
    "SetDeviceNameRequest.name": ["", "a.b", "a..b", "-a", "a" * 63, "a" * 64, "a.", "a\n"],
    "CreateKeyRequest.description": ["", "dev access", "no/slash", "a" * 50, "a" * 51],
    "CreateKeyRequest.expirySeconds": [0, 1, -1, 2**63],
    "SetPostureAttributeRequest.value": [2**53 - 1, 2**53, -(2**53), "a.b_c", "a b", True, ""],
    "UpdateTailnetSettingsRequest.devicesKeyDurationDays": [0, 1, 180, 181],
    "createUserInvites.body": [[], [{}]],
    "createDeviceInvites.body": [[], [{}, {}]],
}


def _spec_pointer(key: str) -> str:
    """The JSON pointer of the spec's own schema for a RULES key (not RULES' copy of it)."""
    spec = spectools.load_spec()
    first, *rest = key.split(".")
    if first in spec["components"]["schemas"]:
        tokens = ["components", "schemas", first]
        for name in rest:
            _, where = spectools.resolve(spec, _at(spec, tokens), spectools.pointer(*tokens))
            tokens = [*_tokens(where), "properties", name]
        return spectools.pointer(*tokens)
    (operation,) = [op for op in spectools.operations() if op.operation_id == first]
    (name,) = rest
    base = ["paths", operation.path, operation.method]
    if name == "body":
        return spectools.pointer(*base, "requestBody", "content", "application/json", "schema")
    for owner, params in (
        (base, operation.node.get("parameters", [])),
        (["paths", operation.path], spec["paths"][operation.path].get("parameters", [])),
    ):
        for index, param in enumerate(params):
            resolved, ref = spectools.resolve(spec, param, "")
            if resolved["name"] == name:
                tokens = _tokens(ref) if ref else [*owner, "parameters", str(index)]
                return spectools.pointer(*tokens, "schema")
    raise KeyError(key)


def _tokens(pointer: str) -> list[str]:
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer[2:].split("/")]


def _at(spec: Mapping[str, Any], tokens: list[str]) -> Any:
    node: Any = spec
    for token in tokens:
        node = node[token]
    return node


def _spec_validator(key: str) -> jsonschema_rs.Validator:
    spec = spectools.load_spec()
    pointer = "#/" + quote(_spec_pointer(key)[2:], safe="/~")
    # Formats are annotations in JSON Schema 2020-12 (its default): the server checks them.
    return jsonschema_rs.Draft202012Validator({"$ref": pointer, **spec}, validate_formats=False)


def _values(rule: Mapping[str, Any]) -> st.SearchStrategy[Any]:
    """Values near and inside the rule: what it accepts, what it just refuses, and noise."""
    branches = rule.get("oneOf", rule.get("anyOf"))
    if branches is not None:
        return st.one_of([_values(branch) for branch in branches])
    kind = rule.get("type")
    if kind == "string":
        parts: list[st.SearchStrategy[str]] = [st.text(max_size=rule.get("maxLength", 60) + 2)]
        if "pattern" in rule:
            matching = st.from_regex(rule["pattern"])
            parts += [matching, matching.map(lambda s: s + "\n"), matching.map(lambda s: s + " ")]
            if "maxLength" in rule:  # a match stretched to the limit and just past it
                longest = rule["maxLength"]
                stretch = st.tuples(matching.filter(bool), st.sampled_from([0, 1]))
                parts.append(stretch.map(lambda m: m[0] + m[0][-1] * (longest + m[1] - len(m[0]))))
        if "enum" in rule:
            parts.append(st.sampled_from(rule["enum"]))
        return st.one_of(parts)
    if kind == "integer":
        low, high = rule.get("minimum", -(2**64)), rule.get("maximum", 2**64)
        return st.one_of(st.integers(low - 2, high + 2), st.sampled_from([low, high]))
    if kind == "boolean":
        return st.booleans()
    if kind == "array":
        size = rule.get("maxItems", 3) + 1
        return st.lists(_values(rule.get("items", {})), max_size=size)
    return st.fixed_dictionaries({})


def _overlay_accepts(value: Any, rule: Mapping[str, Any]) -> bool:
    try:
        check.conform(value, rule, "value")
    except ValueError:
        return False
    return True


def test_the_overlay_reads_rules_from_the_spec() -> None:
    assert len(USED) >= 15
    assert set(USED) <= set(RULES)


@pytest.mark.parametrize("key", USED)
def test_known_values_agree(key: str) -> None:
    validator = _spec_validator(key)
    for value in KNOWN.get(key, []):
        assert _overlay_accepts(value, RULES[key]) == validator.is_valid(value), value


@pytest.mark.parametrize("key", USED)
def test_drawn_values_agree(key: str) -> None:
    validator, rule = _spec_validator(key), RULES[key]

    @settings(
        max_examples=100,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    @given(_values(rule))
    def agree(value: Any) -> None:
        assert _overlay_accepts(value, rule) == validator.is_valid(value), value

    agree()


def test_https_triple_slash_is_refused() -> None:
    """The old hand-written check accepted it; the spec never did."""
    rule = check.rule("CreateWebhookRequest.endpointUrl")
    assert not _spec_validator("CreateWebhookRequest.endpointUrl").is_valid("https:///x")
    with pytest.raises(ValueError, match="must match"):
        check.conform("https:///x", rule, "endpoint_url")


def test_a_secret_is_never_echoed() -> None:
    rule = check.rule("CreatePostureIntegrationRequest.clientSecret")
    with pytest.raises(ValueError) as caught:
        check.conform("", rule, "client_secret")
    assert str(caught.value) == "invalid client_secret: must be at least 1 character(s)"
