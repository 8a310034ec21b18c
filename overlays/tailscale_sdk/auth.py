"""Authentication as ``httpx.Auth``: an API access token, OAuth client credentials, or an
OIDC ID token of a federated identity (workload identity federation).

Each works with any httpx client (``httpx.Client(auth=...)``), not only with
:class:`~tailscale_sdk.Tailscale`. None ever shows its secret or token in ``repr()``.

The spec's ``oauth`` tag (operations ``createOauthToken`` and ``exchangeOauthToken``) is
implemented here rather than as a resource group: it exchanges credentials for tokens, which
is the job of the auth layer.
"""

from __future__ import annotations

import inspect
import math
import os
import re
import threading
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Iterable
from typing import TYPE_CHECKING, ClassVar

import httpx

from .errors import TailscaleError, error_from_response

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "DEFAULT_TOKEN_EXCHANGE_URL",
    "DEFAULT_TOKEN_URL",
    "APIKeyAuth",
    "IDTokenSource",
    "OAuthClientCredentials",
    "WorkloadIdentityCredentials",
]

DEFAULT_TOKEN_URL = "https://api.tailscale.com/api/v2/oauth/token"
DEFAULT_TOKEN_EXCHANGE_URL = "https://api.tailscale.com/api/v2/oauth/token-exchange"
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


