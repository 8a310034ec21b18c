"""Tailnet settings: read and partial update."""

from __future__ import annotations

import httpx
import pytest

SETTINGS = "/tailnet/-/settings"


def test_get_and_patch(client: httpx.Client) -> None:
    before = client.get(SETTINGS).json()
    assert before["devicesKeyDurationDays"] == 180 and before["networkFlowLoggingOn"] is True
    patch = {"devicesApprovalOn": True, "devicesKeyDurationDays": 30}
    response = client.patch(SETTINGS, json=patch)
    assert response.status_code == 200
    assert response.json() == {**before, **patch}
    assert client.get(SETTINGS).json() == {**before, **patch}


def test_invalid_patches_change_nothing(client: httpx.Client) -> None:
    before = client.get(SETTINGS).json()
    for patch in (
        {},
        {"devicesKeyDurationDays": 181},
        {"usersRoleAllowedToJoinExternalTailnets": "x"},
        {"bogus": True},
        {"aclsExternalLink": ""},
        {"aclsExternalLink": "github.com/example/policy"},
    ):
        assert client.patch(SETTINGS, json=patch).status_code == 400, patch
    assert client.get(SETTINGS).json() == before


@pytest.mark.tidy
def test_https_and_externally_managed_policy(client: httpx.Client) -> None:
    before = client.get(SETTINGS).json()
    assert before["httpsEnabled"] is True and before["aclsExternallyManagedOn"] is False
    patch = {
        "httpsEnabled": False,
        "aclsExternallyManagedOn": True,
        "aclsExternalLink": "https://github.com/example/tailnet-policy",
    }
    assert client.patch(SETTINGS, json=patch).json() == {**before, **patch}
    assert client.get(SETTINGS).json() == {**before, **patch}
