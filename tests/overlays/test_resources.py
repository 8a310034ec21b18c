"""Every resource method, blocking and async, against the mock: right operation, right result."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sdktools import MakeClient, declared_methods, operations
from starlette.applications import Starlette

from tailscale_mock import DEMO_FEDERATED_CLIENT_ID
from tailscale_sdk import Page, PolicyDocument
from tailscale_sdk.resources import devices
from tailscale_sdk_generated.models.accept_device_invite_response import (
    AcceptDeviceInviteResponse,
)
from tailscale_sdk_generated.models.aws_external_id import AwsExternalId
from tailscale_sdk_generated.models.configuration_audit_log import ConfigurationAuditLog
from tailscale_sdk_generated.models.contacts import Contacts
from tailscale_sdk_generated.models.create_device_invite_request import CreateDeviceInviteRequest
from tailscale_sdk_generated.models.create_user_invite_request import CreateUserInviteRequest
from tailscale_sdk_generated.models.device import Device
from tailscale_sdk_generated.models.device_invite import DeviceInvite
from tailscale_sdk_generated.models.device_posture_attributes import DevicePostureAttributes
from tailscale_sdk_generated.models.device_routes import DeviceRoutes
from tailscale_sdk_generated.models.dns_configuration import DnsConfiguration
from tailscale_sdk_generated.models.dns_configuration_resolver_request import (
    DnsConfigurationResolverRequest,
)
from tailscale_sdk_generated.models.dns_nameservers_result import DnsNameserversResult
from tailscale_sdk_generated.models.dns_preferences import DnsPreferences
from tailscale_sdk_generated.models.key import Key
from tailscale_sdk_generated.models.logstream_configuration import LogstreamConfiguration
from tailscale_sdk_generated.models.logstream_configuration_request import (
    LogstreamConfigurationRequest,
)
from tailscale_sdk_generated.models.logstream_gcs_request import LogstreamGcsRequest
from tailscale_sdk_generated.models.logstream_s3_access_key_request import (
    LogstreamS3AccessKeyRequest,
)
from tailscale_sdk_generated.models.logstream_s3_role_arn_request import LogstreamS3RoleArnRequest
from tailscale_sdk_generated.models.logstream_status import LogstreamStatus
from tailscale_sdk_generated.models.network_flow_log import NetworkFlowLog
from tailscale_sdk_generated.models.o_auth_app import OAuthApp
from tailscale_sdk_generated.models.organization_tailnet import OrganizationTailnet
from tailscale_sdk_generated.models.policy_preview import PolicyPreview
from tailscale_sdk_generated.models.policy_validation import PolicyValidation
from tailscale_sdk_generated.models.posture_integration import PostureIntegration
from tailscale_sdk_generated.models.split_dns import SplitDns
from tailscale_sdk_generated.models.tailnet_settings import TailnetSettings
from tailscale_sdk_generated.models.user import User
from tailscale_sdk_generated.models.user_invite import UserInvite
from tailscale_sdk_generated.models.vip_service_info import VIPServiceInfo
from tailscale_sdk_generated.models.webhook import Webhook
from tailscale_sdk_generated.types import UNSET

PANGOLIN = "n5SUKe8CNTRL"  # the demo device with subnet routes and device invites
OTTER = "nWi4j7c1CNTRL"
DEVICE_INVITE = "12346"
USER_INVITE = "29214"
KEY = "k123456CNTRL"


@dataclass(frozen=True)
class Case:
    method: str  # "<resource attribute>.<method>"
    invoke: Callable[[Any], Any]
    check: Callable[[Any, Any], bool]  # (result, api) -> ok

    def __str__(self) -> str:
        return self.method


def _is(cls: type) -> Callable[[Any, Any], bool]:
    return lambda result, api: isinstance(result, cls)


def _list_of(cls: type) -> Callable[[Any, Any], bool]:
    return lambda result, api: (
        isinstance(result, list) and bool(result) and all(isinstance(x, cls) for x in result)
    )


def _none(result: Any, api: Any) -> bool:
    return result is None


def _created_invite_url(api: Any) -> str:
    url: str = api.device_invites.create(OTTER).invite_url
    return url


def _user(api: Any, login: str) -> str:
    """The id of a demo user (ids are generated; login names are fixed)."""
    user_id: str = next(u.id for u in api.users.list() if u.login_name == login)
    return user_id


def _status(api: Any, login: str) -> str:
    status: str = api.users.get(_user(api, login)).status
    return status


def _webhook(api: Any) -> str:
    endpoint_id: str = api.webhooks.list()[0].endpoint_id
    return endpoint_id


def _integration(api: Any, provider: str = "intune") -> str:
    found: str = next(i.id for i in api.posture_integrations.list() if i.provider == provider)
    return found


def _attributes(api: Any, device_id: str) -> dict[str, Any]:
    found: dict[str, Any] = api.devices.get_posture_attributes(device_id).attributes.to_dict()
    return found


def _node(api: Any, hostname: str) -> str:
    node_id: str = next(d.node_id for d in api.devices.list() if d.hostname == hostname)
    return node_id


def _oauth_app(api: Any, name: str) -> str:
    app_id: str = next(a.id for a in api.oauth_apps.list() if a.name == name)
    return app_id


def _window() -> tuple[datetime, datetime]:
    now = datetime.now(UTC)
    return now - timedelta(days=400), now + timedelta(days=1)


CASES = [
    Case("devices.list", lambda api: api.devices.list(), _list_of(Device)),
    Case(
        "devices.get",
        lambda api: api.devices.get(PANGOLIN, fields="all"),
        lambda d, api: (
            d.node_id == PANGOLIN and d.advertised_routes == ["10.0.0.0/16", "192.168.1.0/24"]
        ),
    ),
    Case(
        "devices.delete",
        lambda api: api.devices.delete(OTTER),
        lambda r, api: r is None and OTTER not in {d.node_id for d in api.devices.list()},
    ),
    Case(
        "devices.expire_key",
        lambda api: api.devices.expire_key(OTTER),
        lambda r, api: r is None and api.devices.get(OTTER).expires <= datetime.now(UTC),
    ),
    Case(
        "devices.authorize",
        lambda api: api.devices.authorize(OTTER, False),
        lambda r, api: r is None and not api.devices.get(OTTER).authorized,
    ),
    Case(
        "devices.get_routes",
        lambda api: api.devices.get_routes(PANGOLIN),
        lambda r, api: _is(DeviceRoutes)(r, api) and "10.0.0.0/16" in r.advertised_routes,
    ),
    Case(
        "devices.set_routes",
        lambda api: api.devices.set_routes(PANGOLIN, ["10.0.0.0/16"]),
        lambda r, api: isinstance(r, DeviceRoutes) and r.enabled_routes == ["10.0.0.0/16"],
    ),
    Case(
        "devices.set_tags",
        lambda api: api.devices.set_tags(OTTER, ["tag:server", "tag:prod"]),
        lambda r, api: (
            r is None and sorted(api.devices.get(OTTER).tags) == ["tag:prod", "tag:server"]
        ),
    ),
    Case(
        "devices.set_key_expiry",
        lambda api: api.devices.set_key_expiry(OTTER, disabled=True),
        lambda r, api: r is None and api.devices.get(OTTER).key_expiry_disabled is True,
    ),
    Case(
        "devices.set_ipv4_address",
        lambda api: api.devices.set_ipv4_address(OTTER, "100.80.0.1"),
        lambda r, api: r is None and "100.80.0.1" in api.devices.get(OTTER).addresses,
    ),
    Case(
        "devices.get_posture_attributes",
        lambda api: api.devices.get_posture_attributes(PANGOLIN),
        _is(DevicePostureAttributes),
    ),
    Case(
        "devices.set_posture_attribute",
        lambda api: api.devices.set_posture_attribute(
            OTTER, "custom:score", 87, expiry=datetime(2030, 1, 1, tzinfo=UTC), comment="scan"
        ),
        lambda r, api: (
            r.attributes["custom:score"] == 87
            and api.devices.get_posture_attributes(OTTER).attributes["custom:score"] == 87
        ),
    ),
    Case(
        "devices.delete_posture_attribute",
        lambda api: (
            api.devices.set_posture_attribute(OTTER, "custom:gone", "x"),
            api.devices.delete_posture_attribute(OTTER, "custom:gone"),
        )[1],
        lambda r, api: (
            r is None and "custom:gone" not in api.devices.get_posture_attributes(OTTER).attributes
        ),
    ),
    Case(
        "devices.set_name",
        lambda api: api.devices.set_name(OTTER, "beaver"),
        lambda r, api: r is None and api.devices.get(OTTER).name.split(".")[0] == "beaver",
    ),
    Case(
        "users.list",
        lambda api: api.users.list(type="member", role="member"),
        lambda r, api: (
            _list_of(User)(r, api)
            and {u.role for u in r} == {"member"}
            and {u.type_ for u in r} == {"member"}
            and len(r) < len(api.users.list())
        ),
    ),
    Case(
        "users.get",
        lambda api: api.users.get(_user(api, "carol@example.com")),
        lambda r, api: isinstance(r, User) and r.login_name == "carol@example.com",
    ),
    Case(
        "users.update_role",
        lambda api: api.users.update_role(_user(api, "carol@example.com"), "network-admin"),
        lambda r, api: (
            r is None and api.users.get(_user(api, "carol@example.com")).role == "network-admin"
        ),
    ),
    Case(
        "users.approve",
        lambda api: api.users.approve(_user(api, "user1@example.com")),
        lambda r, api: r is None and _status(api, "user1@example.com") != "needs-approval",
    ),
    Case(
        "users.suspend",
        lambda api: api.users.suspend(_user(api, "carol@example.com")),
        lambda r, api: r is None and _status(api, "carol@example.com") == "suspended",
    ),
    Case(
        "users.restore",
        lambda api: api.users.restore(_user(api, "user2@example.com")),
        lambda r, api: r is None and _status(api, "user2@example.com") != "suspended",
    ),
    Case(
        "users.delete",
        lambda api: api.users.delete(_user(api, "carol@example.com")),
        lambda r, api: (
            r is None and "carol@example.com" not in {u.login_name for u in api.users.list()}
        ),
    ),
    Case("webhooks.list", lambda api: api.webhooks.list(), _list_of(Webhook)),
    Case(
        "webhooks.create",
        lambda api: api.webhooks.create(
            "https://example.com/hook", ["nodeCreated"], provider_type="slack"
        ),
        lambda w, api: (
            isinstance(w, Webhook)
            and bool(w.secret)
            and w.subscriptions == ["nodeCreated"]
            and w.provider_type == "slack"
            and w.endpoint_id in {x.endpoint_id for x in api.webhooks.list()}
        ),
    ),
    Case(
        "webhooks.get",
        lambda api: api.webhooks.get(_webhook(api)),
        lambda w, api: isinstance(w, Webhook) and w.endpoint_id == _webhook(api),
    ),
    Case(
        "webhooks.update",
        lambda api: api.webhooks.update(_webhook(api), ["userCreated", "nodeDeleted"]),
        lambda w, api: (
            sorted(w.subscriptions) == ["nodeDeleted", "userCreated"]
            and sorted(api.webhooks.get(w.endpoint_id).subscriptions)
            == ["nodeDeleted", "userCreated"]
        ),
    ),
    Case(
        "webhooks.delete",
        lambda api: api.webhooks.delete(
            api.webhooks.create("https://example.com/gone", ["userCreated"]).endpoint_id
        ),
        lambda r, api: (
            r is None
            and "https://example.com/gone" not in {w.endpoint_url for w in api.webhooks.list()}
        ),
    ),
    Case("webhooks.test", lambda api: api.webhooks.test(_webhook(api)), _none),
    Case(
        "webhooks.rotate_secret",
        lambda api: api.webhooks.rotate_secret(_webhook(api)),
        lambda w, api: (
            isinstance(w, Webhook) and bool(w.secret) and not api.webhooks.get(w.endpoint_id).secret
        ),
    ),
    Case(
        "contacts.get",
        lambda api: api.contacts.get(),
        lambda r, api: (
            isinstance(r, Contacts) and r.to_dict()["account"]["email"] == "amelie@example.com"
        ),
    ),
    Case(
        "contacts.update",
        lambda api: api.contacts.update("security", "sec@example.com"),
        lambda r, api: r is None and api.contacts.get().security.email == "sec@example.com",
    ),
    Case(
        "contacts.resend_verification_email",
        lambda api: api.contacts.resend_verification_email("support"),
        _none,
    ),
    Case(
        "logging.list_configuration_audit_logs",
        lambda api: api.logging.list_configuration_audit_logs(*_window()),
        _list_of(ConfigurationAuditLog),
    ),
    Case(
        "logging.list_network_flow_logs",
        lambda api: api.logging.list_network_flow_logs(*_window()),
        _list_of(NetworkFlowLog),
    ),
    Case(
        "logging.get_stream",
        lambda api: api.logging.get_stream("configuration"),
        lambda r, api: isinstance(r, LogstreamConfiguration) and r.destination_type == "splunk",
    ),
    Case(
        "logging.set_stream",
        lambda api: api.logging.set_stream(
            "network",
            LogstreamConfigurationRequest(
                destination_type="axiom", url="https://api.axiom.co", token="xaat-1"
            ),
        ),
        lambda r, api: r is None and api.logging.get_stream("network").destination_type == "axiom",
    ),
    Case(
        "logging.disable_stream",
        lambda api: api.logging.disable_stream("configuration"),
        _none,  # that the configuration is gone: test_disabled_stream_is_gone
    ),
    Case(
        "logging.get_stream_status",
        lambda api: api.logging.get_stream_status("configuration"),
        lambda r, api: isinstance(r, LogstreamStatus) and r.num_entries_sent == 2048,
    ),
    Case(
        "logging.get_aws_external_id",
        lambda api: api.logging.get_aws_external_id(reusable=True),
        lambda r, api: isinstance(r, AwsExternalId) and bool(r.external_id),
    ),
    Case(
        "posture_integrations.list",
        lambda api: api.posture_integrations.list(),
        _list_of(PostureIntegration),
    ),
    Case(
        "posture_integrations.create",
        lambda api: api.posture_integrations.create(
            "falcon", "falcon-secret", client_id="abc", cloud_id="us-1"
        ),
        lambda r, api: (
            isinstance(r, PostureIntegration)
            and r.provider == "falcon"
            and api.posture_integrations.get(r.id).client_id == "abc"
        ),
    ),
    Case(
        "posture_integrations.get",
        lambda api: api.posture_integrations.get(_integration(api)),
        lambda r, api: isinstance(r, PostureIntegration) and r.provider == "intune",
    ),
    Case(
        "posture_integrations.update",
        lambda api: api.posture_integrations.update(
            _integration(api), tenant_id="tenant-2", client_secret="new-secret"
        ),
        lambda r, api: (
            r.tenant_id == "tenant-2" and api.posture_integrations.get(r.id).tenant_id == "tenant-2"
        ),
    ),
    Case(
        "posture_integrations.delete",
        lambda api: api.posture_integrations.delete(_integration(api, "kolide")),
        lambda r, api: (
            r is None and {i.provider for i in api.posture_integrations.list()} == {"intune"}
        ),
    ),
    Case(
        "tailnet_settings.get",
        lambda api: api.tailnet_settings.get(),
        lambda r, api: (
            isinstance(r, TailnetSettings) and isinstance(r.devices_key_duration_days, int)
        ),
    ),
    Case(
        "tailnet_settings.update",
        lambda api: api.tailnet_settings.update(
            devices_approval_on=True,
            devices_key_duration_days=90,
            users_role_allowed_to_join_external_tailnets="admin",
        ),
        lambda r, api: (
            r.devices_approval_on is True
            and r.devices_key_duration_days == 90
            and api.tailnet_settings.get().users_role_allowed_to_join_external_tailnets == "admin"
        ),
    ),
    Case(
        "device_invites.list", lambda api: api.device_invites.list(PANGOLIN), _list_of(DeviceInvite)
    ),
    Case(
        "device_invites.create",
        lambda api: api.device_invites.create(
            OTTER, email="x@example.com", multi_use=True, allow_exit_node=False
        ),
        lambda r, api: (
            _is(DeviceInvite)(r, api) and r.email == "x@example.com" and r.multi_use is True
        ),
    ),
    Case(
        "device_invites.create_many",
        lambda api: api.device_invites.create_many(
            OTTER, [CreateDeviceInviteRequest(email="a@example.com"), CreateDeviceInviteRequest()]
        ),
        lambda r, api: [i.email or "" for i in r] == ["a@example.com", ""],
    ),
    Case(
        "device_invites.get",
        lambda api: api.device_invites.get(DEVICE_INVITE),
        lambda r, api: isinstance(r, DeviceInvite) and r.id == DEVICE_INVITE,
    ),
    Case("device_invites.delete", lambda api: api.device_invites.delete(DEVICE_INVITE), _none),
    Case("device_invites.resend", lambda api: api.device_invites.resend(DEVICE_INVITE), _none),
    Case(
        "device_invites.accept",
        lambda api: api.device_invites.accept(_created_invite_url(api)),
        _is(AcceptDeviceInviteResponse),
    ),
    Case("user_invites.list", lambda api: api.user_invites.list(), _list_of(UserInvite)),
    Case(
        "user_invites.create",
        lambda api: api.user_invites.create(role="admin", email="new@example.com"),
        lambda r, api: isinstance(r, UserInvite) and r.role == "admin",
    ),
    Case(
        "user_invites.create_many",
        lambda api: api.user_invites.create_many(
            [CreateUserInviteRequest(role="auditor"), CreateUserInviteRequest()]
        ),
        lambda r, api: len(r) == 2 and r[0].role == "auditor",
    ),
    Case(
        "user_invites.get",
        lambda api: api.user_invites.get(USER_INVITE),
        lambda r, api: isinstance(r, UserInvite) and r.id == USER_INVITE,
    ),
    Case("user_invites.delete", lambda api: api.user_invites.delete(USER_INVITE), _none),
    Case("user_invites.resend", lambda api: api.user_invites.resend(USER_INVITE), _none),
    Case("keys.list", lambda api: api.keys.list(), _list_of(Key)),
    Case(
        "keys.create",
        lambda api: api.keys.create(
            reusable=True, tags=["tag:example"], expiry=3600, description="ci runner"
        ),
        lambda k, api: (
            _is(Key)(k, api)
            and k.key.startswith("tskey-auth-")
            and k.capabilities.devices.create.tags == ["tag:example"]
        ),
    ),
    Case("keys.get", lambda api: api.keys.get(KEY), lambda k, api: k.id == KEY),
    Case(
        "keys.delete",
        lambda api: api.keys.delete(KEY),
        lambda r, api: r is None and KEY not in {k.id for k in api.keys.list()},
    ),
    Case(
        "dns.get_nameservers",
        lambda api: api.dns.get_nameservers(),
        lambda r, api: r == ["8.8.8.8", "1.1.1.1"],
    ),
    Case(
        "dns.set_nameservers",
        lambda api: api.dns.set_nameservers(["9.9.9.9"]),
        lambda r, api: isinstance(r, DnsNameserversResult) and r.dns == ["9.9.9.9"],
    ),
    Case("dns.get_preferences", lambda api: api.dns.get_preferences(), _is(DnsPreferences)),
    Case(
        "dns.set_preferences",
        lambda api: api.dns.set_preferences(magic_dns=False),
        lambda r, api: r.magic_dns is False and api.dns.get_preferences().magic_dns is False,
    ),
    Case(
        "dns.get_search_paths",
        lambda api: api.dns.get_search_paths(),
        lambda r, api: r == ["user1.example.com"],
    ),
    Case(
        "dns.set_search_paths",
        lambda api: api.dns.set_search_paths(["a.example.com", "b.example.com"]),
        lambda r, api: r == ["a.example.com", "b.example.com"],
    ),
    Case(
        "dns.get_split_dns",
        lambda api: api.dns.get_split_dns(),
        lambda r, api: isinstance(r, SplitDns) and r["example.com"] == ["1.1.1.1", "1.2.3.4"],
    ),
    Case(
        "dns.update_split_dns",
        lambda api: api.dns.update_split_dns({"new.example": ["10.0.0.53"], "example.com": None}),
        lambda r, api: (
            r.to_dict() == {"corp.example.net": ["10.0.0.53"], "new.example": ["10.0.0.53"]}
        ),
    ),
    Case(
        "dns.set_split_dns",
        lambda api: api.dns.set_split_dns({"only.example": ["10.1.1.1"]}),
        lambda r, api: r.to_dict() == {"only.example": ["10.1.1.1"]},
    ),
    Case(
        "policy_file.get",
        lambda api: api.policy_file.get(),
        lambda doc, api: (
            _is(PolicyDocument)(doc, api)
            and doc.text.startswith("// Demo tailnet policy file")
            and "group:admins" in doc.data["groups"]
            and doc.etag.startswith('"')
        ),
    ),
    Case(
        "policy_file.set",
        lambda api: api.policy_file.set(
            '// new\n{"acls": [{"action": "accept", "src": ["*"], "dst": ["*:*"]}],}'
        ),
        lambda doc, api: (
            api.policy.get().text.startswith("// new") and doc.etag == api.policy.get().etag
        ),
    ),
    Case(
        "policy_file.validate",
        lambda api: api.policy_file.validate(
            tests=[{"src": "amelie@example.com", "accept": ["100.100.100.100:22"]}]
        ),
        lambda r, api: isinstance(r, PolicyValidation) and not r.message,
    ),
    Case(
        "policy_file.preview",
        lambda api: api.policy_file.preview(api.policy.get(), user="amelie@example.com"),
        lambda r, api: isinstance(r, PolicyPreview) and bool(r.matches),
    ),
    # ---- added with the 2026 API
    Case(
        "devices.update_posture_attributes",
        lambda api: api.devices.update_posture_attributes(
            [PANGOLIN, OTTER], set={"custom:onboarded": True}, delete=["custom:myScore"]
        ),
        lambda r, api: (
            r is None
            and _attributes(api, PANGOLIN).get("custom:onboarded") is True
            and _attributes(api, OTTER).get("custom:onboarded") is True
            and "custom:myScore" not in _attributes(api, PANGOLIN)
        ),
    ),
    Case(
        "devices.update_posture_attributes_by_device",
        lambda api: api.devices.update_posture_attributes_by_device(
            {
                PANGOLIN: {"custom:risk": 12, "custom:diskEncryption": None},
                OTTER: {"custom:risk": 40},
            },
            comment="nightly MDM sync",
        ),
        lambda r, api: (
            r is None
            and _attributes(api, PANGOLIN).get("custom:risk") == 12
            and "custom:diskEncryption" not in _attributes(api, PANGOLIN)
            and _attributes(api, OTTER).get("custom:risk") == 40
        ),
    ),
    Case(
        "dns.get_configuration",
        lambda api: api.dns.get_configuration(),
        lambda r, api: (
            _is(DnsConfiguration)(r, api)
            and [n.address for n in r.nameservers] == ["8.8.8.8", "1.1.1.1"]
            and r.split_dns["corp.example.net"][0].use_with_exit_node is True
            and r.preferences.magic_dns is True
        ),
    ),
    Case(
        "dns.set_configuration",
        lambda api: api.dns.set_configuration(
            nameservers=[DnsConfigurationResolverRequest("1.0.0.1", use_with_exit_node=True)],
            split_dns={"lab.example": ["10.20.0.2"]},
            search_paths=[],
            magic_dns=True,
            override_local_dns=True,
        ),
        lambda r, api: (
            _is(DnsConfiguration)(r, api)
            and r.nameservers[0].use_with_exit_node is True
            and r.preferences.override_local_dns is True
            and api.dns.get_nameservers() == ["1.0.0.1"]
            and api.dns.get_split_dns().to_dict() == {"lab.example": ["10.20.0.2"]}
            and api.dns.get_search_paths() == []
        ),
    ),
    Case(
        "keys.create_oauth_client",
        lambda api: api.keys.create_oauth_client(
            scopes=["devices:core", "dns:read"], tags=["tag:ci"], description="deploys"
        ),
        lambda k, api: (
            k.key_type == "client"
            and k.key.startswith("tskey-client-")
            and (k.scopes, k.tags) == (["devices:core", "dns:read"], ["tag:ci"])
            and api.keys.get(k.id).key in (None, UNSET)
        ),
    ),
    Case(
        "keys.create_federated_identity",
        lambda api: api.keys.create_federated_identity(
            scopes=["dns:read"],
            issuer="https://token.actions.githubusercontent.com",
            subject="repo:example/web:*",
            custom_claim_rules={"repository_owner": "example"},
        ),
        lambda k, api: (
            k.key_type == "federated"
            and k.key in (None, UNSET)
            and k.subject == "repo:example/web:*"
            and bool(k.audience)  # made up by the server when none is given
            and k.custom_claim_rules.to_dict() == {"repository_owner": "example"}
        ),
    ),
    Case(
        "keys.update_trust_credential",
        lambda api: api.keys.update_trust_credential(
            DEMO_FEDERATED_CLIENT_ID,
            key_type="federated",
            scopes=["devices:core", "auth_keys", "dns:read"],
            subject="repo:example/infra:ref:refs/heads/*",
        ),
        lambda k, api: (
            k.subject == "repo:example/infra:ref:refs/heads/*"
            and k.scopes == ["devices:core", "auth_keys", "dns:read"]
            and k.issuer == "https://token.actions.githubusercontent.com"  # not sent: kept
        ),
    ),
    Case(
        "logging.validate_aws_trust_policy",
        lambda api: api.logging.validate_aws_trust_policy(
            "extDEMO1CNTRL", "arn:aws:iam::123456789012:role/tailscale-logs"
        ),
        _none,
    ),
    Case(
        "services.list",
        lambda api: api.services.list(),
        lambda r, api: [s.name for s in r] == ["svc:grafana", "svc:postgres"],
    ),
    Case(
        "services.get",
        lambda api: api.services.get("svc:postgres"),
        lambda r, api: (
            _is(VIPServiceInfo)(r, api) and r.ports == ["tcp:5432"] and len(r.addrs) == 2
        ),
    ),
    Case(
        "services.upsert",
        lambda api: api.services.upsert("svc:web", ports=["tcp:443"], comment="intranet"),
        lambda r, api: (
            r.name == "svc:web"
            and len(r.addrs) == 2
            and api.services.get("svc:web").comment == "intranet"
        ),
    ),
    Case(
        "services.delete",
        lambda api: api.services.delete("svc:grafana"),
        lambda r, api: r is None and [s.name for s in api.services.list()] == ["svc:postgres"],
    ),
    Case(
        "services.list_hosts",
        lambda api: api.services.list_hosts("svc:postgres"),
        lambda r, api: (
            [(h.stable_node_id, h.approval_level) for h in r]
            == [
                (_node(api, "db-prod"), "approved:manual"),
                (_node(api, "ci-runner-1"), "not-approved"),
            ]
        ),
    ),
    Case(
        "services.get_device_approval",
        lambda api: api.services.get_device_approval("svc:grafana", _node(api, "nas")),
        lambda r, api: (r.approved, r.auto_approved) == (True, True),
    ),
    Case(
        "services.set_device_approval",
        lambda api: api.services.set_device_approval(
            "svc:postgres", _node(api, "ci-runner-1"), approved=True
        ),
        lambda r, api: (
            (r.approved, r.auto_approved) == (True, False)
            and api.services.list_hosts("svc:postgres")[1].approval_level == "approved:manual"
        ),
    ),
    Case(
        "oauth_apps.list",
        lambda api: api.oauth_apps.list(),
        lambda r, api: (
            [a.name for a in r] == ["ci-dashboard", "asset-inventory"]
            and all(a.client_secret in (None, UNSET) for a in r)
        ),
    ),
    Case(
        "oauth_apps.create",
        lambda api: api.oauth_apps.create(
            "status-board",
            redirect_uris=["https://status.example.com/cb", "http://localhost:8400/cb"],
            scopes=["devices:core:read"],
            description="Shows who is online",
        ),
        lambda r, api: (
            r.client_secret.startswith("tskey-client-")
            and r.client_secret not in repr(r)
            and api.oauth_apps.get(r.id).description == "Shows who is online"
        ),
    ),
    Case(
        "oauth_apps.get",
        lambda api: api.oauth_apps.get(_oauth_app(api, "asset-inventory")),
        lambda r, api: (
            isinstance(r, OAuthApp)
            and r.allowed_node_attributes == ["custom:assetTag"]
            and r.client_secret in (None, UNSET)
        ),
    ),
    Case(
        "oauth_apps.update",
        lambda api: api.oauth_apps.update(
            _oauth_app(api, "ci-dashboard"),
            name="ci-board",
            redirect_uris=["https://ci.example.com/auth/callback"],
            scopes=["devices:core:read", "users:read"],
        ),
        lambda r, api: (
            r.name == "ci-board"
            and r.scopes == ["devices:core:read", "users:read"]
            and r.client_secret in (None, UNSET)
        ),
    ),
    Case(
        "oauth_apps.delete",
        lambda api: api.oauth_apps.delete(_oauth_app(api, "ci-dashboard")),
        lambda r, api: r is None and [a.name for a in api.oauth_apps.list()] == ["asset-inventory"],
    ),
    Case(
        "organizations.list_tailnets",
        lambda api: list(api.organizations.list_tailnets()),
        lambda r, api: (
            [t.display_name for t in r]
            == ["Example Inc", "customer-east", "customer-west", "customer-south", "staging"]
            and all(isinstance(t, OrganizationTailnet) for t in r)
        ),
    ),
    Case(
        "organizations.list_tailnets_page",
        lambda api: api.organizations.list_tailnets_page(limit=100),
        lambda r, api: (
            isinstance(r, Page)
            and [t.display_name for t in r.items] == ["Example Inc", "customer-east"]
            and bool(r.cursor)
            and r.total == 5
        ),
    ),
    Case(
        "organizations.create_tailnet",
        lambda api: api.organizations.create_tailnet("customer-north"),
        lambda r, api: (
            not r.already_exists  # False, or left out as Go does
            and r.oauth_client.secret.startswith("tskey-client-")
            and r.oauth_client.secret not in repr(r)
            and r.id in {t.id for t in api.organizations.list_tailnets()}
        ),
    ),
]
# Methods whose case needs more than one client; the test named here exercises them.
TESTED_ELSEWHERE = {
    "organizations.delete_tailnet": "test_api_2026.py::test_a_tailnet_deletes_itself",
}


@pytest.mark.parametrize("case", CASES, ids=str)
def test_method(case: Case, api: Any, app: Starlette) -> None:
    expected = declared_methods()[case.method]
    before = len(app.state.log)
    result = case.invoke(api)
    served = set(operations(app)[before:])
    assert served & set(expected), f"{case.method} sent {served}, declares {expected}"
    assert all(r.status < 400 for r in app.state.log), [
        (r.operation_id, r.status) for r in app.state.log if r.status >= 400
    ]
    assert case.check(result, api), f"{case.method} returned {result!r}"


def test_every_method_has_a_case() -> None:
    cases = [c.method for c in CASES]
    assert sorted(declared_methods()) == sorted([*cases, *TESTED_ELSEWHERE])
    for where in TESTED_ELSEWHERE.values():
        module, test = where.split("::")
        assert f"\ndef {test}(" in (Path(__file__).parent / module).read_text(), where


def test_policy_is_policy_file(make_sync: MakeClient) -> None:
    ts = make_sync()
    assert ts.policy is ts.policy_file
    assert ts.devices is ts.devices  # built once, on first use


def test_methods_keep_their_docstrings(make_sync: MakeClient) -> None:
    ts = make_sync()
    assert ts.devices.get.__doc__ == devices.Devices.get.__doc__
    assert (ts.devices.get.__doc__ or "").startswith("Get one device")


def test_tailnet_comes_from_the_client_unless_overridden(
    make_sync: MakeClient, app: Starlette
) -> None:
    ts = make_sync(tailnet="example.com")
    ts.keys.list()
    ts.keys.list(tailnet="-")
    paths = [r.path for r in app.state.log]
    assert paths == ["/api/v2/tailnet/example.com/keys", "/api/v2/tailnet/-/keys"]


@pytest.mark.parametrize(
    ("configuration", "expected"),
    [
        (
            LogstreamS3RoleArnRequest(
                s_3_bucket="logs",
                s_3_region="eu-west-1",
                s_3_role_arn="arn:aws:iam::123456789012:role/logs",
                aws_external_id="extDEMO1CNTRL",
            ),
            {
                "destinationType": "s3",
                "s3AuthenticationType": "rolearn",
                "s3ExternalId": "7b3f9d2e-0000-4c1a-9e55-1234567890ab",
            },
        ),
        (
            LogstreamS3AccessKeyRequest(
                s_3_bucket="logs",
                s_3_region="eu-west-1",
                s_3_access_key_id="AKIAEXAMPLE",
                s_3_secret_access_key="secret-key",
            ),
            {"destinationType": "s3", "s3AuthenticationType": "accesskey"},
        ),
        (
            LogstreamGcsRequest(gcs_bucket="logs", upload_period_minutes=5),
            {"destinationType": "gcs", "gcsBucket": "logs", "uploadPeriodMinutes": 5},
        ),
    ],
    ids=["s3-rolearn", "s3-accesskey", "gcs"],
)
def test_set_stream_takes_each_destination_kind(
    api: Any, configuration: Any, expected: dict[str, Any]
) -> None:
    """The kind's constants (destinationType, s3AuthenticationType) are sent without being given."""
    assert api.logging.set_stream("network", configuration) is None
    stream = api.logging.get_stream("network").to_dict()
    assert {key: stream.get(key) for key in expected} == expected


def test_disabled_stream_is_gone(api: Any) -> None:
    from tailscale_sdk import NotFoundError

    assert api.logging.get_stream("configuration").destination_type == "splunk"
    api.logging.disable_stream("configuration")
    with pytest.raises(NotFoundError) as caught:
        api.logging.get_stream("configuration")
    assert caught.value.status == 404
