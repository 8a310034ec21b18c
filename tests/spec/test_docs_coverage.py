"""Tests for scripts/docs_coverage.py: the check that openapi.yaml covers the markdown API docs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts import docs_coverage as dc

REPO_ROOT = Path(__file__).resolve().parents[2]
DOCS_DIR = REPO_ROOT.parent / "shared/docs/tailscale-api"
SPEC = REPO_ROOT / "openapi.yaml"
SCRIPT = REPO_ROOT / "scripts/docs_coverage.py"

# The readme.md index, verbatim apart from the /api/v2 prefix.
INDEX_ENDPOINTS = """
    GET /device/{deviceid}
    DELETE /device/{deviceID}
    POST /device/{deviceID}/expire
    GET /device/{deviceID}/routes
    POST /device/{deviceID}/routes
    POST /device/{deviceID}/authorized
    POST /device/{deviceID}/tags
    POST /device/{deviceID}/key
    POST /device/{deviceID}/ip
    GET /device/{deviceID}/attributes
    POST /device/{deviceID}/attributes/{attributeKey}
    DELETE /device/{deviceID}/attributes/{attributeKey}
    GET /device/{deviceID}/device-invites
    POST /device/{deviceID}/device-invites
    GET /tailnet/{tailnet}/acl
    POST /tailnet/{tailnet}/acl
    POST /tailnet/{tailnet}/acl/preview
    POST /tailnet/{tailnet}/acl/validate
    GET /tailnet/{tailnet}/devices
    GET /tailnet/{tailnet}/keys
    POST /tailnet/{tailnet}/keys
    GET /tailnet/{tailnet}/keys/{keyid}
    DELETE /tailnet/{tailnet}/keys/{keyid}
    GET /tailnet/{tailnet}/dns/nameservers
    POST /tailnet/{tailnet}/dns/nameservers
    GET /tailnet/{tailnet}/dns/preferences
    POST /tailnet/{tailnet}/dns/preferences
    GET /tailnet/{tailnet}/dns/searchpaths
    POST /tailnet/{tailnet}/dns/searchpaths
    GET /tailnet/{tailnet}/dns/split-dns
    PATCH /tailnet/{tailnet}/dns/split-dns
    PUT /tailnet/{tailnet}/dns/split-dns
    GET /tailnet/{tailnet}/user-invites
    POST /tailnet/{tailnet}/user-invites
    GET /user-invites/{userInviteId}
    DELETE /user-invites/{userInviteId}
    POST /user-invites/{userInviteId}/resend
    GET /device-invites/{deviceInviteId}
    DELETE /device-invites/{deviceInviteId}
    POST /device-invites/{deviceInviteId}/resend
    POST /device-invites/-/accept
