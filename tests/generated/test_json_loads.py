"""types.json_loads, which every endpoint decodes a success body with: json's result (or json's
error) for any input, msgspec doing the work for a large body when it is installed, json alone
when it is not.

Deterministic: derandomized hypothesis, no example database, no deadline (a slow machine is not
a failure).
"""

from __future__ import annotations

import builtins
import json
import math
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tailscale_sdk_generated import types

LARGE = types.FAST_JSON_MIN_BYTES


@pytest.fixture
def fast_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bytes]]:
    """The bodies handed to the fast decoder (msgspec's, recorded)."""
    from msgspec.json import decode

    calls: list[bytes] = []

    def recording(content: bytes) -> Any:
        calls.append(content)
        return decode(content)

    monkeypatch.setattr(types, "_fast_decode", recording)
    yield calls


def padded(text: bytes, size: int = LARGE) -> bytes:
    return text + b" " * max(0, size - len(text))


def test_a_large_body_goes_to_msgspec(fast_calls: list[bytes]) -> None:
    content = padded(b'{"devices": [{"id": "1"}]}')
    assert types.json_loads(content) == {"devices": [{"id": "1"}]}
    assert fast_calls == [content]


def test_a_small_body_goes_to_json(fast_calls: list[bytes]) -> None:
    content = padded(b'{"devices": []}', LARGE - 1)
    assert types.json_loads(content) == {"devices": []}
    assert fast_calls == []


@pytest.mark.parametrize(
    ("text", "check"),
    [
        (b"NaN", math.isnan),
        (b"1e400", math.isinf),
        (b'"\\ud800"', lambda value: value == "\ud800"),
        (b'\xef\xbb\xbf{"a": 1}', lambda value: value == {"a": 1}),
    ],
    ids=["NaN", "1e400", "lone surrogate", "byte order mark"],
)
def test_what_msgspec_refuses_json_decodes(
    fast_calls: list[bytes], text: bytes, check: Any
) -> None:
    assert check(types.json_loads(padded(text)))
    assert len(fast_calls) == 1  # tried first


def test_a_body_neither_accepts_raises_jsons_error(fast_calls: list[bytes]) -> None:
    content = padded(b'{"devices": [')
    with pytest.raises(json.JSONDecodeError) as caught:
        types.json_loads(content)
    assert type(caught.value) is json.JSONDecodeError
    assert fast_calls == [content]


def test_without_msgspec_json_decodes_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_msgspec(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith("msgspec"):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(types, "_fast_decode", None)
    monkeypatch.setattr(builtins, "__import__", no_msgspec)
    assert types.json_loads(padded(b'{"a": [1, 2.5, null, true]}')) == {"a": [1, 2.5, None, True]}
    assert types._fast_decode is False
    assert math.isnan(types.json_loads(padded(b"NaN")))


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


@settings(derandomize=True, database=None, max_examples=200, deadline=None)
@given(value=JSON, ascii_only=st.booleans())
def test_the_result_is_jsons(value: Any, ascii_only: bool) -> None:
    content = padded(json.dumps(value, ensure_ascii=ascii_only).encode())
    # repr tells 1 from 1.0 and -0.0 from 0.0, which == does not
    assert repr(types.json_loads(content)) == repr(json.loads(content))


@settings(derandomize=True, database=None, max_examples=200, deadline=None)
@given(prefix=st.binary(max_size=24))
def test_any_bytes_give_jsons_result_or_jsons_error(prefix: bytes) -> None:
    content = padded(prefix)
    try:
        expected: Any = repr(json.loads(content))
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError
        expected = type(exc)
    try:
        got: Any = repr(types.json_loads(content))
    except ValueError as exc:
        got = type(exc)
    assert got == expected
