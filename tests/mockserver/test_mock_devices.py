"""Device operations change what later reads return."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from tailscale_mock import MockTailnet

DEVICE = "n5SUKe8CNTRL"  # pangolin, also reachable by its legacy id
LEGACY = "393735751060"
EXTERNAL = "nAbCdEfCNTRL"
ALL_ONLY = {"enabledRoutes", "advertisedRoutes", "clientConnectivity", "postureIdentity"}


def test_demo_tailnet_is_realistic(tailnet: MockTailnet) -> None:
    devices = list(tailnet.devices.values())
    assert len(devices) == 12
    assert {d["os"] for d in devices} >= {
        "linux",
        "macOS",
        "windows",
        "iOS",
        "android",
        "freebsd",
        "tvOS",
    }
    assert sum(1 for d in devices if d["isExternal"]) == 2
    assert any(d["tags"] for d in devices)
    assert any(d["advertisedRoutes"] and not d["enabledRoutes"] for d in devices)
    expired = [d for d in devices if datetime.fromisoformat(d["expires"]) < datetime.now(UTC)]
    assert [d["hostname"] for d in expired] == ["legacy-vm"]
    assert "//" in tailnet.policy_file.text
    assert tailnet.keys and tailnet.device_invites and tailnet.user_invites


def test_seed_is_deterministic() -> None:
    fixed = datetime(2025, 1, 1, tzinfo=UTC)
    a, b, c = (
        MockTailnet(seed=0, now=fixed),
        MockTailnet(seed=0, now=fixed),
        MockTailnet(seed=1, now=fixed),
    )
    assert a.devices == b.devices and a.keys == b.keys and a.device_invites == b.device_invites
    assert list(a.devices) != list(c.devices)


@pytest.mark.tidy
def test_list_devices_default_and_all_fields(client: httpx.Client) -> None:
    default = client.get("/tailnet/-/devices").json()["devices"]
    assert len(default) == 12
    assert all(not (ALL_ONLY & d.keys()) for d in default)
    full = client.get("/tailnet/-/devices", params={"fields": "all"}).json()["devices"]
    assert all(d.keys() >= ALL_ONLY for d in full)
    assert (
        client.get("/tailnet/-/devices", params={"fields": "default"}).json()["devices"] == default
    )


def test_list_devices_by_organization_name_and_unknown_tailnet(client: httpx.Client) -> None:
    assert client.get("/tailnet/example.com/devices").status_code == 200
    assert client.get("/tailnet/other.org/devices").status_code == 404


@pytest.mark.tidy
def test_get_device_by_node_id_or_legacy_id(client: httpx.Client) -> None:
    by_node = client.get(f"/device/{DEVICE}").json()
    assert by_node == client.get(f"/device/{LEGACY}").json()
    assert by_node["hostname"] == "pangolin"
    assert not ALL_ONLY & by_node.keys()
    assert client.get(f"/device/{DEVICE}", params={"fields": "all"}).json().keys() >= ALL_ONLY


def test_delete_device_then_404(client: httpx.Client) -> None:
    response = client.delete(f"/device/{DEVICE}")
    assert response.status_code == 200
    assert response.content == b""
    assert client.get(f"/device/{DEVICE}").status_code == 404
    assert client.delete(f"/device/{DEVICE}").status_code == 404
    assert DEVICE not in {d["nodeId"] for d in client.get("/tailnet/-/devices").json()["devices"]}


def test_delete_shared_in_device_is_501(client: httpx.Client) -> None:
    response = client.delete(f"/device/{EXTERNAL}")
    assert response.status_code == 501
    assert response.json() == {"message": "cannot delete devices outside of your tailnet"}
    assert client.get(f"/device/{EXTERNAL}").status_code == 200


def test_expire_sets_expiry_in_the_past(client: httpx.Client) -> None:
    assert client.post(f"/device/{DEVICE}/expire").status_code == 200
    device = client.get(f"/device/{DEVICE}").json()
    assert datetime.fromisoformat(device["expires"]) < datetime.now(UTC)
    assert device["keyExpiryDisabled"] is False
    assert client.post(f"/device/{EXTERNAL}/expire").status_code == 400


@pytest.mark.tidy
def test_routes_set_then_read(client: httpx.Client) -> None:
    device = "nAbCdEfCNTRL"
    before = client.get(f"/device/{device}/routes").json()
    assert before == {"advertisedRoutes": [], "enabledRoutes": []}
    db = next(
        d for d in client.get("/tailnet/-/devices").json()["devices"] if d["hostname"] == "db-prod"
    )
    routes = f"/device/{db['nodeId']}/routes"
    assert client.get(routes).json() == {"advertisedRoutes": ["10.20.0.0/16"], "enabledRoutes": []}
    after = client.post(routes, json={"routes": ["10.20.0.0/16", "fd00::/64"]})
    assert after.json() == {
        "advertisedRoutes": ["10.20.0.0/16"],
        "enabledRoutes": ["10.20.0.0/16", "fd00::/64"],
    }
    assert client.get(routes).json() == after.json()
    full = client.get(f"/device/{db['nodeId']}", params={"fields": "all"}).json()
    assert full["enabledRoutes"] == ["10.20.0.0/16", "fd00::/64"]
    assert client.post(routes, json={"routes": []}).json()["enabledRoutes"] == []


def test_routes_must_be_real_prefixes(client: httpx.Client) -> None:
    response = client.post(f"/device/{DEVICE}/routes", json={"routes": ["10.0.0.0/99"]})
    assert response.status_code == 400
    assert "10.0.0.0/99" in response.json()["message"]


@pytest.mark.tidy
def test_tags_set_then_read(client: httpx.Client) -> None:
    assert (
        client.post(f"/device/{DEVICE}/tags", json={"tags": ["tag:server", "tag:prod"]}).json()
        == {}
    )
    assert client.get(f"/device/{DEVICE}").json()["tags"] == ["tag:server", "tag:prod"]


def test_tags_must_be_in_tag_owners(client: httpx.Client) -> None:
    response = client.post(
        f"/device/{DEVICE}/tags", json={"tags": ["tag:madeup", "tag:server", "tag:wrongexample"]}
    )
    assert response.status_code == 400
    assert response.json() == {
        "message": "requested tags [tag:madeup tag:wrongexample] are invalid or not permitted"
    }
    assert client.get(f"/device/{DEVICE}").json()["tags"] == ["tag:golink"]


@pytest.mark.tidy
def test_authorize_and_deauthorize(client: httpx.Client) -> None:
    falcon = next(
        d for d in client.get("/tailnet/-/devices").json()["devices"] if d["hostname"] == "falcon"
    )
    assert falcon["authorized"] is False
    assert (
        client.post(f"/device/{falcon['nodeId']}/authorized", json={"authorized": True}).json()
        == {}
    )
    assert client.get(f"/device/{falcon['nodeId']}").json()["authorized"] is True
    client.post(f"/device/{falcon['nodeId']}/authorized", json={"authorized": False})
    assert client.get(f"/device/{falcon['nodeId']}").json()["authorized"] is False


@pytest.mark.tidy
def test_key_expiry_toggle_keeps_the_expiry_time(client: httpx.Client) -> None:
    before = client.get(f"/device/{DEVICE}").json()
    assert before["keyExpiryDisabled"] is True
    assert client.post(f"/device/{DEVICE}/key", json={"keyExpiryDisabled": False}).json() == {}
    after = client.get(f"/device/{DEVICE}").json()
    assert after["keyExpiryDisabled"] is False
    assert after["expires"] == before["expires"]
    client.post(f"/device/{DEVICE}/key", json={})
    assert client.get(f"/device/{DEVICE}").json()["keyExpiryDisabled"] is False


@pytest.mark.tidy
def test_set_ipv4(client: httpx.Client) -> None:
    assert client.post(f"/device/{DEVICE}/ip", json={"ipv4": "100.80.0.1"}).json() == {}
    addresses = client.get(f"/device/{DEVICE}").json()["addresses"]
    assert addresses[0] == "100.80.0.1"
    assert ":" in addresses[1]
    outside = client.post(f"/device/{DEVICE}/ip", json={"ipv4": "10.0.0.1"})
    assert outside.status_code == 400
    assert "100.64.0.0/10" in outside.json()["message"]
    otter = next(
        d for d in client.get("/tailnet/-/devices").json()["devices"] if d["hostname"] == "otter"
    )
    taken = client.post(f"/device/{otter['nodeId']}/ip", json={"ipv4": "100.80.0.1"})
    assert taken.status_code == 400


def test_ipv4_must_be_an_ipv4_address(client: httpx.Client) -> None:
    response = client.post(f"/device/{DEVICE}/ip", json={"ipv4": "not-an-ip"})
    assert response.status_code == 400
    assert "ipv4" in response.json()["message"]


@pytest.mark.tidy
def test_posture_attributes_set_read_delete(client: httpx.Client) -> None:
    url = f"/device/{DEVICE}/attributes"
    attrs = client.get(url).json()
    assert attrs["attributes"]["node:os"] == "linux"
    assert attrs["attributes"]["custom:myScore"] == 87
    assert "custom:myScore" in attrs["expiries"]
    body = {"value": "my_value", "expiry": "2030-01-01T00:00:00Z", "comment": "nightly"}
    after_set = client.post(f"{url}/custom:my_attribute", json=body).json()
    attrs = client.get(url).json()
    assert after_set == attrs, "setting an attribute answers with the attributes afterwards"
    assert attrs["attributes"]["custom:my_attribute"] == "my_value"
    assert attrs["expiries"]["custom:my_attribute"] == "2030-01-01T00:00:00Z"
    assert client.delete(f"{url}/custom:my_attribute").json() == {}
    assert "custom:my_attribute" not in client.get(url).json()["attributes"]
    assert client.delete(f"{url}/custom:my_attribute").status_code == 404


@pytest.mark.parametrize(("key", "value"), [("custom:myScore", "high"), ("custom:MYSCORE", 3)])
def test_posture_attribute_type_and_case_conflicts(
    client: httpx.Client, key: str, value: object
) -> None:
    response = client.post(f"/device/{DEVICE}/attributes/{key}", json={"value": value})
    assert response.status_code == 400
    assert "custom:myScore" in response.json()["message"]


def test_posture_attribute_key_must_be_custom(client: httpx.Client) -> None:
    response = client.post(f"/device/{DEVICE}/attributes/node:os", json={"value": "x"})
    assert response.status_code == 400
    assert "attributeKey" in response.json()["message"]


def test_posture_expiry_keeps_four_digit_years(client: httpx.Client) -> None:
    url = f"/device/{DEVICE}/attributes"
    body = {"value": 1, "expiry": "0124-08-19T20:13:12.840216Z"}
    assert client.post(f"{url}/custom:old", json=body).status_code == 200
    assert client.get(url).json()["expiries"]["custom:old"] == "0124-08-19T20:13:12Z"


# ---------------------------------------------------------------------- names


@pytest.mark.parametrize("name", ["pangolin-2", "Pangolin-2.tailfe8c.ts.net"])
def test_set_device_name(client: httpx.Client, name: str) -> None:
    response = client.post("/device/n5SUKe8CNTRL/name", json={"name": name})
    assert response.status_code == 200
    assert client.get("/device/n5SUKe8CNTRL").json()["name"] == "pangolin-2.tailfe8c.ts.net"


def test_empty_name_resets_to_the_hostname(client: httpx.Client) -> None:
    client.post("/device/n5SUKe8CNTRL/name", json={"name": "renamed"})
    assert client.post("/device/n5SUKe8CNTRL/name", json={"name": ""}).status_code == 200
    assert client.get("/device/n5SUKe8CNTRL").json()["name"] == "pangolin.tailfe8c.ts.net"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("pangolin.other.ts.net", "end in .tailfe8c.ts.net"),
        ("a.b.tailfe8c.ts.net", "cannot contain dots"),
        ("otter", "already in use"),
    ],
)
def test_bad_device_names(client: httpx.Client, name: str, message: str) -> None:
    response = client.post("/device/n5SUKe8CNTRL/name", json={"name": name})
    assert response.status_code == 400 and message in response.json()["message"]
    assert client.get("/device/n5SUKe8CNTRL").json()["name"] == "pangolin.tailfe8c.ts.net"


def test_names_are_checked_against_the_schema_and_devices(client: httpx.Client) -> None:
    assert client.post("/device/n5SUKe8CNTRL/name", json={"name": "-bad"}).status_code == 400
    assert client.post("/device/nope/name", json={"name": "x"}).status_code == 404
    assert client.post("/device/nAbCdEfCNTRL/name", json={"name": "x"}).status_code == 400


# ---------------------------------------------------------------------- list filters


def hostnames(client: httpx.Client, **filters: str) -> set[str]:
    response = client.get("/tailnet/-/devices", params=filters)
    assert response.status_code == 200
    return {d["hostname"] for d in response.json()["devices"]}


@pytest.mark.tidy
def test_filter_by_scalar_field(client: httpx.Client) -> None:
    assert hostnames(client, os="freebsd") == {"nas"}
    assert hostnames(client, hostname="otter") == {"otter"}
    assert hostnames(client, authorized="false") == {"falcon"}
    assert hostnames(client, os="FreeBSD") == set()  # exact match


def test_filter_by_list_field_means_contains(client: httpx.Client) -> None:
    assert hostnames(client, tags="tag:server") == {"db-prod", "nas"}
    assert hostnames(client, tags="tag:server", os="freebsd") == {"nas"}
    # enabledRoutes is left out of the default view but still filters.
    assert hostnames(client, enabledRoutes="192.168.50.0/24") == {"nas"}


def test_repeated_filter_values_are_alternatives(client: httpx.Client) -> None:
    either: list[tuple[str, str | int | float | bool | None]] = [
        ("tags", "tag:prod"),
        ("tags", "tag:ci"),
    ]
    response = client.get("/tailnet/-/devices", params=either)
    assert {d["hostname"] for d in response.json()["devices"]} == {"db-prod", "ci-runner-1"}
    # Different fields still all have to match.
    both: list[tuple[str, str | int | float | bool | None]] = [
        ("tags", "tag:prod"),
        ("tags", "tag:server"),
        ("os", "freebsd"),
    ]
    response = client.get("/tailnet/-/devices", params=both)
    assert {d["hostname"] for d in response.json()["devices"]} == {"nas"}


def test_filter_by_address(client: httpx.Client, tailnet: MockTailnet) -> None:
    ipv4 = tailnet.devices["n5SUKe8CNTRL"]["addresses"][0]
    assert hostnames(client, addresses=ipv4) == {"pangolin"}


@pytest.mark.tidy
def test_unknown_or_object_field_matches_nothing(client: httpx.Client) -> None:
    assert hostnames(client, nosuchfield="x") == set()
    assert hostnames(client, clientConnectivity="x") == set()
    assert len(hostnames(client, fields="all")) == 12


BATCH = "/tailnet/-/device-attributes"


def attributes(client: httpx.Client, device: str) -> dict[str, Any]:
    body: dict[str, Any] = client.get(f"/device/{device}/attributes").json()
    return body


@pytest.mark.tidy
def test_new_device_fields(client: httpx.Client, tailnet: MockTailnet) -> None:
    devices = {d["hostname"]: d for d in client.get("/tailnet/-/devices").json()["devices"]}
    assert devices["db-prod"]["distro"] == {
        "name": "debian",
        "version": "12",
        "codeName": "bookworm",
    }
    assert devices["ci-runner-1"]["distro"]["name"] == "ubuntu"
    assert "distro" not in devices["otter"], "only devices that report a distribution"
    assert devices["ci-runner-1"]["isEphemeral"] is True
    assert devices["pangolin"]["sshEnabled"] is True and devices["otter"]["sshEnabled"] is False
    assert devices["pangolin"]["connectedToControl"] is True
    assert devices["legacy-vm"]["connectedToControl"] is False
    multiple = [name for name, d in devices.items() if "multipleConnections" in d]
    assert multiple == ["otter"] and devices["otter"]["multipleConnections"] is True
    shown = client.get("/tailnet/-/devices", params={"isEphemeral": "true"}).json()["devices"]
    assert [d["hostname"] for d in shown] == ["ci-runner-1"]


def test_batch_posture_attributes_merge_patch(client: httpx.Client, tailnet: MockTailnet) -> None:
    otter = next(n for n, d in tailnet.devices.items() if d["hostname"] == "otter")
    body = {
        "nodes": {
            DEVICE: {
                "custom:onboarded": {"value": True},
                "custom:myScore": None,
                "custom:neverSet": None,
            },
            otter: {"custom:riskScore": {"value": 12, "expiry": "2030-11-30T00:00:00Z"}},
        },
        "comment": "nightly MDM sync",
    }
    response = client.patch(BATCH, json=body)
    assert response.status_code == 200 and response.content == b""
    pangolin = attributes(client, DEVICE)
    assert pangolin["attributes"]["custom:onboarded"] is True
    assert "custom:myScore" not in pangolin["attributes"]
    assert "custom:myScore" not in pangolin.get("expiries", {})
    assert pangolin["attributes"]["custom:diskEncryption"] is True, "not named: unchanged"
    assert attributes(client, otter)["expiries"] == {"custom:riskScore": "2030-11-30T00:00:00Z"}


def test_batch_by_legacy_id(client: httpx.Client) -> None:
    body = {"nodes": {LEGACY: {"custom:viaLegacy": {"value": "yes"}}}}
    assert client.patch(BATCH, json=body).status_code == 200
    assert attributes(client, DEVICE)["attributes"]["custom:viaLegacy"] == "yes"


@pytest.mark.parametrize(
    ("patch", "status"),
    [
        ({"nNOPECNTRL": {"custom:x": {"value": 1}}}, 404),  # an unknown device
        ({LEGACY: {"custom:myScore": {"value": "high"}}}, 400),  # a number attribute
        ({LEGACY: {"custom:MYSCORE": {"value": 1}}}, 400),  # case clash
        ({LEGACY: {"node:os": {"value": "x"}}}, 400),  # not custom:
        ({LEGACY: {"custom:x": {"value": 1.5}}}, 400),  # not an integer
        ({LEGACY: {"custom:x": {"expiry": "2030-01-01T00:00:00Z"}}}, 400),  # no value
    ],
    ids=["unknown-device", "type", "case", "node-key", "float", "no-value"],
)
def test_a_bad_batch_changes_nothing(
    client: httpx.Client, tailnet: MockTailnet, patch: dict[str, object], status: int
) -> None:
    otter = next(n for n, d in tailnet.devices.items() if d["hostname"] == "otter")
    before = {d: attributes(client, d) for d in (DEVICE, otter)}
    # The first device's change is fine; the bad one comes second.
    body = {"nodes": {otter: {"custom:fine": {"value": 1}}, **patch}}
    assert client.patch(BATCH, json=body).status_code == status
    assert {d: attributes(client, d) for d in (DEVICE, otter)} == before


def test_a_batch_checks_its_own_values_against_each_other(
    client: httpx.Client, tailnet: MockTailnet
) -> None:
    otter = next(n for n, d in tailnet.devices.items() if d["hostname"] == "otter")
    body = {
        "nodes": {DEVICE: {"custom:new": {"value": 1}}, otter: {"custom:new": {"value": "one"}}}
    }
    assert client.patch(BATCH, json=body).status_code == 400
    assert "custom:new" not in attributes(client, DEVICE)["attributes"]
