"""OAuth apps: CRUD, the client secret shown once, redirect URI rules, name and scope limits."""

from __future__ import annotations

import httpx
import pytest

APPS = "/tailnet/-/oauth-apps"
APP = {
    "name": "asset-report",
    "description": "Reads device inventory",
    "redirectURIs": ["https://inventory.example.com/cb", "http://localhost:8400/cb"],
    "scopes": ["devices:core:read"],
}


def secret_ok(value: object, app_id: str) -> bool:
    return isinstance(value, str) and value.startswith(f"tskey-client-{app_id}-")


def test_list_the_seeded_apps_without_secrets(client: httpx.Client) -> None:
    apps = client.get(APPS).json()["oauthApps"]
    assert [a["name"] for a in apps] == ["ci-dashboard", "asset-inventory"]
    assert all("clientSecret" not in a for a in apps)
    assert client.get(f"{APPS}/{apps[1]['id']}").json() == apps[1]


@pytest.mark.tidy
def test_create_shows_the_secret_once(client: httpx.Client) -> None:
    response = client.post(APPS, json=APP)
    assert response.status_code == 200, response.text
    created = response.json()
    assert secret_ok(created.pop("clientSecret"), created["id"]), "no client secret (hidden)"
    assert {k: created[k] for k in APP} == APP
    assert created["allowedNodeAttributes"] == []
    assert created["created"] == created["updated"]
    read = client.get(f"{APPS}/{created['id']}").json()
    assert read == created
    assert created["id"] in [a["id"] for a in client.get(APPS).json()["oauthApps"]]


def test_update_replaces_settings_and_keeps_the_secret(client: httpx.Client) -> None:
    app_id = client.post(APPS, json=APP).json()["id"]
    change = {
        "name": "asset-report",
        "redirectURIs": ["https://x.example.com/cb"],
        "scopes": ["users:read"],
    }
    updated = client.put(f"{APPS}/{app_id}", json=change)
    assert updated.status_code == 200
    body = updated.json()
    assert "clientSecret" not in body
    assert body["redirectURIs"] == ["https://x.example.com/cb"] and body["scopes"] == ["users:read"]
    assert body["description"] == "", "a full update empties what it leaves out"
    assert client.get(f"{APPS}/{app_id}").json() == body
    assert client.put(f"{APPS}/aNOPECNTRL", json=change).status_code == 404


def test_delete(client: httpx.Client) -> None:
    app_id = client.post(APPS, json=APP).json()["id"]
    response = client.delete(f"{APPS}/{app_id}")
    assert response.status_code == 200 and response.content == b""
    assert client.get(f"{APPS}/{app_id}").status_code == 404
    assert client.delete(f"{APPS}/{app_id}").status_code == 404


@pytest.mark.parametrize(
    "uri",
    [
        "http://127.0.0.1:9000/cb",
        "http://[::1]:9000/cb",
        "myapp://localhost/cb",
        "https://app.example.com/oauth/return",
    ],
)
def test_redirect_uris_allowed(client: httpx.Client, uri: str) -> None:
    assert client.post(APPS, json={**APP, "redirectURIs": [uri]}).status_code == 200


@pytest.mark.parametrize(
    ("uri", "message"),
    [
        ("http://app.example.com/cb", "must use https"),
        ("https://203.0.113.7/cb", "IP addresses"),
        ("https://[2001:db8::1]/cb", "IP addresses"),
        ("https:///cb", "with a host"),
    ],
)
def test_redirect_uris_refused(client: httpx.Client, uri: str, message: str) -> None:
    response = client.post(APPS, json={**APP, "redirectURIs": [uri]})
    assert response.status_code == 400
    assert message in response.json()["message"]


@pytest.mark.parametrize(
    "change",
    [
        {"name": "ab"},
        {"name": "x" * 51},
        {"name": "has space"},
        {"description": "d" * 301},
        {"redirectURIs": []},
        {"scopes": []},
        {"bogus": 1},
    ],
    ids=[
        "short-name",
        "long-name",
        "bad-name",
        "long-description",
        "no-uris",
        "no-scopes",
        "extra",
    ],
)
def test_limits(client: httpx.Client, change: dict[str, object]) -> None:
    assert client.post(APPS, json={**APP, **change}).status_code == 400


def test_node_attributes_need_the_posture_scope(client: httpx.Client) -> None:
    body = {**APP, "allowedNodeAttributes": ["custom:assetTag"]}
    refused = client.post(APPS, json=body)
    assert refused.status_code == 400
    assert "devices:posture_attributes" in refused.json()["message"]
    body["scopes"] = ["devices:core:read", "devices:posture_attributes"]
    assert client.post(APPS, json=body).json()["allowedNodeAttributes"] == ["custom:assetTag"]
