"""The fuzz dictionaries of schemathesis.toml name demo data that exists, in the state they claim.

`make fuzz` draws most ids from these dictionaries so that requests reach the mock's logic; an
id that the seed no longer has (or a user no longer suspended, an invite no longer emailed)
would quietly send those draws back to the 404 and 400 paths. Each dictionary is checked
against a fresh demo tailnet, or listed in EXEMPT with the reason it needs no check.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tailscale_mock import DEMO_API_KEY, MockTailnet, create_app, sync_transport

CONFIG = Path(__file__).with_name("schemathesis.toml")
DICTIONARIES: dict[str, list[str]] = {
    name: table["values"]
    for name, table in tomllib.loads(CONFIG.read_text(encoding="utf-8"))["dictionaries"].items()
}

Body = dict[str, Any]


def status(expected: str) -> Callable[[Body], bool]:
    return lambda body: body.get("status") == expected


def key_type(expected: str) -> Callable[[Body], bool]:
    return lambda body: body.get("keyType") == expected


def emailed(body: Body) -> bool:
    return bool(body.get("email"))


def anything(body: Body) -> bool:
    return True


# dictionary -> (GET path with {} for the value, what its answer must show)
LOOKUPS: dict[str, tuple[str, Callable[[Body], bool]]] = {
    "tailnets": ("/tailnet/{}/settings", anything),
    "organizations": ("/organizations/{}/tailnets", anything),
    "cursors": ("/organizations/-/tailnets?cursor={}", anything),
    "devices": ("/device/{}", anything),
    "deletableDevices": ("/device/{}", anything),
    "services": ("/tailnet/-/services/{}", anything),
    "deletableServices": ("/tailnet/-/services/{}", anything),
    "grafana": ("/tailnet/-/services/{}", anything),
    "oauthApps": ("/tailnet/-/oauth-apps/{}", anything),
    "deletableOAuthApps": ("/tailnet/-/oauth-apps/{}", anything),
    "keys": ("/tailnet/-/keys/{}", anything),
    "deletableKeys": ("/tailnet/-/keys/{}", key_type("auth")),
    "trustCredentials": ("/tailnet/-/keys/{}", key_type("client")),
    "federatedClients": ("/tailnet/-/keys/{}", key_type("federated")),
    "users": ("/users/{}", anything),
    "suspendableUsers": ("/users/{}", status("active")),
    "suspendedUsers": ("/users/{}", status("suspended")),
    "usersAwaitingApproval": ("/users/{}", status("needs-approval")),
    "deletableUsers": ("/users/{}", anything),
    "usersWithRoles": ("/users/{}", anything),
    "emailedDeviceInvites": ("/device-invites/{}", emailed),
    "emailedUserInvites": ("/user-invites/{}", emailed),
}
# Checked by a test of their own below.
OWN_TESTS = {"tags", "grafanaAddrs", "idTokens", "deviceInviteUrls", "awsExternalIds"}
# Dictionaries of valid values that need not exist anywhere.
EXEMPT = {
    "appScopes": "scopes an OAuth app may ask for; the spec's own enum decides",
    "redirectURIs": "any https URL, or http to localhost, is a valid redirect",
}


NO_AUTH = {"Authorization": ""}


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    app = create_app(MockTailnet(seed=0))
    headers = {"Authorization": f"Bearer {DEMO_API_KEY}"}
    base_url = "http://127.0.0.1/api/v2"
    with httpx.Client(transport=sync_transport(app), base_url=base_url, headers=headers) as c:
        yield c


def test_every_dictionary_is_checked() -> None:
    checked = set(LOOKUPS) | OWN_TESTS | set(EXEMPT)
    assert set(DICTIONARIES) == checked, "a dictionary was added or removed: check it here"


@pytest.mark.parametrize("name", sorted(LOOKUPS))
def test_the_dictionary_names_demo_data(name: str, client: httpx.Client) -> None:
    path, shows = LOOKUPS[name]
    for value in DICTIONARIES[name]:
        response = client.get(path.format(value))
        assert response.status_code == 200, (name, value, response.text)
        body = response.json() if response.content else None
        assert shows(body if isinstance(body, dict) else {}), (name, value, body)


def test_the_tags_are_owned_in_the_demo_policy(client: httpx.Client) -> None:
    owners = client.get("/tailnet/-/acl", headers={"Accept": "application/json"}).json()
    assert set(DICTIONARIES["tags"]) <= set(owners["tagOwners"])


def test_the_grafana_addresses_are_its_own(client: httpx.Client) -> None:
    service = client.get("/tailnet/-/services/svc:grafana").json()
    assert set(DICTIONARIES["grafanaAddrs"]) <= set(service["addrs"])


def test_the_id_tokens_are_accepted_by_the_federated_clients(client: httpx.Client) -> None:
    for client_id in DICTIONARIES["federatedClients"]:
        for token in DICTIONARIES["idTokens"]:
            data = {"client_id": client_id, "jwt": token}
            response = client.post(
                "/oauth/token-exchange", data=data, headers={"Authorization": ""}
            )
            assert response.status_code == 200, response.text


def test_the_invite_urls_accept_a_device_invite(client: httpx.Client) -> None:
    for invite in DICTIONARIES["deviceInviteUrls"]:
        response = client.post("/device-invites/-/accept", json={"invite": invite})
        assert response.status_code == 200, (invite, response.text)


def test_the_aws_external_ids_are_issued(client: httpx.Client) -> None:
    role = {"roleArn": "arn:aws:iam::123456789012:role/logs"}
    for external_id in DICTIONARIES["awsExternalIds"]:
        path = f"/tailnet/-/aws-external-id/{external_id}/validate-aws-trust-policy"
        response = client.post(path, json=role)
        assert response.is_success, (external_id, response.text)
