"""Services: list, get, upsert (create, update, rename, addresses), delete, hosts, approvals."""

from __future__ import annotations

import httpx
import pytest

from tailscale_mock import MockTailnet

SERVICES = "/tailnet/-/services"
GRAFANA = f"{SERVICES}/svc:grafana"
POSTGRES = f"{SERVICES}/svc:postgres"


def node(tailnet: MockTailnet, hostname: str) -> str:
    node_id: str = next(d["nodeId"] for d in tailnet.devices.values() if d["hostname"] == hostname)
    return node_id


def test_list_and_get_the_seeded_services(client: httpx.Client) -> None:
    listed = client.get(SERVICES).json()["vipServices"]
    assert [s["name"] for s in listed] == ["svc:grafana", "svc:postgres"]
    grafana = client.get(GRAFANA).json()
    assert grafana == listed[0]
    assert grafana["addrs"] == ["100.100.0.1", "fd7a:115c:a1e0::a00:1"]
    assert grafana["ports"] == ["tcp:443"] and grafana["tags"] == ["tag:server"]
    assert client.get(f"{SERVICES}/svc:nothing").status_code == 404


@pytest.mark.tidy
def test_create_allocates_both_addresses(client: httpx.Client) -> None:
    body = {"name": "svc:web", "ports": ["tcp:80", "tcp:443"], "tags": ["tag:prod"]}
    created = client.put(f"{SERVICES}/svc:web", json=body)
    assert created.status_code == 200, created.text
    service = created.json()
    ipv4, ipv6 = service["addrs"]
    assert ipv4 == "100.100.0.3" and ipv6 == "fd7a:115c:a1e0::a00:3"
    assert service == {**body, "addrs": [ipv4, ipv6], "comment": ""}
    assert client.get(f"{SERVICES}/svc:web").json() == service
    assert "svc:web" in [s["name"] for s in client.get(SERVICES).json()["vipServices"]]


def test_create_may_pin_its_ipv4_address(client: httpx.Client) -> None:
    created = client.put(f"{SERVICES}/svc:web", json={"addrs": ["100.99.1.2"]}).json()
    assert created["addrs"][0] == "100.99.1.2"
    assert created["name"] == "svc:web", "the name comes from the path when the body has none"


@pytest.mark.parametrize(
    ("path", "body", "message"),
    [
        ("svc:web", {"name": "svc:other"}, "name in the path"),
        ("svc:Web_1", {}, "DNS label"),
        ("svc:pangolin", {}, "name of a machine"),
        ("svc:web", {"addrs": ["100.99.1.2", "fd7a:115c:a1e0::1"]}, "IPv4 address alone"),
        ("svc:web", {"addrs": ["10.0.0.1"]}, "100.64.0.0/10"),
        ("svc:web", {"addrs": ["100.100.0.1"]}, "already in use"),
        ("svc:web", {"tags": ["tag:nobody"]}, "tag:nobody"),
    ],
)
def test_create_refuses(
    client: httpx.Client, path: str, body: dict[str, object], message: str
) -> None:
    response = client.put(f"{SERVICES}/{path}", json=body)
    assert response.status_code == 400
    assert message in response.json()["message"]
    assert client.get(f"{SERVICES}/{path}").status_code == 404


@pytest.mark.tidy
def test_update_replaces_settings_and_may_change_ipv4_only(client: httpx.Client) -> None:
    ipv6 = client.get(GRAFANA).json()["addrs"][1]
    body = {"addrs": ["100.100.9.9", ipv6], "comment": "prod", "ports": ["tcp:3000"]}
    updated = client.put(GRAFANA, json=body).json()
    assert updated["addrs"] == ["100.100.9.9", ipv6]
    assert (updated["comment"], updated["ports"], updated["tags"]) == ("prod", ["tcp:3000"], [])
    moved = client.put(GRAFANA, json={"addrs": ["100.100.9.9", "fd7a:115c:a1e0::beef"]})
    assert moved.status_code == 400 and ipv6 in moved.json()["message"]
    assert client.put(GRAFANA, json={"addrs": ["100.100.9.9"]}).status_code == 400
    kept = client.put(GRAFANA, json={}).json()
    assert kept["addrs"] == ["100.100.9.9", ipv6], "an update without addrs keeps them"


