"""Times from responses: parse_time and format_time give back the text the server sent."""

from __future__ import annotations

import copy
import pickle
from datetime import UTC, datetime, timedelta, timezone

import pytest

from tailscale_sdk_generated.models.key import Key
from tailscale_sdk_generated.types import Timestamp, format_time, parse_time

NANOS = "2026-10-03T09:41:07.123456789Z"
AS_GO_WRITES = ["2022-12-01T05:23:30Z", "0001-01-01T00:00:00Z", "2026-10-03T09:41:07.5Z"]
OTHERS = [
    NANOS,
    "2024-02-01T10:00:00+05:30",
    "2024-02-01T10:00:00+00:00",
    "2024-02-01T10:00:00.10Z",
]


@pytest.mark.parametrize("text", AS_GO_WRITES + OTHERS + ["2026-10-03", "2026-10-03T09:41:07"])
def test_the_text_comes_back_unchanged(text: str) -> None:
    assert format_time(parse_time(text)) == text
    assert Key.from_dict({"created": text}).to_dict() == {"created": text}


@pytest.mark.parametrize("text", AS_GO_WRITES)
def test_a_time_as_go_writes_it_is_a_plain_datetime(text: str) -> None:
    assert type(parse_time(text)) is datetime  # cheapest to make, not tracked by the GC


@pytest.mark.parametrize("text", OTHERS)
def test_any_other_time_keeps_its_text(text: str) -> None:
    parsed = parse_time(text)
    assert isinstance(parsed, Timestamp) and parsed.text == text
    assert repr(parsed) == f"parse_time({text!r})"


def test_it_is_the_datetime_it_says() -> None:
    parsed = parse_time(NANOS)
    assert parsed == datetime(2026, 10, 3, 9, 41, 7, 123456, tzinfo=UTC)
    assert parsed.isoformat() == "2026-10-03T09:41:07.123456+00:00"


def test_computed_times_are_written_as_go_writes_them() -> None:
    assert format_time(parse_time(NANOS) + timedelta(seconds=1)) == "2026-10-03T09:41:08.123456Z"
    assert format_time(datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)) == "2026-01-02T03:04:05Z"
    east = timezone(timedelta(hours=5, minutes=30))
    assert (
        format_time(datetime(2026, 1, 2, 3, 4, 5, 120000, east)) == "2026-01-02T03:04:05.12+05:30"
    )


def test_copies_and_pickles_keep_the_text() -> None:
    parsed = parse_time(NANOS)
    for clone in (copy.copy(parsed), copy.deepcopy(parsed), pickle.loads(pickle.dumps(parsed))):
        assert isinstance(clone, Timestamp) and format_time(clone) == NANOS


@pytest.mark.parametrize(
    "text", ["", "yesterday", "2026-13-01T00:00:00Z", "2026-10-03T09:41:07.1Z "]
)
def test_what_is_no_time_is_a_value_error_and_stays_a_string_in_a_model(text: str) -> None:
    with pytest.raises(ValueError):
        parse_time(text)
    key = Key.from_dict({"created": text})
    assert key.created == text and type(key.created) is str
