"""The jsonschema-rs fast path never accepts a value openapi-core's own validator rejects."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
from spectools import Example, examples, load_spec

from tailscale_mock._spec import _SCHEMA_VALIDATORS, _FastSchemaValidator, openapi

ODD_VALUES: list[Any] = [None, True, 0, -1, 1.5, "", "x", "124-01-01T00:00:00Z", [], [None], {}]
JSON_EXAMPLES = [e for e in examples() if e.media_type in (None, "application/json")]


def validators(example: Example) -> _FastSchemaValidator:
    tokens = example.schema_pointer.removeprefix("#/").split("/")
    schema = openapi().spec
    previous = ""
    for token in tokens:
        key = token.replace("~1", "/").replace("~0", "~")
        # Parameters are a list, reached by index.
        schema = schema / (int(key) if previous == "parameters" and key.isdigit() else key)
        previous = key
    made = _SCHEMA_VALIDATORS.create(openapi().spec, schema)
    assert isinstance(made, _FastSchemaValidator)
    return made


def variants(value: Any) -> Iterator[Any]:
    """The value with each member (to depth 2) replaced by odd values, or dropped."""
    if isinstance(value, dict):
        for key in value:
            for odd in ODD_VALUES:
                yield {**value, key: odd}
            yield {k: v for k, v in value.items() if k != key}
            for inner in variants(value[key]) if isinstance(value[key], dict | list) else ():
                yield {**value, key: inner}
    elif isinstance(value, list) and value:
        for odd in ODD_VALUES:
            yield [odd, *copy.deepcopy(value[1:])]
    yield from ODD_VALUES


@pytest.mark.parametrize("example", JSON_EXAMPLES, ids=lambda e: e.where)
def test_fast_path_agrees_on_examples_and_never_accepts_more(example: Example) -> None:
    made = validators(example)
    assert made._fast.is_valid(example.value) == made.validator.is_valid(example.value)
    too_lax = [
        v
        for v in variants(example.value)
        if made._fast.is_valid(v) and not made.validator.is_valid(v)
    ]
    assert too_lax == []


def test_the_spec_has_examples_to_check() -> None:
    assert len(JSON_EXAMPLES) > 50
    assert load_spec()["openapi"].startswith("3.1")
