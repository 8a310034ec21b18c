"""DNS: nameservers and MagicDNS, search paths, split DNS (PATCH merges, PUT replaces)."""

from __future__ import annotations

import httpx
import pytest

DNS = "/tailnet/-/dns"


def test_nameservers_set_then_read(client: httpx.Client) -> None:
    assert client.get(f"{DNS}/nameservers").json() == {"dns": ["8.8.8.8", "1.1.1.1"]}
    result = client.post(f"{DNS}/nameservers", json={"dns": ["9.9.9.9"]}).json()
    assert result == {"dns": ["9.9.9.9"], "magicDNS": True}
    assert client.get(f"{DNS}/nameservers").json() == {"dns": ["9.9.9.9"]}


@pytest.mark.tidy
def test_removing_all_nameservers_turns_magic_dns_off_until_turned_on(client: httpx.Client) -> None:
    assert client.get(f"{DNS}/preferences").json() == {"magicDNS": True}
    assert client.post(f"{DNS}/nameservers", json={"dns": []}).json() == {
        "dns": [],
        "magicDNS": False,
    }
    assert client.get(f"{DNS}/preferences").json() == {"magicDNS": False}
    refused = client.post(f"{DNS}/preferences", json={"magicDNS": True})
    assert refused.status_code == 400
    assert refused.json() == {"message": "need at least one nameserver to enable MagicDNS"}
    # Adding a nameserver back does not turn MagicDNS on by itself.
    assert client.post(f"{DNS}/nameservers", json={"dns": ["8.8.8.8"]}).json()["magicDNS"] is False
    assert client.post(f"{DNS}/preferences", json={"magicDNS": True}).json() == {"magicDNS": True}
    assert client.get(f"{DNS}/preferences").json() == {"magicDNS": True}


def test_magic_dns_can_always_be_turned_off(client: httpx.Client) -> None:
    assert client.post(f"{DNS}/preferences", json={"magicDNS": False}).json() == {"magicDNS": False}
    assert client.get(f"{DNS}/preferences").json() == {"magicDNS": False}


def test_search_paths_set_then_read(client: httpx.Client) -> None:
    assert client.get(f"{DNS}/searchpaths").json() == {"searchPaths": ["user1.example.com"]}
    body = {"searchPaths": ["a.example.com", "b.example.com"]}
    assert client.post(f"{DNS}/searchpaths", json=body).json() == body
    assert client.get(f"{DNS}/searchpaths").json() == body


def test_split_dns_patch_merges_and_null_deletes(client: httpx.Client) -> None:
    before = client.get(f"{DNS}/split-dns").json()
    assert before == {"example.com": ["1.1.1.1", "1.2.3.4"], "corp.example.net": ["10.0.0.53"]}
    merged = client.patch(
        f"{DNS}/split-dns", json={"other.com": ["2.2.2.2"], "example.com": None}
    ).json()
    assert merged == {"corp.example.net": ["10.0.0.53"], "other.com": ["2.2.2.2"]}
    assert client.get(f"{DNS}/split-dns").json() == merged
    # Deleting a domain that is not there is not an error.
    assert client.patch(f"{DNS}/split-dns", json={"absent.org": None}).json() == merged


def test_split_dns_put_replaces_and_empty_clears(client: httpx.Client) -> None:
    replaced = client.put(f"{DNS}/split-dns", json={"x.com": ["1.2.3.4"], "y.com": None}).json()
    assert replaced == {"x.com": ["1.2.3.4"]}
    assert client.get(f"{DNS}/split-dns").json() == replaced
    assert client.put(f"{DNS}/split-dns", json={}).json() == {}
    assert client.get(f"{DNS}/split-dns").json() == {}


def test_split_dns_nameservers_must_be_non_empty_strings(client: httpx.Client) -> None:
    assert client.patch(f"{DNS}/split-dns", json={"x.com": [""]}).status_code == 400
    assert client.put(f"{DNS}/split-dns", json={"x.com": "1.1.1.1"}).status_code == 400


