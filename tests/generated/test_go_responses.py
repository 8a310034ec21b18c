"""Property test: every response schema, Go-encoded, parses and round-trips unchanged.

For each JSON response of each operation, schemathesis' JSON Schema strategy (the one its
fuzzing uses; schemathesis is pinned exactly, and hypothesis-jsonschema no longer runs on the
hypothesis it pins) generates instances of its schema: one strategy with every declared
property present, one as the schema allows. Each instance is then served as Go's
encoding/json may serve it:

* each array, object and string set to ``null``, one at a time and all at once (array items
  excepted: R2);
* unknown fields added to every object, at every depth;
* unknown values in every ``x-extensible-enum`` string;
* every time with nanoseconds, as the zero time, as ``""`` and with other offsets.

Each variant goes through the generated ``_parse_response`` of its operation; the result's
``to_dict()`` (or the list of them, or None) must be exactly the served JSON, and every value in
it must be what its type annotation says. Separately, a nested object
replaced by a string must be a parse error (never a raw value behind a model's type).
Deterministic: derandomized hypothesis, no example database.
"""

from __future__ import annotations

import copy
import importlib
import json
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import attrs
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from openapi_python_client.strings import snake_case
from schemathesis.generation.jsonschema.builder import build
from spectools import load_spec

from scripts.response_schemas import response_bodies
from tailscale_sdk_generated.client import Client

SPEC = load_spec()
CLIENT = Client(base_url="https://api.invalid/api/v2")
PARSE_ERRORS = (TypeError, ValueError, KeyError, AttributeError)
# Keywords that only document.
DOC_ONLY = {"description", "title", "example", "examples", "contentEncoding", "externalDocs"}
UNKNOWN_FIELD = "addedInALaterVersion"
UNKNOWN_VALUE: Any = {"nested": [1, "two", None, {"deep": True}], "note": None}
UNKNOWN_ENUM = "aValueAddedLater"
# Go's: nanoseconds, the zero time, "". Then what another writer may send: an explicit UTC
# offset, trailing zeros, another zone.
GO_TIMES = (
    "2026-10-03T09:41:07.123456789Z",
    "0001-01-01T00:00:00Z",
    "",
    "2026-10-03T09:41:07+00:00",
    "2026-10-03T09:41:07.120Z",
    "2026-10-03T09:41:07.5-07:00",
)
Path = tuple[str | int, ...]


# --------------------------------------------------------------------------- schemas


