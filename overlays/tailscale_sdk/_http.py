"""The httpx clients under Tailscale/AsyncTailscale: where errors are raised and calls logged.

Layers, outermost first: ``send`` below (typed errors, DEBUG log) -> the ``httpx.Auth`` (adds
credentials, renews OAuth tokens, repeats after a 401) -> the retrying transport -> the
network (an ``httpx.HTTPTransport``, or the caller's own ``http_client``).
"""

from __future__ import annotations

import logging
import sys
import time
from typing import Any

import httpx

from . import _retrying
from ._version import __version__
from .errors import APIConnectionError, APITimeoutError, error_from_response
from .retries import RetryPolicy

_log = logging.getLogger("tailscale_sdk")


def _failure(request: httpx.Request, exc: httpx.RequestError) -> APIConnectionError:
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    detail = str(exc) or type(exc).__name__
    if _log.isEnabledFor(logging.DEBUG):
        _log.debug("%s %s failed: %s", request.method, request.url.path, type(exc).__name__)
    return cls(
        f"{request.method} {request.url} failed: {detail}",
        method=request.method,
        url=str(request.url),
    )


def _logged(request: httpx.Request, response: httpx.Response, started: float) -> None:
    if _log.isEnabledFor(logging.DEBUG):
        _log.debug(
            "%s %s -> %d (%.1f ms)",
            request.method,
            request.url.path,
            response.status_code,
            (time.perf_counter() - started) * 1000,
        )


def _no_empty_params(kwargs: dict[str, Any]) -> dict[str, Any]:
    # Generated endpoints always pass `params`, often `{}`; httpx re-parses the URL for any
    # params given, a measurable share of a call's overhead.
    if "params" in kwargs and not kwargs["params"]:
        del kwargs["params"]
    return kwargs


def _absolute(base: str, url: httpx.URL | str) -> httpx.URL | str:
    # httpx parses a path relative to base_url, then the merged URL once more (~10 us a call).
    # Generated paths ("/device/<percent-encoded id>") appended to the base URL, which httpx
    # ends with "/", are the same URL, parsed once. Anything else is left to httpx.
    if isinstance(url, str) and url[:1] == "/" and url[1:2] != "/":
        return base + url[1:]
    return url


class SyncHTTPClient(httpx.Client):
    """``httpx.Client`` whose responses with an error status raise typed exceptions."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._base_text = str(self.base_url)

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        url = _absolute(self._base_text, url)
        return super().build_request(method, url, **_no_empty_params(kwargs))

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        started = time.perf_counter()
        try:
            response = super().send(request, **kwargs)
        except httpx.RequestError as exc:
            raise _failure(request, exc) from exc
        _logged(request, response, started)
        if response.is_success:
            return response
        response.read()
        raise error_from_response(response)


class AsyncHTTPClient(httpx.AsyncClient):
    """``httpx.AsyncClient`` whose responses with an error status raise typed exceptions."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._base_text = str(self.base_url)

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        url = _absolute(self._base_text, url)
        return super().build_request(method, url, **_no_empty_params(kwargs))

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        started = time.perf_counter()
        try:
            response = await super().send(request, **kwargs)
        except httpx.RequestError as exc:
            raise _failure(request, exc) from exc
        _logged(request, response, started)
        if response.is_success:
            return response
        await response.aread()
        raise error_from_response(response)


class _Through(httpx.BaseTransport):
    """Sends through the caller's ``httpx.Client`` (its pool, proxies, TLS, hooks)."""

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._client.send(request, stream=True)


class _AsyncThrough(httpx.AsyncBaseTransport):
    """Sends through the caller's ``httpx.AsyncClient``."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._client.send(request, stream=True)


def user_agent(prefix: str | None) -> str:
    default = (
        f"tailscale-sdk/{__version__} python/{sys.version_info[0]}.{sys.version_info[1]} "
        f"httpx/{httpx.__version__}"
    )
    return f"{prefix} {default}" if prefix else default


def _env_proxy(url: httpx.URL) -> str | None:
    # The transport is ours, so httpx does not apply HTTP(S)_PROXY / NO_PROXY itself.
    import urllib.request

    from .auth import _is_loopback

    proxies = urllib.request.getproxies_environment()
    if not proxies or _is_loopback(url.host):
        return None
    if urllib.request.proxy_bypass(url.host):
        return None
    return proxies.get(url.scheme) or proxies.get("all")


def sync_client(
    *,
    base_url: str,
    auth: httpx.Auth,
    headers: dict[str, str],
    timeout: httpx.Timeout,
    retries: RetryPolicy,
    http_client: httpx.Client | None,
) -> SyncHTTPClient:
    url = httpx.URL(base_url)
    network: httpx.BaseTransport = (
        httpx.HTTPTransport(proxy=_env_proxy(url), limits=_LIMITS)
        if http_client is None
        else _Through(http_client)
    )
    transport = _retrying.with_retries(network, retries)
    assert isinstance(transport, httpx.BaseTransport)
    return SyncHTTPClient(
        base_url=url,
        auth=auth,
        headers=headers,
        timeout=timeout,
        transport=transport,
        follow_redirects=False,
        trust_env=False,
    )


# httpx keeps only 20 of its 100 connections alive by default; under a burst httpcore then
# closes a connection after nearly every request. Keep every pooled connection reusable.
_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)


def async_client(
    *,
    base_url: str,
    auth: httpx.Auth,
    headers: dict[str, str],
    timeout: httpx.Timeout,
    retries: RetryPolicy,
    http_client: httpx.AsyncClient | None,
) -> AsyncHTTPClient:
    url = httpx.URL(base_url)
    network: httpx.AsyncBaseTransport = (
        httpx.AsyncHTTPTransport(proxy=_env_proxy(url), limits=_LIMITS)
        if http_client is None
        else _AsyncThrough(http_client)
    )
    transport = _retrying.with_retries(network, retries)
    assert isinstance(transport, httpx.AsyncBaseTransport)
    return AsyncHTTPClient(
        base_url=url,
        auth=auth,
        headers=headers,
        timeout=timeout,
        transport=transport,
        follow_redirects=False,
        trust_env=False,
    )
