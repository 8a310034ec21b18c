"""A success is a success: no method raises after the server did the work because of the body.

Operations Tailscale documents without a success body return None whatever arrives (nothing,
``{}``, ``null``, not even JSON); a documented body that arrives empty or ``null`` is read as
``{}`` (a model whose fields are all UNSET) or ``[]``. The generated low-level client reads
successes the same way.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import spectools
from sdktools import Blocking, MakeClient

from tailscale_sdk import PolicyDocument
from tailscale_sdk_generated.api.devices import set_device_tags
from tailscale_sdk_generated.api.dns import set_dns_nameservers, set_dns_preferences
from tailscale_sdk_generated.api.user_invites import list_user_invites
from tailscale_sdk_generated.client import Client
from tailscale_sdk_generated.models.accept_device_invite_response import (
    AcceptDeviceInviteResponse,
)
from tailscale_sdk_generated.models.aws_external_id import AwsExternalId
from tailscale_sdk_generated.models.create_organization_tailnet_response import (
    CreateOrganizationTailnetResponse,
)
from tailscale_sdk_generated.models.device_invite import DeviceInvite
from tailscale_sdk_generated.models.device_posture_attributes import DevicePostureAttributes
from tailscale_sdk_generated.models.device_routes import DeviceRoutes
from tailscale_sdk_generated.models.dns_configuration import DnsConfiguration
from tailscale_sdk_generated.models.dns_nameservers_result import DnsNameserversResult
from tailscale_sdk_generated.models.dns_preferences import DnsPreferences
from tailscale_sdk_generated.models.dns_preferences_request import DnsPreferencesRequest
from tailscale_sdk_generated.models.key import Key
from tailscale_sdk_generated.models.logstream_configuration_request import (
    LogstreamConfigurationRequest,
)
from tailscale_sdk_generated.models.o_auth_app import OAuthApp
from tailscale_sdk_generated.models.policy_preview import PolicyPreview
from tailscale_sdk_generated.models.policy_validation import PolicyValidation
from tailscale_sdk_generated.models.posture_integration import PostureIntegration
from tailscale_sdk_generated.models.set_device_tags_request import SetDeviceTagsRequest
from tailscale_sdk_generated.models.split_dns import SplitDns
from tailscale_sdk_generated.models.tailnet_settings import TailnetSettings
from tailscale_sdk_generated.models.user_invite import UserInvite
from tailscale_sdk_generated.models.vip_service_approval import VIPServiceApproval
from tailscale_sdk_generated.models.vip_service_info import VIPServiceInfo
from tailscale_sdk_generated.models.webhook import Webhook

DOC_2026 = spectools.ROOT.parent / "shared/docs/tailscale-api-2026/README.md"
DEVICE = "n5SUKe8CNTRL"
STREAM = LogstreamConfigurationRequest(destination_type="splunk", url="https://s.example.com")

# Every operation whose success openapi.yaml documents without a body, and a call of it.
BODILESS: dict[str, Callable[[Any], Any]] = {
    "deleteDevice": lambda api: api.devices.delete(DEVICE),
    "expireDeviceKey": lambda api: api.devices.expire_key(DEVICE),
    "authorizeDevice": lambda api: api.devices.authorize(DEVICE),
    "setDeviceName": lambda api: api.devices.set_name(DEVICE, "pangolin-2"),
    "setDeviceTags": lambda api: api.devices.set_tags(DEVICE, ["tag:server"]),
    "updateDeviceKey": lambda api: api.devices.set_key_expiry(DEVICE, disabled=True),
    "setDeviceIpv4Address": lambda api: api.devices.set_ipv4_address(DEVICE, "100.64.0.9"),
    "deleteCustomDevicePostureAttribute": lambda api: api.devices.delete_posture_attribute(
        DEVICE, "custom:score"
    ),
    "deleteUserInvite": lambda api: api.user_invites.delete("29214"),
    "resendUserInvite": lambda api: api.user_invites.resend("29214"),
    "deleteDeviceInvite": lambda api: api.device_invites.delete("12345"),
    "resendDeviceInvite": lambda api: api.device_invites.resend("12345"),
    "setLogStreamingConfiguration": lambda api: api.logging.set_stream("network", STREAM),
    "disableLogStreaming": lambda api: api.logging.disable_stream("network"),
    "deleteKey": lambda api: api.keys.delete("k123456CNTRL"),
    "deletePostureIntegration": lambda api: api.posture_integrations.delete("pi1CNTRL"),
    "updateUserRole": lambda api: api.users.update_role("123456", "admin"),
    "approveUser": lambda api: api.users.approve("123456"),
    "suspendUser": lambda api: api.users.suspend("123456"),
    "restoreUser": lambda api: api.users.restore("123456"),
    "deleteUser": lambda api: api.users.delete("123456"),
    "updateContact": lambda api: api.contacts.update("support", "it@example.com"),
    "resendContactVerificationEmail": lambda api: api.contacts.resend_verification_email("support"),
    "deleteWebhook": lambda api: api.webhooks.delete("e7b1CNTRL"),
    "testWebhook": lambda api: api.webhooks.test("e7b1CNTRL"),
    "batchUpdateCustomDevicePostureAttributes": lambda api: api.devices.update_posture_attributes(
        [DEVICE], set={"custom:score": 1}
    ),
    "validateAwsExternalId": lambda api: api.logging.validate_aws_trust_policy(
        "extDEMO1CNTRL", "arn:aws:iam::123456789012:role/logs"
    ),
    "deleteService": lambda api: api.services.delete("svc:grafana"),
    "deleteOAuthApp": lambda api: api.oauth_apps.delete("a2LmR9tCNTRL"),
    "deleteTailnet": lambda api: api.organizations.delete_tailnet(
        "Tz3kV8CNTRL", confirm="Tz3kV8CNTRL"
    ),
}


def _empty(model: type[Any]) -> Callable[[Any], bool]:
    def check(result: Any) -> bool:
        return type(result) is model and result.to_dict() == {}

    return check


def _nothing(result: Any) -> bool:
    return result is None


def _no_items(result: Any) -> bool:
    return isinstance(result, list) and not result


def _written_document(result: Any) -> bool:
    return isinstance(result, PolicyDocument) and (result.text, result.etag) == ("{}", None)


# Every write that documents a success body: (operationId, call, what an empty success gives).
WRITES: dict[str, tuple[str, Callable[[Any], Any], Callable[[Any], bool]]] = {
    "devices.set_routes": (
        "setDeviceRoutes",
        lambda api: api.devices.set_routes(DEVICE, ["10.0.0.0/16"]),
        _empty(DeviceRoutes),
    ),
    "devices.set_posture_attribute": (
        "setCustomDevicePostureAttribute",
        lambda api: api.devices.set_posture_attribute(DEVICE, "custom:score", 1),
        _empty(DevicePostureAttributes),
    ),
    "device_invites.create": (
        "createDeviceInvites",
        lambda api: api.device_invites.create(DEVICE),
        _empty(DeviceInvite),
    ),
    "device_invites.create_many": (
        "createDeviceInvites",
        lambda api: api.device_invites.create_many(DEVICE, [_device_invite()]),
        _no_items,
    ),
    "device_invites.accept": (
        "acceptDeviceInvite",
        lambda api: api.device_invites.accept("https://login.tailscale.com/admin/invite/x"),
        _empty(AcceptDeviceInviteResponse),
    ),
    "user_invites.create": (
        "createUserInvites",
        lambda api: api.user_invites.create(),
        _empty(UserInvite),
    ),
    "user_invites.create_many": (
        "createUserInvites",
        lambda api: api.user_invites.create_many([_user_invite()]),
        _no_items,
    ),
    "policy.set": ("setPolicyFile", lambda api: api.policy.set("{}"), _written_document),
    "policy.preview": (
        "previewPolicyRuleMatches",
        lambda api: api.policy.preview("{}", user="amelie@example.com"),
        _empty(PolicyPreview),
    ),
    "policy.validate": (
        "validatePolicyFile",
        lambda api: api.policy.validate("{}"),
        _empty(PolicyValidation),
    ),
    "keys.create": ("createAuthKey", lambda api: api.keys.create(), _empty(Key)),
    "dns.set_nameservers": (
        "setDnsNameservers",
        lambda api: api.dns.set_nameservers(["8.8.8.8"]),
        _empty(DnsNameserversResult),
    ),
    "dns.set_preferences": (
        "setDnsPreferences",
        lambda api: api.dns.set_preferences(magic_dns=True),
        _empty(DnsPreferences),
    ),
    "dns.set_search_paths": (
        "setDnsSearchPaths",
        lambda api: api.dns.set_search_paths(["example.com"]),
        _no_items,
    ),
    "dns.update_split_dns": (
        "updateSplitDns",
        lambda api: api.dns.update_split_dns({"example.com": ["1.1.1.1"]}),
        _empty(SplitDns),
    ),
    "dns.set_split_dns": (
        "setSplitDns",
        lambda api: api.dns.set_split_dns({"example.com": ["1.1.1.1"]}),
        _empty(SplitDns),
    ),
    "webhooks.create": (
        "createWebhook",
        lambda api: api.webhooks.create("https://hooks.example.com/t", ["nodeCreated"]),
        _empty(Webhook),
    ),
    "webhooks.update": (
        "updateWebhook",
        lambda api: api.webhooks.update("e7b1CNTRL", ["nodeCreated"]),
        _empty(Webhook),
    ),
    "webhooks.rotate_secret": (
        "rotateWebhookSecret",
        lambda api: api.webhooks.rotate_secret("e7b1CNTRL"),
        _empty(Webhook),
    ),
    "logging.get_aws_external_id": (
        "getAwsExternalId",
        lambda api: api.logging.get_aws_external_id(),
        _empty(AwsExternalId),
    ),
    "posture_integrations.create": (
        "createPostureIntegration",
        lambda api: api.posture_integrations.create("intune", "secret", client_id="c"),
        _empty(PostureIntegration),
    ),
    "posture_integrations.update": (
        "updatePostureIntegration",
        lambda api: api.posture_integrations.update("pi1CNTRL", cloud_id="global"),
        _empty(PostureIntegration),
    ),
    "tailnet_settings.update": (
        "updateTailnetSettings",
        lambda api: api.tailnet_settings.update(devices_approval_on=True),
        _empty(TailnetSettings),
    ),
    "dns.set_configuration": (
        "setDnsConfiguration",
        lambda api: api.dns.set_configuration(
            nameservers=["1.1.1.1"], split_dns={}, search_paths=[], magic_dns=True
        ),
        _empty(DnsConfiguration),
    ),
    "keys.create_oauth_client": (
        "createAuthKey",
        lambda api: api.keys.create_oauth_client(scopes=["dns:read"]),
        _empty(Key),
    ),
    "keys.update_trust_credential": (
        "setKey",
        lambda api: api.keys.update_trust_credential(
            "kDEMO8CNTRL", key_type="client", scopes=["dns:read"]
        ),
        _empty(Key),
    ),
    "services.upsert": (
        "updateService",
        lambda api: api.services.upsert("svc:web", ports=["tcp:443"]),
        _empty(VIPServiceInfo),
    ),
    "services.set_device_approval": (
        "updateServiceDeviceApproval",
        lambda api: api.services.set_device_approval("svc:web", DEVICE, approved=True),
        _empty(VIPServiceApproval),
    ),
    "oauth_apps.create": (
        "createOAuthApp",
        lambda api: api.oauth_apps.create(
            "board", redirect_uris=["https://b.example.com/cb"], scopes=["dns:read"]
        ),
        _empty(OAuthApp),
    ),
    "oauth_apps.update": (
        "updateOAuthApp",
        lambda api: api.oauth_apps.update(
            "a2LmR9tCNTRL", name="board", redirect_uris=["https://b.example.com/cb"], scopes=["x"]
        ),
        _empty(OAuthApp),
    ),
    "organizations.create_tailnet": (
        "createOrganizationTailnet",
        lambda api: api.organizations.create_tailnet("customer-north"),
        _empty(CreateOrganizationTailnetResponse),
    ),
}


def _device_invite() -> Any:
    from tailscale_sdk_generated.models.create_device_invite_request import (
        CreateDeviceInviteRequest,
    )

    return CreateDeviceInviteRequest(multi_use=True)


def _user_invite() -> Any:
    from tailscale_sdk_generated.models.create_user_invite_request import (
        CreateUserInviteRequest,
    )

    return CreateUserInviteRequest(role="admin")


def _success(operation: spectools.Operation) -> dict[str, Any]:
    spec = spectools.load_spec()
    for status, response in operation.node["responses"].items():
        if status.startswith("2"):
            resolved, _ = spectools.resolve(spec, response, "")
            found: dict[str, Any] = resolved
            return found
    raise AssertionError(f"{operation.operation_id} documents no success")


def _documented_bodiless() -> set[str]:
    """The operations the 2026 doc lists under "Success responses that carry no body"."""
    text = DOC_2026.read_text(encoding="utf-8")
    section = text.split("## Success responses that carry no body", 1)[1].split("\n## ", 1)[0]
    listing = section.split("done the work:", 1)[1].strip().split("\n\n", 1)[0]
    names = set()
    for item in listing.replace("\n", " ").split(","):
        ours = re.search(r"\(our (\w+)\)", item)
        first = re.match(r"\s*(\w+)", item)
        assert first is not None, item
        names.add(ours[1] if ours else first[1])
    return names


def test_the_doc_list_is_read() -> None:
    names = _documented_bodiless()
    assert {"deleteDevice", "setDeviceIpv4Address", "testWebhook", "deleteOAuthApp"} <= names
    assert "deleteCustomDevicePostureAttribute" in names and len(names) == 28


def test_the_spec_documents_these_successes_without_a_body() -> None:
    """R7: every operation of the doc's list that the spec has answers without content."""
    ours = {op.operation_id: op for op in spectools.operations()}
    with_content = [
        name
        for name in sorted(_documented_bodiless() & set(ours))
        if "content" in _success(ours[name])
    ]
    assert with_content == []


