"""Issue 5 behaviour beyond one call per method: device filters, log windows, decoding once."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from starlette.applications import Starlette

from tailscale_sdk_generated.api.logging import (
    list_configuration_audit_logs,
    list_network_flow_logs,
)
from tailscale_sdk_generated.api.users import list_users
from tailscale_sdk_generated.models.configuration_audit_log import ConfigurationAuditLog
from tailscale_sdk_generated.types import json_loads

OTTER = "nWi4j7c1CNTRL"
WIDE = (datetime(2000, 1, 1, tzinfo=UTC), datetime.now(UTC) + timedelta(days=1))


def _last_query(app: Starlette) -> list[tuple[str, str]]:
    return parse_qsl(app.state.log[-1].query, keep_blank_values=True)


def test_device_filters_become_camel_case_query_parameters(api: Any, app: Starlette) -> None:
    devices = api.devices.list(node_id=OTTER)
    assert [d.node_id for d in devices] == [OTTER]
    assert _last_query(app) == [("nodeId", OTTER)]


def test_device_filters_combine_and_format_values(api: Any, app: Starlette) -> None:
    everything = api.devices.list()
    os_name = next(d.os for d in everything if d.node_id == OTTER)
    found = api.devices.list(fields="all", os=os_name, authorized=True)
    assert dict(_last_query(app)) == {"fields": "all", "os": os_name, "authorized": "true"}
    assert found and all(d.os == os_name and d.authorized is True for d in found)
    assert len(found) <= len(everything)


def test_device_filter_on_a_list_field_matches_a_member(api: Any) -> None:
    api.devices.set_tags(OTTER, ["tag:server", "tag:prod"])
    found = api.devices.list(tags="tag:prod")
    assert OTTER in {d.node_id for d in found}
    assert all("tag:prod" in d.tags for d in found) and len(found) < len(api.devices.list())
    assert api.devices.list(tags="tag:nothing-has-this") == []


def test_device_filter_takes_several_values_for_one_field(api: Any, app: Starlette) -> None:
    api.devices.list(tags=["tag:prod", "tag:server"], os=("linux",), authorized=[True])
    assert app.state.log[-1].query == "tags=tag%3Aprod&tags=tag%3Aserver&os=linux&authorized=true"
    api.devices.list(tags={"tag:ci"})
    assert _last_query(app) == [("tags", "tag:ci")]


def test_log_window_is_sent_in_utc_rfc3339(api: Any, app: Starlette) -> None:
    plus_two = timezone(timedelta(hours=2))
    start = datetime(2024, 5, 8, 2, 0, tzinfo=plus_two)
    api.logging.list_network_flow_logs(start, start + timedelta(hours=1))
    query = dict(_last_query(app))
    assert query == {"start": "2024-05-08T00:00:00+00:00", "end": "2024-05-08T01:00:00+00:00"}


def test_audit_log_filters_accept_one_value_or_several(api: Any, app: Starlette) -> None:
    api.logging.list_configuration_audit_logs(*WIDE, actor="~amelie", event=["USER.ROLE", "X.Y"])
    query = _last_query(app)
    assert ("actor", "~amelie") in query
    assert [v for k, v in query if k == "event"] == ["USER.ROLE", "X.Y"]


def test_audit_log_filters_narrow_the_result(api: Any) -> None:
    everything = api.logging.list_configuration_audit_logs(*WIDE)
    event = f"{everything[0].target.type_}.{everything[0].action}"
    some = api.logging.list_configuration_audit_logs(*WIDE, event=event)
    assert some and all(f"{e.target.type_}.{e.action}" == event for e in some)
    assert len(some) < len(everything)


def test_an_empty_window_gives_an_empty_list(api: Any) -> None:
    moment = datetime(2001, 1, 1, tzinfo=UTC)
    assert api.logging.list_configuration_audit_logs(moment, moment) == []
    assert api.logging.list_network_flow_logs(moment, moment) == []


class Decoding:
    """Counts how often a response body is parsed (by the generated ``json_loads`` or
    ``response.json()``), and entries are built from it."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []
        self.loads_of_body = 0
        self.entries_built = 0


@pytest.fixture
def decoding(monkeypatch: pytest.MonkeyPatch) -> Iterator[Decoding]:
    seen = Decoding()
    real_json, real_loads = httpx.Response.json, json.loads
    real_from_dict = ConfigurationAuditLog.from_dict.__func__  # type: ignore[attr-defined]

    def response_json(self: httpx.Response, **kwargs: Any) -> Any:
        seen.bodies.append(self.content)
        return real_json(self, **kwargs)

    def decode(content: bytes) -> Any:
        seen.bodies.append(content)
        return json_loads(content)

    def loads(text: Any, **kwargs: Any) -> Any:
        if isinstance(text, bytes | str) and len(text) > 200:  # a response, not a header
            seen.loads_of_body += 1
        return real_loads(text, **kwargs)

    def from_dict(cls: type[Any], src: Any) -> Any:
        seen.entries_built += 1
        return real_from_dict(cls, src)

    monkeypatch.setattr(httpx.Response, "json", response_json)
    for endpoint in (list_configuration_audit_logs, list_network_flow_logs, list_users):
        monkeypatch.setattr(endpoint, "json_loads", decode)
    monkeypatch.setattr(json, "loads", loads)
    monkeypatch.setattr(ConfigurationAuditLog, "from_dict", classmethod(from_dict))
    yield seen


def test_audit_logs_are_decoded_once(api: Any, decoding: Decoding) -> None:
    logs = api.logging.list_configuration_audit_logs(*WIDE)
    assert len(logs) > 1
    assert len(decoding.bodies) == 1  # the body decoded once
    assert decoding.loads_of_body == 1  # and nothing else parsed the body again
    assert decoding.entries_built == len(logs)  # each entry built once, straight from the parse


def test_flow_logs_and_users_are_decoded_once(api: Any, decoding: Decoding) -> None:
    assert api.logging.list_network_flow_logs(*WIDE)
    assert api.users.list()
    assert len(decoding.bodies) == 2
    assert decoding.loads_of_body == 2
