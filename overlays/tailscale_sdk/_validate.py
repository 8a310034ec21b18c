"""Argument checks that run before any request, mirroring the constraints in openapi.yaml."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from tailscale_sdk_generated.types import path_segment

_TAG = re.compile(r"tag:[A-Za-z0-9][A-Za-z0-9_-]*")  # components/schemas/Tag
_ATTRIBUTE_KEY = re.compile(r"custom:[A-Za-z0-9_]{1,43}")  # CustomAttributeKey
_ATTRIBUTE_TEXT = re.compile(r"[A-Za-z0-9_.]{0,50}")  # SetPostureAttributeRequest.value
_KEY_DESCRIPTION = re.compile(r"[A-Za-z0-9 _-]{0,50}")  # CreateKeyRequest.description
_MAX_SAFE_INT = 2**53 - 1
# RFC 9110 entity-tag: optional weak prefix, then etagc characters in double quotes.
_ETAG_CHARS = r"[\x21\x23-\x7e]*"
_QUOTED_ETAG = re.compile(rf'(W/)?"{_ETAG_CHARS}"')
_BARE_ETAG = re.compile(_ETAG_CHARS)
_TAILSCALE_IPV4 = ipaddress.ip_network("100.64.0.0/10")


def _type_name(value: object) -> str:
    return type(value).__name__


def identifier(value: object, name: str) -> str:
    """An id (device id, key id, invite id, tailnet, ...): what a path parameter may be.

    The rules are the generated client's (``path_segment``): a str, not empty or only
    whitespace, at most 256 characters, no control characters. Anything else, ``..`` and
    ``/`` included, is sent percent-encoded as one path segment.
    """
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {_type_name(value)}")
    path_segment(value, name)
    return value


def text(value: object, name: str) -> str:
    """A str that is not empty or only whitespace (a URL, a comment)."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {_type_name(value)}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty")
    return value


def flag(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be a bool, not {_type_name(value)}")
    return value


def strings(values: object, name: str) -> list[str]:
    """A list of strings from any iterable of strings; a lone string is refused."""
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise TypeError(f"{name} must be a list of str, not {_type_name(values)}")
    items = list(values)
    for item in items:
        if not isinstance(item, str):
            raise TypeError(f"{name} must contain only str, not {_type_name(item)}")
    return items


def tags(values: object) -> list[str]:
    items = strings(values, "tags")
    for tag in items:
        if len(tag) > 100 or not _TAG.fullmatch(tag):
            raise ValueError(f"invalid tag {tag!r}: a tag is 'tag:' followed by a name")
    return items


def routes(values: object) -> list[str]:
    items = strings(values, "routes")
    for route in items:
        if "/" not in route:
            raise ValueError(f"invalid route {route!r}: expected CIDR notation like 10.0.0.0/16")
        try:
            ipaddress.ip_network(route)
        except ValueError as exc:
            raise ValueError(f"invalid route {route!r}: {exc}") from None
    return items


def tailscale_ipv4(value: object) -> str:
    text = identifier(value, "ipv4")
    try:
        address = ipaddress.IPv4Address(text)
    except ValueError:
        raise ValueError(f"invalid IPv4 address {text!r}") from None
    if address not in _TAILSCALE_IPV4:
        raise ValueError(f"{text} is outside the Tailscale range 100.64.0.0/10")
    return text


def attribute_key(value: object) -> str:
    key = identifier(value, "key")
    if not _ATTRIBUTE_KEY.fullmatch(key):
        raise ValueError(
            f"invalid attribute key {key!r}: expected 'custom:' and 1-43 letters, digits or _"
        )
    return key


def attribute_value(value: object) -> bool | int | str:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        if abs(value) > _MAX_SAFE_INT:
            raise ValueError(f"attribute value {value} is outside ±(2**53 - 1)")
        return value
    if isinstance(value, str):
        if not _ATTRIBUTE_TEXT.fullmatch(value):
            raise ValueError(
                f"invalid attribute value {value!r}: at most 50 letters, digits, _ or ."
            )
        return value
    raise TypeError(f"attribute value must be a str, int or bool, not {_type_name(value)}")


def key_description(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"description must be a str, not {_type_name(value)}")
    if not _KEY_DESCRIPTION.fullmatch(value):
        raise ValueError(
            f"invalid description {value!r}: at most 50 letters, digits, spaces, _ or -"
        )
    return value


def seconds(value: object, name: str) -> int:
    """Whole seconds (>= 1) from an int or a timedelta."""
    if isinstance(value, timedelta):
        value = value.total_seconds()
        if value != int(value):
            raise ValueError(f"{name} must be whole seconds")
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int or a timedelta, not {_type_name(value)}")
    if value < 1:
        raise ValueError(f"{name} must be at least 1 second")
    return value


def email(value: object) -> str:
    text = identifier(value, "email")
    if "@" not in text.strip("@"):
        raise ValueError(f"invalid email address {text!r}")
    return text


def entity_tag(value: object, name: str) -> str:
    """An ``If-Match`` value: quoted, weak (``W/"..."``) or ``*`` kept; a bare tag quoted."""
    etag = text(value, name)
    if etag == "*" or _QUOTED_ETAG.fullmatch(etag):
        return etag
    if _BARE_ETAG.fullmatch(etag):
        return f'"{etag}"'
    raise ValueError(
        f"invalid {name} {etag!r}: an entity tag is printable ASCII without spaces or"
        ' inner double quotes, such as "e3b0c442..." as the ETag header gives it'
    )


def one_of(name: str, value: Any, allowed: Iterable[Any]) -> Any:
    choices = sorted(allowed)
    if value not in choices:
        raise ValueError(f"{name} must be one of {', '.join(map(repr, choices))}, not {value!r}")
    return value


def https_url(value: object, name: str) -> str:
    url = text(value, name)
    if not url.startswith("https://") or len(url) <= len("https://"):
        raise ValueError(f"{name} must be an https:// URL, not {url!r}")
    return url


def aware_datetime(value: object, name: str) -> datetime:
    """A timezone-aware datetime, in UTC (the API's times are RFC 3339)."""
    if not isinstance(value, datetime):
        raise TypeError(f"{name} must be a datetime, not {_type_name(value)}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware (for example datetime.now(UTC))")
    return value.astimezone(UTC)


def time_range(start: object, end: object) -> tuple[datetime, datetime]:
    first, last = aware_datetime(start, "start"), aware_datetime(end, "end")
    if last < first:
        raise ValueError(f"end ({last.isoformat()}) is before start ({first.isoformat()})")
    return first, last


def one_or_more(values: object, name: str) -> list[str]:
    """A list of strings from one string or an iterable of strings."""
    return [values] if isinstance(values, str) else strings(values, name)


def query_value(value: object, name: str) -> str:
    """A query parameter value: str as is, bool as ``true``/``false``, int in decimal."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | str):
        return str(value)
    raise TypeError(f"{name} must be a str, bool or int, not {_type_name(value)}")


def secret(value: object, name: str) -> str:
    """A non-empty secret; never echoed in errors."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {_type_name(value)}")
    if not value:
        raise ValueError(f"{name} must not be empty")
    return value
