"""Exceptions raised by the SDK.

Every exception derives from :class:`TailscaleError`. A response with an error status
raises an :class:`APIError` subclass chosen by the status; a request that got no response
raises :class:`APIConnectionError` (or :class:`APITimeoutError`). Messages never contain
credentials: error text that looks like a Tailscale secret (``tskey-...``) is masked.
"""

from __future__ import annotations

import json
import re
import time
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "NotFoundError",
    "PermissionDeniedError",
    "PreconditionFailedError",
    "RateLimitError",
    "ResponseValidationError",
    "ServerError",
    "TailscaleError",
    "UnprocessableEntityError",
    "WebhookVerificationError",
]

# Tailscale secrets all start with `tskey-<kind>-`; an API that echoes one back must not
# make us print it. Nor an OIDC ID token (a JWT: base64url JSON, so it starts with `eyJ`)
# that a token exchange echoes.
_SECRET = re.compile(r"tskey-[A-Za-z]+-[A-Za-z0-9_-]+|eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_.-]*")
_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-tailscale-request-id")
# A 400 may echo the whole request: messages stop here; the full body stays on ``body``.
_MAX_MESSAGE = 2048
_MAX_REASON = 300


def redact(text: str) -> str:
    """``text`` with anything shaped like a Tailscale secret masked."""
    if "tskey-" not in text and "eyJ" not in text:
        return text
    return _SECRET.sub(lambda found: "eyJ***" if found[0][0] == "e" else "tskey-***", text)


def _capped(text: str) -> str:
    if len(text) <= _MAX_MESSAGE:
        return text
    return f"{text[:_MAX_MESSAGE]}... ({len(text) - _MAX_MESSAGE} more characters)"


class TailscaleError(Exception):
    """Base class of every exception the SDK raises; its text stops after 2048 characters."""

    def __str__(self) -> str:
        return _capped(super().__str__())


class WebhookVerificationError(TailscaleError):
    """A webhook request failed verification: bad or missing signature, stale, not JSON."""


class ResponseValidationError(TailscaleError):
    """A success whose body openapi.yaml does not allow: the SDK could not read the answer.

    The request did succeed, so a write has happened: do not simply repeat it. Attributes:
    ``operation`` (the generated endpoint, the operationId in snake_case), ``status``,
    ``method``, ``url`` and ``body`` (the raw bytes received, never shown in the message).
    """

    def __init__(
        self, operation: str, *, status: int, method: str, url: str, body: bytes, reason: str
    ) -> None:
        self.operation = operation
        self.status = status
        self.method = method
        self.url = url
        self.body = body
        super().__init__(
            redact(
                f"the {status} answer of {operation} ({method} {url}) does not match "
                f"openapi.yaml: {reason[:_MAX_REASON]}"
            )
        )

    def __repr__(self) -> str:
        return f"ResponseValidationError(operation={self.operation!r}, status={self.status})"


class APIConnectionError(TailscaleError):
    """The request got no response: DNS, connection, TLS or protocol failure."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(redact(message))
        self.method = method
        self.url = url


class APITimeoutError(APIConnectionError):
    """The request timed out (connecting, writing, reading or waiting for a connection)."""


class APIError(TailscaleError):
    """The API answered with an error status.

    Attributes: ``status`` (HTTP status), ``message`` (the server's ``message``, or the
    reason phrase when the body is not the API's JSON error; cut after 2048 characters),
    ``data`` (the server's ``data`` member, if any), ``method``, ``url``, ``request_id``
    (if the response had one), ``body`` (the whole body text) and ``headers`` (without
    ``Set-Cookie``).
    """

    def __init__(
        self,
        message: str,
        *,
        status: int,
        method: str,
        url: str,
        data: Any = None,
        request_id: str | None = None,
        body: str = "",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.status = status
        self.message = _capped(redact(message))
        self.data = data
        self.method = method
        self.url = url
        self.request_id = request_id
        self.body = redact(body)
        self.headers = headers or {}
        super().__init__(self.message)

    def __str__(self) -> str:
        where = f" ({self.method} {self.url}"
        where += f", request id {self.request_id})" if self.request_id else ")"
        return f"{self.status} {self.message}{where}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status}, message={self.message!r})"


class BadRequestError(APIError):
    """400: the request is invalid (for example a tag missing from the policy file)."""


class AuthenticationError(APIError):
    """401: the API key or OAuth token is missing, wrong or expired."""


class PermissionDeniedError(APIError):
    """403: the credentials may not do this."""


class NotFoundError(APIError):
    """404: no such tailnet, device, key, invite, ..."""


class ConflictError(APIError):
    """409: the request conflicts with the current state."""


class PreconditionFailedError(APIError):
    """412: ``If-Match`` did not match; the policy file changed since it was read."""


class UnprocessableEntityError(APIError):
    """422: the request was understood but failed a check (an AWS trust policy, ...)."""


class RateLimitError(APIError):
    """429: too many requests; ``retry_after`` is the server's wait in seconds, if it sent one."""

    @property
    def retry_after(self) -> float | None:
        return parse_retry_after(self.headers.get("retry-after"), now=time.time())


class ServerError(APIError):
    """5xx: the service failed (retried first where that is safe)."""


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    412: PreconditionFailedError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def parse_retry_after(value: str | None, *, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - now)
    except (TypeError, ValueError):
        return None


def error_from_response(response: httpx.Response) -> APIError:
    """The exception for an error response (its body must have been read)."""
    status = response.status_code
    message = response.reason_phrase or f"HTTP {status}"
    data: Any = None
    text = ""
    try:
        text = response.text
        payload = json.loads(text) if text else None
    except ValueError:  # not JSON (a proxy's HTML page) or not decodable
        payload = None
    if isinstance(payload, dict):
        if isinstance(payload.get("message"), str) and payload["message"]:
            message = payload["message"]
        data = payload.get("data")
    headers = response.headers
    request_id = next((headers[h] for h in _REQUEST_ID_HEADERS if h in headers), None)
    request = response.request
    cls = _BY_STATUS.get(status) or (ServerError if status >= 500 else APIError)
    return cls(
        message,
        status=status,
        method=request.method,
        url=str(request.url),
        data=data,
        request_id=request_id,
        body=text,
        headers={k.lower(): v for k, v in headers.items() if k.lower() != "set-cookie"},
    )
