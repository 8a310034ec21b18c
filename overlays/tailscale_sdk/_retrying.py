"""The retrying transport behind :class:`~tailscale_sdk.retries.RetryPolicy` (see there)."""

from __future__ import annotations

import logging

import httpx
from httpx_retries import Retry, RetryTransport

from .errors import parse_retry_after
from .retries import RetryPolicy

_log = logging.getLogger("tailscale_sdk")

_IDEMPOTENT = ("GET", "HEAD", "OPTIONS", "PUT", "DELETE")
_NOT_IDEMPOTENT = ("POST", "PATCH")
_RETRY_STATUSES = (429, 502, 503, 504)
# Failures after which the server may have seen the request, so only idempotent calls repeat.
_ANY_FAILURE = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
# Failures that happen before a single byte of the request left.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class _Retry(Retry):
    """``httpx_retries.Retry`` with our waits: injectable sleep and clock, and logging."""

    policy: RetryPolicy

    def increment(self) -> Retry:
        new = super().increment()
        assert isinstance(new, _Retry)
        new.policy = self.policy
        return new

    def _wait(self, outcome: httpx.Response | Exception) -> float:
        if isinstance(outcome, httpx.Response):
            reason = f"HTTP {outcome.status_code}"
            after = parse_retry_after(outcome.headers.get("Retry-After"), now=self.policy.clock())
        else:
            reason, after = type(outcome).__name__, None
        wait = min(self.backoff_strategy() if after is None else after, self.max_backoff_wait)
        if _log.isEnabledFor(logging.DEBUG):
            _log.debug(
                "retry %d of %d after %s in %.2f s", self.attempts_made, self.total, reason, wait
            )
        self.elapsed_sleep += wait
        return wait

    def sleep(self, response: httpx.Response | Exception) -> None:
        self.policy.sleep(self._wait(response))

    async def asleep(self, response: httpx.Response | Exception) -> None:
        await self.policy.async_sleep(self._wait(response))


def _retry(
    policy: RetryPolicy,
    methods: tuple[str, ...],
    statuses: tuple[int, ...],
    failures: tuple[type[Exception], ...],
) -> _Retry:
    retry = _Retry(
        total=policy.max_retries,
        allowed_methods=methods,
        status_forcelist=statuses,
        retry_on_exceptions=failures,
        backoff_factor=policy.backoff_factor,
        max_backoff_wait=policy.max_wait,
    )
    retry.policy = policy
    return retry


class _ReadRetried(httpx.BaseTransport):
    """Reads the body of an answer that may be retried: httpx_retries closes it before the
    retry, and a connection whose answer was closed unread cannot carry the next request."""

    def __init__(self, transport: httpx.BaseTransport) -> None:
        self._transport = transport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._transport.handle_request(request)
        if response.status_code in _RETRY_STATUSES:
            response.read()
        return response

    def close(self) -> None:
        self._transport.close()


class _AsyncReadRetried(httpx.AsyncBaseTransport):
    """The asynchronous :class:`_ReadRetried`."""

    def __init__(self, transport: httpx.AsyncBaseTransport) -> None:
        self._transport = transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._transport.handle_async_request(request)
        if response.status_code in _RETRY_STATUSES:
            await response.aread()
        return response

    async def aclose(self) -> None:
        await self._transport.aclose()


class _RetryTransport(RetryTransport):
    """Picks the rules by method: idempotent calls retry more than POST and PATCH."""

    def __init__(
        self, transport: httpx.BaseTransport | httpx.AsyncBaseTransport, policy: RetryPolicy
    ) -> None:
        reading = (
            _ReadRetried(transport)
            if isinstance(transport, httpx.BaseTransport)
            else _AsyncReadRetried(transport)
        )
        super().__init__(reading, _retry(policy, _IDEMPOTENT, _RETRY_STATUSES, _ANY_FAILURE))
        self._not_idempotent = _retry(policy, _NOT_IDEMPOTENT, (429,), _NOT_SENT)

    def _rules(self, request: httpx.Request) -> None:
        if request.method in _NOT_IDEMPOTENT:
            request.extensions.setdefault("retry", self._not_idempotent)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._rules(request)
        return super().handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._rules(request)
        return await super().handle_async_request(request)


def with_retries(
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport, policy: RetryPolicy
) -> httpx.BaseTransport | httpx.AsyncBaseTransport:
    """``transport`` wrapped so that it retries by ``policy`` (itself if retries are off)."""
    return transport if policy.max_retries == 0 else _RetryTransport(transport, policy)
