"""Authentication as ``httpx.Auth``: an API access token, or OAuth client credentials.

Both work with any httpx client (``httpx.Client(auth=...)``), not only with
:class:`~tailscale_sdk.Tailscale`. Neither ever shows its secret in ``repr()``.

The spec's ``oauth`` tag (operation ``createOauthToken``) is implemented here rather than as
a resource group: it exchanges credentials for tokens, which is the job of the auth layer.
"""

from __future__ import annotations

import asyncio
import math
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator, Iterable

import httpx

from .errors import TailscaleError, error_from_response

__all__ = ["DEFAULT_TOKEN_URL", "APIKeyAuth", "OAuthClientCredentials"]

DEFAULT_TOKEN_URL = "https://api.tailscale.com/api/v2/oauth/token"
_LOOPBACK_NAMES = ("localhost", "localhost.")


def _is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES or host.lower().endswith(".localhost"):
        return True
    import ipaddress

    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def require_secure(url: httpx.URL, allow_insecure_http: bool) -> None:
    """Refuse to send credentials in clear text anywhere but to this machine."""
    if url.scheme == "https" or allow_insecure_http:
        return
    if url.scheme == "http" and _is_loopback(url.host):
        return
    raise ValueError(
        f"refusing to send credentials over {url.scheme}:// to {url.host!r}; use https://, "
        "or pass allow_insecure_http=True if this really is what you want"
    )


def _secret(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty")
    if value != value.strip() or any(c in value for c in "\r\n"):
        raise ValueError(f"{name} has surrounding whitespace or line breaks")
    return value


def _make_replayable(request: httpx.Request) -> None:
    # A body that is a stream (the HuJSON upload) is read into memory once, so that a retry
    # or the repeat after a 401 can send it again.
    if not isinstance(request.stream, httpx.ByteStream):
        request.read()


async def _amake_replayable(request: httpx.Request) -> None:
    # Generated code uploads files as sync streams even on an AsyncClient; read those
    # directly, and await only truly asynchronous ones.
    if isinstance(request.stream, httpx.ByteStream):
        return
    if isinstance(request.stream, Iterable):
        request.read()
    else:
        await request.aread()


class APIKeyAuth(httpx.Auth):
    """An API access token (``tskey-api-...``) or OAuth access token, sent as a bearer token."""

    def __init__(self, api_key: str) -> None:
        self._authorization = f"Bearer {_secret(api_key, 'api_key')}"

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        _make_replayable(request)
        request.headers["Authorization"] = self._authorization
        yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await _amake_replayable(request)
        request.headers["Authorization"] = self._authorization
        yield request

    def __repr__(self) -> str:
        return "APIKeyAuth(api_key='***')"


class OAuthClientCredentials(httpx.Auth):
    """OAuth client credentials, exchanged for short-lived access tokens as needed.

    The token is cached and renewed shortly before it expires (a tenth of its lifetime, at
    most a minute, early). Concurrent requests, from threads or asyncio tasks, share one
    renewal. A request answered with 401 is sent once more with a fresh token.
    """

    operation_id = "createOauthToken"

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        scopes: Iterable[str] | None = None,
        tags: Iterable[str] | None = None,
        token_url: str = DEFAULT_TOKEN_URL,
        allow_insecure_http: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.client_id = _secret(client_id, "oauth_client_id")
        self._client_secret = _secret(client_secret, "oauth_client_secret")
        self.scopes: tuple[str, ...] = _words(scopes, "scopes")
        self.tags: tuple[str, ...] = _words(tags, "tags")
        self.token_url = httpx.URL(token_url)
        require_secure(self.token_url, allow_insecure_http)
        self._clock = clock
        # (token, when to renew it); replaced as a whole so readers never see half an update.
        self._current: tuple[str, float] | None = None
        self._lock = threading.Lock()
        self._async_lock = asyncio.Lock()

    def __repr__(self) -> str:
        return f"OAuthClientCredentials(client_id={self.client_id!r}, scopes={list(self.scopes)!r})"

    def _valid_token(self, not_this: str | None = None) -> str | None:
        current = self._current
        if current is None or current[0] == not_this or self._clock() >= current[1]:
            return None
        return current[0]

    def _token_request(self, request: httpx.Request) -> httpx.Request:
        from tailscale_sdk_generated.models.o_auth_token_request import OAuthTokenRequest

        body = OAuthTokenRequest(client_id=self.client_id, client_secret=self._client_secret)
        if self.scopes:
            body.scope = " ".join(self.scopes)
        if self.tags:
            body.tags = " ".join(self.tags)
        headers = {"Accept": "application/json"}
        if "User-Agent" in request.headers:
            headers["User-Agent"] = request.headers["User-Agent"]
        extensions = {k: v for k, v in request.extensions.items() if k == "timeout"}
        return httpx.Request(
            "POST", self.token_url, data=body.to_dict(), headers=headers, extensions=extensions
        )

    def _accept(self, response: httpx.Response, requested_at: float) -> str:
        from tailscale_sdk_generated.models.o_auth_token import OAuthToken

        if not response.is_success:
            raise error_from_response(response)
        try:
            token = OAuthToken.from_dict(response.json())
        except (ValueError, KeyError, TypeError):
            raise TailscaleError(
                f"the OAuth token endpoint answered {response.status_code} without a token"
            ) from None
        if not isinstance(token.access_token, str) or not token.access_token:
            raise TailscaleError(
                f"the OAuth token endpoint answered {response.status_code} without a token"
            )
        lifetime = token.expires_in if isinstance(token.expires_in, int) else None
        renew_at = (
            math.inf if lifetime is None else requested_at + lifetime - min(60, lifetime / 10)
        )
        self._current = (token.access_token, renew_at)
        return token.access_token

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        _make_replayable(request)
        token = self._valid_token()
        if token is None:
            token = yield from self._renew(request, stale=None)
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code == 401:
            token = yield from self._renew(request, stale=token)
            request.headers["Authorization"] = f"Bearer {token}"
            yield request

    def _renew(
        self, request: httpx.Request, stale: str | None
    ) -> Generator[httpx.Request, httpx.Response, str]:
        with self._lock:
            # Whoever held the lock before us may already have renewed the token.
            token = self._valid_token(not_this=stale)
            if token is not None:
                return token
            requested_at = self._clock()
            response = yield self._token_request(request)
            response.read()
            return self._accept(response, requested_at)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await _amake_replayable(request)
        stale: str | None = None
        token = self._valid_token()
        for attempt in range(2):
            if token is None:
                async with self._async_lock:
                    token = self._valid_token(not_this=stale)
                    if token is None:
                        requested_at = self._clock()
                        response = yield self._token_request(request)
                        await response.aread()
                        token = self._accept(response, requested_at)
            request.headers["Authorization"] = f"Bearer {token}"
            response = yield request
            if response.status_code != 401 or attempt:
                return
            stale, token = token, None


def _words(values: Iterable[str] | None, name: str) -> tuple[str, ...]:
    if values is None:
        return ()
    if isinstance(values, str):
        values = values.split()
    items = tuple(values)
    for item in items:
        if not isinstance(item, str) or not item or any(c.isspace() for c in item):
            raise ValueError(f"{name} must be words without spaces, got {item!r}")
    return items