"""


def _keys(endpoints: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {dc.endpoint_key(method, path) for method, path in endpoints}


# --------------------------------------------------------------------------- the real docs


def test_real_docs_have_exactly_the_41_indexed_endpoints() -> None:
    index = {(m, p) for m, p in (line.split() for line in INDEX_ENDPOINTS.strip().splitlines())}
    assert len(index) == 41

    found = dc.documented_endpoints(DOCS_DIR)

    assert len(found) == 41, sorted(found)
    assert _keys(found) == _keys(index)
    # The stray backticks in the ```http blocks must not leak into the paths.
    assert not [path for _, path in found if "`" in path or "api/v2" in path]


@pytest.mark.parametrize(
    ("key", "source"),
    [
        ("addresses", "device.md"),
        ("clientConnectivity", "device.md"),
        ("latencyMs", "device.md"),  # inside the latency data map
        ("hairPinning", "device.md"),
        ("serialNumbers", "device.md"),
        ("tailnetLockKey", "device.md"),
        ("capabilities", "tailnet.md"),
        ("expirySeconds", "tailnet.md"),  # after a `}` with a missing comma
        ("description", "tailnet.md"),  # after a value with a missing comma
        ("acceptedBy", "deviceinvites.md"),
        ("loginName", "deviceinvites.md"),
        ("inviterId", "userinvites.md"),
    ],
)
def test_real_docs_attribute_is_found(key: str, source: str) -> None:
    assert dc.documented_attributes(DOCS_DIR).get(key) == source


@pytest.mark.parametrize("data_key", ["Dallas", "New York City"])
def test_real_docs_latency_region_names_are_not_attributes(data_key: str) -> None:
    assert data_key not in dc.documented_attributes(DOCS_DIR)


# --------------------------------------------------------------------------- units


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("/api/v2/tailnet/{tailnet}/acl`", "/tailnet/{tailnet}/acl"),
        ("`/api/v2/tailnet/{tailnet}/dns/preferences`.", "/tailnet/{tailnet}/dns/preferences"),
        ("/api/v2/device/{deviceID}/routes?fields=all", "/device/{deviceID}/routes"),
        ("/device-invites/-/accept", "/device-invites/-/accept"),
    ],
)
def test_normalize_path(raw: str, expected: str) -> None:
    assert dc.normalize_path(raw) == expected


def test_path_parameters_match_by_position_not_name() -> None:
    spellings = ["{deviceid}", "{deviceID}", "{deviceId}", "{id}"]
    assert len({dc.endpoint_key("get", f"/device/{p}/routes") for p in spellings}) == 1
    assert dc.endpoint_key("GET", "/device/{id}") != dc.endpoint_key("GET", "/device/{id}/ip")
    assert dc.endpoint_key("GET", "/device/{id}") != dc.endpoint_key("DELETE", "/device/{id}")


def test_jsonc_keys_tolerates_comments_missing_commas_and_urls() -> None:
    text = """
    {
      // "commented": is not a key
      "url": "https://example.com/x", /* "blockCommented": 1 */
      "first": {"inner": 1}
      "second": 2
      "list": [{"itemKey": true}, "not:a-key"],
      "latency": {"fra": {"latencyMs": 3}},
      "regions": {"Frankfurt am Main": {"preferred": true}}
    }
    """
    assert dc.jsonc_keys(text) == [
        "url", "first", "second", "list", "latency", "regions",
        "inner", "itemKey", "latencyMs", "preferred",
    ]  # fmt: skip


# --------------------------------------------------------------------------- the CLI

FIXTURE_DOC = """\
# Widgets

