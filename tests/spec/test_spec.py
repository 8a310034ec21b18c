"""openapi.yaml is valid, consistent, and its examples satisfy their schemas."""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

import pytest
from jsonschema.exceptions import ValidationError
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate as validate_spec
from referencing import Registry
from referencing.jsonschema import DRAFT202012
from spectools import Example, examples, load_spec, operations

SPEC = load_spec()
TAGS = {tag["name"] for tag in SPEC["tags"]}
RESOURCE_GROUPS = {"devices", "device-invites", "user-invites", "policy-file", "keys", "dns"}


def test_spec_is_valid_openapi_3_1() -> None:
    assert SPEC["openapi"] == "3.1.0"
    validate_spec(SPEC)


def test_every_operation_has_unique_camel_case_id_summary_and_one_known_tag() -> None:
    ops = operations(SPEC)
    ids = Counter(op.operation_id for op in ops)
    assert [i for i, n in ids.items() if n > 1] == []
    for op in ops:
        assert re.fullmatch(r"[a-z][A-Za-z0-9]*", op.operation_id), op.label
        assert op.node.get("summary"), op.label
        assert op.node.get("description"), op.label
        assert len(op.tags) == 1 and op.tags[0] in TAGS, op.label
    assert {op.tags[0] for op in ops} == TAGS, "every declared tag is used"
    assert RESOURCE_GROUPS <= TAGS


def test_documented_error_statuses() -> None:
    for op in operations(SPEC):
        statuses = set(op.node["responses"])
        assert {"400", "401", "403", "404"} <= statuses, op.label
    by_id = {op.operation_id: set(op.node["responses"]) for op in operations(SPEC)}
    assert "412" in by_id["setPolicyFile"]
    assert "501" in by_id["deleteDevice"]
    assert "429" in by_id["resendDeviceInvite"] and "429" in by_id["resendUserInvite"]


def test_servers_and_security_schemes() -> None:
    assert SPEC["servers"][0]["url"] == "https://api.tailscale.com/api/v2"
    schemes = SPEC["components"]["securitySchemes"]
    assert schemes["bearerAuth"] == {**schemes["bearerAuth"], "type": "http", "scheme": "bearer"}
    assert schemes["basicAuth"] == {**schemes["basicAuth"], "type": "http", "scheme": "basic"}
    assert SPEC["security"] == [{"bearerAuth": []}, {"basicAuth": []}]


def test_policy_file_offers_json_first_then_hujson() -> None:
    policy = SPEC["paths"]["/tailnet/{tailnet}/acl"]
    for content in (
        policy["get"]["responses"]["200"]["content"],
        policy["post"]["requestBody"]["content"],
        policy["post"]["responses"]["200"]["content"],
    ):
        assert list(content) == ["application/json", "application/hujson"]
    assert "ETag" in policy["get"]["responses"]["200"]["headers"]
    assert {"$ref": "#/components/parameters/ifMatch"} in policy["post"]["parameters"]


def _unique(items: list[Example]) -> list[Example]:
    seen: set[tuple[str, str]] = set()
    out = []
    for ex in items:
        key = (ex.schema_pointer, json.dumps(ex.value, sort_keys=True, default=str))
        if key not in seen:
            seen.add(key)
            out.append(ex)
    return out


ALL_EXAMPLES = _unique(list(examples(SPEC)))
REGISTRY: Registry[Any] = Registry().with_resource("urn:openapi", DRAFT202012.create_resource(SPEC))


def _validator(schema_pointer: str) -> OAS31Validator:
    return OAS31Validator(
        {"$ref": "urn:openapi" + schema_pointer},
        registry=REGISTRY,
        format_checker=OAS31Validator.FORMAT_CHECKER,
    )


def test_examples_were_found() -> None:
    assert len(ALL_EXAMPLES) > 60


@pytest.mark.parametrize("example", ALL_EXAMPLES, ids=[e.where for e in ALL_EXAMPLES])
def test_example_satisfies_its_schema(example: Example) -> None:
    errors = sorted(_validator(example.schema_pointer).iter_errors(example.value), key=str)
    assert errors == [], f"{example.where}: {errors[0].message if errors else ''}"


CREATE_KEY_BODY = (
    "#/paths/~1tailnet~1{tailnet}~1keys/post/requestBody/content/application~1json/schema"
)
SET_STREAM_BODY = (
    "#/paths/~1tailnet~1{tailnet}~1logging~1{logType}~1stream/put/requestBody/content"
    "/application~1json/schema"
)
GCS = {"destinationType": "gcs", "gcsBucket": "logs"}
S3 = {"destinationType": "s3", "s3Bucket": "logs", "s3Region": "us-east-1"}
S3_KEY = {
    **S3,
    "s3AuthenticationType": "accesskey",
    "s3AccessKeyId": "AK",
    "s3SecretAccessKey": "s",
}
S3_ROLE = {**S3, "s3AuthenticationType": "rolearn", "s3RoleArn": "arn:r", "awsExternalId": "e"}


