"""The operations added with the 2026 API, beyond one call each (test_resources.py has those).

Organizations (Alpha) paged to the end and one page at a time, a tailnet deleting itself and
the confirmation that guards it; Services renamed and approved; OAuth app secrets shown once;
the DNS configuration as one object; posture attributes in batch; trust credentials; the AWS
trust policy check. Blocking and async, against the mock.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sdktools import MakeClient, operations
from starlette.applications import Starlette

from tailscale_mock import DEMO_ORGANIZATION_ID
from tailscale_sdk import (
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    UnprocessableEntityError,
)
from tailscale_sdk_generated.models.dns_configuration_resolver_request import (
    DnsConfigurationResolverRequest,
)
from tailscale_sdk_generated.types import UNSET

PANGOLIN = "n5SUKe8CNTRL"
OTTER = "nWi4j7c1CNTRL"
ALL_TAILNETS = ["Example Inc", "customer-east", "customer-west", "customer-south", "staging"]
LIST = "listOrganizationTailnets"
ARN = "arn:aws:iam::123456789012:role/tailscale-logs"


def nothing_sent(app: Starlette) -> bool:
    return list(app.state.log) == []


# ---------------------------------------------------------------- organizations (Alpha)


def test_list_tailnets_follows_the_cursor_to_the_end(api: Any, app: Starlette) -> None:
    tailnets = list(api.organizations.list_tailnets(organization=DEMO_ORGANIZATION_ID))
    assert [t.display_name for t in tailnets] == ALL_TAILNETS
    # The demo organization pages two tailnets at a time: three pages, the last without cursor.
    assert operations(app) == [LIST] * 3
    queries = [r.query for r in app.state.log]
    assert "cursor" not in queries[0] and all("cursor=" in q for q in queries[1:])


def test_list_tailnets_asks_for_a_page_only_when_its_items_are_wanted(
    api: Any, app: Starlette
) -> None:
    tailnets = api.organizations.list_tailnets()
    assert nothing_sent(app)
    assert [t.display_name for t in itertools.islice(tailnets, 3)] == ALL_TAILNETS[:3]
    assert operations(app) == [LIST] * 2


def test_one_page_at_a_time(api: Any) -> None:
    names: list[str] = []
    cursor = None
    for _ in range(5):  # bounds the test should the last page ever keep a cursor
        page = api.organizations.list_tailnets_page(cursor, limit=2)
        assert page.total == 5
        names += [t.display_name for t in page.items]
        cursor = page.cursor
        if not cursor:
            break
    assert names == ALL_TAILNETS and cursor == ""


def test_async_list_tailnets_is_an_async_iterator(
    make_async: MakeClient, loop: asyncio.AbstractEventLoop
) -> None:
    ats = make_async()

    async def names() -> list[str]:
        return [t.display_name async for t in ats.organizations.list_tailnets(limit=100)]

    assert loop.run_until_complete(names()) == ALL_TAILNETS


@pytest.mark.parametrize(
    "call",
    [
        lambda api: api.organizations.list_tailnets(limit=0),
        lambda api: api.organizations.list_tailnets(limit=101),
        lambda api: api.organizations.list_tailnets(limit="2"),
        lambda api: api.organizations.list_tailnets_page(""),
        lambda api: api.organizations.list_tailnets(organization=""),
        lambda api: api.organizations.create_tailnet(""),
        lambda api: api.organizations.create_tailnet(None),
    ],
)
def test_organization_arguments_are_checked_before_sending(
    api: Any, app: Starlette, call: Callable[[Any], Any]
) -> None:
    with pytest.raises((ValueError, TypeError)):
        call(api)
    assert nothing_sent(app)


NEW = "Tz3kV8CNTRL"


@pytest.mark.parametrize(
    ("tailnet", "confirm", "error"),
    [
        (NEW, "TZ3KV8CNTRL", ValueError),  # names must be equal, not alike
        (NEW, f"{NEW} ", ValueError),
        (NEW, "", ValueError),
        (NEW, "Tz3kV8", ValueError),
        ("-", "-", ValueError),  # "-" (the caller's own) names no tailnet
        (NEW, None, TypeError),
        (NEW, [NEW], TypeError),
        ("", "", ValueError),
    ],
)
def test_delete_tailnet_sends_nothing_unless_named_twice(
    api: Any, app: Starlette, tailnet: Any, confirm: Any, error: type[Exception]
) -> None:
    with pytest.raises(error):
        api.organizations.delete_tailnet(tailnet, confirm=confirm)
    assert nothing_sent(app)


def test_delete_tailnet_has_no_default_confirmation(api: Any, app: Starlette) -> None:
    with pytest.raises(TypeError):
        api.organizations.delete_tailnet(NEW)
    with pytest.raises(TypeError):
        api.organizations.delete_tailnet(NEW, NEW)  # confirm is keyword-only
    assert nothing_sent(app)


def test_a_tailnet_deletes_itself(make_api: MakeClient, app: Starlette) -> None:
    admin = make_api()
    created = admin.organizations.create_tailnet("customer-north")
    # Go leaves false booleans out (omitempty): not already existing is False or absent.
    assert not created.already_exists and created.dns_name.endswith(".ts.net")
    client = created.oauth_client
    own = make_api(oauth_client_id=client.id, oauth_client_secret=client.secret)
    assert own.devices.list() == []  # an API-only tailnet: no devices
    assert own.organizations.delete_tailnet(created.id, confirm=created.id) is None
    assert created.id not in {t.id for t in admin.organizations.list_tailnets()}
    deleted = [r for r in app.state.log if r.operation_id == "deleteTailnet"]
    assert [(r.path, r.status) for r in deleted] == [(f"/api/v2/tailnet/{created.id}", 200)]
    with pytest.raises(AuthenticationError):  # its credentials went with it
        own.devices.list()


def test_the_organizations_own_tailnet_cannot_be_deleted(api: Any) -> None:
    own = next(t for t in api.organizations.list_tailnets() if t.display_name == "Example Inc")
    with pytest.raises(PermissionDeniedError):
        api.organizations.delete_tailnet(own.id, confirm=own.id)


def test_creating_an_existing_tailnet_returns_it(api: Any) -> None:
    again = api.organizations.create_tailnet("staging")
    assert again.already_exists is True and again.oauth_client in (None, UNSET)


# ---------------------------------------------------------------- services


def test_a_service_is_renamed_by_upsert(api: Any) -> None:
    before = api.services.get("svc:postgres")
    renamed = api.services.upsert(
        "svc:postgres", rename_to="svc:pg", ports=["tcp:5432"], addrs=before.addrs
    )
    assert (renamed.name, renamed.addrs) == ("svc:pg", before.addrs)
    with pytest.raises(NotFoundError):
        api.services.get("svc:postgres")
    assert api.services.list_hosts("svc:pg")[0].approval_level == "approved:manual"


def test_an_admin_withdraws_an_auto_approval(api: Any) -> None:
    nas = next(d.node_id for d in api.devices.list() if d.hostname == "nas")
    assert api.services.get_device_approval("svc:grafana", nas).auto_approved is True
    withdrawn = api.services.set_device_approval("svc:grafana", nas, approved=False)
    assert not withdrawn.approved and not withdrawn.auto_approved  # false, or left out
    levels = {h.stable_node_id: h.approval_level for h in api.services.list_hosts("svc:grafana")}
    assert levels[nas] == "not-approved"


def test_a_new_service_may_pin_its_ipv4_address(api: Any) -> None:
    made = api.services.upsert("svc:wiki", addrs=["100.100.7.7"], ports=["tcp:443"])
    assert made.addrs[0] == "100.100.7.7" and ":" in made.addrs[1]


@pytest.mark.parametrize(
    "call",
    [
        lambda api: api.services.get("web"),  # no svc: prefix
        lambda api: api.services.upsert("svc:web", ports=["udp:53"]),
        lambda api: api.services.upsert("svc:web", ports="tcp:443"),
        lambda api: api.services.upsert("svc:web", tags=["web"]),
        lambda api: api.services.upsert("svc:web", addrs=["a", "b", "c"]),
        lambda api: api.services.upsert("svc:web", rename_to="web"),
        lambda api: api.services.upsert("svc:web", comment=None),
        lambda api: api.services.set_device_approval("svc:web", PANGOLIN, approved="yes"),
        lambda api: api.services.list_hosts(""),
    ],
)
def test_service_arguments_are_checked_before_sending(
    api: Any, app: Starlette, call: Callable[[Any], Any]
) -> None:
    with pytest.raises((ValueError, TypeError)):
        call(api)
    assert nothing_sent(app)


# ---------------------------------------------------------------- OAuth apps


def test_an_oauth_app_secret_is_shown_once_and_never_in_a_repr(api: Any) -> None:
    made = api.oauth_apps.create(
        "status-board", redirect_uris=["https://status.example.com/cb"], scopes=["users:read"]
    )
    secret = made.client_secret
    assert secret.startswith("tskey-client-")
    assert secret not in repr(made) and secret not in str(made)
    later = [api.oauth_apps.get(made.id), *api.oauth_apps.list()]
    assert all(app.client_secret in (None, UNSET) for app in later)
    updated = api.oauth_apps.update(
        made.id, name="status-board", redirect_uris=["https://s.example.com/cb"], scopes=["x"]
    )
    assert updated.client_secret in (None, UNSET)


@pytest.mark.parametrize(
    "call",
    [
        lambda api: api.oauth_apps.create("ab", redirect_uris=["https://a/cb"], scopes=["x"]),
        lambda api: api.oauth_apps.create("a b c", redirect_uris=["https://a/cb"], scopes=["x"]),
        lambda api: api.oauth_apps.create("app", redirect_uris=[], scopes=["x"]),
        lambda api: api.oauth_apps.create("app", redirect_uris="https://a/cb", scopes=["x"]),
        lambda api: api.oauth_apps.create("app", redirect_uris=["https://a/cb"], scopes=[]),
        lambda api: api.oauth_apps.create(
            "app", redirect_uris=["https://a/cb"], scopes=["x"], description="d" * 301
        ),
        lambda api: api.oauth_apps.get(""),
        lambda api: api.oauth_apps.update("a1", name="app", scopes=["x"]),
    ],
)
def test_oauth_app_arguments_are_checked_before_sending(
    api: Any, app: Starlette, call: Callable[[Any], Any]
) -> None:
    with pytest.raises((ValueError, TypeError)):
        call(api)
    assert nothing_sent(app)


# ---------------------------------------------------------------- DNS configuration


def test_the_dns_configuration_round_trips(api: Any) -> None:
    stored = api.dns.set_configuration(
        nameservers=["9.9.9.9", DnsConfigurationResolverRequest("2620:fe::fe")],
        split_dns={"lab.example": [DnsConfigurationResolverRequest("10.20.0.2", True)]},
        search_paths=["example.internal"],
        magic_dns=False,
    )
    again = api.dns.get_configuration()
    assert again.to_dict() == stored.to_dict()
    assert [n.address for n in again.nameservers] == ["9.9.9.9", "2620:fe::fe"]
    assert again.split_dns["lab.example"][0].use_with_exit_node is True
    assert not again.preferences.magic_dns and not again.preferences.override_local_dns
    assert api.dns.get_preferences().magic_dns is False


@pytest.mark.parametrize(
    "call",
    [
        lambda api, **k: api.dns.set_configuration(**{**k, "nameservers": "1.1.1.1"}),
        lambda api, **k: api.dns.set_configuration(**{**k, "nameservers": [1]}),
        lambda api, **k: api.dns.set_configuration(**{**k, "nameservers": [""]}),
        lambda api, **k: api.dns.set_configuration(**{**k, "split_dns": [("a", ["1.1.1.1"])]}),
        lambda api, **k: api.dns.set_configuration(**{**k, "search_paths": [""]}),
        lambda api, **k: api.dns.set_configuration(**{**k, "magic_dns": "yes"}),
        lambda api, **k: api.dns.set_configuration(
            **{**k, "nameservers": [DnsConfigurationResolverRequest("1.1.1.1", "yes")]}  # type: ignore[arg-type]
        ),
        lambda api, **k: api.dns.set_configuration(
            **{n: v for n, v in k.items() if n != "magic_dns"}
        ),
    ],
)
def test_dns_configuration_arguments_are_checked_before_sending(
    api: Any, app: Starlette, call: Callable[..., Any]
) -> None:
    valid = {"nameservers": [], "split_dns": {}, "search_paths": [], "magic_dns": True}
    with pytest.raises((ValueError, TypeError)):
        call(api, **valid)
    assert nothing_sent(app)


# ---------------------------------------------------------------- posture attributes in batch


def _capturing(make_sync: MakeClient) -> tuple[Any, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=None)

    transport = httpx.MockTransport(handler)
    return make_sync(http_client=httpx.Client(transport=transport)), sent


def test_batch_attributes_are_sent_as_one_merge_patch(make_sync: MakeClient) -> None:
    ts, sent = _capturing(make_sync)
    expiry = datetime(2026, 11, 30, tzinfo=UTC)
    result = ts.devices.update_posture_attributes(
        [PANGOLIN, OTTER],
        set={"custom:onboarded": True, "custom:risk": 12},
        delete=["custom:legacy"],
        expiry=expiry,
        comment="nightly MDM sync",
    )
    assert result is None
    (request,) = sent
    assert (request.method, request.url.path) == ("PATCH", "/api/v2/tailnet/-/device-attributes")
    changes = {
        "custom:onboarded": {"value": True, "expiry": "2026-11-30T00:00:00+00:00"},
        "custom:risk": {"value": 12, "expiry": "2026-11-30T00:00:00+00:00"},
        "custom:legacy": None,
    }
    assert json.loads(request.content) == {
        "nodes": {PANGOLIN: changes, OTTER: changes},
        "comment": "nightly MDM sync",
    }


def test_batch_attributes_by_device(api: Any) -> None:
    soon = datetime.now(UTC) + timedelta(days=1)
    api.devices.update_posture_attributes_by_device(
        {PANGOLIN: {"custom:risk": 12, "custom:myScore": None}, OTTER: {"custom:tier": "low"}},
        expiry=soon,
    )
    pangolin = api.devices.get_posture_attributes(PANGOLIN)
    assert pangolin.attributes["custom:risk"] == 12
    assert "custom:myScore" not in pangolin.attributes.to_dict()
    assert "custom:risk" in pangolin.expiries.to_dict()
    assert api.devices.get_posture_attributes(OTTER).attributes["custom:tier"] == "low"


@pytest.mark.parametrize(
    "call",
    [
        lambda api: api.devices.update_posture_attributes(
            [PANGOLIN], set={"custom:a": 1}, delete=["custom:a"]
        ),
        lambda api: api.devices.update_posture_attributes([], set={"custom:a": 1}),
        lambda api: api.devices.update_posture_attributes([PANGOLIN]),
        lambda api: api.devices.update_posture_attributes(PANGOLIN, set={"custom:a": 1}),
        lambda api: api.devices.update_posture_attributes([PANGOLIN], set={"score": 1}),
        lambda api: api.devices.update_posture_attributes([PANGOLIN], set={"custom:a": 1.5}),
        lambda api: api.devices.update_posture_attributes([PANGOLIN], set={"custom:a": "a b"}),
        lambda api: api.devices.update_posture_attributes([PANGOLIN], delete="custom:a"),
        lambda api: api.devices.update_posture_attributes(
            [PANGOLIN], set={"custom:a": 1}, expiry=datetime(2030, 1, 1)
        ),
        lambda api: api.devices.update_posture_attributes(
            [PANGOLIN], set={"custom:a": 1}, comment="c" * 201
        ),
        lambda api: api.devices.update_posture_attributes_by_device({PANGOLIN: {}}),
        lambda api: api.devices.update_posture_attributes_by_device({}),
        lambda api: api.devices.update_posture_attributes_by_device([PANGOLIN]),
    ],
)
def test_batch_arguments_are_checked_before_sending(
    api: Any, app: Starlette, call: Callable[[Any], Any]
) -> None:
    with pytest.raises((ValueError, TypeError)):
        call(api)
    assert nothing_sent(app)


# ---------------------------------------------------------------- trust credentials


def test_a_new_oauth_client_works_and_hides_its_secret(
    make_api: MakeClient, app: Starlette
) -> None:
    api = make_api()
    made = api.keys.create_oauth_client(scopes=["devices:core:read"], description="inventory")
    assert made.key not in repr(made)
    client = make_api(oauth_client_id=made.id, oauth_client_secret=made.key)
    assert client.devices.list()
    assert operations(app)[-2:] == ["createOauthToken", "listTailnetDevices"]


def test_an_oauth_client_is_not_given_oidc_settings(api: Any, app: Starlette) -> None:
    with pytest.raises(ValueError, match="issuer"):
        api.keys.update_trust_credential(
            "kDEMO8CNTRL", key_type="client", scopes=["dns:read"], issuer="https://i.example"
        )
    assert nothing_sent(app)


def test_updating_a_credential_as_the_wrong_kind_is_refused_by_the_server(api: Any) -> None:
    from tailscale_sdk import BadRequestError

    with pytest.raises(BadRequestError):
        api.keys.update_trust_credential("kDEMO8CNTRL", key_type="federated", scopes=["dns:read"])


@pytest.mark.parametrize(
    "call",
    [
        lambda api: api.keys.create_oauth_client(scopes=[]),
        lambda api: api.keys.create_oauth_client(scopes="dns:read"),
        lambda api: api.keys.create_oauth_client(scopes=["dns:read"], tags=["ci"]),
        lambda api: api.keys.create_oauth_client(scopes=["dns:read"], description="no!"),
        lambda api: api.keys.create_federated_identity(
            scopes=["dns:read"], issuer="http://i.example", subject="s"
        ),
        lambda api: api.keys.create_federated_identity(
            scopes=["dns:read"], issuer="https://i.example", subject=""
        ),
        lambda api: api.keys.create_federated_identity(
            scopes=["dns:read"], issuer="https://i.example", subject="s", audience=""
        ),
        lambda api: api.keys.create_federated_identity(
            scopes=["dns:read"],
            issuer="https://i.example",
            subject="s",
            custom_claim_rules={"a": ""},
        ),
        lambda api: api.keys.create_federated_identity(
            scopes=["dns:read"], issuer="https://i.example", subject="s", custom_claim_rules=["a"]
        ),
        lambda api: api.keys.update_trust_credential("k1", key_type="auth", scopes=["dns:read"]),
        lambda api: api.keys.update_trust_credential("k1", key_type="client", scopes=[]),
    ],
)
def test_trust_credential_arguments_are_checked_before_sending(
    api: Any, app: Starlette, call: Callable[[Any], Any]
) -> None:
    with pytest.raises((ValueError, TypeError)):
        call(api)
    assert nothing_sent(app)


# ---------------------------------------------------------------- AWS trust policy


def test_a_failed_trust_policy_check_is_a_typed_error(api: Any) -> None:
    with pytest.raises(UnprocessableEntityError) as caught:
        api.logging.validate_aws_trust_policy("extDEMO1CNTRL", "arn:aws:s3:::not-a-role")
    error = caught.value
    assert error.status == 422
    assert "is not the ARN of an IAM role" in error.message
    assert error.url.endswith("/aws-external-id/extDEMO1CNTRL/validate-aws-trust-policy")


def test_an_unknown_external_id_is_not_found(api: Any) -> None:
    with pytest.raises(NotFoundError):
        api.logging.validate_aws_trust_policy("7b3f9d2e-ffff-4c1a-9e55-000000000000", ARN)


def test_a_role_arn_is_checked_before_sending(api: Any, app: Starlette) -> None:
    with pytest.raises(ValueError, match="role_arn"):
        api.logging.validate_aws_trust_policy("extDEMO1CNTRL", "tailscale-logs")
    assert nothing_sent(app)
