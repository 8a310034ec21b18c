"""The retrying transport behind :class:`~tailscale_sdk.retries.RetryPolicy` (see there)."""

from __future__ import annotations

import logging
import random

import httpx

from .errors import parse_retry_after
from .retries import RetryPolicy

_log = logging.getLogger("tailscale_sdk")

_IDEMPOTENT = frozenset(("GET", "HEAD", "OPTIONS", "PUT", "DELETE"))
_NOT_IDEMPOTENT = frozenset(("POST", "PATCH"))
_RETRY_STATUSES = frozenset((429, 502, 503, 504))
# Failures after which the server may have seen the request, so only idempotent calls repeat.
_ANY_FAILURE = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
# Failures that happen before a single byte of the request left.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class _Rule:
    """What may be repeated for a group of methods: which statuses and which failures."""

    __slots__ = ("failures", "statuses")

    def __init__(self, statuses: frozenset[int], failures: tuple[type[Exception], ...]) -> None:
        self.statuses = statuses
        self.failures = failures


_IDEMPOTENT_RULE = _Rule(_RETRY_STATUSES, _ANY_FAILURE)
# A POST or PATCH refused with 429 was not carried out; one whose connection failed was not sent.
_NOT_IDEMPOTENT_RULE = _Rule(frozenset((429,)), _NOT_SENT)


def _rule(method: str) -> _Rule | None:
    if method in _IDEMPOTENT:
        return _IDEMPOTENT_RULE
    if method in _NOT_IDEMPOTENT:
        return _NOT_IDEMPOTENT_RULE
    return None


class _Attempts:
    """The retries of one request: how many were made and how long to wait before the next."""

    __slots__ = ("made", "policy")

    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy
        self.made = 0

    def wait(self, outcome: httpx.Response | Exception) -> float:
        """Count one more retry and return the seconds to wait before it."""
        self.made += 1
        policy = self.policy
        if isinstance(outcome, httpx.Response):
            reason = f"HTTP {outcome.status_code}"
            after = parse_retry_after(outcome.headers.get("Retry-After"), now=policy.clock())
        else:
            reason, after = type(outcome).__name__, None
        if after is None:
            # Exponential backoff with full jitter.
            after = policy.backoff_factor * 2**self.made * random.uniform(0, 1)
        wait = min(after, policy.max_wait)
        if _log.isEnabledFor(logging.DEBUG):
            _log.debug(
                "retry %d of %d after %s in %.2f s", self.made, policy.max_retries, reason, wait
            )
        return wait


class _RetryTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Repeats a request by the rules of its method: idempotent calls retry more than POST and
    PATCH, other methods never. Our own small loop rather than a retry library, so that a call
    that is not retried costs one method call, and importing the client needs no asyncio."""

    def __init__(
        self, transport: httpx.BaseTransport | httpx.AsyncBaseTransport, policy: RetryPolicy
    ) -> None:
        self._transport = transport
        self._policy = policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        transport = self._transport
        assert isinstance(transport, httpx.BaseTransport)
        rule = _rule(request.method)
        if rule is None:
            return transport.handle_request(request)
        attempts = _Attempts(self._policy)
        while True:
            try:
                response = transport.handle_request(request)
            except rule.failures as exc:
                if attempts.made >= self._policy.max_retries:
                    raise
                self._policy.sleep(attempts.wait(exc))
                continue
            if response.status_code not in rule.statuses or (
                attempts.made >= self._policy.max_retries
            ):
                return response
            # A connection whose answer was closed unread cannot carry the next request.
            response.read()
            response.close()
            self._policy.sleep(attempts.wait(response))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        transport = self._transport
        assert isinstance(transport, httpx.AsyncBaseTransport)
        rule = _rule(request.method)
        if rule is None:
            return await transport.handle_async_request(request)
        attempts = _Attempts(self._policy)
        while True:
            try:
                response = await transport.handle_async_request(request)
            except rule.failures as exc:
                if attempts.made >= self._policy.max_retries:
                    raise
                await self._policy.async_sleep(attempts.wait(exc))
                continue
            if response.status_code not in rule.statuses or (
                attempts.made >= self._policy.max_retries
            ):
                return response
            await response.aread()
            await response.aclose()
            await self._policy.async_sleep(attempts.wait(response))

    def close(self) -> None:
        transport = self._transport
        assert isinstance(transport, httpx.BaseTransport)
        transport.close()

    async def aclose(self) -> None:
        transport = self._transport
        assert isinstance(transport, httpx.AsyncBaseTransport)
        await transport.aclose()


def with_retries(
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport, policy: RetryPolicy
) -> httpx.BaseTransport | httpx.AsyncBaseTransport:
    """``transport`` wrapped so that it retries by ``policy`` (itself if retries are off)."""
    return transport if policy.max_retries == 0 else _RetryTransport(transport, policy)
