"""Argument checks that run before any request.

Types are checked here; what openapi.yaml says about values (patterns, enums, lengths,
ranges, item counts) is read from the spec's own rules, which ``make generate`` writes into
``tailscale_sdk_generated._constraints``: :func:`conform`. ``format`` is an annotation in
JSON Schema 2020-12 (an email's form, an IPv4 address): the server checks it.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from tailscale_sdk_generated._constraints import RULES
from tailscale_sdk_generated.types import path_segment

# RFC 9110 entity-tag: optional weak prefix, then etagc characters in double quotes.
_ETAG_CHARS = r"[\x21\x23-\x7e]*"
_QUOTED_ETAG = re.compile(rf'(W/)?"{_ETAG_CHARS}"')
_BARE_ETAG = re.compile(_ETAG_CHARS)

V = TypeVar("V")


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


def nonblank(value: object, name: str) -> str:
    """A str that is not empty or only whitespace (a URL, an entity tag)."""
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


def seconds(value: object, name: str) -> int:
    """Whole seconds from an int or a timedelta."""
    if isinstance(value, timedelta):
        value = value.total_seconds()
        if value != int(value):
            raise ValueError(f"{name} must be whole seconds")
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int or a timedelta, not {_type_name(value)}")
    return value


def entity_tag(value: object, name: str) -> str:
    """An ``If-Match`` value: quoted, weak (``W/"..."``) or ``*`` kept; a bare tag quoted."""
    etag = nonblank(value, name)
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


def text(value: object, name: str) -> str:
    """A str (what the spec allows of it is :func:`conform`'s business)."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {_type_name(value)}")
    return value


def integer(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {_type_name(value)}")
    return value


def rule(key: str) -> Mapping[str, Any]:
    """openapi.yaml's rule for a request value (``"SetDeviceTagsRequest.tags"``)."""
    return RULES[key]


def conform(value: V, spec_rule: Mapping[str, Any], name: str) -> V:
    """``value`` if it keeps ``spec_rule`` (see :func:`rule`); else ValueError naming why."""
    problem = _problem(value, spec_rule)
    if problem is not None:
        shown = "" if _secret(spec_rule) else f" {value!r}"
        raise ValueError(f"invalid {name}{shown}: {problem}")
    return value


def _secret(spec_rule: Mapping[str, Any]) -> bool:
    return spec_rule.get("format") == "password" or any(
        _secret(branch) for branch in spec_rule.get("oneOf", spec_rule.get("anyOf", ()))
    )


_TYPES: dict[str, type | tuple[type, ...]] = {
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "array": list,
    "object": dict,
}


def _is_type(value: object, name: str | None) -> bool:
    if name is None:
        return True
    if isinstance(value, bool) and name != "boolean":
        return False
    return isinstance(value, _TYPES.get(name, object))


@functools.cache
def _regex(pattern: str) -> re.Pattern[str]:
    # JSON Schema patterns are ECMA-262: an unescaped `$` matches only at the very end, while
    # Python's also matches before a final newline ("tag:a\n" would pass). `\Z` is ECMA's `$`.
    return re.compile(re.sub(r"(?<!\\)\$", r"\\Z", pattern))


def _problem(value: object, spec_rule: Mapping[str, Any]) -> str | None:
    """Why ``value`` breaks ``spec_rule`` (JSON Schema keywords), or None. Types are the
    caller's to check; a keyword applies only to values of its kind, as in JSON Schema."""
    branches = spec_rule.get("oneOf", spec_rule.get("anyOf"))
    if branches is not None:
        problems = [_problem(value, b) for b in branches if _is_type(value, b.get("type"))]
        return None if not problems or None in problems else problems[0]
    if "enum" in spec_rule and value not in spec_rule["enum"]:
        return "must be one of " + ", ".join(map(repr, spec_rule["enum"]))
    if isinstance(value, str):
        return _string_problem(value, spec_rule)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value < spec_rule.get("minimum", -math.inf):
            return f"must be at least {spec_rule['minimum']}"
        if value > spec_rule.get("maximum", math.inf):
            return f"must be at most {spec_rule['maximum']}"
    if isinstance(value, list):
        if len(value) < spec_rule.get("minItems", 0):
            return f"must hold at least {spec_rule['minItems']} item(s)"
        if len(value) > spec_rule.get("maxItems", math.inf):
            return f"must hold at most {spec_rule['maxItems']} items"
        for item in value:
            problem = _problem(item, spec_rule.get("items", {}))
            if problem is not None:
                return problem if _secret(spec_rule.get("items", {})) else f"{item!r} {problem}"
    return None


def _string_problem(value: str, spec_rule: Mapping[str, Any]) -> str | None:
    if len(value) < spec_rule.get("minLength", 0):
        return f"must be at least {spec_rule['minLength']} character(s)"
    if len(value) > spec_rule.get("maxLength", math.inf):
        return f"must be at most {spec_rule['maxLength']} characters"
    if "pattern" in spec_rule and not _regex(spec_rule["pattern"]).search(value):
        return f"must match {spec_rule['pattern']}"
    return None
