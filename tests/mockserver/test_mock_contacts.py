"""Contacts: read, change (a new address needs verification) and resend verification."""

from __future__ import annotations

import httpx
import pytest

from tailscale_mock import MockTailnet

CONTACTS = "/tailnet/-/contacts"


@pytest.mark.tidy
def test_seeded_contacts(client: httpx.Client) -> None:
    contacts = client.get(CONTACTS).json()
    assert set(contacts) == {"account", "support", "security"}
    assert contacts["account"] == {"email": "amelie@example.com", "needsVerification": False}
    assert contacts["support"]["needsVerification"] is True
    assert contacts["support"]["fallbackEmail"] == "amelie@example.com"


@pytest.mark.tidy
def test_new_address_needs_verification_and_falls_back(
    client: httpx.Client, tailnet: MockTailnet
) -> None:
    response = client.patch(f"{CONTACTS}/security", json={"email": "sec@example.net"})
    assert response.status_code == 200
    security = client.get(CONTACTS).json()["security"]
    assert security == {
        "email": "sec@example.net",
        "fallbackEmail": "security@example.com",
        "needsVerification": True,
    }
    # A second unverified change keeps the last verified address as the fallback.
    client.patch(f"{CONTACTS}/security", json={"email": "sec2@example.net"})
    assert client.get(CONTACTS).json()["security"]["fallbackEmail"] == "security@example.com"
    tailnet.contacts.verify("security")
    verified = client.get(CONTACTS).json()["security"]
    assert verified == {"email": "sec2@example.net", "needsVerification": False}


def test_same_address_changes_nothing(client: httpx.Client) -> None:
    before = client.get(CONTACTS).json()["account"]
    assert client.patch(f"{CONTACTS}/account", json={"email": before["email"]}).status_code == 200
    assert client.get(CONTACTS).json()["account"] == before


def test_resend_verification_only_when_needed(client: httpx.Client) -> None:
    assert client.post(f"{CONTACTS}/support/resend-verification-email").status_code == 200
    refused = client.post(f"{CONTACTS}/account/resend-verification-email")
    assert refused.status_code == 400
    assert "does not need verification" in refused.json()["message"]


def test_bad_input(client: httpx.Client) -> None:
    assert client.patch(f"{CONTACTS}/billing", json={"email": "a@example.com"}).status_code == 400
    assert client.patch(f"{CONTACTS}/account", json={"email": "not an email"}).status_code == 400
    assert client.get("/tailnet/other.example/contacts").status_code == 404
