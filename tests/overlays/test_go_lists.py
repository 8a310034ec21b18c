"""List methods when Tailscale's Go server sends a list as null (or leaves it out): [].

Any list of a response may be ``null``; the models say so (``list[X] | None | Unset``), and the
methods that return the list itself return ``[]`` for it, so ``for device in ts.devices.list()``
works on an empty tailnet.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from sdktools import MakeClient

from tailscale_sdk_generated.types import format_time

LISTS: list[tuple[str, Callable[[Any], Any], str | None]] = [
    ("devices.list", lambda ts: ts.devices.list(), "devices"),
    ("keys.list", lambda ts: ts.keys.list(), "keys"),
    ("users.list", lambda ts: ts.users.list(), "users"),
    ("webhooks.list", lambda ts: ts.webhooks.list(), "webhooks"),
    ("posture_integrations.list", lambda ts: ts.posture_integrations.list(), "integrations"),
    ("dns.get_nameservers", lambda ts: ts.dns.get_nameservers(), "dns"),
    ("dns.get_search_paths", lambda ts: ts.dns.get_search_paths(), "searchPaths"),
    ("dns.set_search_paths", lambda ts: ts.dns.set_search_paths([]), "searchPaths"),
    ("device_invites.list", lambda ts: ts.device_invites.list("n1"), None),
    ("user_invites.list", lambda ts: ts.user_invites.list(), None),
    (
        "device_invites.create_many",
        lambda ts: ts.device_invites.create_many("n1", [_device_invite()]),
        None,
    ),
]


def _device_invite() -> Any:
    from tailscale_sdk_generated.models.create_device_invite_request import (
        CreateDeviceInviteRequest,
    )

    return CreateDeviceInviteRequest()


def _answering(make_sync: MakeClient, body: Any) -> Any:
    content = json.dumps(body).encode()  # json=None would send no body at all
    headers = {"Content-Type": "application/json"}
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, content=content, headers=headers)
    )
    return make_sync(http_client=httpx.Client(transport=transport), max_retries=0)


@pytest.mark.parametrize(("name", "method", "field"), LISTS, ids=[name for name, *_ in LISTS])
def test_a_null_list_is_an_empty_list(
    make_sync: MakeClient, name: str, method: Callable[[Any], Any], field: str | None
) -> None:
    body = None if field is None else {field: None}
    assert method(_answering(make_sync, body)) == []


@pytest.mark.parametrize(
    ("name", "method", "field"),
    [case for case in LISTS if case[2] is not None],
    ids=[name for name, _, field in LISTS if field is not None],
)
def test_a_missing_list_is_an_empty_list(
    make_sync: MakeClient, name: str, method: Callable[[Any], Any], field: str | None
) -> None:
    assert method(_answering(make_sync, {})) == []


def test_a_list_of_go_encoded_devices(make_sync: MakeClient) -> None:
    device = {
        "id": "1",
        "nodeId": "n1",
        "addresses": None,
        "tags": None,
        "created": "",
        "expires": "0001-01-01T00:00:00Z",
        "lastSeen": "2026-10-03T09:41:07.123456789Z",
        "clientConnectivity": {"endpoints": None, "latency": None, "clientSupports": None},
        "os": "plan9",
        "postureIdentity": None,
        "addedLater": {"x": [None]},
    }
    devices = _answering(make_sync, {"devices": [device]}).devices.list()
    assert [d.to_dict() for d in devices] == [device]
    assert format_time(devices[0].last_seen) == "2026-10-03T09:41:07.123456789Z"
    assert devices[0].last_seen.microsecond == 123456
    assert devices[0].expires.year == 1 and devices[0].created == ""