CONFIGURATION = f"{DNS}/configuration"


def test_configuration_shows_what_the_older_operations_hold(client: httpx.Client) -> None:
    assert client.get(CONFIGURATION).json() == {
        "nameservers": [
            {"address": "8.8.8.8", "useWithExitNode": False},
            {"address": "1.1.1.1", "useWithExitNode": False},
        ],
        "splitDNS": {
            "example.com": [
                {"address": "1.1.1.1", "useWithExitNode": False},
                {"address": "1.2.3.4", "useWithExitNode": False},
            ],
            "corp.example.net": [{"address": "10.0.0.53", "useWithExitNode": True}],
        },
        "searchPaths": ["user1.example.com"],
        "preferences": {"overrideLocalDNS": False, "magicDNS": True},
    }


@pytest.mark.tidy
def test_set_configuration_replaces_all_and_the_older_views_see_it(client: httpx.Client) -> None:
    body = {
        "nameservers": [
            {"address": "9.9.9.9", "useWithExitNode": True},
            {"address": "2620:fe::fe"},
        ],
        "splitDNS": {"lab.example.net": [{"address": "10.20.0.2"}], "gone.example": None},
        "preferences": {"overrideLocalDNS": True, "magicDNS": True},
    }
    response = client.post(CONFIGURATION, json=body)
    assert response.status_code == 200, response.text
    stored = response.json()
    assert stored == {
        "nameservers": [
            {"address": "9.9.9.9", "useWithExitNode": True},
            {"address": "2620:fe::fe", "useWithExitNode": False},
        ],
        "splitDNS": {"lab.example.net": [{"address": "10.20.0.2", "useWithExitNode": False}]},
        "searchPaths": [],
        "preferences": {"overrideLocalDNS": True, "magicDNS": True},
    }
    assert client.get(CONFIGURATION).json() == stored
    assert client.get(f"{DNS}/nameservers").json() == {"dns": ["9.9.9.9", "2620:fe::fe"]}
    assert client.get(f"{DNS}/split-dns").json() == {"lab.example.net": ["10.20.0.2"]}
    assert client.get(f"{DNS}/searchpaths").json() == {"searchPaths": []}
    assert client.get(f"{DNS}/preferences").json() == {"magicDNS": True}


@pytest.mark.tidy
def test_preferences_left_out_are_false(client: httpx.Client) -> None:
    stored = client.post(CONFIGURATION, json={"nameservers": [{"address": "9.9.9.9"}]}).json()
    assert stored["preferences"] == {"overrideLocalDNS": False, "magicDNS": False}
    assert client.get(f"{DNS}/preferences").json() == {"magicDNS": False}


def test_older_operations_keep_each_resolvers_exit_node_flag(client: httpx.Client) -> None:
    client.post(
        CONFIGURATION, json={"nameservers": [{"address": "9.9.9.9", "useWithExitNode": True}]}
    )
    client.post(f"{DNS}/nameservers", json={"dns": ["9.9.9.9", "8.8.4.4"]})
    client.patch(f"{DNS}/split-dns", json={"corp.example.net": ["10.0.0.53", "10.0.0.54"]})
    config = client.get(CONFIGURATION).json()
    assert config["nameservers"] == [
        {"address": "9.9.9.9", "useWithExitNode": True},
        {"address": "8.8.4.4", "useWithExitNode": False},
    ]


def test_magic_dns_needs_a_nameserver(client: httpx.Client) -> None:
    before = client.get(CONFIGURATION).json()
    response = client.post(CONFIGURATION, json={"preferences": {"magicDNS": True}})
    assert response.status_code == 400
    assert "nameserver" in response.json()["message"]
    assert client.get(CONFIGURATION).json() == before


def test_configuration_request_is_strict(client: httpx.Client) -> None:
    bodies: list[dict[str, object]] = [
        {"nameservers": [{}]},
        {"bogus": 1},
        {"preferences": {"magicDNS": "yes"}},
    ]
    for body in bodies:
        assert client.post(CONFIGURATION, json=body).status_code == 400, body