@pytest.mark.parametrize(
    ("pointer", "value"),
    [
        ("#/components/schemas/Device", {"nodeId": 5}),  # nodeId is a string
        ("#/components/schemas/Device", {"id": "1", "clientConnectivity": "fast"}),
        ("#/components/schemas/SetDeviceTagsRequest", {"tags": ["web"]}),  # not a tag
        ("#/components/schemas/SetDeviceRoutesRequest", {"routes": [], "extra": 1}),
        ("#/components/schemas/CreateKeyRequest", {"capabilities": {}}),  # devices missing
        ("#/components/schemas/SetPostureAttributeRequest", {"value": "has space"}),
        ("#/components/schemas/Timestamp", "yesterday"),
        # 0.3.0 request schemas
        (CREATE_KEY_BODY, {"keyType": "client", "scopes": ["dns"], "issuer": "https://x.example"}),
        (
            CREATE_KEY_BODY,
            {"keyType": "federated", "scopes": ["dns"], "issuer": "https://i.example"},
        ),
        (CREATE_KEY_BODY, {"keyType": "client", "scopes": []}),
        (CREATE_KEY_BODY, {"keyType": "auth", "scopes": ["dns"]}),  # auth keys have capabilities
        (
            "#/components/schemas/UpdateOAuthClientRequest",
            {"keyType": "federated", "scopes": ["a"]},
        ),
        ("#/components/schemas/OidcIssuer", "http://token.example"),
        (
            "#/components/schemas/OAuthAppRequest",
            {"name": "ab", "redirectURIs": ["https://a"], "scopes": ["x"]},
        ),
        ("#/components/schemas/OAuthAppRequest", {"name": "app", "scopes": ["x"]}),
        ("#/components/schemas/VIPServiceInfoPut", {"name": "web"}),
        ("#/components/schemas/VIPServiceInfoPut", {"ports": ["udp:53"]}),
        ("#/components/schemas/VIPServiceApprovalRequest", {}),
        (
            "#/components/schemas/BatchPostureAttributesRequest",
            {"nodes": {"n1": {"node:os": None}}},
        ),
        ("#/components/schemas/BatchPostureAttributesRequest", {"nodes": {"n1": {"custom:a": {}}}}),
        (SET_STREAM_BODY, {**GCS, "uploadPeriodMinutes": 1441}),
        (SET_STREAM_BODY, {**GCS, "compressionFormat": "lz4"}),
        # each destination kind requires its own fields, non-empty, and no other kind's
        (SET_STREAM_BODY, {"destinationType": "splunk"}),
        (SET_STREAM_BODY, {"destinationType": "splunk", "url": ""}),
        (SET_STREAM_BODY, {"destinationType": "splunk", "url": "splunk.example.com"}),
        (SET_STREAM_BODY, {**S3_KEY, "url": ""}),
        (SET_STREAM_BODY, {"destinationType": "splunk", "url": "https://s.example", **GCS}),
        (SET_STREAM_BODY, {"destinationType": "s3", "url": "https://s.example"}),
        (SET_STREAM_BODY, {"destinationType": "gcs"}),
        (SET_STREAM_BODY, {**GCS, "gcsBucket": ""}),
        (SET_STREAM_BODY, {**GCS, "url": "https://s.example"}),
        (SET_STREAM_BODY, S3),
        (SET_STREAM_BODY, {**S3_KEY, "s3Region": ""}),
        (SET_STREAM_BODY, {**S3_KEY, "s3SecretAccessKey": ""}),
        (SET_STREAM_BODY, {**S3_KEY, "s3RoleArn": "arn:r"}),
        (SET_STREAM_BODY, {**S3_ROLE, "awsExternalId": ""}),
        (SET_STREAM_BODY, {**S3_ROLE, "s3AuthenticationType": "accesskey"}),
        (SET_STREAM_BODY, {**S3_ROLE, "token": "t"}),
        (
            "#/components/schemas/DnsConfigurationRequest",
            {"nameservers": [{"useWithExitNode": True}]},
        ),
        ("#/components/schemas/CreateOrganizationTailnetRequest", {"displayName": ""}),
        ("#/components/schemas/OAuthTokenExchangeRequest", {"client_id": "k1"}),
    ],
)
def test_schemas_reject_bad_values(pointer: str, value: Any) -> None:
    with pytest.raises(ValidationError):
        _validator(pointer).validate(value)


@pytest.mark.parametrize(
    ("value", "schema"),
    [
        (
            {"destinationType": "axiom", "url": "https://api.axiom.co"},
            "LogstreamConfigurationRequest",
        ),
        (GCS, "LogstreamGcsRequest"),
        (S3_KEY, "LogstreamS3AccessKeyRequest"),
        ({**S3_ROLE, "url": "https://minio.example"}, "LogstreamS3RoleArnRequest"),
    ],
)
def test_each_complete_stream_destination_fits_one_schema(value: Any, schema: str) -> None:
    _validator(SET_STREAM_BODY).validate(value)
    fits = [
        ref["$ref"].rsplit("/", 1)[1]
        for ref in SPEC["paths"]["/tailnet/{tailnet}/logging/{logType}/stream"]["put"][
            "requestBody"
        ]["content"]["application/json"]["schema"]["oneOf"]
        if _validator(ref["$ref"]).is_valid(value)
    ]
    assert fits == [schema]
