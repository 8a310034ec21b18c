"""The fuzz run's query filter: device filters a query string cannot carry are not sent."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import schemathesis
from contract.schemathesis_hooks import filter_query


def context(label: str) -> schemathesis.HookContext:
    return schemathesis.HookContext(operation=cast(Any, SimpleNamespace(label=label)))


def test_device_filters_must_be_text_on_the_wire() -> None:
    devices = context("GET /tailnet/{tailnet}/devices")
    assert filter_query(devices, {"fields": "all", "os": ["linux"], "tags": ["tag:a", "tag:b"]})
    assert filter_query(devices, {"os": "linux"})
    assert filter_query(devices, None)
    # Each of these arrives as the text "30", "null", "{}", a valid filter: not a negative case.
    assert not filter_query(devices, {"os": 30})
    assert not filter_query(devices, {"os": None})
    assert not filter_query(devices, {"os": ["linux", {}]})
    # `fields` is a declared parameter: its generated values go through as they are.
    assert filter_query(devices, {"fields": 5})


def test_other_operations_keep_every_query() -> None:
    assert filter_query(context("GET /tailnet/{tailnet}/keys"), {"all": 30})
    assert filter_query(schemathesis.HookContext(), {"os": 30})