- Get a widget: [`GET /api/v2/widgets/{widgetid}`](#get-widget)

### Attributes

```jsonc
{
  // id (string); see https://example.com/docs
  "id": "w1",
  "colour": "red"
  "dimensions": {"heightMm": 3},
  "latency": {"Dallas": {"latencyMs": 1.5}},
  "parts": [{"partNo": "A-1"}]
}
```

## Spin a widget

```http
POST /api/v2/widgets/{widgetId}/spin`
```
"""

FIXTURE_SPEC = """\
openapi: 3.1.0
info: {title: widgets, version: "1"}
paths:
  /widgets/{id}:
    get:
      responses:
        "200":
          description: a widget
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Widget"}
  /widgets/{id}/spin:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                colour: {type: string}
      responses:
        "200": {description: spun}
components:
  schemas:
    Widget:
      example: {id: w1, colour: red}
      allOf:
        - type: object
          properties:
            id: {type: string}
            dimensions:
              type: object
              properties: {heightMm: {type: integer}}
        - type: object
          properties:
            latency:
              type: object
              additionalProperties:
                type: object
                properties: {latencyMs: {type: number}}
            parts:
              type: array
              items:
                type: object
                properties: {partNo: {type: string}}
"""


@pytest.fixture
def docs_dir(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "widgets.md").write_text(FIXTURE_DOC, encoding="utf-8")
    return docs


def _write_spec(path: Path, spec: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture
def complete_spec(tmp_path: Path) -> Path:
    return _write_spec(tmp_path / "complete.yaml", yaml.safe_load(FIXTURE_SPEC))


@pytest.fixture
def incomplete_spec(tmp_path: Path) -> Path:
    """The complete spec without the spin operation, which alone defined `colour` (the
    `example` on Widget mentions colour too, but example data is not a schema)."""
    spec = yaml.safe_load(FIXTURE_SPEC)
    del spec["paths"]["/widgets/{id}/spin"]
    return _write_spec(tmp_path / "incomplete.yaml", spec)


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_fixture_extraction(docs_dir: Path, complete_spec: Path) -> None:
    assert _keys(dc.documented_endpoints(docs_dir)) == _keys(
        {("GET", "/widgets/{id}"), ("POST", "/widgets/{id}/spin")}
    )
    assert set(dc.documented_attributes(docs_dir)) == {
        "id", "colour", "dimensions", "heightMm", "latency", "latencyMs", "parts", "partNo",
    }  # fmt: skip
    spec = dc.load_spec(complete_spec)
    assert dc.spec_operations(spec) == {("GET", "/widgets/{id}"), ("POST", "/widgets/{id}/spin")}
    assert dc.spec_property_names(spec) == set(dc.documented_attributes(docs_dir))


def test_cli_passes_when_the_spec_covers_the_docs(docs_dir: Path, complete_spec: Path) -> None:
    result = _run("--docs", docs_dir, "--spec", complete_spec)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "endpoints:  2 documented, 2 covered, 0 missing" in result.stdout
    assert "attributes: 8 documented, 8 covered, 0 missing" in result.stdout
    assert dc.missing(docs_dir, complete_spec) == ([], [])


def test_cli_names_the_missing_endpoint_and_attribute(
    docs_dir: Path, incomplete_spec: Path
) -> None:
    result = _run("--docs", docs_dir, "--spec", incomplete_spec)

    assert result.returncode == 1, result.stdout + result.stderr
    assert "missing endpoint: POST /widgets/{widgetId}/spin" in result.stdout
    assert "missing attribute: colour (widgets.md)" in result.stdout
    assert result.stdout.count("missing ") == 2, result.stdout
    assert dc.missing(docs_dir, incomplete_spec) == (
        [("POST", "/widgets/{widgetId}/spin")],
        [("colour", "widgets.md")],
    )


@pytest.mark.parametrize("broken", ["docs", "spec", "yaml"])
def test_cli_exits_2_on_unusable_input(
    broken: str, docs_dir: Path, complete_spec: Path, tmp_path: Path
) -> None:
    docs, spec = docs_dir, complete_spec
    if broken == "docs":
        docs = tmp_path / "no-such-docs"
    elif broken == "spec":
        spec = tmp_path / "no-such-spec.yaml"
    else:
        spec.write_text("paths: [unclosed\n", encoding="utf-8")

    assert dc.main(["--docs", str(docs), "--spec", str(spec)]) == 2
    result = _run("--docs", docs, "--spec", spec)
    assert result.returncode == 2
    assert "error:" in result.stderr and result.stdout == ""


# --------------------------------------------------------------------------- the repo spec


def test_repo_spec_covers_every_documented_endpoint_and_attribute() -> None:
    """Fails until openapi.yaml is complete: that is the point."""
    assert SPEC.is_file(), f"{SPEC} does not exist yet"
    missing_endpoints, missing_attributes = dc.missing(DOCS_DIR, SPEC)
    report = [f"{method} {path}" for method, path in missing_endpoints]
    report += [f"attribute {key} ({source})" for key, source in missing_attributes]
    assert not report, "openapi.yaml does not cover the docs:\n  " + "\n  ".join(report)


# --------------------------------------------------------------------------- the 2026 reference

DOCS_2026 = REPO_ROOT.parent / "shared/docs/tailscale-api-2026"
NEW_2026_OPERATIONS = {
    ("PATCH", "/tailnet/{tailnet}/device-attributes"): "batchUpdateCustomDevicePostureAttributes",
    ("GET", "/tailnet/{tailnet}/dns/configuration"): "getDnsConfiguration",
    ("POST", "/tailnet/{tailnet}/dns/configuration"): "setDnsConfiguration",
    ("PUT", "/tailnet/{tailnet}/keys/{keyId}"): "setKey",
    (
        "POST",
        "/tailnet/{tailnet}/aws-external-id/{id}/validate-aws-trust-policy",
    ): "validateAwsExternalId",
    ("GET", "/tailnet/{tailnet}/services"): "listServices",
    ("GET", "/tailnet/{tailnet}/services/{serviceName}"): "getService",
    ("PUT", "/tailnet/{tailnet}/services/{serviceName}"): "updateService",
    ("DELETE", "/tailnet/{tailnet}/services/{serviceName}"): "deleteService",
    ("GET", "/tailnet/{tailnet}/services/{serviceName}/devices"): "listServiceHosts",
    (
        "GET",
        "/tailnet/{tailnet}/services/{serviceName}/device/{deviceId}/approved",
    ): "getServiceDeviceApproval",
    (
        "POST",
        "/tailnet/{tailnet}/services/{serviceName}/device/{deviceId}/approved",
    ): "updateServiceDeviceApproval",
    ("GET", "/tailnet/{tailnet}/oauth-apps"): "listOAuthApps",
    ("POST", "/tailnet/{tailnet}/oauth-apps"): "createOAuthApp",
    ("GET", "/tailnet/{tailnet}/oauth-apps/{appId}"): "getOAuthApp",
    ("PUT", "/tailnet/{tailnet}/oauth-apps/{appId}"): "updateOAuthApp",
    ("DELETE", "/tailnet/{tailnet}/oauth-apps/{appId}"): "deleteOAuthApp",
    ("GET", "/organizations/{organization}/tailnets"): "listOrganizationTailnets",
    ("POST", "/organizations/{organization}/tailnets"): "createOrganizationTailnet",
    ("DELETE", "/tailnet/{tailnet}"): "deleteTailnet",
}


def _items_2026() -> list[dc.DocItem]:
    return dc.documented_reference_items(DOCS_2026)


def test_2026_reference_has_the_20_operations_and_the_two_token_endpoints() -> None:
    expected = set(NEW_2026_OPERATIONS) | {
        ("POST", "/oauth/token"),
        ("POST", "/oauth/token-exchange"),
    }
    assert len(expected) == 22

    assert dc.documented_endpoints(DOCS_2026) == expected
    documented_ids = {
        (item.target.names[0], item.target.names[1]): item.name
        for item in _items_2026()
        if item.kind == "operationId" and item.target.kind == "operation"
    }
    assert documented_ids == NEW_2026_OPERATIONS


def test_2026_reference_items_carry_their_context() -> None:
    found = {(item.kind, item.name, item.target.label, item.location) for item in _items_2026()}
    patch = "PATCH /tailnet/{tailnet}/device-attributes"
    validate = "POST /tailnet/{tailnet}/aws-external-id/{id}/validate-aws-trust-policy"
    logs = "getLogStreamingConfiguration, setLogStreamingConfiguration"
    settings = "getTailnetSettings, updateTailnetSettings"
    expected = {
        ("field", "nodes.<deviceId>.<attr>.value", f"request of {patch}", ""),
        ("field", "message", f"response 422 of {validate}", ""),
        ("field", "vipServices", "response 200 of GET /tailnet/{tailnet}/services", ""),
        ("field", "jwt", "request of POST /oauth/token-exchange", ""),
        ("field", "distro.codeName", "response of getDevice, listTailnetDevices", ""),
        ("field", "gcsCredentials", f"request of {logs}", ""),  # sent, never returned
        ("field", "s3ExternalId", f"response of {logs}", ""),  # read only
        ("field", "httpsEnabled", f"request and response of {settings}", ""),  # settable
        ("field", "devices.create.tags", "model KeyCapabilities", ""),
        ("field", "secret", "model TailnetOAuthClient", ""),
        ("parameter", "cursor", "GET /organizations/{organization}/tailnets", "query"),
        ("parameter", "id", validate, "path"),
        ("parameter", "appId", "any operation", "path"),
        ("operationId", "createKey", "createKey, getKey, listTailnetKeys", ""),
    }
    assert expected <= found, sorted(expected - found)
    variants = {(item.name, item.variant) for item in _items_2026() if item.variant is not None}
    assert ("issuer", ("keyType", "federated")) in variants
    assert ("capabilities", ("keyType", "auth")) in variants
    assert ("issuer", ("keyType", "client")) not in variants


def test_repo_spec_covers_the_2026_reference() -> None:
    coverage = dc.check(DOCS_2026, SPEC)

    assert len(coverage.items) > 200
    assert coverage.missing_endpoints == []
    assert [f"{item.describe()} ({item.source})" for item in coverage.missing_items] == []


def _spec_without(*deletions: tuple[str, ...]) -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    for path in deletions:
        node = spec
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]
    return spec


SCHEMAS = ("components", "schemas")


@pytest.mark.parametrize(
    ("deletion", "gap"),
    [
        (
            (*SCHEMAS, "DeviceDistro", "properties", "codeName"),
            "field distro.codeName in response of getDevice, listTailnetDevices",
        ),
        (
            (*SCHEMAS, "PostureAttributeSetting", "properties", "value"),
            "field nodes.<deviceId>.<attr>.value in request of"
            " PATCH /tailnet/{tailnet}/device-attributes",
        ),
        (
            (*SCHEMAS, "LogstreamGcsRequest", "properties", "gcsCredentials"),
            "field gcsCredentials in request of"
            " getLogStreamingConfiguration, setLogStreamingConfiguration",
        ),
        (
            (*SCHEMAS, "UpdateTailnetSettingsRequest", "properties", "httpsEnabled"),
            "field httpsEnabled in request and response of"
            " getTailnetSettings, updateTailnetSettings",
        ),
        (
            (*SCHEMAS, "CreateFederatedIdentityRequest", "properties", "issuer"),
            "field issuer in request of createKey, getKey, listTailnetKeys with keyType federated",
        ),
        (
            (*SCHEMAS, "TailnetOAuthClient", "properties", "secret"),
            "field secret in model TailnetOAuthClient",
        ),
        (
            ("paths", "/organizations/{organization}/tailnets", "get", "parameters"),
            "parameter query limit of GET /organizations/{organization}/tailnets",
        ),
        (
            ("paths", "/tailnet/{tailnet}/oauth-apps/{appId}", "delete", "operationId"),
            "operationId deleteOAuthApp of DELETE /tailnet/{tailnet}/oauth-apps/{appId}",
        ),
    ],
    ids=lambda value: value[-1] if isinstance(value, tuple) else "",
)
def test_a_field_missing_from_the_repo_spec_is_named(deletion: tuple[str, ...], gap: str) -> None:
    coverage = dc.check(DOCS_2026, _spec_without(deletion))

    gaps = [item.describe() for item in coverage.missing_items]
    assert gap in gaps, gaps
    assert not coverage.ok


def test_an_operation_missing_from_the_repo_spec_is_named(tmp_path: Path) -> None:
    spec = _write_spec(tmp_path / "spec.yaml", _spec_without(("paths", "/oauth/token-exchange")))

    result = _run("--docs", DOCS_DIR, DOCS_2026, "--spec", spec)

    assert result.returncode == 1, result.stdout + result.stderr
    assert "missing endpoint: POST /oauth/token-exchange" in result.stdout
    # Its fields are not listed again: the missing endpoint stands for them.
    assert "jwt" not in result.stdout
    assert result.stdout.count("OK") == 1  # the 2024 docs are still covered


REFERENCE_DOC = """\
# Widgets API

### Common path parameters

| name | in | type | required | notes |
|---|---|---|---|---|
| `widgetId` | path | string | yes | A widget. |

### Widget *(label)*

| JSON path | type | req | notes |
|---|---|---|---|
| `id` | string | no | |
| `size.heightMm` | integer | no | |

### PATCH /widgets/{widgetId}

**operationId:** `patchWidget`

**Parameters**

| name | in | type | required | notes |
|---|---|---|---|---|
| `widgetId` | path | string | yes | |
| `dryRun` | query | boolean | no | |

**Request body**

| JSON path | type | required | notes |
|---|---|---|---|
| `labels.<name>.value` | string | yes | |

**Responses**

- `200`: the widget.
- `422`: refused:

| JSON path | type | required | notes |
|---|---|---|---|
| `reason` | string | no | |

### Widget (getWidget, putWidget)

| JSON path | type | notes |
|---|---|---|
| `colour` | string | Settable. |
| `serial` | string | Read only. |
| `secret` | string | Sent, never returned. |

| `kind` | what | request fields that apply |
|---|---|---|
| `round` | a round one | `radius` |
| `square` | a square one | `side` |
"""

REFERENCE_SPEC = """\
openapi: 3.1.0
info: {title: widgets, version: "1"}
paths:
  /widgets/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
    get:
      operationId: getWidget
      responses:
        "200":
          description: a widget
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Widget"}
    put:
      operationId: putWidget
      requestBody:
        content:
          application/json:
            schema:
              oneOf:
                - type: object
                  properties:
                    kind: {const: round}
                    radius: {type: number}
                    colour: {type: string}
                    secret: {type: string}
                - type: object
                  properties:
                    kind: {enum: [square]}
                    side: {type: number}
      responses:
        "200": {description: stored}
  /widgets/{widgetId}:
    patch:
      operationId: patchWidget
      parameters:
        - {name: widgetId, in: path, required: true, schema: {type: string}}
        - {name: dryRun, in: query, schema: {type: boolean}}
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                labels:
                  type: object
                  additionalProperties:
                    anyOf:
                      - type: object
                        properties: {value: {type: string}}
                      - type: "null"
      responses:
        "200": {description: patched}
        "422":
          description: refused
          content:
            application/json:
              schema:
                type: object
                properties: {reason: {type: string}}
components:
  schemas:
    Widget:
      type: object
      properties:
        id: {type: string}
        colour: {type: string}
        serial: {type: string}
        size:
          type: [object, "null"]
          properties: {heightMm: {type: integer}}
"""


@pytest.fixture
def reference_docs(tmp_path: Path) -> Path:
    docs = tmp_path / "reference"
    docs.mkdir()
    (docs / "README.md").write_text(REFERENCE_DOC, encoding="utf-8")
    return docs


def test_reference_fixture_is_covered(reference_docs: Path) -> None:
    coverage = dc.check(reference_docs, yaml.safe_load(REFERENCE_SPEC))

    assert [item.describe() for item in coverage.missing_items] == []
    assert coverage.ok
    assert dc.documented_endpoints(reference_docs) == {("PATCH", "/widgets/{widgetId}")}
    assert len(coverage.items) == 15


@pytest.mark.parametrize(
    ("edit", "gap"),
    [
        (
            lambda s: s["components"]["schemas"]["Widget"]["properties"]["size"].pop("properties"),
            "field size.heightMm in model Widget",
        ),
        (
            lambda s: s["paths"]["/widgets/{widgetId}"]["patch"]["requestBody"]["content"][
                "application/json"
            ]["schema"]["properties"]["labels"].pop("additionalProperties"),
            "field labels.<name>.value in request of PATCH /widgets/{widgetId}",
        ),
        (
            lambda s: s["paths"]["/widgets/{widgetId}"]["patch"]["responses"].pop("422"),
            "field reason in response 422 of PATCH /widgets/{widgetId}",
        ),
        (
            lambda s: s["paths"]["/widgets/{widgetId}"]["patch"]["parameters"].pop(),
            "parameter query dryRun of PATCH /widgets/{widgetId}",
        ),
        (
            lambda s: s["paths"]["/widgets/{widgetId}"]["patch"].update(operationId="other"),
            "operationId patchWidget of PATCH /widgets/{widgetId}",
        ),
        (
            lambda s: s["paths"]["/widgets/{widgetId}"]["patch"].update(parameters=[]),
            "parameter path widgetId of any operation",
        ),
        (
            lambda s: s["components"]["schemas"]["Widget"]["properties"].pop("colour"),
            "field colour in request and response of getWidget, putWidget",
        ),
        (
            lambda s: s["components"]["schemas"]["Widget"]["properties"].update(secret={}),
            None,  # a write-only field may also be read: not a gap
        ),
        (
            lambda s: s["paths"]["/widgets/{id}"]["put"]["requestBody"]["content"][
                "application/json"
            ]["schema"]["oneOf"][0]["properties"].pop("secret"),
            "field secret in request of getWidget, putWidget",
        ),
        (
            lambda s: s["paths"]["/widgets/{id}"]["put"]["requestBody"]["content"][
                "application/json"
            ]["schema"]["oneOf"][1]["properties"].update(radius={}, kind={"const": "oval"}),
            "field side in request of getWidget, putWidget with kind square",
        ),
        (
            lambda s: s["paths"]["/widgets/{id}"]["put"].update(operationId="storeWidget"),
            "operationId putWidget of getWidget, putWidget",
        ),
    ],
    ids=[
        "nested",
        "map-value",
        "status",
        "parameter",
        "operationId",
        "common-parameter",
        "settable",
        "write-only-read",
        "write-only",
        "variant",
        "changed-operationId",
    ],
)
def test_reference_fixture_names_each_gap(reference_docs: Path, edit: Any, gap: str | None) -> None:
    spec = yaml.safe_load(REFERENCE_SPEC)
    edit(spec)

    gaps = [item.describe() for item in dc.check(reference_docs, spec).missing_items]

    assert gaps == [] if gap is None else gap in gaps, gaps
