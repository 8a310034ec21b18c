"""How resource methods are written once and run both blocking and with asyncio.

A resource method does not send anything: it validates its arguments and returns a
description of the request, a :class:`Call` (a generated ``sync_detailed`` function with its
arguments bound, so mypy checks them against the spec) or a :class:`Raw` request. The
:func:`operation` decorator turns the method into a descriptor that, on a ``Resource[Sync]``,
runs the description at once and, on a ``Resource[Async]``, returns a coroutine that runs the
generated ``asyncio_detailed`` twin of the same function. Methods that need several requests
are generators of descriptions (:data:`Steps`); the runner sends each and hands back its result
(or throws its :class:`~tailscale_sdk.errors.TailscaleError` into the generator).
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Coroutine, Generator, Mapping
from functools import partial, update_wrapper
from typing import (
    TYPE_CHECKING,
    Any,
    Concatenate,
    Generic,
    ParamSpec,
    TypeAlias,
    TypeVar,
    cast,
    overload,
)

import httpx

from tailscale_sdk_generated.client import Client as GeneratedClient

from .errors import TailscaleError

if TYPE_CHECKING:
    # Importing any model imports them all (the models package); resources do that on use.
    from tailscale_sdk_generated.models.error import Error
    from tailscale_sdk_generated.types import Response

P = ParamSpec("P")
T = TypeVar("T")
R = TypeVar("R")


class Sync:
    """Marks resources of :class:`~tailscale_sdk.Tailscale`: methods return results."""


class Async:
    """Marks resources of :class:`~tailscale_sdk.AsyncTailscale`: methods return coroutines."""


M = TypeVar("M", Sync, Async)

# Parsing a body that does not match the spec fails inside the generated code with these.
_PARSE_ERRORS = (ValueError, KeyError, TypeError, AttributeError)


class Call(Generic[T]):
    """A request through a generated endpoint function, and how to turn its answer into T."""

    __slots__ = ("result", "send")

    def __init__(self, send: partial[Any], result: Callable[[Response[Any]], T]) -> None:
        self.send = send
        self.result = result


class Raw(Generic[T]):
    """A request the generated code cannot make, sent through the same client (same auth,
    retries and errors): reading HuJSON, and what a generator bug blocks (see its users)."""

    __slots__ = ("content", "headers", "method", "path", "result")

    def __init__(
        self,
        method: str,
        path: str,
        headers: Mapping[str, str],
        result: Callable[[httpx.Response], T],
        content: bytes | None = None,
    ) -> None:
        self.method = method
        self.path = path
        self.headers = headers
        self.result = result
        self.content = content


Steps: TypeAlias = "Generator[Call[Any] | Raw[Any], Any, T]"


def _parsed(response: Response[Any]) -> Any:
    return response.parsed


def _nothing(response: Response[Any]) -> None:
    return None


def call(send: partial[Response[R | Error]]) -> Call[R]:
    """Describe a call whose result is the parsed response model."""
    return Call(send, _parsed)


def call_none(send: partial[Response[Any]]) -> Call[None]:
    """Describe a call whose response body carries nothing of interest."""
    return Call(send, _nothing)


def call_map(send: partial[Response[R | Error]], result: Callable[[R], T]) -> Call[T]:
    """Describe a call whose result is ``result(parsed model)``."""
    return Call(send, lambda response: result(cast(R, response.parsed)))


def call_full(
    send: partial[Response[R | Error]], result: Callable[[Response[R | Error]], T]
) -> Call[T]:
    """Describe a call whose result also needs the response headers."""
    return Call(send, result)


class Runner:
    """Executes descriptions on one httpx client; shared by all resources of a client."""

    is_async = False

    def __init__(self, http: httpx.Client | httpx.AsyncClient, tailnet: str) -> None:
        self.http = http
        self.tailnet = tailnet
        generated = GeneratedClient(base_url=str(http.base_url))
        if isinstance(http, httpx.AsyncClient):
            generated.set_async_httpx_client(http)
        else:
            generated.set_httpx_client(http)
        self.generated = generated

    def __repr__(self) -> str:
        return f"base_url={str(self.http.base_url)!r}, tailnet={self.tailnet!r}"


def _unparsable(call: Call[Any], exc: Exception) -> Exception:
    """A clear error if the generated code failed reading the body; else ``exc`` itself."""
    frames = {frame.f_code.co_name for frame, _ in traceback.walk_tb(exc.__traceback__)}
    if "_parse_response" not in frames:
        return exc
    endpoint = call.send.func.__module__.rpartition(".")[2]
    return TailscaleError(
        f"the response of {endpoint} does not match openapi.yaml ({type(exc).__name__}: {exc})"
    )


class SyncRunner(Runner):
    http: httpx.Client

    def run(self, step: Call[T] | Raw[T] | Steps[T]) -> T:
        if isinstance(step, Call):
            try:
                response = step.send(client=self.generated)
            except _PARSE_ERRORS as exc:
                error = _unparsable(step, exc)
                if error is exc:
                    raise
                raise error from exc
            return step.result(response)
        if isinstance(step, Raw):
            response = self.http.request(
                step.method, step.path, headers=step.headers, content=step.content
            )
            return step.result(response)
        return self._run_steps(step)

    def _run_steps(self, steps: Steps[T]) -> T:
        try:
            step = next(steps)
            while True:
                try:
                    result = self.run(step)
                except TailscaleError as exc:
                    step = steps.throw(exc)
                else:
                    step = steps.send(result)
        except StopIteration as stop:
            value: T = stop.value
            return value


_TWINS: dict[Callable[..., Any], Callable[..., Coroutine[Any, Any, Any]]] = {}


def _async_twin(sync_detailed: Callable[..., Any]) -> Callable[..., Coroutine[Any, Any, Any]]:
    # Every generated endpoint module defines asyncio_detailed with the parameters of
    # sync_detailed; descriptions name the sync one so that mypy checks their arguments.
    twin = _TWINS.get(sync_detailed)
    if twin is None:
        twin = _TWINS[sync_detailed] = sys.modules[sync_detailed.__module__].asyncio_detailed
    return twin


class AsyncRunner(Runner):
    is_async = True
    http: httpx.AsyncClient

    async def run(self, step: Call[T] | Raw[T] | Steps[T]) -> T:
        if isinstance(step, Call):
            send = step.send
            try:
                response = await _async_twin(send.func)(
                    *send.args, client=self.generated, **send.keywords
                )
            except _PARSE_ERRORS as exc:
                error = _unparsable(step, exc)
                if error is exc:
                    raise
                raise error from exc
            return step.result(response)
        if isinstance(step, Raw):
            response = await self.http.request(
                step.method, step.path, headers=step.headers, content=step.content
            )
            return step.result(response)
        return await self._run_steps(step)

    async def _run_steps(self, steps: Steps[T]) -> T:
        try:
            step = next(steps)
            while True:
                try:
                    result = await self.run(step)
                except TailscaleError as exc:
                    step = steps.throw(exc)
                else:
                    step = steps.send(result)
        except StopIteration as stop:
            value: T = stop.value
            return value


class Resource(Generic[M]):
    """A group of API operations (one tag of the spec), bound to a client."""

    def __init__(self, runner: SyncRunner | AsyncRunner) -> None:
        self._runner = runner

    def _tailnet(self, tailnet: str | None) -> str:
        if tailnet is None:
            return self._runner.tailnet
        from ._validate import identifier

        return identifier(tailnet, "tailnet")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._runner!r})"


class Operation(Generic[P, T]):
    """A resource method that runs blocking on ``Resource[Sync]``, as a coroutine on ``[Async]``."""

    def __init__(
        self,
        describe: Callable[Concatenate[Any, P], Call[T] | Raw[T] | Steps[T]],
        ids: tuple[str, ...],
    ) -> None:
        self.describe = describe
        self.operation_ids = ids
        self.name = describe.__name__
        self.__doc__ = describe.__doc__

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self.name = name

    @overload
    def __get__(self, resource: None, owner: type[Any]) -> Operation[P, T]: ...
    @overload
    def __get__(self, resource: Resource[Sync], owner: type[Any]) -> Callable[P, T]: ...
    @overload
    def __get__(
        self, resource: Resource[Async], owner: type[Any]
    ) -> Callable[P, Coroutine[Any, Any, T]]: ...
    def __get__(self, resource: Resource[Any] | None, owner: type[Any]) -> Any:
        if resource is None:
            return self
        describe, runner = self.describe, resource._runner
        run = runner.run

        def bound(*args: Any, **kwargs: Any) -> Any:
            return run(describe(resource, *args, **kwargs))

        update_wrapper(bound, describe)
        # Cached on the instance: later lookups skip this method entirely.
        resource.__dict__[self.name] = bound
        return bound


def operation(
    *operation_ids: str,
) -> Callable[[Callable[Concatenate[Any, P], Call[T] | Raw[T] | Steps[T]]], Operation[P, T]]:
    """Make a describing method a resource method; name the spec operations it calls."""

    def decorate(
        describe: Callable[Concatenate[Any, P], Call[T] | Raw[T] | Steps[T]],
    ) -> Operation[P, T]:
        return Operation(describe, operation_ids)

    return decorate
