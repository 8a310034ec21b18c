"""Contains some shared types for properties"""

import re
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar
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


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "MAX_PATH_PARAMETER_LENGTH",
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "path_segment",
]
