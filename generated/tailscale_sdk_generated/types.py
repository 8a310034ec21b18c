"""Contains some shared types for properties"""

import datetime
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, SupportsIndex, TypeVar

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


class Timestamp(datetime.datetime):
    """A time from a response: a datetime that remembers the RFC 3339 text it was parsed from.

    ``isoformat()`` (without arguments) and ``to_dict()`` give back that text unchanged, so a
    ``Z`` stays a ``Z`` and nanoseconds keep their last three digits (the datetime itself holds
    microseconds). Arithmetic and ``replace()`` give times without a text, formatted as usual.
    """

    __slots__ = ("_text",)
    _text: str

    @classmethod
    def parse(cls, text: str) -> "Timestamp":
        """Parse an RFC 3339 time; ValueError if ``text`` is not one."""
        value = cls.fromisoformat(text)
        value._text = text
        return value

    @property
    def text(self) -> str:
        """The text this time was parsed from (or its isoformat() if it was computed)."""
        return self.isoformat()

    def isoformat(self, sep: str = "T", timespec: str = "auto") -> str:
        if sep == "T" and timespec == "auto":
            try:
                return self._text
            except AttributeError:  # made by arithmetic or replace(), not parsed
                pass
        return super().isoformat(sep, timespec)

    def __repr__(self) -> str:
        try:
            return f"Timestamp.parse({self._text!r})"
        except AttributeError:
            return super().__repr__()

    def __reduce_ex__(self, protocol: "SupportsIndex") -> "str | tuple[Any, ...]":
        try:
            return (Timestamp.parse, (self._text,))
        except AttributeError:
            return super().__reduce_ex__(protocol)


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Timestamp", "Unset"]
