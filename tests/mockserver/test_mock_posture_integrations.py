"""Device posture integrations: CRUD, one per provider, secrets never returned."""

from __future__ import annotations

import httpx

from tailscale_mock import MockTailnet

INTEGRATIONS = "/tailnet/-/posture/integrations"
SECRET = "very-secret-client-secret"


def test_create_get_update_delete(client: httpx.Client, tailnet: MockTailnet) -> None:
    body = {"provider": "falcon", "cloudId": "us-1", "clientId": "abc", "clientSecret": SECRET}
    response = client.post(INTEGRATIONS, json=body)
    assert response.status_code == 200
    created = response.json()
    assert {k: created[k] for k in ("provider", "cloudId", "clientId")} == {
        "provider": "falcon",
        "cloudId": "us-1",
        "clientId": "abc",
    }
    assert SECRET not in response.text
    read = client.get(f"/posture/integrations/{created['id']}")
    assert read.json() == created and SECRET not in read.text
    listed = client.get(INTEGRATIONS)
    assert created["id"] in {i["id"] for i in listed.json()["integrations"]}
    assert SECRET not in listed.text
    updated = client.patch(
        f"/posture/integrations/{created['id']}", json={"cloudId": "eu-1", "clientSecret": "x2"}
    )
    assert updated.status_code == 200 and updated.json()["cloudId"] == "eu-1"
    assert "x2" not in updated.text
    deleted = client.delete(f"/posture/integrations/{created['id']}")
    assert deleted.status_code == 200 and deleted.content == b""
    assert client.get(f"/posture/integrations/{created['id']}").status_code == 404
    assert client.delete(f"/posture/integrations/{created['id']}").status_code == 404


def test_second_integration_for_a_provider_conflicts(client: httpx.Client) -> None:
    providers = {i["provider"] for i in client.get(INTEGRATIONS).json()["integrations"]}
    assert "intune" in providers
    response = client.post(INTEGRATIONS, json={"provider": "intune", "clientSecret": SECRET})
    assert response.status_code == 409
    assert "intune" in response.json()["message"]
    after = client.get(INTEGRATIONS).json()["integrations"]
    assert [i["provider"] for i in after].count("intune") == 1


def test_provider_can_be_added_again_after_delete(client: httpx.Client) -> None:
    intune = next(
        i for i in client.get(INTEGRATIONS).json()["integrations"] if i["provider"] == "intune"
    )
    assert client.delete(f"/posture/integrations/{intune['id']}").status_code == 200
    again = client.post(INTEGRATIONS, json={"provider": "intune", "clientSecret": SECRET})
    assert again.status_code == 200 and again.json()["id"] != intune["id"]


def test_bad_input(client: httpx.Client) -> None:
    assert client.post(INTEGRATIONS, json={"provider": "falcon"}).status_code == 400
    no_secret = {"provider": "falcon", "clientSecret": ""}
    assert client.post(INTEGRATIONS, json=no_secret).status_code == 400
    unknown = {"provider": "acme", "clientSecret": SECRET}
    assert client.post(INTEGRATIONS, json=unknown).status_code == 400
    assert client.patch("/posture/integrations/nope", json={}).status_code == 404