def test_every_bodiless_operation_is_tried_below() -> None:
    bodiless = {op.operation_id for op in spectools.operations() if "content" not in _success(op)}
    assert bodiless == set(BODILESS)


def test_every_write_with_a_body_is_tried_below() -> None:
    writes = {
        op.operation_id
        for op in spectools.operations()
        if op.method != "get" and "content" in _success(op)
    }
    # The token endpoints are the auth layer's: a token answer without a token cannot be used.
    tokens = {"createOauthToken", "exchangeOauthToken"}
    assert writes - tokens == {operation for operation, _, _ in WRITES.values()}


@pytest.fixture
def answering(
    mode: str, make_sync: MakeClient, make_async: MakeClient, loop: asyncio.AbstractEventLoop
) -> Callable[[tuple[int, bytes, dict[str, str]]], tuple[Any, list[httpx.Request]]]:
    """A client of either kind whose requests all get ``answer``, and the requests made."""

    def make(answer: tuple[int, bytes, dict[str, str]]) -> tuple[Any, list[httpx.Request]]:
        sent: list[httpx.Request] = []
        status, content, headers = answer

        def handler(request: httpx.Request) -> httpx.Response:
            sent.append(request)
            return httpx.Response(status, content=content, headers=headers)

        transport = httpx.MockTransport(handler)
        if mode == "sync":
            client = make_sync(http_client=httpx.Client(transport=transport), max_retries=0)
            return client, sent
        made = make_async(http_client=httpx.AsyncClient(transport=transport), max_retries=0)
        return Blocking(made, loop), sent

    return make


