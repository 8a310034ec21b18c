"""The demo tailnet comes from seed/demo.yaml, and keeps the values others rely on."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from tailscale_mock import (
    DEMO_API_KEY,
    DEMO_ORGANIZATION_ID,
    MockTailnet,
    create_app,
    sync_transport,
)
from tailscale_mock._common import Clock

FUZZ_CONFIG = Path(__file__).resolve().parents[1] / "contract" / "schemathesis.toml"


def test_fuzzing_dictionaries_name_the_demo_tailnet() -> None:
    """schemathesis.toml's realistic values exist in MockTailnet(seed=0)."""
    dictionaries = tomllib.loads(FUZZ_CONFIG.read_text())["dictionaries"]
    tailnet = MockTailnet(seed=0)
    ids = set(tailnet.devices) | {d["id"] for d in tailnet.devices.values()}
    assert set(dictionaries["devices"]["values"]) <= ids
    assert set(dictionaries["tailnets"]["values"]) == {"-", tailnet.name}
    owners = tailnet.policy_file.parsed["tagOwners"]
    assert set(dictionaries["tags"]["values"]) == set(owners)
    assert set(dictionaries["services"]["values"]) == set(tailnet.services)
    assert set(dictionaries["deletableServices"]["values"]) <= set(tailnet.services)
    assert set(dictionaries["oauthApps"]["values"]) == set(tailnet.oauth_apps)
    assert set(dictionaries["deletableOAuthApps"]["values"]) <= set(tailnet.oauth_apps)
    assert set(dictionaries["keys"]["values"]) <= set(tailnet.keys)
    assert set(dictionaries["deletableKeys"]["values"]) <= set(tailnet.keys)
    bobs = {k for k, v in tailnet.keys.items() if v["userId"] == "22012"}
    assert set(dictionaries["trustCredentials"]["values"]) <= bobs
    assert set(dictionaries["federatedClients"]["values"]) <= bobs
    assert dictionaries["grafanaAddrs"]["values"] == tailnet.services["svc:grafana"]["addrs"]
    external = {
        v for e in tailnet.logging.aws_external_ids.values() for v in (e["id"], e["externalId"])
    }
    assert set(dictionaries["awsExternalIds"]["values"]) <= external
    assert set(dictionaries["organizations"]["values"]) == {"-", DEMO_ORGANIZATION_ID}


def test_fuzzing_cursors_and_id_token_work() -> None:
    """The cursors and the ID token in schemathesis.toml are accepted by the demo tailnet."""
    dictionaries = tomllib.loads(FUZZ_CONFIG.read_text())["dictionaries"]
    app = create_app(MockTailnet(seed=0))
    with httpx.Client(
        transport=sync_transport(app),
        base_url="http://127.0.0.1/api/v2",
        headers={"Authorization": f"Bearer {DEMO_API_KEY}"},
    ) as client:
        for cursor in dictionaries["cursors"]["values"]:
            page = client.get("/organizations/-/tailnets", params={"cursor": cursor})
            assert page.status_code == 200
        (client_id,) = dictionaries["federatedClients"]["values"]
        for id_token in dictionaries["idTokens"]["values"]:
            form = {"client_id": client_id, "jwt": id_token}
            assert client.post("/oauth/token-exchange", data=form).status_code == 200


def test_seed_times_are_relative_to_now() -> None:
    now = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
    tailnet = MockTailnet(seed=0, now=now)
    key = tailnet.keys["k123456CNTRL"]
    assert key["created"] == "2025-05-22T12:00:00Z"  # "-10d"
    assert key["expires"] == "2025-08-20T12:00:00Z"  # "+80d"
    owner = tailnet.users["22011"]
    assert (owner["created"], owner["lastSeen"]) == ("2023-07-02T12:00:00Z", "2025-06-01T11:59:00Z")


@pytest.mark.parametrize(
    ("text", "delta"),
    [("-5d", timedelta(days=-5)), ("+2h", timedelta(hours=2)), ("-30m", timedelta(minutes=-30))],
)
def test_relative_times(text: str, delta: timedelta) -> None:
    assert Clock.offset(text) == delta


@pytest.mark.parametrize("text", ["5d", "-5 d", "-5w", "", "yesterday"])
def test_malformed_relative_times_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="relative seed time"):
        Clock.offset(text)


def test_each_tailnet_gets_its_own_copy_of_the_seed() -> None:
    first, second = MockTailnet(seed=0), MockTailnet(seed=0)
    first.dns.split["example.com"].append({"address": "9.9.9.9", "useWithExitNode": False})
    first.keys["k123456CNTRL"]["capabilities"]["devices"]["create"]["tags"].append("tag:x")
    assert second.dns.split_dns["example.com"] == ["1.1.1.1", "1.2.3.4"]
    assert second.keys["k123456CNTRL"]["capabilities"]["devices"]["create"]["tags"] == [
        "tag:example"
    ]
