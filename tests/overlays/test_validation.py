"""Bad arguments raise ValueError/TypeError before any request is sent."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from starlette.applications import Starlette

from tailscale_sdk import BadRequestError

DEVICE = "n5SUKe8CNTRL"
START = datetime(2024, 5, 8, tzinfo=UTC)
END = START + timedelta(days=1)

BAD_CALLS: list[tuple[str, Callable[[Any], Any], type[Exception]]] = [
    ("empty device id", lambda api: api.devices.get(""), ValueError),
    ("blank device id", lambda api: api.devices.delete("  "), ValueError),
    ("device id not a str", lambda api: api.devices.get(12345), TypeError),
    ("unknown fields", lambda api: api.devices.list(fields="some"), ValueError),
    ("tag without prefix", lambda api: api.devices.set_tags(DEVICE, ["server"]), ValueError),
    ("tag with space", lambda api: api.devices.set_tags(DEVICE, ["tag:a b"]), ValueError),
    ("tags as one str", lambda api: api.devices.set_tags(DEVICE, "tag:server"), TypeError),
    ("route not CIDR", lambda api: api.devices.set_routes(DEVICE, ["10.0.0.1"]), ValueError),
    ("route garbage", lambda api: api.devices.set_routes(DEVICE, ["x/8"]), ValueError),
    ("route of 99 bits", lambda api: api.devices.set_routes(DEVICE, ["10.0.0.0/99"]), ValueError),
    ("route not an address", lambda api: api.devices.set_routes(DEVICE, ["0/0"]), ValueError),
    (
        "route with a newline",
        lambda api: api.devices.set_routes(DEVICE, ["10.0.0.0/8\n"]),
        ValueError,
    ),
    ("tag with a newline", lambda api: api.devices.set_tags(DEVICE, ["tag:a\n"]), ValueError),
    ("no webhook events", lambda api: api.webhooks.create("https://x.io", []), ValueError),
    (
        "webhook url without host",
        lambda api: api.webhooks.create("https:///x", ["nodeCreated"]),
        ValueError,
    ),
    (
        "comment too long",
        lambda api: api.devices.set_posture_attribute(DEVICE, "custom:a", 1, comment="c" * 201),
        ValueError,
    ),
    ("authorize not bool", lambda api: api.devices.authorize(DEVICE, "yes"), TypeError),
    ("expiry flag not bool", lambda api: api.devices.set_key_expiry(DEVICE, disabled=1), TypeError),
    (
        "attribute key namespace",
        lambda api: api.devices.set_posture_attribute(DEVICE, "node:os", "x"),
        ValueError,
    ),
    (
        "attribute key too long",
        lambda api: api.devices.set_posture_attribute(DEVICE, "custom:" + "a" * 44, 1),
        ValueError,
    ),
    (
        "attribute value float",
        lambda api: api.devices.set_posture_attribute(DEVICE, "custom:a", 1.5),
        TypeError,
    ),
    (
        "attribute value too big",
        lambda api: api.devices.set_posture_attribute(DEVICE, "custom:a", 2**53),
        ValueError,
    ),
    (
        "attribute value characters",
        lambda api: api.devices.set_posture_attribute(DEVICE, "custom:a", "a b"),
        ValueError,
    ),
    (
        "naive expiry",
        lambda api: api.devices.set_posture_attribute(
            DEVICE, "custom:a", 1, expiry=datetime(2030, 1, 1)
        ),
        TypeError,
    ),
    (
        "delete attribute key",
        lambda api: api.devices.delete_posture_attribute(DEVICE, "x"),
        ValueError,
    ),
    ("no invites", lambda api: api.device_invites.create_many(DEVICE, []), ValueError),
    ("invite of wrong type", lambda api: api.device_invites.create_many(DEVICE, [{}]), TypeError),
    ("empty invite to accept", lambda api: api.device_invites.accept(""), ValueError),
    ("unknown role", lambda api: api.user_invites.create(role="owner"), ValueError),
    ("no user invites", lambda api: api.user_invites.create_many([]), ValueError),
    ("empty tailnet", lambda api: api.user_invites.list(tailnet=""), ValueError),
    ("key description", lambda api: api.keys.create(description="no/slashes"), ValueError),
    ("key expiry zero", lambda api: api.keys.create(expiry=0), ValueError),
    ("key expiry type", lambda api: api.keys.create(expiry="1d"), TypeError),
    ("key tag", lambda api: api.keys.create(tags=["prod"]), ValueError),
    ("empty key id", lambda api: api.keys.get(""), ValueError),
    ("nameservers as str", lambda api: api.dns.set_nameservers("8.8.8.8"), TypeError),
    ("magic dns not bool", lambda api: api.dns.set_preferences(magic_dns="on"), TypeError),
    ("split dns not a mapping", lambda api: api.dns.set_split_dns(["a"]), TypeError),
    (
        "split dns servers as str",
        lambda api: api.dns.update_split_dns({"a.com": "1.1.1.1"}),
        TypeError,
    ),
    ("empty if_match", lambda api: api.policy.set("{}", if_match=""), ValueError),
    ("policy not an object", lambda api: api.policy.set("[1, 2]"), ValueError),
    ("device name with space", lambda api: api.devices.set_name(DEVICE, "a b"), ValueError),
    ("device name not a str", lambda api: api.devices.set_name(DEVICE, None), TypeError),
    ("device filter float", lambda api: api.devices.list(os=1.5), TypeError),
    ("device filter empty list", lambda api: api.devices.list(tags=[]), ValueError),
    ("device filter list of float", lambda api: api.devices.list(os=["linux", 1.5]), TypeError),
    ("device filter dict", lambda api: api.devices.list(tags={"tag:a": 1}), TypeError),
    ("user type", lambda api: api.users.list(type="robot"), ValueError),
    ("user role filter", lambda api: api.users.list(role="root"), ValueError),
    ("empty user id", lambda api: api.users.get(""), ValueError),
    ("new user role", lambda api: api.users.update_role("1", "superuser"), ValueError),
    ("suspend no id", lambda api: api.users.suspend(" "), ValueError),
    ("webhook http url", lambda api: api.webhooks.create("http://x.io", []), ValueError),
    ("webhook event", lambda api: api.webhooks.create("https://x.io", ["nodeBorn"]), ValueError),
    ("webhook events as str", lambda api: api.webhooks.update("e1", "nodeCreated"), TypeError),
    (
        "webhook provider",
        lambda api: api.webhooks.create("https://x.io", [], provider_type="teams"),
        ValueError,
    ),
    ("webhook empty id", lambda api: api.webhooks.rotate_secret(""), ValueError),
    ("contact type", lambda api: api.contacts.update("billing", "a@example.com"), ValueError),
    ("contact resend type", lambda api: api.contacts.resend_verification_email("x"), ValueError),
    (
        "naive log start",
        lambda api: api.logging.list_configuration_audit_logs(datetime(2024, 5, 8), END),
        ValueError,
    ),
    (
        "log end before start",
        lambda api: api.logging.list_network_flow_logs(END, START),
        ValueError,
    ),
    (
        "log start as str",
        lambda api: api.logging.list_network_flow_logs("2024-05-08", END),
        TypeError,
    ),
    (
        "audit actor not str",
        lambda api: api.logging.list_configuration_audit_logs(START, END, actor=[1]),
        TypeError,
    ),
    ("log type", lambda api: api.logging.get_stream("audit"), ValueError),
    ("stream config as dict", lambda api: api.logging.set_stream("network", {}), TypeError),
    ("external id flag", lambda api: api.logging.get_aws_external_id(reusable="y"), TypeError),
    (
        "posture provider",
        lambda api: api.posture_integrations.create("okta", "secret"),
        ValueError,
    ),
    (
        "posture empty secret",
        lambda api: api.posture_integrations.create("falcon", ""),
        ValueError,
    ),
    ("posture empty id", lambda api: api.posture_integrations.delete(""), ValueError),
    ("settings nothing", lambda api: api.tailnet_settings.update(), ValueError),
    (
        "settings key days",
        lambda api: api.tailnet_settings.update(devices_key_duration_days=181),
        ValueError,
    ),
    (
        "settings flag",
        lambda api: api.tailnet_settings.update(devices_approval_on=1),
        TypeError,
    ),
    (
        "settings external role",
        lambda api: api.tailnet_settings.update(users_role_allowed_to_join_external_tailnets="all"),
        ValueError,
    ),
]


@pytest.mark.parametrize(("label", "bad_call", "error"), BAD_CALLS, ids=[c[0] for c in BAD_CALLS])
def test_refused_before_any_request(
    label: str, bad_call: Callable[[Any], Any], error: type[Exception], api: Any, app: Starlette
) -> None:
    with pytest.raises(error):
        bad_call(api)
    assert app.state.log == []


# What openapi.yaml leaves to the server (formats, which JSON Schema 2020-12 treats as
# annotations; the Tailscale address range) is sent as it is; the server's answer is the error.
SERVER_CHECKED: list[tuple[str, Callable[[Any], Any]]] = [
    ("ipv4 outside CGNAT", lambda api: api.devices.set_ipv4_address(DEVICE, "10.0.0.1")),
    ("ipv4 garbage", lambda api: api.devices.set_ipv4_address(DEVICE, "1.2.3")),
    ("invite email", lambda api: api.device_invites.create(DEVICE, email="nobody")),
    ("contact email", lambda api: api.contacts.update("support", "nobody")),
]


@pytest.mark.parametrize(("label", "call"), SERVER_CHECKED, ids=[c[0] for c in SERVER_CHECKED])
def test_left_to_the_server(
    label: str, call: Callable[[Any], Any], api: Any, app: Starlette
) -> None:
    with pytest.raises(BadRequestError):
        call(api)
    assert [record.status for record in app.state.log] == [400]


def test_a_comment_may_be_empty(api: Any, app: Starlette) -> None:
    """The spec sets no minimum length for a posture attribute's comment."""
    attributes = api.devices.set_posture_attribute(DEVICE, "custom:a", 1, comment="")
    assert attributes.attributes["custom:a"] == 1
    assert [record.status for record in app.state.log] == [200]
