"""How resource methods are written once and run both blocking and with asyncio.

A resource method does not send anything: it checks its arguments and returns a description
of the request, a :class:`Call` (a generated ``sync_detailed`` function with its arguments
bound, so that mypy checks them against the spec, and what to make of the answer) or a
:class:`Raw` request. :func:`operation` turns the method into a descriptor that, on a
``Resource[Sync]``, runs the description at once and, on a ``Resource[Async]``, returns a
coroutine that runs it. :func:`paginated` does the same for a listing that follows a cursor.

A Call runs on the generated endpoint module's own parts: ``_get_kwargs`` builds the request,
the httpx client sends it (auth, retries and typed errors live there) and ``_parse_response``
reads the answer. That one call of ``_parse_response`` is where "the server answered something
openapi.yaml does not allow" becomes :class:`~tailscale_sdk.errors.ResponseValidationError`;
every other exception propagates untouched.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator, Mapping
from functools import partial, update_wrapper
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, overload

import httpx

from tailscale_sdk_generated.client import Client as GeneratedClient

from ._gc import PAUSE_GC_MIN_BYTES, gc_paused
from .errors import ResponseValidationError, TailscaleError

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


class Call(Generic[T]):
    """A request through a generated endpoint function, and how its answer becomes T.

    ``result`` gets the parsed body (None when ``parse`` is false: the body is not read at
    all) and the httpx response.
    """

    __slots__ = ("parse", "result", "send")

    def __init__(
        self,
        send: partial[Any],
        result: Callable[[Any, httpx.Response], T],
        *,
        parse: bool = True,
    ) -> None:
        self.send = send
        self.result = result
        self.parse = parse


class Raw(Generic[T]):
    """A request the generated code cannot make (reading HuJSON), sent through the same
    client: same auth, retries and errors."""

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


def _parsed(parsed: Any, response: httpx.Response) -> Any:
    return parsed


def _nothing(parsed: Any, response: httpx.Response) -> None:
    return None


def call(send: partial[Response[R | Error]]) -> Call[R]:
    """Describe a call whose result is the parsed response model."""
    return Call(send, _parsed)


def call_none(send: partial[Response[Any]]) -> Call[None]:
    """Describe a call whose success status is the whole answer: its body is never read."""
    return Call(send, _nothing, parse=False)


def call_map(send: partial[Response[R | Error]], result: Callable[[R], T]) -> Call[T]:
    """Describe a call whose result is ``result(parsed model)``."""
    return Call(send, lambda parsed, response: result(parsed))


class Page(Generic[T]):
    """One page of a listing: its items, the cursor of the next page ("" or None after the
    last one) and, if the server says, how many items all pages hold."""

    __slots__ = ("cursor", "items", "total")

    def __init__(self, items: list[T], cursor: str | None, total: int | None = None) -> None:
        self.items = items
        self.cursor = cursor
        self.total = total


PageRequest = Callable[[str | None], Call[Page[T]]]
"""Describes the request for the page at a cursor (None: the first page)."""


class Runner:
    """Executes descriptions on one httpx client; shared by all resources of a client."""

    def __init__(
        self, http: httpx.Client | httpx.AsyncClient, tailnet: str, *, pause_gc: bool = True
    ) -> None:
        self.http = http
        self.tailnet = tailnet
        self.pause_gc = pause_gc
        # Only _parse_response reads it (raise_on_unexpected_status); nothing is sent with it.
        self.generated = GeneratedClient(base_url=str(http.base_url))

    def __repr__(self) -> str:
        return f"base_url={str(self.http.base_url)!r}, tailnet={self.tailnet!r}"

    @staticmethod
    def request(call: Call[Any]) -> dict[str, Any]:
        """The ``httpx`` request arguments for ``call``, from its generated module."""
        send = call.send
        kwargs: dict[str, Any] = sys.modules[send.func.__module__]._get_kwargs(
            *send.args, **send.keywords
        )
        return kwargs

    def result(self, call: Call[T], response: httpx.Response) -> T:
        """What ``call`` makes of a successful ``response`` (errors were raised by the client)."""
        if not call.parse:
            return call.result(None, response)
        module = sys.modules[call.send.func.__module__]
        try:
            if self.pause_gc and len(response.content) >= PAUSE_GC_MIN_BYTES:
                with gc_paused:
                    parsed = module._parse_response(client=self.generated, response=response)
            else:
                parsed = module._parse_response(client=self.generated, response=response)
        except Exception as exc:  # only reading the answer happens here: it does not fit
            request = response.request
            raise ResponseValidationError(
                module.__name__.rpartition(".")[2],
                status=response.status_code,
                method=request.method,
                url=str(request.url),
                body=response.content,
                reason=f"{type(exc).__name__}: {exc}",
            ) from exc
        return call.result(parsed, response)


class SyncRunner(Runner):
    http: httpx.Client

    def run(self, step: Call[T] | Raw[T]) -> T:
        if isinstance(step, Raw):
            response = self.http.request(
                step.method, step.path, headers=step.headers, content=step.content
            )
            return step.result(response)
        return self.result(step, self.http.request(**self.request(step)))


class AsyncRunner(Runner):
    http: httpx.AsyncClient

    async def run(self, step: Call[T] | Raw[T]) -> T:
        if isinstance(step, Raw):
            response = await self.http.request(
                step.method, step.path, headers=step.headers, content=step.content
            )
            return step.result(response)
        return self.result(step, await self.http.request(**self.request(step)))


class Resource(Generic[M]):
    """A group of API operations (one tag of the spec), bound to a client.

    Methods return the generated models. An operation documented without a success body
    returns None, whatever the server sends; a documented body that arrives empty or ``null``
    gives an empty model (every field UNSET) or an empty list, never an error after the server
    did the work; a body openapi.yaml does not allow raises ResponseValidationError.
    """

    def __init__(self, runner: SyncRunner | AsyncRunner) -> None:
        self._runner = runner

    def _tailnet(self, tailnet: str | None) -> str:
        if tailnet is None:
            return self._runner.tailnet
        from ._validate import identifier

        return identifier(tailnet, "tailnet")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._runner!r})"


class _Method:
    """What resource methods share: the describing function, the spec operations it calls,
    and the bound method, cached on the resource so that later lookups skip the descriptor."""

    def __init__(self, describe: Callable[..., Any], ids: tuple[str, ...]) -> None:
        self.describe = describe
        self.operation_ids = ids
        self.name = describe.__name__
        self.__doc__ = describe.__doc__

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self.name = name

    def _bound(self, resource: Resource[Any], bound: Callable[..., Any]) -> Any:
        update_wrapper(bound, self.describe)
        resource.__dict__[self.name] = bound
        return bound


class Operation(_Method, Generic[P, T]):
    """A resource method that runs blocking on ``Resource[Sync]``, as a coroutine on ``[Async]``."""

    describe: Callable[Concatenate[Any, P], Call[T] | Raw[T]]

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
        describe, run = self.describe, resource._runner.run

        def bound(*args: Any, **kwargs: Any) -> Any:
            return run(describe(resource, *args, **kwargs))

        return self._bound(resource, bound)


def operation(
    *operation_ids: str,
) -> Callable[[Callable[Concatenate[Any, P], Call[T] | Raw[T]]], Operation[P, T]]:
    """Make a describing method a resource method; name the spec operations it calls."""

    def decorate(describe: Callable[Concatenate[Any, P], Call[T] | Raw[T]]) -> Operation[P, T]:
        return Operation[P, T](describe, operation_ids)

    return decorate


class _Cursor:
    """Where a listing stands: the next cursor, or None once the last page was read."""

    def __init__(self, operation_id: str) -> None:
        self.operation_id = operation_id
        self.seen: set[str] = set()
        self.count = 0

    def after(self, page: Page[Any]) -> str | None:
        self.count += len(page.items)
        if not page.cursor or (page.total is not None and self.count >= page.total):
            return None
        if page.cursor in self.seen:
            # Following it would read the same pages again, forever.
            raise TailscaleError(
                f"{self.operation_id}: the server sent the cursor of an earlier page again "
                f"after {self.count} items; stopped"
            )
        self.seen.add(page.cursor)
        return page.cursor


def _items(run: Callable[[Call[Page[T]]], Page[T]], pages: PageRequest[T], op: str) -> Iterator[T]:
    cursor: str | None = None
    position = _Cursor(op)
    while True:
        page = run(pages(cursor))
        yield from page.items
        cursor = position.after(page)
        if cursor is None:
            return


async def _async_items(
    run: Callable[[Call[Page[T]]], Coroutine[Any, Any, Page[T]]], pages: PageRequest[T], op: str
) -> AsyncIterator[T]:
    cursor: str | None = None
    position = _Cursor(op)
    while True:
        page = await run(pages(cursor))
        for item in page.items:
            yield item
        cursor = position.after(page)
        if cursor is None:
            return


class Paginated(_Method, Generic[P, T]):
    """A listing that follows the cursor to the end: an ``Iterator[T]`` on ``Resource[Sync]``,
    an ``AsyncIterator[T]`` on ``Resource[Async]``. Pages are requested as the items are
    consumed; the arguments are checked when the method is called."""

    describe: Callable[Concatenate[Any, P], PageRequest[T]]

    @overload
    def __get__(self, resource: None, owner: type[Any]) -> Paginated[P, T]: ...
    @overload
    def __get__(self, resource: Resource[Sync], owner: type[Any]) -> Callable[P, Iterator[T]]: ...
    @overload
    def __get__(
        self, resource: Resource[Async], owner: type[Any]
    ) -> Callable[P, AsyncIterator[T]]: ...
    def __get__(self, resource: Resource[Any] | None, owner: type[Any]) -> Any:
        if resource is None:
            return self
        describe, runner, name = self.describe, resource._runner, ",".join(self.operation_ids)

        def bound(*args: Any, **kwargs: Any) -> Any:
            pages = describe(resource, *args, **kwargs)
            if isinstance(runner, AsyncRunner):
                return _async_items(runner.run, pages, name)
            return _items(runner.run, pages, name)

        return self._bound(resource, bound)


def paginated(
    *operation_ids: str,
) -> Callable[[Callable[Concatenate[Any, P], PageRequest[T]]], Paginated[P, T]]:
    """Make a method that checks its arguments and returns a :data:`PageRequest` (cursor ->
    ``Call[Page[T]]``) a listing of every item. For one page, write an :func:`operation` that
    calls the same page request with the caller's cursor."""

    def decorate(describe: Callable[Concatenate[Any, P], PageRequest[T]]) -> Paginated[P, T]:
        return Paginated[P, T](describe, operation_ids)

    return decorate
