"""types.Timestamp: a datetime that gives back the text it was parsed from."""

from __future__ import annotations

import copy
import pickle
from datetime import UTC, datetime, timedelta

import pytest

from tailscale_sdk_generated.models.key import Key
from tailscale_sdk_generated.types import Timestamp

NANOS = "2026-10-03T09:41:07.123456789Z"


@pytest.mark.parametrize(
    "text", [NANOS, "0001-01-01T00:00:00Z", "2022-12-01T05:23:30Z", "2024-02-01T10:00:00+05:30"]
)
def test_the_text_comes_back_unchanged(text: str) -> None:
    parsed = Timestamp.parse(text)
    assert parsed.isoformat() == text == parsed.text
    assert Key.from_dict({"created": text}).to_dict() == {"created": text}


def test_it_is_the_datetime_it_says() -> None:
    parsed = Timestamp.parse(NANOS)
    assert isinstance(parsed, datetime)
    assert parsed == datetime(2026, 10, 3, 9, 41, 7, 123456, tzinfo=UTC)
    assert parsed.isoformat(timespec="seconds") == "2026-10-03T09:41:07+00:00"
    assert repr(parsed) == f"Timestamp.parse({NANOS!r})"


def test_computed_times_are_formatted_as_usual() -> None:
    later = Timestamp.parse(NANOS) + timedelta(seconds=1)
    assert later.isoformat() == "2026-10-03T09:41:08.123456+00:00"
    assert Timestamp.parse(NANOS).replace(year=2027).isoformat().startswith("2027-10-03T09:41:07")


def test_copies_and_pickles_keep_the_text() -> None:
    parsed = Timestamp.parse(NANOS)
    for clone in (copy.copy(parsed), copy.deepcopy(parsed), pickle.loads(pickle.dumps(parsed))):
        assert isinstance(clone, Timestamp) and clone.isoformat() == NANOS


@pytest.mark.parametrize("text", ["", "yesterday", "2026-13-01T00:00:00Z"])
def test_what_is_no_time_is_a_value_error_and_stays_a_string_in_a_model(text: str) -> None:
    with pytest.raises(ValueError):
        Timestamp.parse(text)
    key = Key.from_dict({"created": text})
    assert key.created == text and type(key.created) is str
