"""The token exchange (workload identity federation): each check of the ID token, one by one."""

from __future__ import annotations

import base64
import json

import httpx
import jwt
import pytest

from tailscale_mock import (
    DEMO_FEDERATED_CLIENT_ID,
    DEMO_OIDC_AUDIENCE,
    DEMO_OIDC_ISSUER,
    make_test_id_token,
)

EXCHANGE = "/oauth/token-exchange"


def exchange(
    anon: httpx.Client, id_token: str, client_id: str = DEMO_FEDERATED_CLIENT_ID
) -> httpx.Response:
    return anon.post(EXCHANGE, data={"client_id": client_id, "jwt": id_token})


def test_the_helper_makes_an_unsigned_jwt_of_the_demo_identity() -> None:
    id_token = make_test_id_token()
    header = json.loads(base64.urlsafe_b64decode(id_token.split(".")[0] + "=="))
    assert header["alg"] == "none"
    claims = jwt.decode(id_token, options={"verify_signature": False})
    assert claims["iss"] == DEMO_OIDC_ISSUER and claims["aud"] == DEMO_OIDC_AUDIENCE
    assert claims["repository_owner"] == "example"
    assert 590 <= claims["exp"] - claims["iat"] <= 600
    assert "repository_owner" not in jwt.decode(
        make_test_id_token(repository_owner=None), options={"verify_signature": False}
    )


def test_a_matching_token_is_exchanged(anon: httpx.Client) -> None:
    response = exchange(anon, make_test_id_token())
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["token_type"] == "Bearer" and body["expires_in"] == 3600
    assert body["scope"] == "devices:core auth_keys", "the identity's scopes"
    headers = {"Authorization": f"Bearer {body['access_token']}"}
    devices = anon.get("/tailnet/-/devices", headers=headers)
    assert devices.status_code == 200 and devices.json()["devices"]


def test_a_signed_token_is_accepted_its_signature_ignored(anon: httpx.Client) -> None:
    claims = jwt.decode(make_test_id_token(), options={"verify_signature": False})
    signed = jwt.encode(claims, "a key the mock does not know, 32 bytes or more", algorithm="HS256")
    assert exchange(anon, signed).status_code == 200


@pytest.mark.parametrize(
    ("claims", "status", "message"),
    [
        ({"expires_in": -60}, 401, "expired"),
        ({"not_before": 600}, 401, "not valid yet"),
        ({"issuer": "https://evil.example.com"}, 401, "iss does not match"),
        ({"subject": "repo:example/other:ref:refs/heads/main"}, 401, "sub does not match"),
        ({"subject": "repo:someone/infra:ref:refs/heads/main"}, 401, "sub does not match"),
        ({"audience": "api.tailscale.com/kOTHERCNTRL"}, 401, "aud does not match"),
        ({"repository_owner": "mallory"}, 401, "repository_owner claim does not match"),
        ({"repository_owner": None}, 401, "repository_owner claim does not match"),
        ({"sub": None}, 400, "no sub claim"),
        ({"aud": None}, 400, "no aud claim"),
    ],
    ids=[
        "expired",
        "not-yet",
        "issuer",
        "subject-repo",
        "subject-owner",
        "audience",
        "claim-value",
        "claim-missing",
        "no-sub",
        "no-aud",
    ],
)
def test_each_claim_is_checked(
    anon: httpx.Client, claims: dict[str, object], status: int, message: str
) -> None:
    response = exchange(anon, make_test_id_token(**claims))  # type: ignore[arg-type]
    assert response.status_code == status
    assert message in response.json()["message"]


def test_the_subject_wildcard_matches_any_run(anon: httpx.Client) -> None:
    for subject in (
        "repo:example/infra:",
        "repo:example/infra:pull_request",
        "repo:example/infra:a*b",
    ):
        assert exchange(anon, make_test_id_token(subject=subject)).status_code == 200


def test_an_audience_list_holding_the_audience_matches(anon: httpx.Client) -> None:
    id_token = make_test_id_token(audience=["other", DEMO_OIDC_AUDIENCE])
    assert exchange(anon, id_token).status_code == 200


@pytest.mark.parametrize("garbage", ["not-a-jwt", "a.b.c", "eyJhbGciOiJub25lIn0.bm90IGpzb24."])
def test_a_non_jwt_is_400(anon: httpx.Client, garbage: str) -> None:
    response = exchange(anon, garbage)
    assert response.status_code == 400
    assert "not a valid JWT" in response.json()["message"]


def test_unknown_or_wrong_kind_of_client_is_401(anon: httpx.Client) -> None:
    assert exchange(anon, make_test_id_token(), client_id="kNOPECNTRL").status_code == 401
    # An OAuth client is no federated identity.
    assert exchange(anon, make_test_id_token(), client_id="kDEMO8CNTRL").status_code == 401


def test_a_created_identity_exchanges_its_tokens(client: httpx.Client, anon: httpx.Client) -> None:
    body = {
        "keyType": "federated",
        "scopes": ["dns:read"],
        "issuer": "https://oidc.example.com",
        "subject": "system:serviceaccount:*:deployer",
        "customClaimRules": {"cluster": "prod-*"},
    }
    identity = client.post("/tailnet/-/keys", json=body).json()
    id_token = make_test_id_token(
        issuer=body["issuer"],  # type: ignore[arg-type]
        subject="system:serviceaccount:apps:deployer",
        audience=identity["audience"],
        repository_owner=None,
        cluster="prod-eu",
    )
    response = exchange(anon, id_token, client_id=identity["id"])
    assert response.status_code == 200 and response.json()["scope"] == "dns:read"
    client.delete(f"/tailnet/-/keys/{identity['id']}")
    assert exchange(anon, id_token, client_id=identity["id"]).status_code == 401


def test_unknown_form_fields_are_400(anon: httpx.Client) -> None:
    data = {"client_id": DEMO_FEDERATED_CLIENT_ID, "jwt": make_test_id_token(), "scope": "all"}
    response = anon.post(EXCHANGE, data=data)
    assert response.status_code == 400
    assert response.json() == {"message": "unknown form fields: scope"}
