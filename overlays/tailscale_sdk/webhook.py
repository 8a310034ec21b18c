"""Checking the requests Tailscale sends to a webhook endpoint: :func:`verify_webhook`.

    events = verify_webhook(request.body, request.headers["Tailscale-Webhook-Signature"], secret)

Tailscale signs each delivery with ``Tailscale-Webhook-Signature: t=<unix time>,v1=<hex>``:
HMAC-SHA256 of ``"<t>.<raw body>"`` keyed with the endpoint secret; after a secret rotation a
delivery may carry several ``v1`` values.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .errors import WebhookVerificationError

if TYPE_CHECKING:
    from tailscale_sdk_generated.models.webhook_event_payload import WebhookEventPayload

__all__ = ["SIGNATURE_HEADER", "WebhookVerificationError", "verify_webhook"]

SIGNATURE_HEADER = "Tailscale-Webhook-Signature"
_HEX = frozenset("0123456789abcdef")
_DIGEST_HEX_LENGTH = 64


def _parse_header(header: str) -> tuple[int, list[str]]:
    timestamp: int | None = None
    signatures: list[str] = []
    for part in header.split(","):
        key, sep, value = part.strip().partition("=")
        if not sep or not value:
            raise WebhookVerificationError(f"malformed {SIGNATURE_HEADER} header")
        if key == "t":
            if timestamp is not None or not value.isascii() or not value.isdigit():
                raise WebhookVerificationError(f"malformed timestamp in {SIGNATURE_HEADER}")
            timestamp = int(value)
        elif key == "v1":
            value = value.lower()
            if len(value) != _DIGEST_HEX_LENGTH or not _HEX.issuperset(value):
                raise WebhookVerificationError(f"malformed v1 signature in {SIGNATURE_HEADER}")
            signatures.append(value)
        # Other schemes (a future v2) are skipped, so that receivers keep working.
    if timestamp is None:
        raise WebhookVerificationError(f"no timestamp (t=) in {SIGNATURE_HEADER}")
    if not signatures:
        raise WebhookVerificationError(f"no v1 signature in {SIGNATURE_HEADER}")
    return timestamp, signatures


def _secrets(secret: str | Sequence[str]) -> list[bytes]:
    items = [secret] if isinstance(secret, str) else secret
    if not isinstance(items, Sequence) or not items:
        raise TypeError("secret must be a str or a non-empty sequence of str")
    keys = []
    for item in items:
        if not isinstance(item, str):
            raise TypeError(f"each secret must be a str, not {type(item).__name__}")
        if not item:
            raise ValueError("a webhook secret must not be empty")
        keys.append(item.encode())
    return keys


def _events(body: bytes) -> list[WebhookEventPayload]:
    from tailscale_sdk_generated.models.webhook_event_payload import WebhookEventPayload

    try:
        payload = json.loads(body)
    except ValueError:
        raise WebhookVerificationError("the webhook body is not JSON") from None
    items = payload if isinstance(payload, list) else [payload]
    if not all(isinstance(item, dict) for item in items):
        raise WebhookVerificationError("the webhook body is not a JSON array of event objects")
    try:
        return [WebhookEventPayload.from_dict(item) for item in items]
    except (ValueError, KeyError, TypeError) as exc:
        raise WebhookVerificationError(f"unexpected event in the webhook body: {exc}") from None


def verify_webhook(
    body: bytes,
    signature_header: str,
    secret: str | Sequence[str],
    *,
    tolerance: int = 300,
    now: float | None = None,
) -> list[WebhookEventPayload]:
    """Check a webhook delivery's signature and age; return its events as typed models.

    ``body`` is the raw request body, exactly as received; ``signature_header`` the value of
    ``Tailscale-Webhook-Signature``. ``secret`` may be several secrets (while rotating): any
    that matches any ``v1`` signature is accepted. A timestamp more than ``tolerance``
    seconds from ``now`` (default: the current time) in either direction is rejected.
    Raises :class:`~tailscale_sdk.errors.WebhookVerificationError` (never showing a secret).
    """
    if not isinstance(body, bytes | bytearray):
        raise TypeError(f"body must be the raw bytes of the request, not {type(body).__name__}")
    if not isinstance(signature_header, str):
        raise TypeError(f"signature_header must be a str, not {type(signature_header).__name__}")
    if isinstance(tolerance, bool) or not isinstance(tolerance, int) or tolerance < 0:
        raise ValueError("tolerance must be a non-negative int (seconds)")
    keys = _secrets(secret)
    timestamp, signatures = _parse_header(signature_header)
    message = b"%d." % timestamp + bytes(body)
    expected = [hmac.new(key, message, hashlib.sha256).hexdigest() for key in keys]
    # Every pair is compared (no early exit), so timing says nothing about which matched.
    matched = False
    for digest in expected:
        for signature in signatures:
            matched |= hmac.compare_digest(digest, signature)
    if not matched:
        raise WebhookVerificationError("no webhook signature matches the secret(s)")
    age = (time.time() if now is None else now) - timestamp
    if abs(age) > tolerance:
        when = "old" if age > 0 else "far in the future"
        raise WebhookVerificationError(
            f"webhook timestamp is {when} ({abs(age):.0f} s; tolerance {tolerance} s)"
        )
    return _events(bytes(body))
