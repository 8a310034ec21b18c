"""Trust credentials among the keys: OAuth clients and federated identities, their tokens."""

from __future__ import annotations

import httpx
import pytest

from tailscale_mock import DEMO_SCOPED_CLIENT_ID, DEMO_SCOPED_CLIENT_SECRET

KEYS = "/tailnet/-/keys"
CLIENT = {"keyType": "client", "scopes": ["devices:core", "dns:read"], "tags": ["tag:ci"]}
FEDERATED = {
    "keyType": "federated",
    "scopes": ["users:read"],
    "issuer": "https://oidc.example.com",
    "subject": "system:serviceaccount:ci:*",
    "customClaimRules": {"namespace": "ci"},
    "description": "k8s ci",
}


def token(anon: httpx.Client, client_id: str, secret: str, **form: str) -> httpx.Response:
    return anon.post("/oauth/token", data={"client_id": client_id, "client_secret": secret, **form})


def test_create_an_oauth_client_shows_its_secret_once(client: httpx.Client) -> None:
    response = client.post(KEYS, json={**CLIENT, "description": "ci runners"})
    assert response.status_code == 200, response.text
    created = response.json()
    secret = created.pop("key")
    assert secret.startswith(f"tskey-client-{created['id']}-"), "secret shape (hidden)"
    assert created["keyType"] == "client"
    assert (created["scopes"], created["tags"]) == (CLIENT["scopes"], CLIENT["tags"])
    assert created["created"] == created["updated"] and created["userId"] == "22011"
    read = client.get(f"{KEYS}/{created['id']}").json()
    assert read == created
    assert created["id"] in {k["id"] for k in client.get(KEYS).json()["keys"]}


def test_a_created_oauth_client_mints_tokens(client: httpx.Client, anon: httpx.Client) -> None:
    created = client.post(KEYS, json=CLIENT).json()
    response = token(anon, created["id"], created["key"])
    assert response.status_code == 200
    body = response.json()
    assert body["scope"] == "devices:core dns:read"
    headers = {"Authorization": f"Bearer {body['access_token']}"}
    assert anon.get("/tailnet/-/devices", headers=headers).status_code == 200
    assert token(anon, created["id"], "tskey-client-wrong").status_code == 401
    client.delete(f"{KEYS}/{created['id']}")
    assert token(anon, created["id"], created["key"]).status_code == 401, "a deleted client"


@pytest.mark.parametrize(
    ("form", "scope"),
    [
        ({"scope": "devices:core:read"}, "devices:core:read"),
        ({"scope": "dns:read devices:core"}, "dns:read devices:core"),
        ({"scope": "devices:core", "tags": "tag:ci"}, "devices:core"),
    ],
)
def test_a_token_may_be_narrowed(anon: httpx.Client, form: dict[str, str], scope: str) -> None:
    response = token(anon, DEMO_SCOPED_CLIENT_ID, DEMO_SCOPED_CLIENT_SECRET, **form)
    assert response.status_code == 200
    assert response.json()["scope"] == scope


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"scope": "dns"}, "scopes dns"),
        ({"scope": "all"}, "scopes all"),
        ({"scope": "users:read devices:core"}, "scopes users:read"),
        ({"tags": "tag:prod"}, "tags tag:prod"),
    ],
)
def test_a_token_cannot_be_widened(anon: httpx.Client, form: dict[str, str], message: str) -> None:
    response = token(anon, DEMO_SCOPED_CLIENT_ID, DEMO_SCOPED_CLIENT_SECRET, **form)
    assert response.status_code == 400
    assert message in response.json()["message"]


def test_grant_type_client_credentials_is_accepted(anon: httpx.Client) -> None:
    form = {"grant_type": "client_credentials"}
    assert token(anon, DEMO_SCOPED_CLIENT_ID, DEMO_SCOPED_CLIENT_SECRET, **form).status_code == 200