JSON_TYPE = {"Content-Type": "application/json"}
# status, body, headers: a fresh response is made for each request.
BODIES: dict[str, tuple[int, bytes, dict[str, str]]] = {
    "nothing": (200, b"", {}),
    "empty object": (200, b"{}", JSON_TYPE),
    "null": (200, b"null", JSON_TYPE),
    "not JSON": (200, b"OK", {"Content-Type": "text/plain"}),
    "204": (204, b"", {}),
    "202 with whitespace": (202, b" \n", JSON_TYPE),
}


@pytest.mark.parametrize("body", BODIES, ids=list(BODIES))
@pytest.mark.parametrize("operation_id", BODILESS, ids=list(BODILESS))
def test_a_bodiless_operation_returns_none(
    answering: Callable[[tuple[int, bytes, dict[str, str]]], tuple[Any, list[httpx.Request]]],
    operation_id: str,
    body: str,
) -> None:
    api, sent = answering(BODIES[body])
    assert BODILESS[operation_id](api) is None
    assert len(sent) == 1


EMPTY_SUCCESSES: dict[str, tuple[int, bytes, dict[str, str]]] = {
    "nothing": (200, b"", {}),
    "null": (200, b"null", JSON_TYPE),
    "whitespace": (200, b"\r\n", JSON_TYPE),
    "204": (204, b"", {}),
}