def test_rename_keeps_addresses_hosts_and_approvals(client: httpx.Client) -> None:
    before = client.get(f"{POSTGRES}/devices").json()["hosts"]
    addrs = client.get(POSTGRES).json()["addrs"]
    renamed = client.put(POSTGRES, json={"name": "svc:pg", "ports": ["tcp:5432"]})
    assert renamed.status_code == 200
    assert renamed.json()["addrs"] == addrs
    assert client.get(POSTGRES).status_code == 404
    assert client.get(f"{SERVICES}/svc:pg/devices").json()["hosts"] == before
    taken = client.put(f"{SERVICES}/svc:pg", json={"name": "svc:grafana"})
    assert taken.status_code == 400 and "exists" in taken.json()["message"]


def test_delete(client: httpx.Client) -> None:
    response = client.delete(GRAFANA)
    assert response.status_code == 200 and response.content == b""
    assert client.get(GRAFANA).status_code == 404
    assert client.get(f"{GRAFANA}/devices").status_code == 404
    assert client.delete(GRAFANA).status_code == 404


def test_hosts_and_their_approval_levels(client: httpx.Client, tailnet: MockTailnet) -> None:
    db, nas, ci = node(tailnet, "db-prod"), node(tailnet, "nas"), node(tailnet, "ci-runner-1")
    grafana = client.get(f"{GRAFANA}/devices").json()["hosts"]
    # tag:server devices are auto-approved for svc:grafana by the policy's autoApprovers.
    assert grafana == [
        {"stableNodeID": db, "approvalLevel": "approved:auto", "configured": "ready"},
        {"stableNodeID": nas, "approvalLevel": "approved:auto", "configured": "ready"},
    ]
    postgres = client.get(f"{POSTGRES}/devices").json()["hosts"]
    assert [(h["stableNodeID"], h["approvalLevel"]) for h in postgres] == [
        (db, "approved:manual"),
        (ci, "not-approved"),
    ]


@pytest.mark.tidy
def test_approve_and_withdraw(client: httpx.Client, tailnet: MockTailnet) -> None:
    ci = node(tailnet, "ci-runner-1")
    url = f"{POSTGRES}/device/{ci}/approved"
    assert client.get(url).json() == {"approved": False, "autoApproved": False}
    assert client.post(url, json={"approved": True}).json() == {
        "approved": True,
        "autoApproved": False,
    }
    assert client.get(url).json()["approved"] is True
    levels = {
        h["stableNodeID"]: h["approvalLevel"]
        for h in client.get(f"{POSTGRES}/devices").json()["hosts"]
    }
    assert levels[ci] == "approved:manual"
    assert client.post(url, json={"approved": False}).json()["approved"] is False


@pytest.mark.tidy
def test_an_admin_withdrawal_beats_auto_approval(
    client: httpx.Client, tailnet: MockTailnet
) -> None:
    url = f"{GRAFANA}/device/{node(tailnet, 'nas')}/approved"
    assert client.get(url).json() == {"approved": True, "autoApproved": True}
    assert client.post(url, json={"approved": False}).json() == {
        "approved": False,
        "autoApproved": False,
    }


@pytest.mark.tidy
def test_auto_approval_follows_the_policy_file(client: httpx.Client, tailnet: MockTailnet) -> None:
    url = f"{GRAFANA}/device/{node(tailnet, 'nas')}/approved"
    policy = client.get("/tailnet/-/acl", headers={"Accept": "application/json"}).json()
    del policy["autoApprovers"]
    assert client.post("/tailnet/-/acl", json=policy).status_code == 200
    assert client.get(url).json() == {"approved": False, "autoApproved": False}


def test_approval_by_legacy_device_id_and_unknowns(
    client: httpx.Client, tailnet: MockTailnet
) -> None:
    device = tailnet.devices.find(node(tailnet, "db-prod"))
    assert client.get(f"{POSTGRES}/device/{device['id']}/approved").json()["approved"] is True
    assert client.get(f"{POSTGRES}/device/nNOPE/approved").status_code == 404
    assert client.get(f"{SERVICES}/svc:nope/device/{device['id']}/approved").status_code == 404
    assert (
        client.post(
            f"{SERVICES}/svc:nope/device/{device['id']}/approved", json={"approved": True}
        ).status_code
        == 404
    )


def test_a_deleted_device_stops_hosting(client: httpx.Client, tailnet: MockTailnet) -> None:
    nas = node(tailnet, "nas")
    assert client.delete(f"/device/{nas}").status_code == 200
    hosts = client.get(f"{GRAFANA}/devices").json()["hosts"]
    assert nas not in [h["stableNodeID"] for h in hosts]
