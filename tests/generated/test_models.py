"""Every documented JSON example parses through the generated client and loses nothing."""

from __future__ import annotations

import copy
import datetime
import importlib
import json
from types import ModuleType
from typing import Any

import httpx
import pytest
from openapi_python_client.strings import pascal_case, snake_case
from spectools import Example, Operation, examples, load_spec, resolve

from tailscale_sdk_generated.client import Client
from tailscale_sdk_generated.models import Device

SPEC = load_spec()
JSON_EXAMPLES = [
    ex
    for ex in examples(SPEC)
    if ex.media_type == "application/json" and ex.status is not None and ex.operation
]
FUTURE = {"addedLater": True}


def endpoint_module(op: Operation) -> ModuleType:
    package = snake_case(op.tags[0])
    return importlib.import_module(
        f"tailscale_sdk_generated.api.{package}.{snake_case(op.operation_id)}"
    )


def parse(ex: Example) -> Any:
    assert ex.operation is not None and ex.status is not None
    response = httpx.Response(int(ex.status), json=ex.value)
    client = Client(base_url="https://api.invalid/api/v2")
    return endpoint_module(ex.operation)._parse_response(client=client, response=response)


def to_json(parsed: Any) -> Any:
    if isinstance(parsed, list):
        return [to_json(item) for item in parsed]
    return parsed.to_dict()


def same_time(a: Any, b: Any) -> bool:
    try:
        left = datetime.datetime.fromisoformat(a)
        right = datetime.datetime.fromisoformat(b)
    except (TypeError, ValueError):
        return False
    return left == right


def assert_kept(given: Any, got: Any, where: str = "$") -> None:
    """Every key given is returned, with an equal value (times compared as times)."""
    if isinstance(given, dict):
        assert isinstance(got, dict), f"{where}: object became {type(got).__name__}"
        missing = sorted(set(given) - set(got))
        assert missing == [], f"{where}: dropped {missing}"
        for key, value in given.items():
            assert_kept(value, got[key], f"{where}.{key}")
    elif isinstance(given, list):
        assert isinstance(got, list) and len(got) == len(given), where
        for i, (a, b) in enumerate(zip(given, got, strict=True)):
            assert_kept(a, b, f"{where}[{i}]")
    else:
        assert given == got or same_time(given, got), f"{where}: {given!r} became {got!r}"


def _pointer_node(pointer: str) -> Any:
    node, _ = resolve(SPEC, {"$ref": pointer}, pointer)
    return node


def with_future_fields(value: Any, schema: Any) -> Any:
    """A copy with an unknown member added to every object with named fields, at every depth.

    Maps (``additionalProperties`` only) get none: every key of a map is an entry, and an entry
    of the wrong type is a parse error, not a field from the future.
    """
    schema, _ = resolve(SPEC, schema, "")
    if not isinstance(schema, dict):
        return value
    members = [m for key in ("anyOf", "oneOf") for m in schema.get(key, [])]
    if members:
        for member in members:
            resolved, _ = resolve(SPEC, member, "")
            kind = resolved.get("type") if isinstance(resolved, dict) else None
            kinds = kind if isinstance(kind, list) else [kind]
            if (isinstance(value, dict) and "object" in kinds) or (
                isinstance(value, list) and "array" in kinds
            ):
                return with_future_fields(value, resolved)
        return value
    if isinstance(value, dict):
        named = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        out = {k: with_future_fields(v, named.get(k, extra or {})) for k, v in value.items()}
        if named:
            out["fieldFromTheFuture"] = copy.deepcopy(FUTURE)
        return out
    if isinstance(value, list):
        return [with_future_fields(v, schema.get("items", {})) for v in value]
    return value


def test_every_operation_has_a_generated_module() -> None:
    from spectools import operations

    for op in operations(SPEC):
        assert hasattr(endpoint_module(op), "sync_detailed"), op.label


def test_json_examples_exist_for_many_operations() -> None:
    assert (
        len(
            {
                ex.operation.operation_id
                for ex in JSON_EXAMPLES
                if ex.operation and ex.status == "200"
            }
        )
        >= 25
    )


