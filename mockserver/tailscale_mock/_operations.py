"""The handler registry: one handler per operationId, registered by the tag modules.

A handler turns a `Context` (a request that passed authentication and validation) and the
state of its tag in the tailnet the request acts on (`tailnet.<tag>`, resolved by the app)
into a `Reply`, or raises `ApiError`. A handler of an operation without a caller (the
token endpoint) gets the `Tailnets` instead.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._spec import JSON

if TYPE_CHECKING:
    from ._access import Principal


@dataclass
class Context:
    """A request that passed authentication and validation against the spec."""

    principal: Principal | None
    path: Mapping[str, str]
    query: Mapping[str, str]
    headers: Mapping[str, str]
    body: bytes
    content_type: str
    token_ttl: float
    query_items: tuple[tuple[str, str], ...] = ()

    @property
    def caller(self) -> Principal:
        assert self.principal is not None, "operation requires authentication"
        return self.principal

    @property
    def device_id(self) -> str:
        return self.path["deviceId"]

    def query_list(self, name: str) -> list[str]:
        """Every value of a repeatable query parameter, in order."""
        return [v for k, v in self.query_items if k == name]

    def json(self) -> Any:
        return json.loads(self.body)

    def text(self) -> str:
        return self.body.decode("utf-8")

    def wants_json(self) -> bool:
        return JSON in self.headers.get("accept", "")


@dataclass
class Reply:
    """What a handler answers: a JSON value, raw text with a media type, or nothing.

    `verbatim`: send `body` as it is even in Go style (a document the user wrote, such as
    the policy file, not a value the server encodes).
    """

    status: int = 200
    body: Any = None
    text: str | None = None
    media_type: str | None = JSON
    headers: dict[str, str] = field(default_factory=dict)
    verbatim: bool = False

    def encode(self) -> bytes:
        if self.text is not None:
            return self.text.encode("utf-8")
        if self.media_type is None:
            return b""
        return json.dumps(self.body, separators=(",", ":")).encode("utf-8")


EMPTY = Reply(body={})
NO_BODY = Reply(media_type=None)

# (context, the tag's state): each handler annotates the state class of its own tag.
Handler = Callable[[Context, Any], Reply]
HANDLERS: dict[str, Handler] = {}


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    """Register the decorated function as the handler of `operation_id`."""

    def register(func: Handler) -> Handler:
        if operation_id in HANDLERS and HANDLERS[operation_id] is not func:
            raise RuntimeError(f"two handlers for {operation_id}")
        HANDLERS[operation_id] = func
        return func

    return register
