"""Users: listing with type/role filters, approval, suspension, roles and deletion."""

from __future__ import annotations

import httpx
import pytest

from tailscale_mock import MockTailnet

USERS = "/tailnet/-/users"


def logins(response: httpx.Response) -> set[str]:
    assert response.status_code == 200
    return {u["loginName"] for u in response.json()["users"]}


def test_list_defaults_to_members_of_the_tailnet(client: httpx.Client) -> None:
    members = logins(client.get(USERS))
    assert "amelie@example.com" in members
    assert "friend@example.org" not in members
    assert logins(client.get(USERS, params={"type": "shared"})) == {"friend@example.org"}
    assert logins(client.get(USERS, params={"type": "all"})) == members | {"friend@example.org"}


@pytest.mark.tidy
def test_list_filters_by_role(client: httpx.Client) -> None:
    assert logins(client.get(USERS, params={"role": "owner"})) == {"amelie@example.com"}
    assert logins(client.get(USERS, params={"role": "admin"})) == {"bob@example.com"}
    assert logins(client.get(USERS, params={"role": "billing-admin"})) == set()
    assert client.get(USERS, params={"role": "emperor"}).status_code == 400


def test_users_carry_their_device_count(client: httpx.Client, tailnet: MockTailnet) -> None:
    amelie = client.get("/users/22011").json()
    owned = [d for d in tailnet.devices.values() if d["user"] == "amelie@example.com"]
    assert amelie["deviceCount"] == len(owned) > 0
    assert amelie["role"] == "owner" and amelie["status"] == "active"
    assert client.get("/users/nobody").status_code == 404


def test_approve_only_users_that_need_it(client: httpx.Client) -> None:
    assert client.get("/users/22015").json()["status"] == "needs-approval"
    response = client.post("/users/22015/approve")
    assert response.status_code == 200 and response.content == b""
    assert client.get("/users/22015").json()["status"] == "active"
    again = client.post("/users/22015/approve")
    assert again.status_code == 400 and "approval" in again.json()["message"]


def test_suspend_and_restore(client: httpx.Client) -> None:
    assert client.post("/users/22013/suspend").status_code == 200
    assert client.get("/users/22013").json()["status"] == "suspended"
    assert client.post("/users/22013/restore").status_code == 200
    assert client.get("/users/22013").json()["status"] == "active"
    assert client.post("/users/22013/restore").status_code == 400


def test_owner_and_shared_users_cannot_be_suspended_or_deleted(client: httpx.Client) -> None:
    assert client.post("/users/22011/suspend").status_code == 400
    assert client.post("/users/22011/delete").status_code == 400
    assert client.post("/users/33223/suspend").status_code == 400
    assert client.get("/users/22011").json()["status"] == "active"


def test_update_role(client: httpx.Client) -> None:
    response = client.post("/users/22013/role", json={"role": "network-admin"})
    assert response.status_code == 200
    assert client.get("/users/22013").json()["role"] == "network-admin"
    assert "carol@example.com" in logins(client.get(USERS, params={"role": "network-admin"}))
    assert client.post("/users/22013/role", json={"role": "owner"}).status_code == 400
    assert client.post("/users/22011/role", json={"role": "member"}).status_code == 400
    assert client.post("/users/22013/role", json={"role": "emperor"}).status_code == 400


@pytest.mark.parametrize("action", ["approve", "suspend", "restore", "delete"])
def test_unknown_user_is_404(client: httpx.Client, action: str) -> None:
    assert client.post(f"/users/404404/{action}").status_code == 404


def test_delete_removes_the_user_and_their_untagged_devices(
    client: httpx.Client, tailnet: MockTailnet
) -> None:
    daves = {d["hostname"]: d for d in tailnet.devices.values() if d["user"] == "dave@example.com"}
    assert {"nas", "living-room"} <= daves.keys() and daves["nas"]["tags"]
    assert client.post("/users/22014/delete").status_code == 200
    assert client.get("/users/22014").status_code == 404
    assert "dave@example.com" not in logins(client.get(USERS, params={"type": "all"}))
    assert client.get(f"/device/{daves['living-room']['nodeId']}").status_code == 404
    assert client.get(f"/device/{daves['nas']['nodeId']}").status_code == 200
