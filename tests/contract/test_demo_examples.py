"""The fuzz run's demo examples: each names real demo data that reaches its operation's success.

`schemathesis_hooks.DEMO_EXAMPLES` replaces, for the fuzz run only, examples of openapi.yaml
that name resources the demo tailnet lacks. Each operation's examples, sent as the examples
phase would send them to a fresh demo tailnet, must include one the mock answers with a 2xx;
otherwise the examples and coverage phases of `make fuzz` warn again.
"""

from __future__ import annotations

import copy
import itertools
import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import yaml
from contract.schemathesis_hooks import DEMO_EXAMPLES, with_demo_examples
from spectools import resolve

from tailscale_mock import DEMO_API_KEY, MockTailnet, create_app, spec_path, sync_transport

BASE_URL = "http://127.0.0.1/api/v2"


def fuzzed_spec() -> dict[str, Any]:
    """openapi.yaml as the fuzz run loads it (every operation given its demo examples)."""
    raw: dict[str, Any] = yaml.safe_load(spec_path().read_text(encoding="utf-8"))
    for item in raw["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict):
                with_demo_examples(raw, item, operation)
    return raw


SPEC = fuzzed_spec()


def find(operation_id: str) -> tuple[str, str, dict[str, Any], dict[str, Any]]:
    for path, item in SPEC["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return path, method, item, operation
    raise LookupError(operation_id)


def example_values(parameter: dict[str, Any]) -> list[Any]:
    if "examples" in parameter:
        return [e["value"] for e in parameter["examples"].values()]
    if "example" in parameter:
        return [parameter["example"]]
    return ["-"] if parameter["name"] == "tailnet" else []


def requests(operation_id: str) -> Iterator[tuple[str, str, dict[str, str], Any, str | None]]:
    """(method, URL, query, body, media type) for each combination of the examples."""
    path, method, item, operation = find(operation_id)
    parameters: dict[tuple[str, str], dict[str, Any]] = {}
    for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
        parameter, _ = resolve(SPEC, parameter, "")
        parameters[(parameter["in"], parameter["name"])] = parameter
    chosen = [
        (key, example_values(p))
        for key, p in parameters.items()
        if key[0] == "path"
        or key in {(k.split(".")[0], k.split(".")[1]) for k in DEMO_EXAMPLES[operation_id]}
    ]
    bodies: list[tuple[Any, str | None]] = [(None, None)]
    content = operation.get("requestBody", {}).get("content", {})
    if content:
        media_type, media = next(iter(content.items()))
        bodies = [(e["value"], media_type) for e in media.get("examples", {}).values()]
    for values in itertools.product(*(v for _, v in chosen)):
        url, query = path, {}
        for ((location, name), _), value in zip(chosen, values, strict=True):
            if location == "path":
                url = url.replace("{" + name + "}", urllib.parse.quote(str(value), safe=""))
            else:
                query[name] = str(value)
        for body, media_type in bodies:
            yield method.upper(), url, query, copy.deepcopy(body), media_type


def send(method: str, url: str, query: dict[str, str], body: Any, media_type: str | None) -> int:
    app = create_app(MockTailnet(seed=0))
    headers = {"Authorization": f"Bearer {DEMO_API_KEY}"}
    with httpx.Client(transport=sync_transport(app), base_url=BASE_URL, headers=headers) as client:
        if media_type == "application/x-www-form-urlencoded":
            response = client.request(method, url, params=query, data=body)
        elif media_type is not None:
            response = client.request(
                method,
                url,
                params=query,
                content=json.dumps(body),
                headers={"Content-Type": media_type},
            )
        else:
            response = client.request(method, url, params=query)
    assert app.state.mock_errors == []
    return response.status_code


@pytest.mark.parametrize("operation_id", sorted(DEMO_EXAMPLES))
def test_the_demo_examples_reach_the_success_path(operation_id: str) -> None:
    statuses = [send(*request) for request in requests(operation_id)]
    assert statuses, "no request was built"
    assert any(200 <= status < 300 for status in statuses), statuses


def test_an_example_for_a_parameter_the_operation_lacks_is_an_error() -> None:
    raw: dict[str, Any] = yaml.safe_load(spec_path().read_text(encoding="utf-8"))
    item = raw["paths"]["/users/{userId}/suspend"]
    DEMO_EXAMPLES["suspendUser"]["path.nobody"] = ["x"]
    try:
        with pytest.raises(LookupError, match=r"suspendUser has no parameter path\.nobody"):
            with_demo_examples(raw, item, item["post"])
    finally:
        del DEMO_EXAMPLES["suspendUser"]["path.nobody"]


def test_the_fuzz_run_keeps_the_other_examples_of_openapi_yaml() -> None:
    _, _, _, operation = find("suspendUser")
    (parameter,) = operation["parameters"]
    assert parameter["examples"] == {"demo0": {"value": "22012"}}
    # Operations without demo examples, and the path's shared parameter, are untouched.
    assert SPEC["components"]["parameters"]["userId"]["example"] == "123456"
    assert "parameters" not in find("getUser")[3]
