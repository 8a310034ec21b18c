"""Replies shaped the way Tailscale's server, written in Go, encodes them (the default).

Handlers build tidy JSON values; `GoStyle.encode` reshapes every reply after the handler,
driven by the response schema of the operation and status, so that a new operation gets the
same treatment without code of its own. What it does follows ``encoding/json`` and the 2026
doc's "How the server serialises" and "Success responses that carry no body":

* an empty list or map, and an absent nested object, is ``null`` (a nil slice, map or
  pointer) wherever the schema admits ``null``;
* a property may be tagged ``omitempty``: then its zero value (``null``, ``""``, ``false``,
  ``0``, an empty list or map) is left out. Map entries are never left out;
* a time is printed as Go prints it: UTC with ``Z``; some time properties the server sets
  itself carry nanoseconds (9 fraction digits, as ``time.RFC3339Nano`` prints a value
  whose last digit is not 0; a time a client can send, a property named in a request body,
  comes back as it was sent); an unknown time is the zero time ``0001-01-01T00:00:00Z``,
  ``""`` or ``null``;
* a success the spec documents without a body is answered with no body, or, for a seeded
  share of calls, with ``{}`` or ``null``.

Which properties are ``omitempty``, carry nanoseconds or print an unknown time which way is
decided once per property, like a Go struct tag: by a hash of the app's seed, the schema
component that owns the property and its path inside that component (the same field looks
the same in every operation that returns it). Nanosecond digits hash the time itself, so a
value reads the same each time. A run is therefore reproducible for a seed.

A reply marked ``verbatim`` (the policy file as JSON: the user's own document, not a Go
struct) and non-JSON replies are sent as the handler built them.
"""

from __future__ import annotations

import functools
import hashlib
import random
import threading
from collections.abc import Mapping
from typing import Any

from ._spec import JSON, load_spec

ZERO_TIME = "0001-01-01T00:00:00Z"
TIMESTAMP = "#/components/schemas/Timestamp"
# Shares of properties tagged omitempty and of time properties printed with nanoseconds.
OMITEMPTY_SHARE = 0.4
NANOSECONDS_SHARE = 0.5
# How a bodiless success is sent: nothing half the time, else `{}` or `null`.
BODILESS: tuple[bytes, ...] = (b"", b"", b"{}", b"null")
_UNKNOWN_TIMES = ("", ZERO_TIME, None)
_COMPONENT = "#/components/schemas/"