@pytest.mark.parametrize("body", EMPTY_SUCCESSES, ids=list(EMPTY_SUCCESSES))
@pytest.mark.parametrize("method", WRITES, ids=list(WRITES))
def test_a_write_answered_without_its_body_does_not_raise(
    answering: Callable[[tuple[int, bytes, dict[str, str]]], tuple[Any, list[httpx.Request]]],
    method: str,
    body: str,
) -> None:
    _, call, expected = WRITES[method]
    api, sent = answering(EMPTY_SUCCESSES[body])
    result = call(api)
    assert expected(result), result
    assert len(sent) == 1


def test_a_list_answered_empty_is_empty(
    answering: Callable[[tuple[int, bytes, dict[str, str]]], tuple[Any, list[httpx.Request]]],
) -> None:
    api, _ = answering((200, b"", {}))
    assert api.devices.list() == []
    assert api.user_invites.list() == []
    assert api.webhooks.list() == []
    assert api.dns.get_nameservers() == []


# ------------------------------------------------------------ the generated low-level client


def _low_level(response: httpx.Response) -> Client:
    transport = httpx.MockTransport(lambda request: response)
    return Client(base_url="http://127.0.0.1/api/v2", httpx_args={"transport": transport})


@pytest.mark.parametrize("content", [b"", b"{}", b"null", b"OK"])
def test_low_level_bodiless_success(content: bytes) -> None:
    client = _low_level(httpx.Response(200, content=content))
    body = SetDeviceTagsRequest(tags=["tag:server"])
    response = set_device_tags.sync_detailed(DEVICE, client=client, body=body)
    assert (response.status_code, response.parsed) == (200, None)


