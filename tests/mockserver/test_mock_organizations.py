"""Organizations: tailnets listed page by page, API-only tailnets created and deleted."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from tailscale_mock import DEMO_API_KEY, DEMO_ORGANIZATION_ID, MockTailnet, sync_transport

BASE_URL = "http://127.0.0.1/api/v2"
TAILNETS = "/organizations/-/tailnets"
SEEDED = ["example.com", "TbQ72kCNTRL", "Tn5pW1CNTRL", "Tr8sX3CNTRL", "Tk2mP9CNTRL"]


def pages(client: httpx.Client, **params: int) -> list[dict[str, Any]]:
    """Every page, following the cursor to the end."""
    found: list[dict[str, Any]] = []
    cursor = None
    for _ in range(20):
        query: dict[str, Any] = {**params, **({"cursor": cursor} if cursor else {})}
        response = client.get(TAILNETS, params=query)
        assert response.status_code == 200, response.text
        page = response.json()
        found.append(page)
        cursor = page["cursor"]
        if not cursor:
            return found
    raise AssertionError("the cursor never ran out")


def ids(found: list[dict[str, Any]]) -> list[str]:
    return [t["id"] for page in found for t in page["tailnets"]]


def bearer(app: Starlette, token: str) -> httpx.Client:
    headers = {"Authorization": f"Bearer {token}"}
    return httpx.Client(transport=sync_transport(app), base_url=BASE_URL, headers=headers)


def token_for(anon: httpx.Client, client_id: str, secret: str) -> str:
    response = anon.post("/oauth/token", data={"client_id": client_id, "client_secret": secret})
    assert response.status_code == 200, response.status_code
    token: str = response.json()["access_token"]
    return token


def test_listing_pages_two_at_a_time_to_the_end(client: httpx.Client) -> None:
    found = pages(client)
    assert [len(p["tailnets"]) for p in found] == [2, 2, 1]
    assert ids(found) == SEEDED
    assert {p["totalCount"] for p in found} == {5}
    first = found[0]["tailnets"][0]
    assert first["displayName"] == "Example Inc" and first["orgId"] == DEMO_ORGANIZATION_ID
    assert found[0]["cursor"] != found[1]["cursor"]


def test_limit_asks_for_fewer(client: httpx.Client) -> None:
    found = pages(client, limit=1)
    assert [len(p["tailnets"]) for p in found] == [1] * 5
    assert ids(found) == SEEDED
    # A page holds at most two, whatever the limit.
    assert [len(p["tailnets"]) for p in pages(client, limit=100)] == [2, 2, 1]


def test_the_organization_by_id(client: httpx.Client) -> None:
    assert client.get(f"/organizations/{DEMO_ORGANIZATION_ID}/tailnets").status_code == 200
    assert client.get("/organizations/oOTHERCNTRL/tailnets").status_code == 404
    assert (
        client.post("/organizations/oOTHERCNTRL/tailnets", json={"displayName": "x"}).status_code
        == 404
    )


@pytest.mark.parametrize("cursor", ["garbage", "YWZ0ZXI6bm93aGVyZQ"])  # the second: after:nowhere
def test_an_unknown_cursor_is_400(client: httpx.Client, cursor: str) -> None:
    response = client.get(TAILNETS, params={"cursor": cursor})
    assert response.status_code == 400
    assert response.json()["message"] == "invalid cursor"


def test_a_cursor_survives_the_deletion_of_its_tailnet(
    app: Starlette, client: httpx.Client, anon: httpx.Client
) -> None:
    one = client.post(TAILNETS, json={"displayName": "one"}).json()
    two = client.post(TAILNETS, json={"displayName": "two"}).json()
    found = pages(client)
    assert ids(found) == [*SEEDED, one["id"], two["id"]]
    assert [t["id"] for t in found[2]["tailnets"]] == ["Tk2mP9CNTRL", one["id"]]
    token = token_for(anon, one["oauthClient"]["id"], one["oauthClient"]["secret"])
    with bearer(app, token) as own:
        assert own.delete(f"/tailnet/{one['id']}").status_code == 200
    # The third page's cursor names the deleted tailnet: the next page still follows it.
    after = client.get(TAILNETS, params={"cursor": found[2]["cursor"]}).json()
    assert [t["id"] for t in after["tailnets"]] == [two["id"]]
    assert (after["cursor"], after["totalCount"]) == ("", 6)


@pytest.mark.tidy
def test_create_serves_an_api_only_tailnet_with_its_own_client(
    app: Starlette, client: httpx.Client, anon: httpx.Client
) -> None:
    response = client.post(TAILNETS, json={"displayName": "customer-north"})
    assert response.status_code == 200, response.text
    created = response.json()
    assert created["displayName"] == "customer-north"
    assert created["orgId"] == DEMO_ORGANIZATION_ID and created["alreadyExists"] is False
    assert created["dnsName"].startswith("tail") and created["dnsName"].endswith(".ts.net")
    client_id, secret = created["oauthClient"]["id"], created["oauthClient"]["secret"]
    assert secret.startswith(f"tskey-client-{client_id}-"), "secret shape (hidden)"
    listed = ids(pages(client))
    assert listed == [*SEEDED, created["id"]]
    with bearer(app, token_for(anon, client_id, secret)) as own:
        assert own.get("/tailnet/-/devices").json()["devices"] == []
        assert own.get("/tailnet/-/users").json()["users"] == []
        assert own.get(f"/tailnet/{created['id']}/dns/nameservers").status_code == 200
        # Its token acts in the new tailnet, not in the demo one.
        assert own.get("/tailnet/example.com/devices").status_code == 404
        assert client.get(f"/tailnet/{created['id']}/devices").status_code == 404


def test_create_twice_finds_the_existing_tailnet(client: httpx.Client) -> None:
    created = client.post(TAILNETS, json={"displayName": "customer-north"}).json()
    again = client.post(TAILNETS, json={"displayName": "customer-north"}).json()
    assert again["alreadyExists"] is True and again["id"] == created["id"]
    assert "oauthClient" not in again, "the secret was shown once"
    seeded = client.post(TAILNETS, json={"displayName": "customer-east"}).json()
    assert (seeded["id"], seeded["alreadyExists"]) == ("TbQ72kCNTRL", True)
    assert client.get(TAILNETS).json()["totalCount"] == 6


def test_an_organization_holds_ten_tailnets(client: httpx.Client) -> None:
    for index in range(5):
        assert client.post(TAILNETS, json={"displayName": f"t{index}"}).status_code == 200
    full = client.post(TAILNETS, json={"displayName": "one-too-many"})
    assert full.status_code == 400 and "at most 10" in full.json()["message"]


def test_delete_with_the_tailnets_own_token_and_its_credentials_stop(
    app: Starlette, client: httpx.Client, anon: httpx.Client
) -> None:
    created = client.post(TAILNETS, json={"displayName": "short-lived"}).json()
    client_id, secret = created["oauthClient"]["id"], created["oauthClient"]["secret"]
    token = token_for(anon, client_id, secret)
    with bearer(app, token) as own:
        assert own.delete(f"/tailnet/{created['id']}").status_code == 200
        gone = own.get("/tailnet/-/devices")
        assert gone.status_code == 401
    again = anon.post("/oauth/token", data={"client_id": client_id, "client_secret": secret})
    assert again.status_code == 401
    assert created["id"] not in ids(pages(client))
    assert len(app.state.tailnets) == 1


def test_delete_another_tailnet_is_404_and_the_organizations_own_is_403(
    app: Starlette, client: httpx.Client, anon: httpx.Client
) -> None:
    created = client.post(TAILNETS, json={"displayName": "kept"}).json()
    assert client.delete(f"/tailnet/{created['id']}").status_code == 404
    assert client.delete("/tailnet/TbQ72kCNTRL").status_code == 404
    refused = client.delete("/tailnet/-")
    assert refused.status_code == 403
    assert "API-only" in refused.json()["message"]
    assert client.get("/tailnet/-/devices").status_code == 200
    with bearer(app, DEMO_API_KEY) as demo:
        assert demo.delete("/tailnet/example.com").status_code == 403
    assert created["id"] in ids(pages(client))


def test_a_replaced_tailnets_organization_creates_tailnets(
    app: Starlette, client: httpx.Client
) -> None:
    app.state.tailnet = MockTailnet(seed=0)
    response = client.post(TAILNETS, json={"displayName": "after-replace"})
    assert response.status_code == 200, response.text


def test_a_replaced_tailnet_takes_the_tailnets_its_organization_created_along(
    app: Starlette, client: httpx.Client, anon: httpx.Client
) -> None:
    # The fresh organization draws the same ids as the old one did: a tailnet the old one
    # created must not stay served, or the next create collides with it.
    before = client.post(TAILNETS, json={"displayName": "before-replace"}).json()
    token = token_for(anon, before["oauthClient"]["id"], before["oauthClient"]["secret"])
    app.state.tailnet = MockTailnet(seed=0)
    assert [t.name for t in app.state.tailnets] == ["example.com"]
    with bearer(app, token) as old:
        assert old.get("/tailnet/-/devices").status_code == 401
    after = client.post(TAILNETS, json={"displayName": "after-replace"})
    assert after.status_code == 200, after.text
    assert after.json()["id"] == before["id"], "the same seed draws the same id"
    assert ids(pages(client)) == [*SEEDED, before["id"]]


def test_a_replacement_in_the_same_organization_keeps_its_tailnets(
    app: Starlette, client: httpx.Client
) -> None:
    created = client.post(TAILNETS, json={"displayName": "kept"}).json()
    organization = app.state.tailnet.organizations.organization
    app.state.tailnet = MockTailnet(seed=0, organization=organization)
    assert [t.name for t in app.state.tailnets] == ["example.com", created["id"]]
    assert created["id"] in ids(pages(client))
