"""Webhooks: CRUD, test deliveries, signatures, secret rotation and state events."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import UTC, datetime

import httpx
import pytest

from tailscale_mock import MockTailnet, WebhookDelivery, sign_webhook

WEBHOOKS = "/tailnet/-/webhooks"
NOW = datetime(2024, 5, 9, 12, 0, tzinfo=UTC)
NEW = {"endpointUrl": "https://hooks.example.net/in", "subscriptions": ["nodeDeleted"]}


@pytest.fixture
def tailnet() -> MockTailnet:
    return MockTailnet(seed=0, now=NOW)


def v1_values(signature: str) -> tuple[int, list[str]]:
    parts = [p.split("=", 1) for p in signature.split(",")]
    assert parts[0][0] == "t"
    assert all(name == "v1" for name, _ in parts[1:])
    return int(parts[0][1]), [value for _, value in parts[1:]]


def hmac_hex(secret: str, timestamp: int, body: bytes) -> str:
    message = str(timestamp).encode() + b"." + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def test_create_returns_the_secret_once(client: httpx.Client) -> None:
    response = client.post(WEBHOOKS, json=NEW)
    assert response.status_code == 200
    created = response.json()
    assert created["secret"].startswith("tskey-webhook-")
    assert created["creatorLoginName"] == "amelie@example.com"
    assert created["created"] == created["lastModified"] == "2024-05-09T12:00:00Z"
    read = client.get(f"/webhooks/{created['endpointId']}")
    assert read.status_code == 200
    assert read.json() == {k: v for k, v in created.items() if k != "secret"}
    listed = client.get(WEBHOOKS)
    assert created["endpointId"] in {w["endpointId"] for w in listed.json()["webhooks"]}
    assert "tskey-webhook-" not in listed.text


def test_update_and_delete(client: httpx.Client) -> None:
    endpoint = client.post(WEBHOOKS, json=NEW).json()["endpointId"]
    subscriptions = ["userCreated", "policyUpdate"]
    updated = client.patch(f"/webhooks/{endpoint}", json={"subscriptions": subscriptions})
    assert updated.status_code == 200 and updated.json()["subscriptions"] == subscriptions
    assert "secret" not in updated.json()
    deleted = client.delete(f"/webhooks/{endpoint}")
    assert deleted.status_code == 200 and deleted.content == b""
    for response in (
        client.get(f"/webhooks/{endpoint}"),
        client.delete(f"/webhooks/{endpoint}"),
        client.post(f"/webhooks/{endpoint}/test"),
        client.post(f"/webhooks/{endpoint}/rotate"),
    ):
        assert response.status_code == 404


def test_bad_input(client: httpx.Client) -> None:
    assert client.post(WEBHOOKS, json={**NEW, "endpointUrl": "http://x.example"}).status_code == 400
    assert client.post(WEBHOOKS, json={**NEW, "subscriptions": ["nope"]}).status_code == 400
    assert client.post(WEBHOOKS, json={"endpointUrl": NEW["endpointUrl"]}).status_code == 400
    for url in ("https://", "https://\u0084/x", "https://host name/"):
        refused = client.post(WEBHOOKS, json={**NEW, "endpointUrl": url})
        assert refused.status_code == 400, url


def test_test_event_is_signed_with_the_secret(client: httpx.Client, tailnet: MockTailnet) -> None:
    created = client.post(WEBHOOKS, json=NEW).json()
    response = client.post(f"/webhooks/{created['endpointId']}/test")
    assert response.status_code == 202 and response.content == b""
    [delivery] = tailnet.webhook_deliveries
    assert delivery.endpoint_id == created["endpointId"]
    assert delivery.url == NEW["endpointUrl"]
    assert delivery.timestamp == int(NOW.timestamp())
    [event] = json.loads(delivery.body)
    assert event["type"] == "test" and event["tailnet"] == "example.com"
    assert event["timestamp"] == "2024-05-09T12:00:00Z" and event["version"] == 1
    timestamp, signatures = v1_values(delivery.signature)
    assert timestamp == delivery.timestamp
    assert signatures == [hmac_hex(created["secret"], timestamp, delivery.body)]
    assert created["secret"] not in repr(delivery)


def test_rotation_signs_with_new_and_previous_secret(
    client: httpx.Client, tailnet: MockTailnet
) -> None:
    created = client.post(WEBHOOKS, json=NEW).json()
    endpoint = created["endpointId"]
    first = client.post(f"/webhooks/{endpoint}/rotate")
    assert first.status_code == 200
    rotated = first.json()["secret"]
    assert rotated != created["secret"] and rotated.startswith("tskey-webhook-")
    assert "secret" not in client.get(f"/webhooks/{endpoint}").json()
    client.post(f"/webhooks/{endpoint}/test")
    delivery = tailnet.webhook_deliveries[-1]
    timestamp, signatures = v1_values(delivery.signature)
    assert signatures == [
        hmac_hex(rotated, timestamp, delivery.body),
        hmac_hex(created["secret"], timestamp, delivery.body),
    ]
    # The next rotation retires the original secret.
    third = client.post(f"/webhooks/{endpoint}/rotate").json()["secret"]
    client.post(f"/webhooks/{endpoint}/test")
    delivery = tailnet.webhook_deliveries[-1]
    timestamp, signatures = v1_values(delivery.signature)
    assert signatures == [
        hmac_hex(third, timestamp, delivery.body),
        hmac_hex(rotated, timestamp, delivery.body),
    ]


def deliveries_of(tailnet: MockTailnet, event_type: str) -> list[WebhookDelivery]:
    return [d for d in tailnet.webhook_deliveries if d.events()[0]["type"] == event_type]


def test_device_deletion_is_delivered_to_subscribers(
    client: httpx.Client, tailnet: MockTailnet
) -> None:
    subscribed = client.post(WEBHOOKS, json=NEW).json()
    other = client.post(WEBHOOKS, json={**NEW, "subscriptions": ["userCreated"]}).json()
    assert client.delete("/device/n5SUKe8CNTRL").status_code == 200
    endpoints = {d.endpoint_id for d in deliveries_of(tailnet, "nodeDeleted")}
    assert subscribed["endpointId"] in endpoints
    assert other["endpointId"] not in endpoints
    delivery = next(
        d
        for d in deliveries_of(tailnet, "nodeDeleted")
        if d.endpoint_id == subscribed["endpointId"]
    )
    assert delivery.events()[0]["data"]["nodeID"] == "n5SUKe8CNTRL"
    timestamp, [signature] = v1_values(delivery.signature)
    assert signature == hmac_hex(subscribed["secret"], timestamp, delivery.body)


def test_policy_write_is_delivered(client: httpx.Client, tailnet: MockTailnet) -> None:
    created = client.post(WEBHOOKS, json={**NEW, "subscriptions": ["policyUpdate"]}).json()
    policy = client.get("/tailnet/-/acl", headers={"Accept": "application/json"}).json()
    assert client.post("/tailnet/-/acl", json=policy).status_code == 200
    assert created["endpointId"] in {d.endpoint_id for d in deliveries_of(tailnet, "policyUpdate")}


def test_seeded_webhooks_have_secrets(client: httpx.Client, tailnet: MockTailnet) -> None:
    listed = client.get(WEBHOOKS).json()["webhooks"]
    assert len(listed) == 2
    for webhook in listed:
        [secret] = tailnet.webhooks.secrets(webhook["endpointId"])
        assert secret.startswith("tskey-webhook-")


def test_sign_webhook_known_answer() -> None:
    body = b'[{"type":"test"}]'
    expected = hmac.new(b"s3cret", b"1700000000." + body, hashlib.sha256).hexdigest()
    assert sign_webhook(body, "s3cret", 1700000000) == f"t=1700000000,v1={expected}"
    two = sign_webhook(body, ["a", "b"], 5)
    assert two == f"t=5,v1={hmac_hex('a', 5, body)},v1={hmac_hex('b', 5, body)}"
    with pytest.raises(ValueError):
        sign_webhook(body, [], 5)