class _ExchangedToken(httpx.Auth):
    """What both token credentials share: a short-lived access token from a token endpoint.

    The token is cached and renewed shortly before it expires (a tenth of its lifetime, at
    most a minute, early). Concurrent requests, from threads or asyncio tasks, share one
    renewal. A request answered with 401 is sent once more with a fresh token. Subclasses
    say what form the endpoint takes (:meth:`_form`, :meth:`_aform`).
    """

    operation_id: ClassVar[str]

    def __init__(
        self, token_url: str, *, allow_insecure_http: bool, clock: Callable[[], float]
    ) -> None:
        self.token_url = httpx.URL(token_url)
        require_secure(self.token_url, allow_insecure_http)
        self._clock = clock
        # (token, when to renew it); replaced as a whole so readers never see half an update.
        self._current: tuple[str, float] | None = None
        self._lock = threading.Lock()
        # Made on first asynchronous use: blocking clients never import asyncio.
        self._async_lock: asyncio.Lock | None = None

    def _form(self) -> dict[str, str]:
        """The token request's form fields (called under the renewal lock)."""
        raise NotImplementedError

    async def _aform(self) -> dict[str, str]:
        """:meth:`_form` for asyncio clients."""
        return self._form()

    def _valid_token(self, not_this: str | None = None) -> str | None:
        current = self._current
        if current is None or current[0] == not_this or self._clock() >= current[1]:
            return None
        return current[0]

    def _token_request(self, request: httpx.Request, form: dict[str, str]) -> httpx.Request:
        headers = {"Accept": "application/json"}
        if "User-Agent" in request.headers:
            headers["User-Agent"] = request.headers["User-Agent"]
        extensions = {k: v for k, v in request.extensions.items() if k == "timeout"}
        return httpx.Request(
            "POST", self.token_url, data=form, headers=headers, extensions=extensions
        )

    def _accept(self, response: httpx.Response, requested_at: float) -> str:
        from tailscale_sdk_generated.models.o_auth_token import OAuthToken

        if not response.is_success:
            raise error_from_response(response)
        try:
            token = OAuthToken.from_dict(response.json())
        except (ValueError, KeyError, TypeError):
            token = OAuthToken()
        if not isinstance(token.access_token, str) or not token.access_token:
            raise TailscaleError(
                f"the token endpoint {self.token_url.path} answered {response.status_code} "
                "without a token"
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
            form = self._form()
            requested_at = self._clock()
            response = yield self._token_request(request, form)
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
                if self._async_lock is None:
                    import asyncio

                    self._async_lock = asyncio.Lock()
                async with self._async_lock:
                    token = self._valid_token(not_this=stale)
                    if token is None:
                        form = await self._aform()
                        requested_at = self._clock()
                        response = yield self._token_request(request, form)
                        await response.aread()
                        token = self._accept(response, requested_at)
            request.headers["Authorization"] = f"Bearer {token}"
            response = yield request
            if response.status_code != 401 or attempt:
                return
            stale, token = token, None


class OAuthClientCredentials(_ExchangedToken):
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
        super().__init__(token_url, allow_insecure_http=allow_insecure_http, clock=clock)

    def __repr__(self) -> str:
        return f"OAuthClientCredentials(client_id={self.client_id!r}, scopes={list(self.scopes)!r})"

    def _form(self) -> dict[str, str]:
        from tailscale_sdk_generated.models.o_auth_token_request import OAuthTokenRequest

        body = OAuthTokenRequest(client_id=self.client_id, client_secret=self._client_secret)
        if self.scopes:
            body.scope = " ".join(self.scopes)
        if self.tags:
            body.tags = " ".join(self.tags)
        return body.to_dict()


IDTokenSource = str | os.PathLike[str] | Callable[[], str] | Callable[[], Awaitable[str]]
"""Where an OIDC ID token comes from: the token itself, a file holding it (read again for
each exchange), or a function, plain or async, that returns a fresh one."""

# A JWT in compact form: base64url segments joined by dots (3 when signed or unsigned, 5
# when encrypted); an unsigned one ends with an empty segment.
_JWT = re.compile(r"[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]*){2,4}")


class WorkloadIdentityCredentials(_ExchangedToken):
    """Workload identity federation: an OIDC ID token exchanged for short-lived access tokens.

    ``client_id`` is a federated identity's id (``ts.keys.create_federated_identity``);
    ``id_token`` is the workload's ID token from its identity provider (a CI system, a
    Kubernetes service account, a cloud's instance identity): the token itself as a str, a
    ``pathlib.Path`` of a file holding it (read again at each exchange, as Kubernetes and CI
    runners rotate it), or a function returning a fresh one (an ``async`` one needs
    :class:`~tailscale_sdk.AsyncTailscale`). Its ``iss``, ``sub``, ``aud`` and custom claims
    must match the identity. Caching, renewal, sharing and the 401 repeat are those of
    :class:`OAuthClientCredentials`; a renewal gets a new ID token from ``id_token``.
    """

    operation_id = "exchangeOauthToken"

    def __init__(
        self,
        client_id: str,
        id_token: IDTokenSource,
        *,
        token_url: str = DEFAULT_TOKEN_EXCHANGE_URL,
        allow_insecure_http: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.client_id = _secret(client_id, "oauth_client_id")
        if isinstance(id_token, str):
            _id_token(id_token, "id_token")
        elif not isinstance(id_token, os.PathLike) and not callable(id_token):
            raise TypeError(
                "id_token must be a str, a path (os.PathLike) or a function returning one, "
                f"not {type(id_token).__name__}"
            )
        self._source = id_token
        super().__init__(token_url, allow_insecure_http=allow_insecure_http, clock=clock)

    def __repr__(self) -> str:
        source = self._source
        if isinstance(source, str):
            shown = "'***'"
        elif isinstance(source, os.PathLike):
            shown = f"file {os.fspath(source)!r}"
        else:
            shown = f"from {getattr(source, '__qualname__', type(source).__name__)}"
        return f"WorkloadIdentityCredentials(client_id={self.client_id!r}, id_token={shown})"

    def _exchange_form(self, id_token: object) -> dict[str, str]:
        from tailscale_sdk_generated.models.o_auth_token_exchange_request import (
            OAuthTokenExchangeRequest,
        )

        jwt = _id_token(id_token, "the ID token from id_token")
        return OAuthTokenExchangeRequest(client_id=self.client_id, jwt=jwt).to_dict()

    def _read_file(self, path: os.PathLike[str]) -> str:
        with open(path, encoding="utf-8") as file:
            # Files written by CI runners and kubelets may end with a newline.
            return file.read().strip()

    def _form(self) -> dict[str, str]:
        source = self._source
        if isinstance(source, str):
            return self._exchange_form(source)
        if isinstance(source, os.PathLike):
            return self._exchange_form(self._read_file(source))
        token = source()
        if inspect.isawaitable(token):
            _close(token)
            raise TypeError("id_token is an async function: use it with AsyncTailscale")
        return self._exchange_form(token)

    async def _aform(self) -> dict[str, str]:
        source = self._source
        if isinstance(source, str):
            return self._exchange_form(source)
        if isinstance(source, os.PathLike):
            import asyncio

            return self._exchange_form(await asyncio.to_thread(self._read_file, source))
        token = source()
        if inspect.isawaitable(token):
            token = await token
        return self._exchange_form(token)


def _close(awaitable: object) -> None:
    # A coroutine that is never awaited warns when it is collected; it will not be.
    close = getattr(awaitable, "close", None)
    if callable(close):
        close()


def _id_token(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    token = value.strip()
    if not token:
        raise ValueError(f"{name} is empty")
    if not _JWT.fullmatch(token):
        # Never echo it: it may be a real token with a stray character.
        raise ValueError(
            f"{name} is not a JWT (base64url parts joined by dots); to read the token from a "
            "file, pass a pathlib.Path"
        )
    return token


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
