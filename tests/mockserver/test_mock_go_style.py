"""Go-shaped replies (the default): nulls, fields left out, Go's times, bodiless successes.

The conftest's `app` checks after each test that every reply still conformed to openapi.yaml.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from spectools import resolve
from starlette.applications import Starlette

from tailscale_mock import DEMO_API_KEY, MockTailnet, create_app, sync_transport
from tailscale_mock._gostyle import ZERO_TIME, GoStyle, response_schema
from tailscale_mock._spec import load_spec

BASE_URL = "http://127.0.0.1/api/v2"
# Reads of the demo tailnet that return records (operationId: path).
READS = {
    "listTailnetDevices": "/tailnet/-/devices?fields=all",
    "listTailnetKeys": "/tailnet/-/keys?all=true",
    "listUsers": "/tailnet/-/users",
    "listWebhooks": "/tailnet/-/webhooks",
    "getContacts": "/tailnet/-/contacts",
    "getTailnetSettings": "/tailnet/-/settings",
    "listServices": "/tailnet/-/services",
    "listOAuthApps": "/tailnet/-/oauth-apps",
    "listUserInvites": "/tailnet/-/user-invites",
    "listDeviceInvites": "/device/n5SUKe8CNTRL/device-invites",
    "getDnsConfiguration": "/tailnet/-/dns/configuration",
    "getLogStreamingConfiguration": "/tailnet/-/logging/configuration/stream",
    "listOrganizationTailnets": "/organizations/-/tailnets",
}
NANOSECONDS = re.compile(r"\.\d{9}Z$")


def _client(app: Starlette) -> httpx.Client:
    headers = {"Authorization": f"Bearer {DEMO_API_KEY}"}
    return httpx.Client(transport=sync_transport(app), base_url=BASE_URL, headers=headers)


def _resolve(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    target: Mapping[str, Any] = resolve(load_spec(), schema, "")[0]
    return target


def _branches(schema: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    schema = _resolve(schema)
    return [schema, *(_resolve(b) for b in schema.get("anyOf", []))]


def _kind(schema: Mapping[str, Any]) -> str:
    """The kind of a property: time, object, array, string, number or boolean."""
    types: set[str] = set()
    for branch in _branches(schema):
        if branch.get("format") == "date-time":
            return "time"
        declared = branch.get("type", [])
        types |= set(declared if isinstance(declared, list) else [declared])
        if "properties" in branch or "additionalProperties" in branch:
            types.add("object")
    for kind in ("object", "array", "string", "boolean"):
        if kind in types:
            return kind
    return "number" if types & {"integer", "number"} else "other"


def _walk(value: Any, schema: Mapping[str, Any], seen: dict[str, set[str]]) -> None:
    """Note, for every property the schema names, whether the reply had it or left it out."""
    for branch in _branches(schema):
        if isinstance(value, dict) and "properties" in branch:
            for name, sub in branch["properties"].items():
                kind = _kind(sub)
                seen[kind].add("absent" if name not in value else "present")
                if value.get(name) is not None:
                    _walk(value[name], sub, seen)
            extra = branch.get("additionalProperties")
            if isinstance(extra, Mapping):
                for name, item in value.items():
                    if name not in branch["properties"] and item is not None:
                        _walk(item, extra, seen)
        elif isinstance(value, dict) and isinstance(branch.get("additionalProperties"), Mapping):
            for item in value.values():
                if item is not None:
                    _walk(item, branch["additionalProperties"], seen)
        elif isinstance(value, list) and "items" in branch:
            for item in value:
                _walk(item, branch["items"], seen)


def test_every_field_kind_is_present_somewhere_and_left_out_somewhere(
    client: httpx.Client,
) -> None:
    seen: dict[str, set[str]] = defaultdict(set)
    for operation_id, path in READS.items():
        response = client.get(path)
        assert response.status_code == 200, (operation_id, response.text)
        schema, _ = response_schema(operation_id, 200)
        assert schema is not None
        _walk(response.json(), schema, seen)
    kinds = ("time", "object", "array", "string", "number", "boolean")
    assert {k: seen[k] for k in kinds} == {k: {"present", "absent"} for k in kinds}


def test_empty_lists_are_null_and_tidy_mode_keeps_them(tailnet: MockTailnet) -> None:
    for webhook_id in list(tailnet.webhooks):
        tailnet.webhooks.delete(webhook_id)
    go = create_app(tailnet)
    tidy = create_app(tailnet, go_style=False)
    assert _client(go).get("/tailnet/-/webhooks").json() == {"webhooks": None}
    assert _client(tidy).get("/tailnet/-/webhooks").json() == {"webhooks": []}
    # An empty top-level list too (listUserInvites answers with an array).
    for invite_id in list(tailnet.user_invites):
        tailnet.user_invites.delete(invite_id)
    assert _client(go).get("/tailnet/-/user-invites").content == b"null"
    assert _client(tidy).get("/tailnet/-/user-invites").content == b"[]"
    # Switched per request through app.state.
    go.state.go_style = False
    assert _client(go).get("/tailnet/-/webhooks").json() == {"webhooks": []}


def test_absent_nested_objects_and_empty_maps_are_null_or_left_out(client: httpx.Client) -> None:
    devices = client.get("/tailnet/-/devices?fields=all").json()["devices"]
    otter = next(d for d in devices if d["hostname"] == "otter")
    assert "distro" not in otter or otter["distro"] is None  # macOS reports no distribution
    # Keys listed by id only: their capabilities are a nil pointer.
    keys = client.get("/tailnet/-/keys").json()["keys"]
    assert keys and all(k.get("capabilities", "absent") in (None, "absent") for k in keys)
    empty_tags = [d for d in devices if not d.get("tags")]
    assert empty_tags and all(d.get("tags") is None for d in empty_tags), "never []"


def test_times_are_printed_as_go_prints_them(client: httpx.Client) -> None:
    devices = client.get("/tailnet/-/devices").json()["devices"]
    users = client.get("/tailnet/-/users").json()["users"]
    times = [d[f] for d in devices + users for f in ("created", "lastSeen") if d.get(f)]
    assert times and all(t.endswith("Z") for t in times)
    assert any(NANOSECONDS.search(t) for t in times), "some times carry nanoseconds"
    assert any(not NANOSECONDS.search(t) for t in times), "and some do not"
    # A device shared in from another tailnet has no creation time: the zero time.
    shared = [d for d in devices if d["isExternal"]]
    assert shared and {d["created"] for d in shared} == {ZERO_TIME}


def test_a_time_the_client_sent_comes_back_unchanged(client: httpx.Client) -> None:
    sent = "2030-01-01T00:00:00Z"
    path = "/device/n5SUKe8CNTRL/attributes/custom:go"
    reply = client.post(path, json={"value": "x", "expiry": sent})
    assert reply.json()["expiries"]["custom:go"] == sent


def test_replies_are_the_same_for_the_same_seed_and_clock() -> None:
    # The seed's times are relative to `now`: two tailnets built a second apart on the wall
    # clock differ there, so the clock is fixed (this test once failed across a second's edge).
    now = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    first = _client(create_app(MockTailnet(seed=0, now=now)))
    second = _client(create_app(MockTailnet(seed=0, now=now)))
    for path in ("/tailnet/-/devices?fields=all", "/tailnet/-/users", "/tailnet/-/keys"):
        assert first.get(path).content == second.get(path).content


def test_the_seed_decides_which_fields_are_omitempty() -> None:
    fields = [("Device", f".{name}") for name in ("tags", "authorized", "created", "distro")]
    fields += [("User", ".lastSeen"), ("Key", ".description"), ("Webhook", ".providerType")]
    tags = {seed: [GoStyle(seed).omitempty(*f) for f in fields] for seed in range(4)}
    assert len({tuple(t) for t in tags.values()}) > 1


BODILESS_PATH = "/device/n5SUKe8CNTRL/tags"


def test_bodiless_successes_send_nothing_or_an_empty_object_or_null(client: httpx.Client) -> None:
    seen = set()
    for _ in range(16):
        reply = client.post(BODILESS_PATH, json={"tags": ["tag:server"]})
        assert reply.status_code == 200
        seen.add((reply.content, reply.headers.get("content-type")))
    assert seen == {(b"", None), (b"{}", "application/json"), (b"null", "application/json")}


def test_bodiless_successes_are_tidy_on_request(tailnet: MockTailnet) -> None:
    reply = _client(create_app(tailnet, go_style=False)).post(
        BODILESS_PATH, json={"tags": ["tag:server"]}
    )
    assert (reply.status_code, reply.json()) == (200, {})


@pytest.mark.parametrize("go_style", [True, False])
def test_the_policy_file_as_json_is_the_users_document(
    tailnet: MockTailnet, go_style: bool
) -> None:
    client = _client(create_app(tailnet, go_style=go_style))
    body: dict[str, Any] = {"acls": [], "tagOwners": {}, "tests": []}
    reply = client.post("/tailnet/-/acl", json=body, headers={"Accept": "application/json"})
    assert (reply.status_code, reply.json()) == (200, body)