def _fraction(*parts: object) -> float:
    """A number in [0, 1) that depends only on `parts` (stable across processes)."""
    digest = hashlib.blake2b("\0".join(map(str, parts)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


def _resolve(schema: Mapping[str, Any]) -> tuple[Mapping[str, Any], str | None]:
    """(schema with its `$ref`s followed, the name of the last component reached)."""
    spec = load_spec()
    name = None
    while "$ref" in schema:
        ref = schema["$ref"]
        node: Any = spec
        for token in ref.removeprefix("#/").split("/"):
            node = node[token.replace("~1", "/").replace("~0", "~")]
        if ref.startswith(_COMPONENT):
            name = ref.removeprefix(_COMPONENT)
        schema = node
    return schema, name


def _types(schema: Mapping[str, Any]) -> set[str]:
    declared = schema.get("type")
    types = set(declared) if isinstance(declared, list) else {declared} if declared else set()
    if "properties" in schema or "additionalProperties" in schema:
        types.add("object")
    if "items" in schema:
        types.add("array")
    return types


def _admits_null(schema: Mapping[str, Any]) -> bool:
    schema, _ = _resolve(schema)
    if "null" in _types(schema):
        return True
    return any(_admits_null(b) for b in schema.get("anyOf", []) + schema.get("oneOf", []))


def _kind(value: Any) -> str | None:
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, list):
        return "array"
    if isinstance(value, str):
        return "string"
    return None


def _branch(schema: Mapping[str, Any], value: Any) -> tuple[Mapping[str, Any], str | None]:
    """The (resolved) branch of `schema` that describes `value`'s kind, and its component."""
    schema, name = _resolve(schema)
    branches = schema.get("anyOf", []) + schema.get("oneOf", [])
    kind = _kind(value)
    for branch in branches:
        resolved, branch_name = _resolve(branch)
        if kind is not None and kind in _types(resolved):
            return _branch(resolved, value) if "anyOf" in resolved else (resolved, branch_name)
    return schema, name


def _zero(value: Any) -> bool:
    # Go's omitempty: false, 0, "", nil and empty slices and maps (0.0 == False in Python).
    if isinstance(value, bool):
        return value is False
    if isinstance(value, int | float):
        return value == 0
    return value is None or value in ("", [], {})


class GoStyle:
    """Reshapes reply bodies as Tailscale's Go server sends them; see the module docstring."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self._calls = random.Random(f"{seed}/bodiless")
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ per-property tags

    @functools.cache  # noqa: B019  (one GoStyle per app; the cache lives as long)
    def omitempty(self, owner: str, path: str) -> bool:
        """Whether the property at `path` of component `owner` is tagged omitempty."""
        return _fraction(self.seed, "omitempty", owner, path) < OMITEMPTY_SHARE

    def _nanoseconds(self, owner: str, path: str) -> bool:
        return _fraction(self.seed, "nanoseconds", owner, path) < NANOSECONDS_SHARE

    def _unknown_time(self, owner: str, path: str) -> str | None:
        index = int(_fraction(self.seed, "unknown-time", owner, path) * len(_UNKNOWN_TIMES))
        return _UNKNOWN_TIMES[index]

    # ------------------------------------------------------------------ the encoder

    def bodiless(self) -> bytes:
        """The body of a success documented without one: b"", b"{}" or b"null" (seeded)."""
        with self._lock:
            return self._calls.choice(BODILESS)

    def encode(self, body: Any, schema: Mapping[str, Any], owner: str) -> Any:
        """`body` as the Go server would send it, given its schema (owned by `owner`)."""
        return self._value(body, schema, owner, "")

    def _value(self, value: Any, schema: Mapping[str, Any], owner: str, path: str) -> Any:
        if _is_time(schema):
            return self._time(value, owner, path)
        resolved, name = _branch(schema, value)
        if name is not None:
            owner, path = name, ""
        if isinstance(value, Mapping):
            shaped = self._object(value, resolved, owner, path)
            return None if not shaped and _admits_null(schema) else shaped
        if isinstance(value, list):
            items = resolved.get("items", {})
            shaped_items = [self._value(v, items, owner, f"{path}[]") for v in value]
            return None if not shaped_items and _admits_null(schema) else shaped_items
        return value

    def _object(
        self, value: Mapping[str, Any], schema: Mapping[str, Any], owner: str, path: str
    ) -> dict[str, Any]:
        properties: Mapping[str, Any] = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        out: dict[str, Any] = {}
        for key, item in value.items():
            if key in properties:
                where = f"{path}.{key}"
                shaped = self._value(item, properties[key], owner, where)
                if _zero(shaped) and self.omitempty(owner, where):
                    continue
                out[key] = shaped
            elif isinstance(extra, Mapping):
                out[key] = self._value(item, extra, owner, f"{path}.*")
            else:
                out[key] = item  # a field the spec does not name: sent as it is
        for key, sub in properties.items():
            where = f"{path}.{key}"
            # An absent nested object is a nil pointer: null, or left out when omitempty.
            if key not in value and _is_object(sub) and not self.omitempty(owner, where):
                out[key] = None
        return out

    def _time(self, value: Any, owner: str, path: str) -> Any:
        if value is None or value == "" or value == ZERO_TIME:
            return self._unknown_time(owner, path)
        if not isinstance(value, str):
            return value
        text = value.replace("+00:00", "Z")
        name = path.rsplit(".", 1)[-1]
        if (
            text.endswith("Z")
            and "." not in text
            and name not in _client_times()
            and name != "*"  # map entries: keys and times the client chose
            and self._nanoseconds(owner, path)
        ):
            digits = 1 + int(_fraction(self.seed, "ns", text) * 999_999_998)
            digits += digits % 10 == 0  # Go drops trailing zeros; keep all nine digits
            text = f"{text[:-1]}.{digits:09d}Z"
        return text


_TIME_SCHEMAS: dict[int, bool] = {}


def _is_time(schema: Mapping[str, Any]) -> bool:
    """Whether `schema` is a time (the spec's schemas live as long as the process)."""
    known = _TIME_SCHEMAS.get(id(schema))
    if known is None:
        resolved, name = _resolve(schema)
        known = (
            name == "Timestamp"
            or resolved.get("format") == "date-time"
            or any(_resolve(b)[1] == "Timestamp" for b in resolved.get("anyOf", []))
        )
        _TIME_SCHEMAS[id(schema)] = known
    return known


def _is_object(schema: Mapping[str, Any]) -> bool:
    """Whether `schema` is a nullable object with named properties (a Go pointer to a struct)."""
    if not _admits_null(schema):
        return False
    resolved, _ = _resolve(schema)
    for branch in [resolved, *resolved.get("anyOf", [])]:
        candidate, _ = _resolve(branch)
        if "properties" in candidate:
            return True
    return False


@functools.cache
def _client_times() -> frozenset[str]:
    """Names of the time properties a request body can carry (the client chooses those)."""
    names: set[str] = set()
    seen: set[int] = set()

    def walk(schema: Any) -> None:
        if not isinstance(schema, Mapping) or id(schema) in seen:
            return
        seen.add(id(schema))
        schema, _ = _resolve(schema)
        for name, sub in schema.get("properties", {}).items():
            if _is_time(sub):
                names.add(name)
            walk(sub)
        for key in ("items", "additionalProperties"):
            walk(schema.get(key))
        for branch in schema.get("anyOf", []) + schema.get("oneOf", []):
            walk(branch)

    for item in load_spec()["paths"].values():
        for operation in item.values():
            if isinstance(operation, Mapping) and "requestBody" in operation:
                body, _ = _resolve(operation["requestBody"])
                for media in body.get("content", {}).values():
                    walk(media.get("schema"))
    return frozenset(names)


@functools.cache
def response_schema(operation_id: str, status: int) -> tuple[Mapping[str, Any] | None, bool]:
    """(the JSON schema of `operation_id`'s `status` response, whether it has any content).

    (None, False) for a response documented without a body.
    """
    for item in load_spec()["paths"].values():
        for operation in item.values():
            if isinstance(operation, Mapping) and operation.get("operationId") == operation_id:
                responses = operation.get("responses", {})
                response = responses.get(str(status)) or responses.get("default")
                if response is None:
                    return None, True
                response, _ = _resolve(response)
                content = response.get("content")
                if not content:
                    return None, False
                media = content.get(JSON)
                return (media.get("schema") if media else None), True
    return None, True
