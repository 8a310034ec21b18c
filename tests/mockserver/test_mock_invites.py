"""Device and user invites: create, read, delete, resend (rate-limited) and accept."""

from __future__ import annotations

import httpx
import pytest

DEVICE = "n5SUKe8CNTRL"


@pytest.mark.tidy
def test_device_invites_create_get_list_delete(client: httpx.Client) -> None:
    assert {i["id"] for i in client.get(f"/device/{DEVICE}/device-invites").json()} == {
        "12345",
        "12346",
    }
    created = client.post(
        f"/device/{DEVICE}/device-invites",
        json=[{"multiUse": True, "allowExitNode": True, "email": "guest@example.net"}, {}],
    ).json()
    assert len(created) == 2
    first, second = created
    assert first["email"] == "guest@example.net" and first["multiUse"] is True
    assert second["email"] == "" and second["lastEmailSentAt"] == ""
    assert first["deviceId"] == "393735751060"
    assert client.get(f"/device-invites/{first['id']}").json() == first
    listed = {i["id"] for i in client.get(f"/device/{DEVICE}/device-invites").json()}
    assert listed == {"12345", "12346", first["id"], second["id"]}
    assert client.delete(f"/device-invites/{first['id']}").json() == {}
    assert client.get(f"/device-invites/{first['id']}").status_code == 404
    assert client.delete(f"/device-invites/{first['id']}").status_code == 404


def test_device_invites_need_at_least_one(client: httpx.Client) -> None:
    assert client.post(f"/device/{DEVICE}/device-invites", json=[]).status_code == 400


@pytest.mark.tidy
def test_resend_is_rate_limited_once_a_minute(client: httpx.Client) -> None:
    assert client.post("/device-invites/12346/resend").json() == {}
    again = client.post("/device-invites/12346/resend")
    assert again.status_code == 429
    assert 1 <= int(again.headers["Retry-After"]) <= 60
    fresh = client.post(
        f"/device/{DEVICE}/device-invites", json=[{"email": "x@example.net"}]
    ).json()[0]
    assert client.post(f"/device-invites/{fresh['id']}/resend").status_code == 429


def test_resend_needs_an_email(client: httpx.Client) -> None:
    response = client.post("/device-invites/12345/resend")
    assert response.status_code == 400
    assert "email" in response.json()["message"]
    assert client.post("/device-invites/999/resend").status_code == 404


def test_accept_device_invite_by_url_or_code(client: httpx.Client) -> None:
    invite = client.get("/device-invites/12346").json()
    accepted = client.post("/device-invites/-/accept", json={"invite": invite["inviteUrl"]})
    assert accepted.status_code == 200
    body = accepted.json()
    assert body["device"]["id"] == "393735751060"
    assert body["device"]["fqdn"] == "pangolin.tailfe8c.ts.net"
    assert body["device"]["includeExitNode"] is True
    assert body["sharer"]["loginName"] == "amelie@example.com"
    after = client.get("/device-invites/12346").json()
    assert after["accepted"] is True and after["acceptedBy"]["loginName"] == "amelie@example.com"
    # multiUse: it can be accepted again, by its code alone.
    code = invite["inviteUrl"].rsplit("/", 1)[1]
    assert client.post("/device-invites/-/accept", json={"invite": code}).status_code == 200


def test_accept_single_use_invite_twice_is_400(client: httpx.Client) -> None:
    single = client.post(f"/device/{DEVICE}/device-invites", json=[{}]).json()[0]
    assert (
        client.post("/device-invites/-/accept", json={"invite": single["inviteUrl"]}).status_code
        == 200
    )
    assert (
        client.post("/device-invites/-/accept", json={"invite": single["inviteUrl"]}).status_code
        == 400
    )
    assert client.post("/device-invites/-/accept", json={"invite": "unknown"}).status_code == 404


@pytest.mark.tidy
def test_user_invites_create_get_list_delete_resend(client: httpx.Client) -> None:
    assert {i["id"] for i in client.get("/tailnet/-/user-invites").json()} == {"29214", "29215"}
    created = client.post(
        "/tailnet/-/user-invites", json=[{"role": "admin", "email": "new@example.com"}, {}]
    ).json()
    assert [i["role"] for i in created] == ["admin", "member"]
    invite_id = created[0]["id"]
    assert client.get(f"/user-invites/{invite_id}").json() == created[0]
    assert invite_id in {i["id"] for i in client.get("/tailnet/-/user-invites").json()}
    assert client.post(f"/user-invites/{invite_id}/resend").status_code == 429
    assert client.post("/user-invites/29214/resend").json() == {}
    assert client.post("/user-invites/29215/resend").status_code == 400
    assert client.delete(f"/user-invites/{invite_id}").json() == {}
    assert client.get(f"/user-invites/{invite_id}").status_code == 404
    assert invite_id not in {i["id"] for i in client.get("/tailnet/-/user-invites").json()}


def test_user_invite_role_is_validated(client: httpx.Client) -> None:
    response = client.post("/tailnet/-/user-invites", json=[{"role": "emperor"}])
    assert response.status_code == 400
    assert "emperor" in response.json()["message"]


def test_deleting_a_device_removes_its_invites_and_attributes(client: httpx.Client) -> None:
    seeded = client.get(f"/device/{DEVICE}/device-invites").json()
    assert {i["id"] for i in seeded} == {"12345", "12346"}
    assert client.get("/device-invites/12346").status_code == 200
    assert client.delete(f"/device/{DEVICE}").status_code == 200
    for invite in seeded:
        assert client.get(f"/device-invites/{invite['id']}").status_code == 404
    assert (
        client.post("/device-invites/-/accept", json={"invite": seeded[0]["inviteUrl"]}).status_code
        == 404
    )
