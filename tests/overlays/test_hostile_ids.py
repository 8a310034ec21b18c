"""Hostile ids through every resource method: refused before sending, or one path segment.

Each resource method is called with a hostile value in each of its path parameters (ids and
``tailnet``), blocking and async, against the mock. Either the call raises ValueError or
TypeError and the mock saw nothing, or every request it sent reached one of the operations
the method declares, with the value percent-decoded back in its path parameter.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from sdktools import MakeClient, declared_methods
from starlette.applications import Starlette

from tailscale_mock._spec import route_table
from tailscale_sdk import TailscaleError
from tailscale_sdk_generated.models.create_device_invite_request import CreateDeviceInviteRequest
from tailscale_sdk_generated.models.create_user_invite_request import CreateUserInviteRequest
from tailscale_sdk_generated.models.logstream_configuration_request import (
    LogstreamConfigurationRequest,
)

DEVICE = "n5SUKe8CNTRL"
START = datetime(2024, 5, 8, tzinfo=UTC)
STREAM = LogstreamConfigurationRequest(destination_type="axiom", url="https://a.example", token="t")

# Values that must be refused (first four) or sent as one encoded segment (the rest).
HOSTILE = ["", "  ", "a\x00b", "x" * 257, ".", "..", "a/../..", "%2e%2e", "\uff0e\uff0e"]
REFUSED = HOSTILE[:4]

# (method, parameter, call with the value v in that parameter)
Call = Callable[[Any, str], Any]
CALLS: list[tuple[str, str, Call]] = [
    ("contacts.get", "tailnet", lambda a, v: a.contacts.get(tailnet=v)),
    ("contacts.update", "tailnet", lambda a, v: a.contacts.update("security", "a@b.c", tailnet=v)),
    (
        "contacts.resend_verification_email",
        "tailnet",
        lambda a, v: a.contacts.resend_verification_email("security", tailnet=v),
    ),
    ("device_invites.list", "device_id", lambda a, v: a.device_invites.list(v)),
    ("device_invites.create", "device_id", lambda a, v: a.device_invites.create(v)),
    (
        "device_invites.create_many",
        "device_id",
        lambda a, v: a.device_invites.create_many(v, [CreateDeviceInviteRequest()]),
    ),
    ("device_invites.get", "invite_id", lambda a, v: a.device_invites.get(v)),
    ("device_invites.delete", "invite_id", lambda a, v: a.device_invites.delete(v)),
    ("device_invites.resend", "invite_id", lambda a, v: a.device_invites.resend(v)),
    ("devices.list", "tailnet", lambda a, v: a.devices.list(tailnet=v)),
    ("devices.get", "device_id", lambda a, v: a.devices.get(v)),
    ("devices.delete", "device_id", lambda a, v: a.devices.delete(v)),
    ("devices.set_name", "device_id", lambda a, v: a.devices.set_name(v, "box")),
    ("devices.expire_key", "device_id", lambda a, v: a.devices.expire_key(v)),
    ("devices.authorize", "device_id", lambda a, v: a.devices.authorize(v)),
    ("devices.get_routes", "device_id", lambda a, v: a.devices.get_routes(v)),
    ("devices.set_routes", "device_id", lambda a, v: a.devices.set_routes(v, [])),
    ("devices.set_tags", "device_id", lambda a, v: a.devices.set_tags(v, [])),
    (
        "devices.set_key_expiry",
        "device_id",
        lambda a, v: a.devices.set_key_expiry(v, disabled=True),
    ),
    (
        "devices.set_ipv4_address",
        "device_id",
        lambda a, v: a.devices.set_ipv4_address(v, "100.64.0.9"),
    ),
    (
        "devices.get_posture_attributes",
        "device_id",
        lambda a, v: a.devices.get_posture_attributes(v),
    ),
    (
        "devices.set_posture_attribute",
        "device_id",
        lambda a, v: a.devices.set_posture_attribute(v, "custom:a", 1),
    ),
    (
        "devices.set_posture_attribute",
        "key",
        lambda a, v: a.devices.set_posture_attribute(DEVICE, v, 1),
    ),
    (
        "devices.delete_posture_attribute",
        "device_id",
        lambda a, v: a.devices.delete_posture_attribute(v, "custom:a"),
    ),
    (
        "devices.delete_posture_attribute",
        "key",
        lambda a, v: a.devices.delete_posture_attribute(DEVICE, v),
    ),
    ("dns.get_nameservers", "tailnet", lambda a, v: a.dns.get_nameservers(tailnet=v)),
    ("dns.set_nameservers", "tailnet", lambda a, v: a.dns.set_nameservers([], tailnet=v)),
    ("dns.get_preferences", "tailnet", lambda a, v: a.dns.get_preferences(tailnet=v)),
    (
        "dns.set_preferences",
        "tailnet",
        lambda a, v: a.dns.set_preferences(magic_dns=False, tailnet=v),
    ),
    ("dns.get_search_paths", "tailnet", lambda a, v: a.dns.get_search_paths(tailnet=v)),
    ("dns.set_search_paths", "tailnet", lambda a, v: a.dns.set_search_paths([], tailnet=v)),
    ("dns.get_split_dns", "tailnet", lambda a, v: a.dns.get_split_dns(tailnet=v)),
    ("dns.update_split_dns", "tailnet", lambda a, v: a.dns.update_split_dns({}, tailnet=v)),
    ("dns.set_split_dns", "tailnet", lambda a, v: a.dns.set_split_dns({}, tailnet=v)),
    ("keys.list", "tailnet", lambda a, v: a.keys.list(tailnet=v)),
    ("keys.create", "tailnet", lambda a, v: a.keys.create(tailnet=v)),
    ("keys.get", "key_id", lambda a, v: a.keys.get(v)),
    ("keys.get", "tailnet", lambda a, v: a.keys.get("k1", tailnet=v)),
    ("keys.delete", "key_id", lambda a, v: a.keys.delete(v)),
    ("keys.delete", "tailnet", lambda a, v: a.keys.delete("k1", tailnet=v)),
    (
        "logging.list_configuration_audit_logs",
        "tailnet",
        lambda a, v: a.logging.list_configuration_audit_logs(START, START, tailnet=v),
    ),
    (
        "logging.list_network_flow_logs",
        "tailnet",
        lambda a, v: a.logging.list_network_flow_logs(START, START, tailnet=v),
    ),
    ("logging.get_stream", "tailnet", lambda a, v: a.logging.get_stream("network", tailnet=v)),
    ("logging.get_stream", "log_type", lambda a, v: a.logging.get_stream(v)),
    (
        "logging.set_stream",
        "tailnet",
        lambda a, v: a.logging.set_stream("network", STREAM, tailnet=v),
    ),
    (
        "logging.disable_stream",
        "tailnet",
        lambda a, v: a.logging.disable_stream("network", tailnet=v),
    ),
    (
        "logging.get_stream_status",
        "tailnet",
        lambda a, v: a.logging.get_stream_status("network", tailnet=v),
    ),
    (
        "logging.get_aws_external_id",
        "tailnet",
        lambda a, v: a.logging.get_aws_external_id(tailnet=v),
    ),
    ("policy_file.get", "tailnet", lambda a, v: a.policy_file.get(tailnet=v)),
    ("policy_file.set", "tailnet", lambda a, v: a.policy_file.set("{}", tailnet=v)),
    ("policy_file.validate", "tailnet", lambda a, v: a.policy_file.validate("{}", tailnet=v)),
    (
        "policy_file.preview",
        "tailnet",
        lambda a, v: a.policy_file.preview("{}", user="a@b.c", tailnet=v),
    ),
    ("posture_integrations.list", "tailnet", lambda a, v: a.posture_integrations.list(tailnet=v)),
    (
        "posture_integrations.create",
        "tailnet",
        lambda a, v: a.posture_integrations.create("falcon", "s", client_id="c", tailnet=v),
    ),
    ("posture_integrations.get", "integration_id", lambda a, v: a.posture_integrations.get(v)),
    (
        "posture_integrations.update",
        "integration_id",
        lambda a, v: a.posture_integrations.update(v, client_id="c"),
    ),
    (
        "posture_integrations.delete",
        "integration_id",
        lambda a, v: a.posture_integrations.delete(v),
    ),
    ("tailnet_settings.get", "tailnet", lambda a, v: a.tailnet_settings.get(tailnet=v)),
    (
        "tailnet_settings.update",
        "tailnet",
        lambda a, v: a.tailnet_settings.update(devices_approval_on=True, tailnet=v),
    ),
    ("user_invites.list", "tailnet", lambda a, v: a.user_invites.list(tailnet=v)),
    ("user_invites.create", "tailnet", lambda a, v: a.user_invites.create(tailnet=v)),
    (
        "user_invites.create_many",
        "tailnet",
        lambda a, v: a.user_invites.create_many([CreateUserInviteRequest()], tailnet=v),
    ),
    ("user_invites.get", "invite_id", lambda a, v: a.user_invites.get(v)),
    ("user_invites.delete", "invite_id", lambda a, v: a.user_invites.delete(v)),
    ("user_invites.resend", "invite_id", lambda a, v: a.user_invites.resend(v)),
    ("users.list", "tailnet", lambda a, v: a.users.list(tailnet=v)),
    ("users.get", "user_id", lambda a, v: a.users.get(v)),
    ("users.update_role", "user_id", lambda a, v: a.users.update_role(v, "member")),
    ("users.approve", "user_id", lambda a, v: a.users.approve(v)),
    ("users.suspend", "user_id", lambda a, v: a.users.suspend(v)),
    ("users.restore", "user_id", lambda a, v: a.users.restore(v)),
    ("users.delete", "user_id", lambda a, v: a.users.delete(v)),
    ("webhooks.list", "tailnet", lambda a, v: a.webhooks.list(tailnet=v)),
    (
        "webhooks.create",
        "tailnet",
        lambda a, v: a.webhooks.create("https://example.com/hook", ["nodeCreated"], tailnet=v),
    ),
    ("webhooks.get", "endpoint_id", lambda a, v: a.webhooks.get(v)),
    ("webhooks.update", "endpoint_id", lambda a, v: a.webhooks.update(v, ["nodeCreated"])),
    ("webhooks.delete", "endpoint_id", lambda a, v: a.webhooks.delete(v)),
    ("webhooks.test", "endpoint_id", lambda a, v: a.webhooks.test(v)),
    ("webhooks.rotate_secret", "endpoint_id", lambda a, v: a.webhooks.rotate_secret(v)),
    # ---- added with the 2026 API
    (
        "devices.update_posture_attributes",
        "tailnet",
        lambda a, v: a.devices.update_posture_attributes([DEVICE], set={"custom:a": 1}, tailnet=v),
    ),
    (
        "devices.update_posture_attributes_by_device",
        "tailnet",
        lambda a, v: a.devices.update_posture_attributes_by_device(
            {DEVICE: {"custom:a": None}}, tailnet=v
        ),
    ),
    ("dns.get_configuration", "tailnet", lambda a, v: a.dns.get_configuration(tailnet=v)),
    (
        "dns.set_configuration",
        "tailnet",
        lambda a, v: a.dns.set_configuration(
            nameservers=[], split_dns={}, search_paths=[], magic_dns=False, tailnet=v
        ),
    ),
    (
        "keys.create_oauth_client",
        "tailnet",
        lambda a, v: a.keys.create_oauth_client(scopes=["dns:read"], tailnet=v),
    ),
    (
        "keys.create_federated_identity",
        "tailnet",
        lambda a, v: a.keys.create_federated_identity(
            scopes=["dns:read"], issuer="https://i.example", subject="s", tailnet=v
        ),
    ),
    (
        "keys.update_trust_credential",
        "key_id",
        lambda a, v: a.keys.update_trust_credential(v, key_type="client", scopes=["dns:read"]),
    ),
    (
        "keys.update_trust_credential",
        "tailnet",
        lambda a, v: a.keys.update_trust_credential(
            "k1", key_type="client", scopes=["dns:read"], tailnet=v
        ),
    ),
    (
        "logging.validate_aws_trust_policy",
        "external_id",
        lambda a, v: a.logging.validate_aws_trust_policy(v, "arn:aws:iam::1:role/r"),
    ),
    (
        "logging.validate_aws_trust_policy",
        "tailnet",
        lambda a, v: a.logging.validate_aws_trust_policy("x", "arn:aws:iam::1:role/r", tailnet=v),
    ),
    ("services.list", "tailnet", lambda a, v: a.services.list(tailnet=v)),
    ("services.get", "service_name", lambda a, v: a.services.get(v)),
    ("services.get", "tailnet", lambda a, v: a.services.get("svc:web", tailnet=v)),
    ("services.upsert", "service_name", lambda a, v: a.services.upsert(v)),
    ("services.upsert", "tailnet", lambda a, v: a.services.upsert("svc:web", tailnet=v)),
    ("services.delete", "service_name", lambda a, v: a.services.delete(v)),
    ("services.delete", "tailnet", lambda a, v: a.services.delete("svc:web", tailnet=v)),
    ("services.list_hosts", "service_name", lambda a, v: a.services.list_hosts(v)),
    ("services.list_hosts", "tailnet", lambda a, v: a.services.list_hosts("svc:w", tailnet=v)),
    (
        "services.get_device_approval",
        "service_name",
        lambda a, v: a.services.get_device_approval(v, DEVICE),
    ),
    (
        "services.get_device_approval",
        "device_id",
        lambda a, v: a.services.get_device_approval("svc:grafana", v),
    ),
    (
        "services.get_device_approval",
        "tailnet",
        lambda a, v: a.services.get_device_approval("svc:grafana", DEVICE, tailnet=v),
    ),
    (
        "services.set_device_approval",
        "service_name",
        lambda a, v: a.services.set_device_approval(v, DEVICE, approved=True),
    ),
    (
        "services.set_device_approval",
        "device_id",
        lambda a, v: a.services.set_device_approval("svc:grafana", v, approved=True),
    ),
    (
        "services.set_device_approval",
        "tailnet",
        lambda a, v: a.services.set_device_approval(
            "svc:grafana", DEVICE, approved=True, tailnet=v
        ),
    ),
    ("oauth_apps.list", "tailnet", lambda a, v: a.oauth_apps.list(tailnet=v)),
    (
        "oauth_apps.create",
        "tailnet",
        lambda a, v: a.oauth_apps.create(
            "app", redirect_uris=["https://a.example/cb"], scopes=["dns:read"], tailnet=v
        ),
    ),
    ("oauth_apps.get", "app_id", lambda a, v: a.oauth_apps.get(v)),
    ("oauth_apps.get", "tailnet", lambda a, v: a.oauth_apps.get("a1", tailnet=v)),
    (
        "oauth_apps.update",
        "app_id",
        lambda a, v: a.oauth_apps.update(
            v, name="app", redirect_uris=["https://a.example/cb"], scopes=["dns:read"]
        ),
    ),
    ("oauth_apps.delete", "app_id", lambda a, v: a.oauth_apps.delete(v)),
    ("oauth_apps.delete", "tailnet", lambda a, v: a.oauth_apps.delete("a1", tailnet=v)),
    (
        "organizations.list_tailnets",
        "organization",
        lambda a, v: list(a.organizations.list_tailnets(organization=v)),
    ),
    (
        "organizations.list_tailnets_page",
        "organization",
        lambda a, v: a.organizations.list_tailnets_page(organization=v),
    ),
    (
        "organizations.create_tailnet",
        "organization",
        lambda a, v: a.organizations.create_tailnet("t", organization=v),
    ),
    (
        "organizations.delete_tailnet",
        "tailnet",
        lambda a, v: a.organizations.delete_tailnet(v, confirm=v),
    ),
]
# Methods whose paths take nothing from the caller.
NO_PATH_PARAMETERS = {"device_invites.accept"}
# Parameters with a format of their own (custom:name, a log type, svc:name) refuse more than
# REFUSED.
FORMATTED = {"key", "log_type", "service_name"}


def test_every_method_with_path_parameters_is_tried() -> None:
    assert {method for method, _, _ in CALLS} == set(declared_methods()) - NO_PATH_PARAMETERS


@pytest.mark.parametrize(
    ("method", "parameter", "invoke"), CALLS, ids=[f"{m}-{p}" for m, p, _ in CALLS]
)
def test_hostile_ids_are_refused_or_sent_as_one_segment(
    method: str, parameter: str, invoke: Call, api: Any, app: Starlette
) -> None:
    declared = declared_methods()[method]
    for value in HOSTILE:
        app.state.log.clear()
        try:
            invoke(api, value)
        except (ValueError, TypeError):
            assert app.state.log == [], (value, app.state.log)
            assert value in REFUSED or parameter in FORMATTED, f"{value!r} was refused"
            continue
        except TailscaleError:
            pass  # the server's answer (404 and so on) does not matter here
        assert value not in REFUSED, f"{value!r} was sent"
        assert app.state.log, value
        for record in app.state.log:
            assert record.operation_id in declared, (value, record.path)
            matched = route_table().match(record.path.removeprefix("/api/v2"))
            assert matched is not None
            assert value in matched[1].values(), (value, record.path)


def test_the_examples_of_the_issue(api: Any, app: Starlette) -> None:
    with pytest.raises(TailscaleError):  # not found: no such device
        api.devices.delete("..")
    with pytest.raises(TailscaleError):  # nor user
        api.users.suspend("..")
    with pytest.raises(TailscaleError):  # nor key
        api.keys.delete(".")
    assert [(r.method, r.path, r.operation_id) for r in app.state.log] == [
        ("DELETE", "/api/v2/device/%2E%2E", "deleteDevice"),
        ("POST", "/api/v2/users/%2E%2E/suspend", "suspendUser"),
        ("DELETE", "/api/v2/tailnet/-/keys/%2E", "deleteKey"),
    ]


def test_policy_edit_reads_from_an_encoded_tailnet(make_sync: MakeClient, app: Starlette) -> None:
    ts = make_sync(tailnet="..")
    with pytest.raises(TailscaleError), ts.policy.edit():
        pass
    assert [r.path for r in app.state.log] == ["/api/v2/tailnet/%2E%2E/acl"]
    with pytest.raises(ValueError):
        make_sync(tailnet="a\nb")