def test_create_a_federated_identity(client: httpx.Client) -> None:
    created = client.post(KEYS, json=FEDERATED).json()
    assert "key" not in created, "a federated identity has no secret"
    assert created["audience"] == f"api.tailscale.com/{created['id']}", "generated audience"
    assert {k: created[k] for k in FEDERATED} == FEDERATED
    assert client.get(f"{KEYS}/{created['id']}").json() == created
    chosen = client.post(KEYS, json={**FEDERATED, "audience": "my-audience"}).json()
    assert chosen["audience"] == "my-audience"


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({**CLIENT, "tags": []}, 400),  # devices:core needs tags
        ({"keyType": "client", "scopes": ["auth_keys"]}, 400),  # so does auth_keys
        ({**CLIENT, "tags": ["tag:nobody"]}, 400),  # tags must be owned
        ({"keyType": "client", "scopes": []}, 400),  # at least one scope
        ({**FEDERATED, "issuer": "http://oidc.example.com"}, 400),  # https only
        ({**FEDERATED, "issuer": "https://\u0084"}, 400),  # no host name
        ({**FEDERATED, "issuer": "https://oidc.example.com/a b"}, 400),  # not a URL
        ({key: v for key, v in FEDERATED.items() if key != "subject"}, 400),
        ({**CLIENT, "issuer": "https://oidc.example.com"}, 400),  # federated fields only
        ({**CLIENT, "capabilities": {"devices": {}}}, 400),  # auth key fields only
    ],
    ids=[
        "core-no-tags",
        "auth-keys-no-tags",
        "unowned-tag",
        "no-scopes",
        "http-issuer",
        "non-ascii-issuer",
        "issuer-with-space",
        "no-subject",
        "client-with-issuer",
        "client-with-capabilities",
    ],
)
def test_create_refuses(client: httpx.Client, body: dict[str, object], status: int) -> None:
    before = len(client.get(KEYS).json()["keys"])
    assert client.post(KEYS, json=body).status_code == status
    assert len(client.get(KEYS).json()["keys"]) == before


def test_set_key_updates_a_federated_identity(client: httpx.Client) -> None:
    created = client.post(KEYS, json=FEDERATED).json()
    change = {
        "keyType": "federated",
        "scopes": ["devices:core"],
        "tags": ["tag:ci"],
        "subject": "x",
    }
    response = client.put(f"{KEYS}/{created['id']}", json=change)
    assert response.status_code == 200, response.text
    updated = response.json()
    assert (updated["scopes"], updated["tags"], updated["subject"]) == (
        ["devices:core"],
        ["tag:ci"],
        "x",
    )
    # Settings left out are kept.
    assert updated["issuer"] == FEDERATED["issuer"] and updated["description"] == "k8s ci"
    assert updated["created"] == created["created"] and "key" not in updated
    assert client.get(f"{KEYS}/{created['id']}").json() == updated


def test_set_key_keeps_an_oauth_clients_secret(client: httpx.Client, anon: httpx.Client) -> None:
    created = client.post(KEYS, json=CLIENT).json()
    change = {"keyType": "client", "scopes": ["dns:read"], "description": "dns only"}
    updated = client.put(f"{KEYS}/{created['id']}", json=change).json()
    assert updated["scopes"] == ["dns:read"] and "key" not in updated
    assert token(anon, created["id"], created["key"]).json()["scope"] == "dns:read"


@pytest.mark.parametrize(
    ("key_id", "body", "status", "message"),
    [
        ("k123456CNTRL", {"keyType": "client", "scopes": ["dns"]}, 400, "only OAuth clients"),
        ("kDEMO4CNTRL", {"keyType": "client", "scopes": ["dns"]}, 400, "only OAuth clients"),
        (DEMO_SCOPED_CLIENT_ID, {"keyType": "federated", "scopes": ["dns"]}, 400, "not federated"),
        (
            DEMO_SCOPED_CLIENT_ID,
            {"keyType": "client", "scopes": ["auth_keys"], "tags": []},
            400,
            "tags are required",
        ),
        ("kNOPECNTRL", {"keyType": "client", "scopes": ["dns"]}, 404, "key not found"),
    ],
    ids=["auth-key", "api-token", "wrong-type", "tags-needed", "unknown"],
)
def test_set_key_refuses(
    client: httpx.Client, key_id: str, body: dict[str, object], status: int, message: str
) -> None:
    before = client.get(f"{KEYS}/{key_id}").json()
    response = client.put(f"{KEYS}/{key_id}", json=body)
    assert response.status_code == status
    assert message in response.json()["message"]
    assert client.get(f"{KEYS}/{key_id}").json() == before


def test_seeded_credentials_show_their_fields(client: httpx.Client) -> None:
    scoped = client.get(f"{KEYS}/{DEMO_SCOPED_CLIENT_ID}").json()
    assert scoped["keyType"] == "client" and scoped["tags"] == ["tag:ci"]
    assert "key" not in scoped and "secret" not in scoped
    federated = client.get(f"{KEYS}/kDEMO6CNTRL").json()
    assert federated["subject"] == "repo:example/infra:*"
    assert federated["customClaimRules"] == {"repository_owner": "example"}
