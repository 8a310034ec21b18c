"""Tests for scripts/spec_diff.py (`make spec-diff OFFICIAL=file`): openapi.yaml against an OpenAPI
document Tailscale publishes. tests/spec/spec_diff/ours.yaml and official.json are two small specs
whose every difference is deliberate; each test below checks one kind."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scripts import spec_diff

REPO_ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "spec_diff"
OURS = FIXTURES / "ours.yaml"
OFFICIAL = FIXTURES / "official.json"


@pytest.fixture(scope="module")
def ours() -> spec_diff.Document:
    return spec_diff.load_document(OURS)


@pytest.fixture(scope="module")
def official() -> spec_diff.Document:
    return spec_diff.load_document(OFFICIAL)


@pytest.fixture(scope="module")
def result(ours: spec_diff.Document, official: spec_diff.Document) -> spec_diff.SpecDiff:
    return spec_diff.diff(ours, official)


def labels(operations: list[spec_diff.Operation]) -> list[str]:
    return [op.label() for op in operations]


def changed_operation(result: spec_diff.SpecDiff, operation_id: str) -> spec_diff.OperationDiff:
    (found,) = [op for op in result.operations if op.ours.operation_id == operation_id]
    return found


def fields(op: spec_diff.OperationDiff) -> dict[str, tuple[list[str], list[str]]]:
    return {fd.where: (fd.only_official, fd.only_ours) for fd in op.fields}


def test_added_and_removed_operations(result: spec_diff.SpecDiff) -> None:
    assert labels(result.only_official) == ["GET /services  (listServices)"]
    assert labels(result.only_ours) == ["GET /legacy  (getLegacy)"]


def test_renamed_path_parameter_and_base_path_are_no_change(result: spec_diff.SpecDiff) -> None:
    # Ours: server .../api/v2 + /device/{deviceId}; official: server without a path +
    # /api/v2/device/{id}. Same operation: neither side lists it, its fields are compared.
    listed = labels(result.only_official + result.only_ours)
    assert not [label for label in listed if "/device/" in label or "/keys/" in label]
    assert changed_operation(result, "getDevice").official.path == "/api/v2/device/{id}"


def test_same_operation_id_under_another_path_is_moved(result: spec_diff.SpecDiff) -> None:
    assert [(a.label(), b.label()) for a, b in result.moved] == [
        (
            "POST /device/{deviceId}/expire  (expireDeviceKey)",
            "POST /device/{id}/key/expire  (expireDeviceKey)",
        )
    ]


def test_another_operation_id_on_the_same_endpoint(result: spec_diff.SpecDiff) -> None:
    assert [(a.operation_id, b.operation_id) for a, b in result.renamed] == [
        ("deleteDevice", "removeDevice")
    ]


def test_ref_all_of_any_of_arrays_and_maps_are_followed(result: spec_diff.SpecDiff) -> None:
    # Official Device is allOf [$ref DeviceBase, {sshEnabled, distro: $ref Distro}] behind a
    # $ref'd response; ours is a plain object whose clientConnectivity is anyOf [$ref, null].
    device = changed_operation(result, "getDevice")
    assert fields(device) == {
        "200": (
            [
                "clientConnectivity.latency.*.preferred",
                "distro",
                "distro.codeName",
                "distro.name",
                "distro.version",
                "sshEnabled",
            ],
            [],
        )
    }
    assert device.statuses_only_official == ["404"]
    assert device.statuses_only_ours == []


def test_read_only_counts_in_responses_only_and_write_only_in_requests_only(
    result: spec_diff.SpecDiff,
) -> None:
    # Official Key (request and response): id, created readOnly; secret writeOnly (on its $ref).
    assert fields(changed_operation(result, "updateKey")) == {
        "request": (["secret"], []),
        "200": (["created", "id"], []),
    }


def test_recursive_schema_terminates_and_matches(result: spec_diff.SpecDiff) -> None:
    assert "getTree" not in [op.ours.operation_id for op in result.operations]


def test_added_request_field_and_removed_response_field(ours: spec_diff.Document) -> None:
    official = copy.deepcopy(dict(ours))
    key = official["components"]["schemas"]["Key"]["properties"]
    key["scopes"] = {"type": "array", "items": {"type": "string"}}
    device = official["components"]["schemas"]["Device"]["properties"]
    del device["addresses"]
    result = spec_diff.diff(ours, official)
    assert fields(changed_operation(result, "updateKey")) == {
        "request": (["scopes"], []),
        "200": (["scopes"], []),
    }
    assert fields(changed_operation(result, "getDevice")) == {"200": ([], ["addresses"])}


def test_a_body_on_one_side_only_counts_as_a_whole(ours: spec_diff.Document) -> None:
    official: dict[str, Any] = copy.deepcopy(dict(ours))
    del official["paths"]["/keys/{keyId}"]["put"]["requestBody"]
    result = spec_diff.diff(ours, official)
    assert fields(changed_operation(result, "updateKey")) == {"request": ([], ["", "description"])}
    report = spec_diff.format_report(result, "ours", "official")
    assert "    - request: (whole body)  (+1 nested)" in report.splitlines()


def test_identical_documents_have_no_difference(ours: spec_diff.Document) -> None:
    result = spec_diff.diff(ours, copy.deepcopy(dict(ours)))
    assert not result.changed
    assert spec_diff.format_report(result, "a", "b").splitlines()[-1] == "no difference"


def test_report_groups_and_collapses(result: spec_diff.SpecDiff) -> None:
    report = spec_diff.format_report(result, "ours.yaml", "official.json")
    assert report.splitlines() == [
        "spec diff: ours.yaml (ours) vs official.json (official)",
        "  + only in the official document, - only in ours",
        "  operations: 1 only official, 1 only ours, 1 moved, 1 with another operationId",
        "  bodies: 2 operations differ in response statuses or fields",
        "",
        "Operations:",
        "  + GET /services  (listServices)",
        "  - GET /legacy  (getLegacy)",
        "",
        "Operations under another path (same operationId):",
        "  ~ POST /device/{deviceId}/expire  (expireDeviceKey)  ->  "
        "POST /device/{id}/key/expire  (expireDeviceKey)",
        "",
        "Operations with another operationId:",
        "  ~ DELETE /device/{deviceId}: ours deleteDevice, official removeDevice",
        "",
        "Bodies (request fields, response statuses and fields):",
        "  GET /device/{deviceId}  (getDevice)",
        "    + responses: 404",
        "    + response 200: clientConnectivity.latency.*.preferred",
        "    + response 200: distro  (+3 nested)",
        "    + response 200: sshEnabled",
        "  PUT /keys/{keyId}  (updateKey)",
        "    + request: secret",
        "    + response 200: created",
        "    + response 200: id",
        "",
        "changed",
    ]


def test_a_field_that_differs_alike_in_several_responses_is_one_line(
    ours: spec_diff.Document,
) -> None:
    error = {
        "description": "error",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }
    mine: dict[str, Any] = copy.deepcopy(dict(ours))
    mine["components"]["schemas"]["Error"] = {"properties": {"message": {"type": "string"}}}
    mine["paths"]["/legacy"]["get"]["responses"].update({"400": error, "404": error})
    official = copy.deepcopy(mine)
    official["components"]["schemas"]["Error"]["properties"]["data"] = {"type": "object"}
    report = spec_diff.format_report(spec_diff.diff(mine, official), "a", "b").splitlines()
    assert report[-5:] == [
        "Bodies (request fields, response statuses and fields):",
        "  GET /legacy  (getLegacy)",
        "    + response 400, 404: data",
        "",
        "changed",
    ]


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scripts.spec_diff", *map(str, args)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_cli_exit_status(tmp_path: Path) -> None:
    report = run("--spec", OURS, "--official", OFFICIAL)
    assert (report.returncode, report.stdout.splitlines()[-1]) == (0, "changed")
    assert "  + GET /services  (listServices)" in report.stdout.splitlines()

    assert run("--spec", OURS, "--official", OFFICIAL, "--fail-on-change").returncode == 1

    # The same document as JSON and as YAML: no difference, even with --fail-on-change.
    as_json = tmp_path / "ours.json"
    as_json.write_text(json.dumps(spec_diff.load_document(OURS)), encoding="utf-8")
    same = run("--spec", OURS, "--official", as_json, "--fail-on-change")
    assert (same.returncode, same.stdout.splitlines()[-1]) == (0, "no difference")

    missing = run("--spec", OURS, "--official", tmp_path / "nowhere.json")
    assert missing.returncode == 2
    assert "OpenAPI document not found" in missing.stderr

    swagger = tmp_path / "swagger.yaml"
    swagger.write_text("swagger: '2.0'\npaths: {}\n", encoding="utf-8")
    old = run("--spec", OURS, "--official", swagger)
    assert (old.returncode, "not an OpenAPI 3.x document" in old.stderr) == (2, True)


def test_the_project_spec_has_no_difference_with_itself() -> None:
    spec = spec_diff.load_document(REPO_ROOT / "openapi.yaml")
    result = spec_diff.diff(spec, spec)
    assert not result.changed
    # Sanity: the walker sees the spec's operations and their nested fields.
    ops = spec_diff.operations(spec)
    assert len(ops) >= 74
    device = spec_diff.body_fields(spec, ops[("GET", "/device/{}")])["200"]
    assert device is not None
    assert {"id", "clientConnectivity.latency.*.latencyMs"} <= device


def test_operation_and_path_level_servers_set_the_base_path(ours: spec_diff.Document) -> None:
    official: dict[str, Any] = copy.deepcopy(dict(ours))
    official["servers"] = [{"url": "https://api.example.com/api"}]
    paths = official["paths"]
    for path in list(paths):
        paths["/v2" + path] = paths.pop(path)
    paths["/v2/legacy"]["servers"] = [{"url": "/api"}]
    paths["/v2/tree"]["get"]["servers"] = [{"url": "https://other.example.com/api"}]
    assert not spec_diff.diff(ours, official).changed
    paths["/v2/tree"]["get"]["servers"] = [{"url": "https://other.example.com/"}]
    moved = spec_diff.diff(ours, official).moved
    assert [(a.label(), b.label()) for a, b in moved] == [
        ("GET /tree  (getTree)", "GET /v2/tree  (getTree)")
    ]