@pytest.mark.parametrize("content", [b"", b"null", b"  "])
def test_low_level_empty_success_is_an_empty_model(content: bytes) -> None:
    client = _low_level(httpx.Response(200, content=content))
    from tailscale_sdk_generated.models.dns_nameservers_request import DnsNameserversRequest

    body = DnsNameserversRequest(dns=["8.8.8.8"])
    result = set_dns_nameservers.sync("-", client=client, body=body)
    assert isinstance(result, DnsNameserversResult) and result.to_dict() == {}


def test_low_level_empty_list() -> None:
    client = _low_level(httpx.Response(200, content=b"null"))
    assert list_user_invites.sync("-", client=client) == []


def test_low_level_any_2xx_is_the_documented_success() -> None:
    client = _low_level(httpx.Response(201, json={"magicDNS": True}))
    body = DnsPreferencesRequest(magic_dns=True)
    result = set_dns_preferences.sync("-", client=client, body=body)
    assert isinstance(result, DnsPreferences) and result.magic_dns is True


@pytest.mark.parametrize("method", ["policy.set"], ids=["policy"])
def test_a_body_the_method_does_not_use_is_never_read(
    answering: Callable[[tuple[int, bytes, dict[str, str]]], tuple[Any, list[httpx.Request]]],
    method: str,
) -> None:
    _, call, expected = WRITES[method]
    api, _ = answering((200, b"<html>done</html>", {"Content-Type": "text/html"}))
    assert expected(call(api))
