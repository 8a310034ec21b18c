"""Logging: audit and flow logs by time window, log streaming and AWS external ids."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from tailscale_mock import MockTailnet

NOW = datetime(2024, 5, 9, 12, 0, tzinfo=UTC)
DAY = {"start": "2024-05-08T12:00:00Z", "end": "2024-05-09T12:00:00Z"}
AUDIT = "/tailnet/-/logging/configuration"
FLOWS = "/tailnet/-/logging/network"
S3 = {"destinationType": "s3", "s3Bucket": "b", "s3Region": "us-east-1"}


@pytest.fixture
def tailnet() -> MockTailnet:
    return MockTailnet(seed=0, now=NOW)


def audit(client: httpx.Client, *extra: tuple[str, str]) -> list[dict[str, Any]]:
    response = client.get(AUDIT, params=[*DAY.items(), *extra])
    assert response.status_code == 200
    body = response.json()
    assert body["tailnet"] == "example.com"
    logs: list[dict[str, Any]] = body["logs"]
    return logs


@pytest.mark.tidy
def test_audit_logs_cover_the_last_day_and_respect_the_window(client: httpx.Client) -> None:
    everything = audit(client)
    assert len(everything) > 20
    assert all(DAY["start"] <= str(e["eventTime"]) <= DAY["end"] for e in everything)
    window = {"start": "2024-05-09T06:00:00Z", "end": "2024-05-09T09:00:00Z"}
    some = client.get(AUDIT, params=window).json()["logs"]
    assert 0 < len(some) < len(everything)
    assert all(window["start"] <= e["eventTime"] <= window["end"] for e in some)
    old = {"start": "2024-01-01T00:00:00Z", "end": "2024-01-02T00:00:00Z"}
    assert client.get(AUDIT, params=old).json()["logs"] == []


@pytest.mark.parametrize("path", [AUDIT, FLOWS])
def test_end_before_start_is_400(client: httpx.Client, path: str) -> None:
    response = client.get(path, params={"start": DAY["end"], "end": DAY["start"]})
    assert response.status_code == 400
    assert "before start" in response.json()["message"]
    assert client.get(path, params={"start": DAY["start"]}).status_code == 400


@pytest.mark.tidy
def test_audit_filters(client: httpx.Client) -> None:
    by_bob = audit(client, ("actor", "~BOB"))
    assert by_bob and all(e["actor"]["loginName"] == "bob@example.com" for e in by_bob)
    by_id = audit(client, ("actor", "22011"), ("actor", "~bob"))
    assert {e["actor"]["id"] for e in by_id} == {"22011", "22012"}
    tags = audit(client, ("event", "NODE.UPDATE"))
    assert tags and all((e["target"]["type"], e["action"]) == ("NODE", "UPDATE") for e in tags)
    pangolin = audit(client, ("target", "pangolin"))
    assert pangolin and all("pangolin" in e["target"]["name"] for e in pangolin)
    both = audit(client, ("actor", "~bob"), ("event", "NODE.UPDATE"))
    assert both and len(both) < min(len(by_bob), len(tags))
    assert audit(client, ("actor", "~nobody")) == []


def test_flow_logs_by_window(client: httpx.Client, tailnet: MockTailnet) -> None:
    logs = client.get(FLOWS, params=DAY).json()["logs"]
    assert len(logs) == len(tailnet.logging.flow_logs) > 0
    assert all(DAY["start"] <= e["logged"] <= DAY["end"] for e in logs)
    assert {e["nodeId"] for e in logs} <= set(tailnet.devices)
    window = {"start": "2024-05-09T00:00:00Z", "end": "2024-05-09T12:00:00Z"}
    some = client.get(FLOWS, params=window).json()["logs"]
    assert 0 < len(some) < len(logs)


def test_log_streaming_lifecycle(client: httpx.Client) -> None:
    stream = "/tailnet/-/logging/network/stream"
    assert client.get(stream).status_code == 404
    assert client.get(f"{stream}/status").status_code == 404
    config = {
        "destinationType": "datadog",
        "url": "https://http-intake.logs.example.com",
        "token": "dd-secret-token",
    }
    assert client.put(stream, json=config).status_code == 200
    read = client.get(stream)
    assert read.json() == {
        "logType": "network",
        "destinationType": "datadog",
        "url": "https://http-intake.logs.example.com",
        "compressionFormat": "none",  # the default
    }
    assert "dd-secret-token" not in read.text
    status = client.get(f"{stream}/status").json()
    assert status["numEntriesSent"] == 0 and status["lastError"] == ""
    assert client.delete(stream).status_code == 200
    assert client.get(stream).status_code == 404
    assert client.delete(stream).status_code == 200  # idempotent


def test_seeded_configuration_stream_hides_its_token(client: httpx.Client) -> None:
    read = client.get("/tailnet/-/logging/configuration/stream")
    assert read.status_code == 200 and read.json()["destinationType"] == "splunk"
    assert "token" not in read.json()
    assert client.get("/tailnet/-/logging/configuration/stream/status").json()["numEntriesSent"] > 0


def _refusal(client: httpx.Client, body: dict[str, Any]) -> str:
    response = client.put("/tailnet/-/logging/network/stream", json=body)
    assert response.status_code == 400
    message: str = response.json()["message"]
    return message


@pytest.mark.parametrize(
    ("body", "named", "unnamed"),
    [
        ({"destinationType": "splunk"}, ["'url'"], ["s3", "gcs"]),
        (
            {"destinationType": "splunk", "url": "splunk.example.com"},
            ["url: 'splunk.example.com' does not match"],
            ["s3", "gcs"],
        ),
        ({"destinationType": "gcs"}, ["'gcsBucket'"], ["url", "s3"]),
        (
            {**S3, "s3AuthenticationType": "accesskey"},
            ["'s3AccessKeyId'", "'s3SecretAccessKey'"],
            ["s3RoleArn", "url"],
        ),
        (
            {**S3, "s3AuthenticationType": "rolearn", "s3RoleArn": "arn", "awsExternalId": ""},
            ["awsExternalId: '' should be non-empty"],
            ["s3AccessKeyId", "url"],
        ),
        (S3, ["'s3AuthenticationType'"], ["url"]),
    ],
)
def test_incomplete_destination_names_what_its_kind_lacks(
    client: httpx.Client, body: dict[str, Any], named: list[str], unnamed: list[str]
) -> None:
    """The oneOf's error comes from the schema of the destination asked for, not from all four."""
    message = _refusal(client, body)
    assert all(name in message for name in named), message
    assert not any(name in message for name in unnamed), message


