"""verify_webhook: signatures, rotation, age, malformed headers, and deliveries of the mock."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import UTC, datetime
from typing import Any

import pytest
from starlette.applications import Starlette

import tailscale_sdk
from tailscale_sdk import TailscaleError, WebhookVerificationError, verify_webhook
from tailscale_sdk_generated.models.webhook_event_payload import WebhookEventPayload

SECRET = "whsec-test-0123456789abcdef"
OTHER = "whsec-other-fedcba9876543210"
T = 1_715_199_591
EVENTS = [
    {
        "timestamp": "2024-05-08T20:19:51Z",
        "version": 1,
        "type": "nodeCreated",
        "tailnet": "example.com",
        "message": "Node pangolin created",
        "data": {"nodeID": "nAAAAAACNTRL", "deviceName": "pangolin.tailfe8c.ts.net"},
    },
    {"timestamp": "", "version": 1, "type": "userCreated", "tailnet": "example.com"},
]
BODY = json.dumps(EVENTS).encode()


def sign(body: bytes, secret: str, t: int = T) -> str:
    return hmac.new(secret.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()


def header(*signatures: str, t: int = T) -> str:
    return f"t={t}," + ",".join(f"v1={s}" for s in signatures)


def test_a_valid_delivery_gives_typed_events() -> None:
    events = verify_webhook(BODY, header(sign(BODY, SECRET)), SECRET, now=T + 10)
    assert all(isinstance(e, WebhookEventPayload) for e in events)
    assert [e.type_ for e in events] == ["nodeCreated", "userCreated"]
    assert events[0].to_dict()["data"]["deviceName"] == "pangolin.tailfe8c.ts.net"
    assert events[0].timestamp == datetime(2024, 5, 8, 20, 19, 51, tzinfo=UTC)


def test_a_single_event_object_is_accepted() -> None:
    body = json.dumps(EVENTS[0]).encode()
    events = verify_webhook(body, header(sign(body, SECRET)), SECRET, now=T)
    assert [e.message for e in events] == ["Node pangolin created"]


def test_a_tampered_body_is_rejected() -> None:
    signature = header(sign(BODY, SECRET))
    tampered = BODY.replace(b"pangolin", b"pangolim")
    with pytest.raises(WebhookVerificationError, match="signature"):
        verify_webhook(tampered, signature, SECRET, now=T)


def test_a_changed_timestamp_is_rejected() -> None:
    with pytest.raises(WebhookVerificationError, match="signature"):
        verify_webhook(BODY, header(sign(BODY, SECRET), t=T + 1), SECRET, now=T)


def test_the_wrong_secret_is_rejected() -> None:
    with pytest.raises(WebhookVerificationError):
        verify_webhook(BODY, header(sign(BODY, OTHER)), SECRET, now=T)


def test_rotation_any_secret_and_any_signature() -> None:
    both = header(sign(BODY, "whsec-gone-1111"), sign(BODY, OTHER))
    assert len(verify_webhook(BODY, both, [SECRET, OTHER], now=T)) == 2
    assert len(verify_webhook(BODY, both, (OTHER,), now=T)) == 2
    with pytest.raises(WebhookVerificationError):
        verify_webhook(BODY, both, [SECRET, "whsec-unrelated"], now=T)


@pytest.mark.parametrize("offset", [301, -301, 10_000])
def test_stale_or_future_timestamps_are_rejected(offset: int) -> None:
    signed = header(sign(BODY, SECRET))
    with pytest.raises(WebhookVerificationError, match="timestamp"):
        verify_webhook(BODY, signed, SECRET, now=T + offset)


def test_tolerance_is_configurable_and_inclusive() -> None:
    signed = header(sign(BODY, SECRET))
    assert verify_webhook(BODY, signed, SECRET, now=T + 300)
    assert verify_webhook(BODY, signed, SECRET, now=T + 900, tolerance=900)
    with pytest.raises(WebhookVerificationError):
        verify_webhook(BODY, signed, SECRET, now=T + 2, tolerance=1)


def test_the_current_time_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("time.time", lambda: float(T + 5))
    assert verify_webhook(BODY, header(sign(BODY, SECRET)), SECRET)
    monkeypatch.setattr("time.time", lambda: float(T + 5000))
    with pytest.raises(WebhookVerificationError):
        verify_webhook(BODY, header(sign(BODY, SECRET)), SECRET)


GOOD = sign(BODY, SECRET)


@pytest.mark.parametrize(
    "value",
    [
        "",
        f"v1={GOOD}",  # no timestamp
        f"t={T}",  # no signature
        f"t={T},v1=",
        f"t=abc,v1={GOOD}",
        f"t=-{T},v1={GOOD}",
        f"t={T},t={T},v1={GOOD}",
        f"t={T},v1={GOOD[:-1]}",  # too short
        f"t={T},v1={GOOD[:-1]}g",  # not hex
        f"t={T};v1={GOOD}",
        f"t={T},{GOOD}",
        "garbage",
    ],
)
def test_malformed_headers_are_rejected(value: str) -> None:
    with pytest.raises(WebhookVerificationError):
        verify_webhook(BODY, value, SECRET, now=T)


def test_unknown_schemes_are_skipped_and_hex_case_ignored() -> None:
    value = f"t={T},v0=whatever,v1={GOOD.upper()}"
    assert verify_webhook(BODY, value, SECRET, now=T)


@pytest.mark.parametrize("body", [b"not json", b'"a string"', b"[1, 2]", b"[[]]"])
def test_a_signed_body_that_is_not_events_is_rejected(body: bytes) -> None:
    with pytest.raises(WebhookVerificationError):
        verify_webhook(body, header(sign(body, SECRET)), SECRET, now=T)


@pytest.mark.parametrize(
    ("args", "error"),
    [
        ((BODY.decode(), "t=1,v1=" + GOOD, SECRET), TypeError),  # body as str: not raw bytes
        ((BODY, None, SECRET), TypeError),
        ((BODY, "t=1,v1=" + GOOD, []), TypeError),
        ((BODY, "t=1,v1=" + GOOD, [b"bytes"]), TypeError),
        ((BODY, "t=1,v1=" + GOOD, ""), ValueError),
    ],
)
def test_bad_arguments(args: tuple[Any, ...], error: type[Exception]) -> None:
    with pytest.raises(error):
        verify_webhook(*args, now=T)


def test_bad_tolerance() -> None:
    with pytest.raises(ValueError):
        verify_webhook(BODY, header(GOOD), SECRET, tolerance=-1, now=T)


@pytest.mark.parametrize(
    "signature",
    [header(sign(BODY, "whsec-third")), header(GOOD, t=T - 10_000), f"t={T},v1={SECRET}"],
)
def test_secrets_never_appear_in_errors(signature: str) -> None:
    with pytest.raises(WebhookVerificationError) as caught:
        verify_webhook(BODY, signature, [SECRET, OTHER], now=T)
    shown = f"{caught.value} {caught.value!r} {caught.value.args}"
    assert SECRET not in shown and OTHER not in shown
    assert caught.value.__cause__ is None and caught.value.__context__ is None


def test_public_names() -> None:
    assert issubclass(WebhookVerificationError, TailscaleError)
    assert {"verify_webhook", "WebhookVerificationError"} <= set(tailscale_sdk.__all__)


# ---- end to end: the mock signs deliveries like Tailscale does -------------------------


def _deliveries(app: Starlette) -> list[Any]:
    found: list[Any] = app.state.tailnet.webhook_deliveries
    return found


def test_a_test_delivery_of_the_mock_verifies(api: Any, app: Starlette) -> None:
    hook = api.webhooks.create("https://example.com/receiver", ["nodeCreated"])
    api.webhooks.test(hook.endpoint_id)
    delivery = _deliveries(app)[-1]
    assert delivery.endpoint_id == hook.endpoint_id
    assert delivery.url == "https://example.com/receiver"
    events = verify_webhook(delivery.body, delivery.signature, hook.secret, now=delivery.timestamp)
    assert events and all(isinstance(e, WebhookEventPayload) for e in events)
    assert events[0].tailnet
    with pytest.raises(WebhookVerificationError):
        verify_webhook(delivery.body, delivery.signature, "whsec-wrong", now=delivery.timestamp)
    with pytest.raises(WebhookVerificationError):
        verify_webhook(delivery.body, delivery.signature, hook.secret, now=delivery.timestamp + 301)


def test_after_rotation_old_and_new_secrets_verify(api: Any, app: Starlette) -> None:
    hook = api.webhooks.create("https://example.com/rotating", ["userCreated"])
    rotated = api.webhooks.rotate_secret(hook.endpoint_id)
    assert rotated.secret and rotated.secret != hook.secret
    api.webhooks.test(hook.endpoint_id)
    delivery = _deliveries(app)[-1]
    assert delivery.signature.count("v1=") == 2
    for secret in (hook.secret, rotated.secret, [hook.secret, rotated.secret]):
        assert verify_webhook(delivery.body, delivery.signature, secret, now=delivery.timestamp)