@pytest.mark.parametrize("ex", JSON_EXAMPLES, ids=[e.where for e in JSON_EXAMPLES])
def test_example_round_trips(ex: Example) -> None:
    assert_kept(ex.value, to_json(parse(ex)))


@pytest.mark.parametrize("ex", JSON_EXAMPLES, ids=[e.where for e in JSON_EXAMPLES])
def test_unknown_fields_survive(ex: Example) -> None:
    grown = Example(
        ex.where,
        ex.schema_pointer,
        with_future_fields(ex.value, _pointer_node(ex.schema_pointer)),
        ex.media_type,
        ex.status,
        ex.operation,
    )
    assert_kept(grown.value, to_json(parse(grown)))


def test_loose_values_from_the_real_api_parse() -> None:
    raw = {
        "id": "1",
        "nodeId": "nX",
        "created": "",
        "lastSeen": None,
        "expires": "2024-05-08T20:19:51.777861756Z",
        "updateAvailable": None,
        "os": "someNewOS",
        "clientConnectivity": {
            "clientSupports": {
                k: None for k in ("hairPinning", "ipv6", "pcp", "pmp", "udp", "upnp")
            },
            "latency": {"Dallas": {"latencyMs": 12.5, "preferred": None}},
        },
        "postureIdentity": {"serialNumbers": None, "disabled": True},
    }
    device = Device.from_dict(raw)
    assert device.created == ""
    assert device.last_seen is None
    assert device.expires == datetime.datetime(2024, 5, 8, 20, 19, 51, 777861, tzinfo=datetime.UTC)
    assert device.update_available is None
    assert device.os == "someNewOS"
    assert device.client_connectivity.client_supports.udp is None  # type: ignore[union-attr]
    assert_kept(raw, device.to_dict())


def _secret_fields() -> list[tuple[str, str, list[str]]]:
    """(schema name, secret property, required properties) for every `format: password`."""
    found = []
    for name, schema in SPEC["components"]["schemas"].items():
        for prop, sub in (schema.get("properties") or {}).items():
            if isinstance(sub, dict) and sub.get("format") == "password":
                found.append((name, prop, list(schema.get("required", []))))
    return found


SECRET_FIELDS = _secret_fields()


def _sample(schema: dict[str, Any]) -> Any:
    """A valid value for a required string property (its const, or the first one of an enum)."""
    schema, _ = resolve(SPEC, schema, "#")
    return schema["const"] if "const" in schema else schema.get("enum", ["x"])[0]


def test_secret_fields_are_marked_in_the_spec() -> None:
    marked = {(name, prop) for name, prop, _ in SECRET_FIELDS}
    assert {
        ("Key", "key"),
        ("OAuthToken", "access_token"),
        ("OAuthApp", "clientSecret"),
        ("TailnetOAuthClient", "secret"),
        ("LogstreamGcsRequest", "gcsCredentials"),
        ("LogstreamS3AccessKeyRequest", "s3SecretAccessKey"),
        ("LogstreamConfigurationRequest", "token"),
        ("OAuthTokenExchangeRequest", "jwt"),
    } <= marked


@pytest.mark.parametrize(("schema", "prop", "required"), SECRET_FIELDS)
def test_secret_fields_stay_out_of_repr(schema: str, prop: str, required: list[str]) -> None:
    models = importlib.import_module("tailscale_sdk_generated.models")
    secret = "tskey-test-DO-NOT-PRINT"
    properties = SPEC["components"]["schemas"][schema]["properties"]
    raw = {name: _sample(properties[name]) for name in required} | {prop: secret}
    model = getattr(models, pascal_case(schema)).from_dict(raw)
    assert secret not in repr(model) and secret not in str(model)
    assert model.to_dict()[prop] == secret


def test_future_fields_reach_nested_models() -> None:
    """The unknown member goes into models at every depth, not into maps."""
    grown = [
        with_future_fields(ex.value, _pointer_node(ex.schema_pointer))
        for ex in JSON_EXAMPLES
        if ex.operation is not None and ex.operation.operation_id == "listTailnetDevices"
    ]
    text = json.dumps(grown)
    assert text.count("fieldFromTheFuture") >= 5  # devices, connectivity, supports, latencies
    assert '"latency": {"fieldFromTheFuture"' not in text.replace(" ", "")
