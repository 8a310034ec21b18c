"""scripts/response_schemas.py: openapi.yaml follows R1-R6, and each rule catches its breach."""

from __future__ import annotations

import copy
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from spectools import SPEC_PATH, load_spec

from scripts.response_schemas import check, main

Spec = dict[str, Any]
SCHEMAS = "#/components/schemas/"


def _schemas(spec: Spec) -> dict[str, Any]:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


def _device(spec: Spec) -> dict[str, Any]:
    device: dict[str, Any] = _schemas(spec)["Device"]["properties"]
    return device


def _list_device_invites(spec: Spec) -> dict[str, Any]:
    content = spec["paths"]["/device/{deviceId}/device-invites"]["get"]["responses"]["200"]
    schema: dict[str, Any] = content["content"]["application/json"]["schema"]
    return schema


def r1_required(spec: Spec) -> None:
    _schemas(spec)["Device"]["required"] = ["id", "nodeId"]


def r2_string(spec: Spec) -> None:
    _device(spec)["hostname"]["type"] = "string"


def r2_array(spec: Spec) -> None:
    _device(spec)["tags"]["type"] = "array"


def r2_object_reference(spec: Spec) -> None:
    _device(spec)["clientConnectivity"] = {"$ref": SCHEMAS + "DeviceClientConnectivity"}


def r2_nullable_object_component(spec: Spec) -> None:
    _schemas(spec)["Contact"]["type"] = ["object", "null"]


def r2_map_value(spec: Spec) -> None:
    connectivity = _schemas(spec)["DeviceClientConnectivity"]["properties"]
    connectivity["latency"]["additionalProperties"] = {"$ref": SCHEMAS + "DerpLatency"}


def r2_inline_time(spec: Spec) -> None:
    _device(spec)["created"] = {"type": ["string", "null"], "format": "date-time"}


def r2_boolean(spec: Spec) -> None:
    _device(spec)["authorized"] = {"type": "boolean"}


def r2_untitled_inline_object(spec: Spec) -> None:
    del _schemas(spec)["DeviceClientConnectivity"]["properties"]["latency"]["title"]


def r2_scalar_component(spec: Spec) -> None:
    _schemas(spec)["FlexibleId"]["type"] = ["string", "integer"]


def r3_enum(spec: Spec) -> None:
    _device(spec)["os"]["enum"] = ["linux", "macOS"]


def r4_shared(spec: Spec) -> None:
    body = spec["paths"]["/tailnet/{tailnet}/dns/preferences"]["post"]["requestBody"]
    body["content"]["application/json"]["schema"] = {"$ref": SCHEMAS + "DnsPreferences"}


def r5_secret(spec: Spec) -> None:
    del _schemas(spec)["Webhook"]["properties"]["secret"]["format"]


def r5_new_token(spec: Spec) -> None:
    _device(spec)["refreshToken"] = {"type": ["string", "null"]}


def r6_top_level_array(spec: Spec) -> None:
    _list_device_invites(spec)["type"] = "array"


BREACHES: list[tuple[Callable[[Spec], None], str, str]] = [
    (r1_required, "R1", SCHEMAS + "Device"),
    (r2_string, "R2", SCHEMAS + "Device/properties/hostname"),
    (r2_array, "R2", SCHEMAS + "Device/properties/tags"),
    (r2_object_reference, "R2", SCHEMAS + "Device/properties/clientConnectivity"),
    (r2_nullable_object_component, "R2", SCHEMAS + "Contact"),
    (
        r2_map_value,
        "R2",
        SCHEMAS + "DeviceClientConnectivity/properties/latency/additionalProperties",
    ),
    (r2_inline_time, "R2", SCHEMAS + "Device/properties/created"),
    (r2_boolean, "R2", SCHEMAS + "Device/properties/authorized"),
    (r2_untitled_inline_object, "R2", SCHEMAS + "DeviceClientConnectivity/properties/latency"),
    (r2_scalar_component, "R2", SCHEMAS + "DeviceInvite/properties/tailnetId"),
    (r3_enum, "R3", SCHEMAS + "Device/properties/os"),
    (r4_shared, "R4", SCHEMAS + "DnsPreferences"),
    (r5_secret, "R5", SCHEMAS + "Webhook/properties/secret"),
    (r5_new_token, "R5", SCHEMAS + "Device/properties/refreshToken"),
    (
        r6_top_level_array,
        "R6",
        "paths./device/{deviceId}/device-invites.get.responses.200.content.application/json.schema",
    ),
]


def test_openapi_yaml_follows_every_rule() -> None:
    assert check(load_spec()) == []


@pytest.mark.parametrize(
    ("breach", "rule", "where"), BREACHES, ids=lambda b: getattr(b, "__name__", "")
)
def test_each_breach_is_named_with_its_schema_path_and_rule(
    breach: Callable[[Spec], None], rule: str, where: str
) -> None:
    spec = copy.deepcopy(load_spec())
    breach(spec)
    found = {(v.path, v.rule) for v in check(spec)}
    assert (where, rule) in found, sorted(found)


def test_a_request_only_schema_may_be_strict() -> None:
    spec = copy.deepcopy(load_spec())
    request = _schemas(spec)["DnsPreferencesRequest"]
    assert request["required"] and request["additionalProperties"] is False
    request["properties"]["magicDNS"]["enum"] = [True]
    assert check(spec) == []


def test_the_command_fails_naming_the_rule(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = copy.deepcopy(load_spec())
    r2_string(broken)
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(broken), encoding="utf-8")
    assert main(["--spec", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{SCHEMAS}Device/properties/hostname: R2: admits string but not null" in out
    assert main(["--spec", str(SPEC_PATH)]) == 0


def test_fix_repairs_the_mechanical_breaches_and_keeps_comments(tmp_path: Path) -> None:
    path = tmp_path / "openapi.yaml"
    shutil.copy(SPEC_PATH, path)
    text = path.read_text(encoding="utf-8")
    assert main(["--spec", str(path), "--fix"]) == 0
    assert path.read_text(encoding="utf-8") == text, "a conforming spec is left byte for byte"

    start, end = text.index("\n    Device:\n"), text.index("\n    DeviceClientConnectivity:\n")
    device = (
        text[start:end]
        .replace("type: [array, 'null']", "type: array")
        .replace("type: [string, 'null']", "type: string")
        .replace(
            "anyOf:\n            - {$ref: '#/components/schemas/DeviceClientConnectivity'}\n"
            "            - {type: 'null'}",
            "$ref: '#/components/schemas/DeviceClientConnectivity'",
        )
    )
    broken = (
        text[:start]
        + device.replace("    Device:\n", "    Device:\n      required: [id]\n", 1)
        + text[end:]
    )
    assert len(check(yaml.safe_load(broken))) > 10
    path.write_text(broken, encoding="utf-8")
    assert main(["--spec", str(path)]) == 1
    assert main(["--spec", str(path), "--fix"]) == 0
    fixed = path.read_text(encoding="utf-8")
    assert yaml.safe_load(fixed) == yaml.safe_load(text)
    assert "# PolicyFile first" in fixed  # comments survive the round trip


def test_a_bare_reference_to_an_object_is_told_to_use_any_of() -> None:
    spec = copy.deepcopy(load_spec())
    r2_object_reference(spec)
    (violation,) = check(spec)
    assert violation.message.startswith("write anyOf: [{$ref: '#/components/schemas/DeviceClient")
