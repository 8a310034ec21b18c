"""Auth keys: create, read (without the secret), list, expiry and deletion."""

from __future__ import annotations

import httpx
import pytest

from tailscale_mock import DEMO_OAUTH_CLIENT_ID, DEMO_OAUTH_CLIENT_SECRET

KEYS = "/tailnet/-/keys"
CAPS = {
    "devices": {
        "create": {"reusable": True, "ephemeral": False, "preauthorized": True, "tags": ["tag:ci"]}
    }
}


def test_create_get_list_delete(client: httpx.Client) -> None:
    response = client.post(
        KEYS, json={"capabilities": CAPS, "expirySeconds": 86400, "description": "ci runners"}
    )
    assert response.status_code == 200
    created = response.json()
    secret_ok = created["key"].startswith(f"tskey-auth-{created['id']}-")
    assert secret_ok, "the secret does not embed the key id"
    assert created["capabilities"] == CAPS
    assert created["expirySeconds"] == 86400
    read = client.get(f"{KEYS}/{created['id']}").json()
    assert "key" not in read
    assert read == {k: v for k, v in created.items() if k != "key"}
    assert created["id"] in {k["id"] for k in client.get(KEYS).json()["keys"]}
    delete = client.delete(f"{KEYS}/{created['id']}")
    assert delete.status_code == 200 and delete.content == b""
    assert client.get(f"{KEYS}/{created['id']}").status_code == 404
    assert created["id"] not in {k["id"] for k in client.get(KEYS).json()["keys"]}
    assert client.delete(f"{KEYS}/{created['id']}").status_code == 404


@pytest.mark.tidy
def test_defaults_give_a_single_use_untagged_key_for_90_days(client: httpx.Client) -> None:
    created = client.post(KEYS, json={"capabilities": {"devices": {}}}).json()
    assert created["capabilities"]["devices"]["create"] == {
        "reusable": False,
        "ephemeral": False,
        "preauthorized": False,
        "tags": [],
    }
    assert created["expirySeconds"] == 90 * 86400


def test_key_tags_must_be_owned(client: httpx.Client) -> None:
    caps = {"devices": {"create": {"tags": ["tag:nobody"]}}}
    response = client.post(KEYS, json={"capabilities": caps})
    assert response.status_code == 400
    assert "tag:nobody" in response.json()["message"]


def test_request_schema_is_strict(client: httpx.Client) -> None:
    assert client.post(KEYS, json={"capabilities": CAPS, "bogus": 1}).status_code == 400
    assert (
        client.post(KEYS, json={"capabilities": CAPS, "description": "no/slashes"}).status_code
        == 400
    )
    assert client.post(KEYS, json={"capabilities": CAPS, "expirySeconds": 0}).status_code == 400


def test_user_token_lists_its_own_active_keys(client: httpx.Client) -> None:
    listed = {k["id"] for k in client.get(KEYS).json()["keys"]}
    # The auth key, the API token, the OAuth client and the federated identity Amelie made.
    assert listed == {"k123456CNTRL", "kDEMO4CNTRL", "kDEMO8CNTRL", "kDEMO6CNTRL"}
    assert "invalid" not in client.get(f"{KEYS}/k123456CNTRL").json()


def test_expired_key_has_invalid_true(tailnet_expired_key: str, client: httpx.Client) -> None:
    read = client.get(f"{KEYS}/{tailnet_expired_key}").json()
    assert read["invalid"] is True
    assert tailnet_expired_key not in {k["id"] for k in client.get(KEYS).json()["keys"]}


def test_oauth_keys_belong_to_the_tailnet_and_need_tags(anon: httpx.Client) -> None:
    form = {"client_id": DEMO_OAUTH_CLIENT_ID, "client_secret": DEMO_OAUTH_CLIENT_SECRET}
    token = anon.post("/oauth/token", data=form).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    untagged = anon.post(KEYS, json={"capabilities": {"devices": {}}}, headers=headers)
    assert untagged.status_code == 400
    created = anon.post(KEYS, json={"capabilities": CAPS}, headers=headers).json()
    assert created["userId"] == ""
    oauth_listed = {k["id"] for k in anon.get(KEYS, headers=headers).json()["keys"]}
    assert created["id"] in oauth_listed
    assert "k123456CNTRL" not in oauth_listed