def test_incomplete_destinations_are_400(client: httpx.Client) -> None:
    stream = "/tailnet/-/logging/network/stream"
    assert client.put(stream, json={"destinationType": "splunk"}).status_code == 400
    assert client.put(stream, json={**S3, "s3AuthenticationType": "accesskey"}).status_code == 400
    unknown = {**S3, "s3AuthenticationType": "rolearn", "s3RoleArn": "arn", "awsExternalId": "x"}
    response = client.put(stream, json=unknown)
    assert response.status_code == 400 and "external id" in response.json()["message"]
    assert client.get(stream).status_code == 404


def test_reusable_aws_external_id_until_linked(client: httpx.Client) -> None:
    external = "/tailnet/-/aws-external-id"
    first = client.post(external, json={"reusable": True}).json()
    assert first["tailscaleAwsAccountId"] and first["externalId"]
    assert client.post(external, json={"reusable": True}).json() == first
    assert client.post(external).json()["id"] != first["id"]
    assert client.post(external, json={"reusable": False}).json()["id"] != first["id"]
    s3 = {
        "destinationType": "s3",
        "s3Bucket": "logs",
        "s3Region": "us-east-1",
        "s3AuthenticationType": "rolearn",
        "s3RoleArn": "arn:aws:iam::123456789012:role/logs",
        "awsExternalId": first["id"],
    }
    assert client.put("/tailnet/-/logging/network/stream", json=s3).status_code == 200
    linked = client.get("/tailnet/-/logging/network/stream").json()
    assert linked["s3ExternalId"] == first["externalId"]
    assert client.post(external, json={"reusable": True}).json()["id"] != first["id"]


def test_gcs_destination_with_compression_and_period(client: httpx.Client) -> None:
    stream = "/tailnet/-/logging/network/stream"
    config = {
        "destinationType": "gcs",
        "gcsBucket": "example-logs",
        "gcsKeyPrefix": "tailscale/",
        "gcsScopes": ["https://www.googleapis.com/auth/devstorage.read_write"],
        "gcsCredentials": '{"type": "external_account"}',
        "compressionFormat": "zstd",
        "uploadPeriodMinutes": 60,
    }
    assert client.put(stream, json=config).status_code == 200
    read = client.get(stream).json()
    assert "gcsCredentials" not in read, "write-only"
    expected = {k: v for k, v in config.items() if k != "gcsCredentials"}
    assert read == {"logType": "network", **expected}
    missing = client.put(stream, json={"destinationType": "gcs"})
    assert missing.status_code == 400 and "gcsBucket" in missing.json()["message"]
    assert client.put(stream, json={**config, "uploadPeriodMinutes": 1441}).status_code == 400
    assert client.put(stream, json={**config, "logType": "network"}).status_code == 400


VALIDATE = "/tailnet/-/aws-external-id/{}/validate-aws-trust-policy"
ROLE = "arn:aws:iam::123456789012:role/tailscale-logs"


def test_validate_aws_trust_policy(client: httpx.Client) -> None:
    for known in ("extDEMO1CNTRL", "7b3f9d2e-0000-4c1a-9e55-1234567890ab"):
        response = client.post(VALIDATE.format(known), json={"roleArn": ROLE})
        assert response.status_code == 200 and response.content == b""
    fresh = client.post("/tailnet/-/aws-external-id", json={}).json()["externalId"]
    assert client.post(VALIDATE.format(fresh), json={"roleArn": ROLE}).status_code == 200


@pytest.mark.parametrize(
    "role", ["arn:aws:iam::12345:role/x", "arn:aws:s3:::bucket", "arn:aws:iam::123456789012:user/x"]
)
def test_validate_aws_trust_policy_fails_with_422(client: httpx.Client, role: str) -> None:
    response = client.post(VALIDATE.format("extDEMO1CNTRL"), json={"roleArn": role})
    assert response.status_code == 422
    assert role in response.json()["message"]
    assert client.post(VALIDATE.format("extDEMO1CNTRL")).status_code == 422, "no role at all"


def test_validate_unknown_external_id_is_404(client: httpx.Client) -> None:
    assert client.post(VALIDATE.format("nope"), json={"roleArn": ROLE}).status_code == 404