def inline(node: Any, *, strict: bool, full: bool, enums: bool = False) -> Any:
    """``node`` with its ``$ref``s replaced by their targets, as plain JSON Schema.

    ``strict``: objects with declared properties admit no others (unknown fields are added by the
    test itself, where it knows they belong). ``full``: every declared property is required.
    ``enums``: keep ``x-extensible-enum`` (to find such strings; generation does not know it).
    Arrays and maps are kept small.
    """
    again = {"strict": strict, "full": full, "enums": enums}
    if isinstance(node, list):
        return [inline(item, **again) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        target = SPEC
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        return inline(target, **again)
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in DOC_ONLY or (key.startswith("x-") and not (enums and key == "x-extensible-enum")):
            continue
        if key == "format" and value == "password":
            continue
        if key in ("properties", "patternProperties"):
            out[key] = {name: inline(sub, **again) for name, sub in value.items()}
        else:
            out[key] = inline(value, **again)
    if "properties" in out:
        if strict and "additionalProperties" not in out:
            out["additionalProperties"] = False
        if full:
            out["required"] = sorted(out["properties"])
    if "items" in out:
        out["maxItems"] = 2
    if _admits(out, "object") and "properties" not in out:
        out["maxProperties"] = 2
    return out


def _admits(schema: dict[str, Any], kind: str) -> bool:
    declared = schema.get("type")
    return declared == kind or (isinstance(declared, list) and kind in declared)


def plain(node: Any) -> Any:
    """The schema with its refs inlined and nothing added: for finding what a value is."""
    return inline(node, strict=True, full=False, enums=True)


# RFC 3339 times as a Go server writes them: Z or an offset, 0 to 9 fractional digits.
_FRACTION = st.integers(0, 9).flatmap(lambda n: st.text("0123456789", min_size=n, max_size=n))
DATE_TIMES = st.builds(
    lambda moment, fraction, zone: (
        moment.strftime("%Y-%m-%dT%H:%M:%S") + (f".{fraction}" if fraction else "") + zone
    ),
    st.datetimes(),
    _FRACTION,
    st.sampled_from(["Z", "+00:00", "-07:00", "+05:30"]),
)


def from_schema(schema: Any) -> st.SearchStrategy[Any]:
    return build(schema, draft=20, formats={"date-time": DATE_TIMES})


# --------------------------------------------------------------------------- positions


@dataclass(frozen=True)
class Position:
    path: Path
    value: Any
    kind: str  # model, map, object, list, string, enum, time, other
    item: bool  # an array item (never null: R2 exempts them)


def _member(value: Any, schema: dict[str, Any]) -> dict[str, Any]:
    """The anyOf/oneOf member of ``schema`` that ``value`` is an instance of (not null's)."""
    members = schema.get("anyOf") or schema.get("oneOf")
    if not members:
        return schema
    for member in members:
        if member.get("type") != "null" and _validator(member).is_valid(value):
            return _member(value, member)
    return schema


_VALIDATORS: dict[str, Draft202012Validator] = {}


def _validator(schema: dict[str, Any]) -> Draft202012Validator:
    key = json.dumps(schema, sort_keys=True)
    if key not in _VALIDATORS:
        _VALIDATORS[key] = Draft202012Validator(schema)
    return _VALIDATORS[key]


def _is_time(schema: dict[str, Any]) -> bool:
    return any(m.get("format") == "date-time" for m in schema.get("anyOf") or [])


def positions(
    value: Any, schema: dict[str, Any], path: Path = (), item: bool = False
) -> Iterator[Position]:
    """Every value inside ``value`` with what its schema makes of it."""
    if value is None:
        return
    if _is_time(schema) and isinstance(value, str):
        yield Position(path, value, "time", item)
        return
    schema = _member(value, schema)
    if isinstance(value, dict):
        properties = schema.get("properties")
        extra = schema.get("additionalProperties")
        if properties is not None:
            yield Position(path, value, "model", item)
            for name, sub in value.items():
                if name in properties:
                    yield from positions(sub, properties[name], (*path, name))
        elif isinstance(extra, dict):
            yield Position(path, value, "map", item)
            for name, sub in value.items():
                yield from positions(sub, extra, (*path, name))
        else:  # a free-form object: anything inside it goes
            yield Position(path, value, "object" if _admits(schema, "object") else "other", item)
    elif isinstance(value, list):
        yield Position(path, value, "list", item)
        for index, sub in enumerate(value):
            yield from positions(sub, schema.get("items", {}), (*path, index), item=True)
    elif isinstance(value, str):
        yield Position(path, value, "enum" if "x-extensible-enum" in schema else "string", item)


def enum_paths(value: Any, schema: dict[str, Any], path: Path = ()) -> Iterator[Path]:
    """Paths of the strings whose schema lists x-extensible-enum values (read before inlining)."""
    for position in positions(value, schema, path):
        if position.kind == "enum":
            yield position.path


def replaced(document: Any, path: Path, value: Any) -> Any:
    if not path:
        return value
    result = copy.deepcopy(document)
    target = result
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return result


# --------------------------------------------------------------------------- Go variants


def go_variants(
    body: Any, schema: dict[str, Any], enum_schema: dict[str, Any]
) -> Iterator[tuple[str, Any]]:
    """(what, variant) pairs: the body as Go may encode it."""
    found = list(positions(body, schema))
    yield "as generated", body
    nullable = [
        p for p in found if p.kind != "other" and not p.item and (p.path or p.kind == "list")
    ]
    for position in nullable:
        yield f"null at {list(position.path)}", replaced(body, position.path, None)
    if nullable:
        everything = body
        for position in sorted(nullable, key=lambda p: len(p.path), reverse=True):
            everything = replaced(everything, position.path, None)
        yield "every array, object and string null", everything
    objects = [p for p in found if p.kind in ("model", "object")]
    if objects:
        extended = copy.deepcopy(body)
        for position in objects:
            target = extended
            for part in position.path:
                target = target[part]
            target[UNKNOWN_FIELD] = copy.deepcopy(UNKNOWN_VALUE)
        yield "unknown fields at every depth", extended
    enums = [p for p in positions(body, enum_schema) if p.kind == "enum"]
    if enums:
        widened = body
        for position in enums:
            widened = replaced(widened, position.path, UNKNOWN_ENUM)
        yield "unknown enum values", widened
    times = [p for p in found if p.kind == "time"]
    for text in GO_TIMES if times else ():
        shifted = body
        for position in times:
            shifted = replaced(shifted, position.path, text)
        yield f"every time {text!r}", shifted


# --------------------------------------------------------------------------- parsing


def endpoint_module(operation_id: str) -> ModuleType:
    for _path, item in SPEC["paths"].items():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                package = snake_case(operation["tags"][0])
                return importlib.import_module(
                    f"tailscale_sdk_generated.api.{package}.{snake_case(operation_id)}"
                )
    raise LookupError(operation_id)


def parse(module: ModuleType, status: int, body: Any) -> Any:
    response = httpx.Response(
        status, content=json.dumps(body).encode(), headers={"content-type": "application/json"}
    )
    return module._parse_response(client=CLIENT, response=response)


def as_json(parsed: Any) -> Any:
    """What the parsed response says, as JSON: to_dict() of a model, of each model of a list."""
    if isinstance(parsed, list):
        return [as_json(item) for item in parsed]
    to_dict: Callable[[], Any] | None = getattr(parsed, "to_dict", None)
    return parsed if to_dict is None else to_dict()


def dishonest(value: Any, hint: Any, where: str) -> str | None:
    """Where ``value`` is not what its type annotation says (None when it is, throughout)."""
    origin = typing.get_origin(hint)
    if hint is Any:
        return None
    if origin in (typing.Union, types.UnionType):
        options = {arg: dishonest(value, arg, where) for arg in typing.get_args(hint)}
        if None in options.values():
            return None
        # Say what is wrong inside the member the value belongs to, if it belongs to one.
        inner = [error for arg, error in options.items() if _outer_fits(value, arg)]
        return inner[0] if inner else f"{where}: {type(value).__name__} is not {hint}"
    if hint is type(None) or hint is None:
        return None if value is None else f"{where}: {value!r} is not None"
    if origin is list:
        if not isinstance(value, list):
            return f"{where}: {type(value).__name__} is not a list"
        (item,) = typing.get_args(hint)
        return next(
            (e for i, v in enumerate(value) if (e := dishonest(v, item, f"{where}[{i}]"))), None
        )
    if origin is dict:
        if not isinstance(value, dict):
            return f"{where}: {type(value).__name__} is not a dict"
        _key, item = typing.get_args(hint)
        return next(
            (e for k, v in value.items() if (e := dishonest(v, item, f"{where}[{k!r}]"))), None
        )
    if hint is float:
        hint = (int, float)
    if hint is int and isinstance(value, bool):
        return f"{where}: a bool is not an int"
    if not isinstance(value, hint):
        return f"{where}: {type(value).__name__} is not {hint}"
    if attrs.has(type(value)):
        hints = _hints(type(value))
        for field in attrs.fields(type(value)):
            error = dishonest(
                getattr(value, field.name), hints[field.name], f"{where}.{field.name}"
            )
            if error:
                return error
    return None


def _outer_fits(value: Any, hint: Any) -> bool:
    outer = typing.get_origin(hint) or hint
    return isinstance(outer, type) and isinstance(value, outer)


_HINTS: dict[Any, dict[str, Any]] = {}


def _hints(annotated: Any) -> dict[str, Any]:
    if annotated not in _HINTS:
        _HINTS[annotated] = typing.get_type_hints(annotated)
    return _HINTS[annotated]


def response_type(module: ModuleType) -> Any:
    """The type _parse_response promises (one annotation for all statuses)."""
    return _hints(module._parse_response)["return"]


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


@dataclass(frozen=True)
class Case:
    """The responses of one operation that share one schema (its errors share Error)."""

    operation_id: str
    statuses: tuple[int, ...]
    schema: Any  # as in the spec

    @property
    def id(self) -> str:
        return f"{self.operation_id}-{'-'.join(map(str, self.statuses))}"


def cases() -> list[Case]:
    grouped: dict[tuple[str, str], Case] = {}
    for operation_id, path, schema in response_bodies(SPEC):
        status = int(path.split(".responses.")[1].split(".")[0])
        key = (operation_id, canonical(schema))
        old = grouped.get(key)
        statuses = (*old.statuses, status) if old else (status,)
        grouped[key] = Case(operation_id, statuses, schema)
    return list(grouped.values())


CASES = cases()
SUCCESS_EXAMPLES, ERROR_EXAMPLES = 12, 3


def _received(body: Any, schema: Any, status: int) -> Any:
    """What a parse gives back: a success whose whole body is null reads as [] or {} (README)."""
    if body is not None or not 200 <= status < 300:
        return body
    types = schema.get("type") if isinstance(schema, dict) else None
    return [] if types == "array" or (isinstance(types, list) and "array" in types) else {}


def _check_round_trips(case: Case, body: Any) -> int:
    module = endpoint_module(case.operation_id)
    schema = plain(case.schema)
    variants = 0
    for what, variant in go_variants(body, schema, schema):
        for status in case.statuses:
            try:
                parsed = parse(module, status, variant)
            except PARSE_ERRORS as exc:
                where = f"{case.operation_id} {status}, {what}"
                pytest.fail(f"{where}: {type(exc).__name__}: {exc}\n{canonical(variant)}")
            where = f"{case.operation_id} {status}, {what}"
            assert canonical(as_json(parsed)) == canonical(_received(variant, schema, status)), where
            lie = dishonest(parsed, response_type(module), "response")
            assert lie is None, f"{where}: {lie}"
            variants += 1
    return variants


def _check_nested_objects_are_checked(case: Case, body: Any) -> int:
    module = endpoint_module(case.operation_id)
    loose = _validator(inline(case.schema, strict=False, full=False))
    checked = 0
    for position in positions(body, plain(case.schema)):
        if position.kind in ("model", "map", "object"):
            wrong = replaced(body, position.path, "not an object")
            if loose.is_valid(wrong):  # another anyOf member takes it (getPolicyFile)
                continue
            for status in case.statuses:
                with pytest.raises(PARSE_ERRORS):
                    parse(module, status, wrong)
                checked += 1
    return checked


STATS = {"cases": 0, "variants": 0, "wrong types": 0}


@pytest.fixture(scope="module", autouse=True)
def _report() -> Iterator[None]:
    yield
    responses = sum(len(case.statuses) for case in CASES)
    print(
        f"\nGo-encoded responses: {responses} responses, {len(CASES)} groups, "
        + ", ".join(f"{n} {what}" for what, n in STATS.items())
    )


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_go_encoded_responses_parse_and_round_trip(case: Case) -> None:
    examples = SUCCESS_EXAMPLES if min(case.statuses) < 300 else ERROR_EXAMPLES
    strategy = st.one_of(
        from_schema(inline(case.schema, strict=True, full=True)),
        from_schema(inline(case.schema, strict=True, full=False)),
    )

    @settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(body=strategy)
    def check(body: Any) -> None:
        STATS["cases"] += 1
        STATS["variants"] += _check_round_trips(case, body)
        STATS["wrong types"] += _check_nested_objects_are_checked(case, body)

    check()
