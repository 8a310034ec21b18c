"""Contains some shared types for properties"""

import datetime
import json
import re
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, SupportsIndex, TypeVar
from urllib.parse import quote

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


MAX_PATH_PARAMETER_LENGTH = 256
# C0 and C1 control characters, DEL, and lone surrogates (which have no UTF-8 encoding).
_UNSENDABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def path_segment(value: str, name: str) -> str:
    """``value`` percent-encoded as exactly one path segment (``.`` as ``%2E``, ``..`` as ``%2E%2E``).

    Raises TypeError if ``value`` is not a str, and ValueError if it is empty, only whitespace,
    longer than MAX_PATH_PARAMETER_LENGTH characters, or contains a control character.
    """
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if not value or value.isspace():
        raise ValueError(f"{name} must not be empty or only whitespace")
    if len(value) > MAX_PATH_PARAMETER_LENGTH:
        raise ValueError(f"{name} is longer than {MAX_PATH_PARAMETER_LENGTH} characters ({len(value)})")
    bad = _UNSENDABLE.search(value)
    if bad is not None:
        raise ValueError(f"{name} contains the control character U+{ord(bad.group()):04X}")
    segment = quote(value, safe="")
    if segment == "." or segment == "..":
        return segment.replace(".", "%2E")
    return segment


class Timestamp(datetime.datetime):
    """A time from a response that remembers the text it came as (see :func:`parse_time`).

    Only times that Go would not write the way :func:`format_time` does become Timestamps:
    nanoseconds (a datetime holds microseconds), offsets other than ``Z``, trailing zeros.
    """

    __slots__ = ("text",)
    text: str

    def __repr__(self) -> str:
        return f"parse_time({self.text!r})"

    def __reduce_ex__(self, protocol: SupportsIndex) -> tuple[Any, ...]:
        return (parse_time, (self.text,))


def parse_time(text: str) -> datetime.datetime:
    """Parse an RFC 3339 time from a response; ValueError if ``text`` is not one.

    A time as Go writes it (UTC, ``Z``, at most 6 fraction digits, trailing zeros trimmed) is a
    plain datetime: :func:`format_time` gives back the same text, and plain datetimes are the
    cheapest to make and to keep (the cyclic GC does not track them). Any other time is a
    :class:`Timestamp` that keeps its text.
    """
    value = _fromisoformat(text)
    size = len(text)
    if (size == 20 or (21 < size < 28 and text[19] == "." and text[-2] != "0")) and (
        text[-1] == "Z" and text[10] == "T"
    ):
        return value
    kept = Timestamp.fromisoformat(text)
    kept.text = text
    return kept


_fromisoformat = datetime.datetime.fromisoformat


def format_time(value: datetime.datetime) -> str:
    """A time as the server writes it: a Timestamp's own text, else RFC 3339 as Go writes it."""
    if isinstance(value, Timestamp):
        try:
            return value.text
        except AttributeError:  # made by arithmetic or replace(), not parsed
            pass
    offset = value.utcoffset()
    if offset is None:
        return value.isoformat()
    fraction = f".{value.microsecond:06d}".rstrip("0") if value.microsecond else ""
    zone = "Z" if not offset else value.isoformat()[-6:]
    return (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d}T"
        f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}{fraction}{zone}"
    )


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


FAST_JSON_MIN_BYTES = 64 * 1024
"""Bodies of at least this many bytes are decoded with msgspec, when it is installed."""

_fast_decode: Any = None  # msgspec's decode once imported; False when it is not installed


def json_loads(content: bytes) -> Any:
    """``json.loads(content)``, by msgspec for a large body when it is installed.

    msgspec decodes ~1.7x as fast with less memory at its peak. What it refuses (NaN,
    ``1e400``, a lone surrogate, a byte order mark) goes to json, so the result, or the
    error, is json's in every case. Small bodies skip it: importing it costs more than it saves.
    """
    global _fast_decode
    if len(content) >= FAST_JSON_MIN_BYTES:
        if _fast_decode is None:
            try:
                from msgspec.json import decode
            except ImportError:  # no wheel for this platform: json does it all
                _fast_decode = False
            else:
                _fast_decode = decode
        if _fast_decode:
            try:
                return _fast_decode(content)
            except ValueError:  # msgspec.DecodeError: json accepts more than msgspec
                pass
    return json.loads(content)


__all__ = [
    "FAST_JSON_MIN_BYTES",
    "MAX_PATH_PARAMETER_LENGTH",
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Timestamp",
    "Unset",
    "format_time",
    "json_loads",
    "parse_time",
    "path_segment",
]
