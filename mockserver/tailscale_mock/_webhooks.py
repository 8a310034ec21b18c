"""Webhook deliveries as the mock records them, and the signature header they carry."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

WEBHOOK_SIGNATURE_HEADER = "Tailscale-Webhook-Signature"
EVENT_VERSION = 1


def sign_webhook(body: bytes, secrets: str | Iterable[str], timestamp: int) -> str:
    """The `Tailscale-Webhook-Signature` value for `body`: `t=<timestamp>,v1=<hex>[,v1=...]`.

    One `v1` per secret, in order: HMAC-SHA256 over `"<timestamp>." + body`.
    """
    keys = [secrets] if isinstance(secrets, str) else list(secrets)
    if not keys:
        raise ValueError("at least one secret is needed to sign a webhook delivery")
    signed = f"{timestamp}.".encode() + body
    parts = [f"t={timestamp}"]
    parts += ["v1=" + hmac.new(key.encode(), signed, hashlib.sha256).hexdigest() for key in keys]
    return ",".join(parts)


@dataclass(frozen=True)
class WebhookDelivery:
    """One POST the mock would have sent to a webhook endpoint (it records, never sends)."""

    endpoint_id: str
    url: str
    body: bytes
    signature: str
    timestamp: int

    def __repr__(self) -> str:
        return f"WebhookDelivery(endpoint_id={self.endpoint_id!r}, timestamp={self.timestamp})"

    @property
    def headers(self) -> dict[str, str]:
        return {"Content-Type": "application/json", WEBHOOK_SIGNATURE_HEADER: self.signature}

    def events(self) -> list[dict[str, Any]]:
        events: list[dict[str, Any]] = json.loads(self.body)
        return events


def event_body(
    timestamp: str, tailnet: str, event_type: str, message: str, data: Mapping[str, Any]
) -> bytes:
    """A delivery body: a JSON array holding one `WebhookEventPayload` (RFC 3339 `timestamp`)."""
    event = {
        "timestamp": timestamp,
        "version": EVENT_VERSION,
        "type": event_type,
        "tailnet": tailnet,
        "message": message,
        "data": dict(data),
    }
    return json.dumps([event], separators=(",", ":")).encode()
