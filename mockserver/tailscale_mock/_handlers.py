"""One handler per operationId of openapi.yaml; each turns a validated request into a reply."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from . import _policy
from ._spec import HUJSON, JSON, schema_validator
from ._state import ApiError, MockTailnet, Principal


@dataclass
class Context:
    """A request that passed authentication and validation against the spec."""

    tailnet: MockTailnet
    principal: Principal | None
    path: Mapping[str, str]
    query: Mapping[str, str]
    headers: Mapping[str, str]
    body: bytes
    content_type: str
    token_ttl: float
    oauth_clients: Mapping[str, str]
    query_items: tuple[tuple[str, str], ...] = ()

    def query_list(self, name: str) -> list[str]:
        """Every value of a repeatable query parameter, in order."""
        return [v for k, v in self.query_items if k == name]

    def json(self) -> Any:
        return json.loads(self.body)

    def text(self) -> str:
        return self.body.decode("utf-8")

    @property
    def tailnet_name(self) -> str:
        return self.path["tailnet"]

    @property
    def device_id(self) -> str:
        return self.path["deviceId"]

    @property
    def caller(self) -> Principal:
        assert self.principal is not None, "operation requires authentication"
        return self.principal

    def wants_json(self) -> bool:
        return JSON in self.headers.get("accept", "")


@dataclass
class Reply:
    """What a handler answers: a JSON value, raw text with a media type, or nothing."""

    status: int = 200
    body: Any = None
    text: str | None = None
    media_type: str | None = JSON
    headers: dict[str, str] = field(default_factory=dict)

    def encode(self) -> bytes:
        if self.text is not None:
            return self.text.encode("utf-8")
        if self.media_type is None:
            return b""
        return json.dumps(self.body, separators=(",", ":")).encode("utf-8")


EMPTY = Reply(body={})
NO_BODY = Reply(media_type=None)

Handler = Callable[[Context], Reply]
HANDLERS: dict[str, Handler] = {}


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    def register(func: Handler) -> Handler:
        HANDLERS[operation_id] = func
        return func

    return register


# ---------------------------------------------------------------------- devices


@handles("getDevice")
def get_device(ctx: Context) -> Reply:
    return Reply(
        body=ctx.tailnet.device_view(ctx.tailnet.device(ctx.device_id), ctx.query.get("fields"))
    )


@handles("deleteDevice")
def delete_device(ctx: Context) -> Reply:
    ctx.tailnet.delete_device(ctx.device_id)
    return NO_BODY


@handles("expireDeviceKey")
def expire_device_key(ctx: Context) -> Reply:
    ctx.tailnet.expire_device_key(ctx.device_id)
    return NO_BODY


@handles("getDeviceRoutes")
def get_device_routes(ctx: Context) -> Reply:
    return Reply(body=ctx.tailnet.routes(ctx.device_id))


@handles("setDeviceRoutes")
def set_device_routes(ctx: Context) -> Reply:
    return Reply(body=ctx.tailnet.set_routes(ctx.device_id, ctx.json()["routes"]))


@handles("authorizeDevice")
def authorize_device(ctx: Context) -> Reply:
    ctx.tailnet.device(ctx.device_id)["authorized"] = ctx.json()["authorized"]
    return EMPTY


@handles("setDeviceTags")
def set_device_tags(ctx: Context) -> Reply:
    ctx.tailnet.set_tags(ctx.device_id, ctx.json()["tags"])
    return EMPTY


@handles("updateDeviceKey")
def update_device_key(ctx: Context) -> Reply:
    ctx.tailnet.update_key_expiry(ctx.device_id, ctx.json().get("keyExpiryDisabled"))
    return EMPTY


@handles("setDeviceIpv4Address")
def set_device_ipv4_address(ctx: Context) -> Reply:
    ctx.tailnet.set_ipv4(ctx.device_id, ctx.json()["ipv4"])
    return EMPTY


@handles("getDevicePostureAttributes")
def get_device_posture_attributes(ctx: Context) -> Reply:
    return Reply(body=ctx.tailnet.posture_attributes(ctx.device_id))


@handles("setCustomDevicePostureAttribute")
def set_custom_device_posture_attribute(ctx: Context) -> Reply:
    body = ctx.json()
    ctx.tailnet.set_posture_attribute(
        ctx.device_id, ctx.path["attributeKey"], body["value"], body.get("expiry")
    )
    return EMPTY


@handles("deleteCustomDevicePostureAttribute")
def delete_custom_device_posture_attribute(ctx: Context) -> Reply:
    ctx.tailnet.delete_posture_attribute(ctx.device_id, ctx.path["attributeKey"])
    return EMPTY


@handles("listTailnetDevices")
def list_tailnet_devices(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    fields = ctx.query.get("fields")
    filters = [(k, v) for k, v in ctx.query_items if k != "fields"]
    devices = [
        ctx.tailnet.device_view(d, fields)
        for d in ctx.tailnet.devices.values()
        if all(device_field_matches(d, name, value) for name, value in filters)
    ]
    return Reply(body={"devices": devices})


def device_field_matches(device: Mapping[str, Any], name: str, value: str) -> bool:
    """Whether the device's field `name` equals `value` or, for a list field, contains it.

    Matching reads the stored device, whatever `fields` shows. A field devices do not
    have matches nothing (no error: the API names its fields, a typo just finds none), and
    so does an object field such as `clientConnectivity`. Booleans match `true`/`false`.
    """
    if name not in device:
        return False
    field = device[name]
    candidates = field if isinstance(field, list) else [field]
    return any(_as_query_text(c) == value for c in candidates)


def _as_query_text(value: Any) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return str(value)
    return None


@handles("setDeviceName")
def set_device_name(ctx: Context) -> Reply:
    ctx.tailnet.set_device_name(ctx.device_id, ctx.json()["name"])
    return EMPTY


# ---------------------------------------------------------------------- device invites


@handles("listDeviceInvites")
def list_device_invites(ctx: Context) -> Reply:
    return Reply(body=ctx.tailnet.list_device_invites(ctx.device_id))


@handles("createDeviceInvites")
def create_device_invites(ctx: Context) -> Reply:
    return Reply(body=ctx.tailnet.create_device_invites(ctx.device_id, ctx.json(), ctx.caller))


@handles("getDeviceInvite")
def get_device_invite(ctx: Context) -> Reply:
    return Reply(body=ctx.tailnet.device_invite(ctx.path["deviceInviteId"]))


@handles("deleteDeviceInvite")
def delete_device_invite(ctx: Context) -> Reply:
    ctx.tailnet.delete_device_invite(ctx.path["deviceInviteId"])
    return EMPTY


@handles("resendDeviceInvite")
def resend_device_invite(ctx: Context) -> Reply:
    ctx.tailnet.resend(ctx.tailnet.device_invite(ctx.path["deviceInviteId"]))
    return EMPTY


@handles("acceptDeviceInvite")
def accept_device_invite(ctx: Context) -> Reply:
    return Reply(body=ctx.tailnet.accept_device_invite(ctx.json()["invite"], ctx.caller))


# ---------------------------------------------------------------------- user invites


@handles("listUserInvites")
def list_user_invites(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    return Reply(body=list(ctx.tailnet.user_invites.values()))


@handles("createUserInvites")
def create_user_invites(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    return Reply(body=ctx.tailnet.create_user_invites(ctx.json(), ctx.caller))


@handles("getUserInvite")
def get_user_invite(ctx: Context) -> Reply:
    return Reply(body=ctx.tailnet.user_invite(ctx.path["userInviteId"]))


@handles("deleteUserInvite")
def delete_user_invite(ctx: Context) -> Reply:
    ctx.tailnet.delete_user_invite(ctx.path["userInviteId"])
    return EMPTY


@handles("resendUserInvite")
def resend_user_invite(ctx: Context) -> Reply:
    ctx.tailnet.resend(ctx.tailnet.user_invite(ctx.path["userInviteId"]))
    return EMPTY


# ---------------------------------------------------------------------- policy file


def _policy_body(ctx: Context) -> tuple[str, Any]:
    """The request body as (text, parsed value); HuJSON is parsed here, JSON was checked."""
    text = ctx.text()
    if ctx.content_type == HUJSON:
        try:
            return text, _policy.parse_hujson(text)
        except _policy.PolicyError as exc:
            raise ApiError(400, str(exc)) from None
    return text, ctx.json()


def _policy_object(ctx: Context) -> tuple[str, dict[str, Any]]:
    text, parsed = _policy_body(ctx)
    if ctx.content_type == HUJSON:
        if not isinstance(parsed, dict):
            raise ApiError(400, "policy file must be a JSON object")
        _check_schema(parsed, "PolicyFile")
    return text, parsed


def _check_schema(parsed: Any, component: str) -> None:
    """Hold a parsed HuJSON body to the schema its JSON twin is validated against."""
    errors = list(schema_validator(component).iter_errors(parsed))
    if errors:
        first = errors[0]
        where = "/".join(str(p) for p in first.absolute_path) or "(top level)"
        raise ApiError(400, f"invalid HuJSON body at {where}: {first.message}")


def _policy_reply(ctx: Context) -> Reply:
    policy = ctx.tailnet.policy
    headers = {"ETag": policy.etag}
    if ctx.wants_json():
        return Reply(body=policy.parsed, headers=headers)
    return Reply(text=policy.text, media_type=HUJSON, headers=headers)


@handles("getPolicyFile")
def get_policy_file(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    if ctx.query.get("details") == "1":
        return Reply(body=ctx.tailnet.policy.details(), headers={"ETag": ctx.tailnet.policy.etag})
    return _policy_reply(ctx)


@handles("setPolicyFile")
def set_policy_file(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    policy = ctx.tailnet.policy
    text, parsed = _policy_object(ctx)  # a broken body is a 400 whatever If-Match says
    if_match = ctx.headers.get("if-match")
    if if_match is not None:
        wanted = if_match.strip().strip('"')
        if (wanted == "ts-default" and not policy.is_default) or (
            wanted != "ts-default" and f'"{wanted}"' != policy.etag
        ):
            raise ApiError(412, "precondition failed, invalid old hash")
    failures = _policy.run_tests(parsed, _policy.policy_tests(parsed))
    if failures:
        raise ApiError(400, "test(s) failed", data=failures)
    policy.replace(text, parsed)
    ctx.tailnet.emit("policyUpdate", "the policy file was changed", {"newPolicy": policy.etag})
    return _policy_reply(ctx)


@handles("previewPolicyRuleMatches")
def preview_policy_rule_matches(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    text, parsed = _policy_object(ctx)
    kind, target = ctx.query["type"], ctx.query["previewFor"]
    matches = _policy.preview(parsed, text, kind, target)
    return Reply(body={"matches": matches, "type": kind, "previewFor": target})


@handles("validatePolicyFile")
def validate_policy_file(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    _, parsed = _policy_body(ctx)
    if ctx.content_type == HUJSON:
        _check_schema(parsed, "PolicyValidateRequest")
    if isinstance(parsed, list):
        policy, tests = ctx.tailnet.policy.parsed, parsed
    else:
        policy, tests = parsed, _policy.policy_tests(parsed)
    failures = _policy.run_tests(policy, tests)
    return Reply(body={"message": "test(s) failed", "data": failures} if failures else {})


# ---------------------------------------------------------------------- keys


@handles("listTailnetKeys")
def list_tailnet_keys(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    return Reply(body={"keys": ctx.tailnet.list_keys(ctx.caller)})


@handles("createAuthKey")
def create_auth_key(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    return Reply(body=ctx.tailnet.create_key(ctx.json(), ctx.caller))


@handles("getKey")
def get_key(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    return Reply(body=ctx.tailnet.key_view(ctx.path["keyId"]))


@handles("deleteKey")
def delete_key(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    ctx.tailnet.delete_key(ctx.path["keyId"])
    return NO_BODY


# ---------------------------------------------------------------------- DNS


@handles("getDnsNameservers")
def get_dns_nameservers(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    return Reply(body={"dns": list(ctx.tailnet.nameservers)})


@handles("setDnsNameservers")
def set_dns_nameservers(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    return Reply(body=ctx.tailnet.set_nameservers(ctx.json()["dns"]))


@handles("getDnsPreferences")
def get_dns_preferences(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    return Reply(body={"magicDNS": ctx.tailnet.magic_dns})


@handles("setDnsPreferences")
def set_dns_preferences(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    ctx.tailnet.set_magic_dns(ctx.json()["magicDNS"])
    return Reply(body={"magicDNS": ctx.tailnet.magic_dns})


@handles("getDnsSearchPaths")
def get_dns_search_paths(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    return Reply(body={"searchPaths": list(ctx.tailnet.search_paths)})


@handles("setDnsSearchPaths")
def set_dns_search_paths(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    ctx.tailnet.search_paths = list(ctx.json()["searchPaths"])
    return Reply(body={"searchPaths": list(ctx.tailnet.search_paths)})


@handles("getSplitDns")
def get_split_dns(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    return Reply(body=dict(ctx.tailnet.split_dns))


@handles("updateSplitDns")
def update_split_dns(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    return Reply(body=ctx.tailnet.update_split_dns(ctx.json()))


@handles("setSplitDns")
def set_split_dns(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    return Reply(body=ctx.tailnet.replace_split_dns(ctx.json()))


# ---------------------------------------------------------------------- OAuth


OAUTH_FORM_FIELDS = frozenset({"client_id", "client_secret", "scope", "tags"})


@handles("createOauthToken")
def create_oauth_token(ctx: Context) -> Reply:
    form = dict(parse_qsl(ctx.text(), keep_blank_values=True))
    # openapi-core reads only the fields a form schema names, so it cannot see extra ones.
    unknown = sorted(form.keys() - OAUTH_FORM_FIELDS)
    if unknown:
        raise ApiError(400, f"unknown form fields: {', '.join(unknown)}")
    client_id, secret = form["client_id"], form["client_secret"]
    if ctx.oauth_clients.get(client_id) != secret:
        raise ApiError(401, "invalid client credentials")
    scope = form.get("scope") or "all"
    token = ctx.tailnet.issue_token(ctx.token_ttl, scope, form.get("tags", ""))
    return Reply(
        body={
            "access_token": token,
            "token_type": "Bearer",
            "expires_in": int(ctx.token_ttl),
            "scope": scope,
        }
    )


# ---------------------------------------------------------------------- users


@handles("listUsers")
def list_users(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    users = ctx.tailnet.list_users(ctx.query.get("type"), ctx.query.get("role"))
    return Reply(body={"users": users})


@handles("getUser")
def get_user(ctx: Context) -> Reply:
    return Reply(body=ctx.tailnet.user_view(ctx.tailnet.user(ctx.path["userId"])))


@handles("approveUser")
def approve_user(ctx: Context) -> Reply:
    ctx.tailnet.approve_user(ctx.path["userId"])
    return NO_BODY


@handles("suspendUser")
def suspend_user(ctx: Context) -> Reply:
    ctx.tailnet.suspend_user(ctx.path["userId"])
    return NO_BODY


@handles("restoreUser")
def restore_user(ctx: Context) -> Reply:
    ctx.tailnet.restore_user(ctx.path["userId"])
    return NO_BODY


@handles("deleteUser")
def delete_user(ctx: Context) -> Reply:
    ctx.tailnet.delete_user(ctx.path["userId"])
    return NO_BODY


@handles("updateUserRole")
def update_user_role(ctx: Context) -> Reply:
    ctx.tailnet.set_user_role(ctx.path["userId"], ctx.json()["role"])
    return NO_BODY


# ---------------------------------------------------------------------- webhooks


@handles("listWebhooks")
def list_webhooks(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    return Reply(body={"webhooks": list(ctx.tailnet.webhooks.values())})


@handles("createWebhook")
def create_webhook(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    return Reply(body=ctx.tailnet.create_webhook(ctx.json(), ctx.caller))


@handles("getWebhook")
def get_webhook(ctx: Context) -> Reply:
    return Reply(body=ctx.tailnet.webhook(ctx.path["endpointId"]))


@handles("updateWebhook")
def update_webhook(ctx: Context) -> Reply:
    return Reply(
        body=ctx.tailnet.update_webhook(ctx.path["endpointId"], ctx.json()["subscriptions"])
    )


@handles("deleteWebhook")
def delete_webhook(ctx: Context) -> Reply:
    ctx.tailnet.delete_webhook(ctx.path["endpointId"])
    return NO_BODY


@handles("testWebhook")
def test_webhook(ctx: Context) -> Reply:
    ctx.tailnet.test_webhook(ctx.path["endpointId"])
    return Reply(status=202, media_type=None)


@handles("rotateWebhookSecret")
def rotate_webhook_secret(ctx: Context) -> Reply:
    return Reply(body=ctx.tailnet.rotate_webhook_secret(ctx.path["endpointId"]))


# ---------------------------------------------------------------------- contacts


@handles("getContacts")
def get_contacts(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    return Reply(body=ctx.tailnet.contacts)


@handles("updateContact")
def update_contact(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    ctx.tailnet.update_contact(ctx.path["contactType"], ctx.json()["email"])
    return NO_BODY


@handles("resendContactVerificationEmail")
def resend_contact_verification_email(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    ctx.tailnet.resend_contact_verification(ctx.path["contactType"])
    return NO_BODY


# ---------------------------------------------------------------------- logging


@handles("listConfigurationAuditLogs")
def list_configuration_audit_logs(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    logs = ctx.tailnet.audit_log_entries(
        ctx.query["start"],
        ctx.query["end"],
        ctx.query_list("actor"),
        ctx.query_list("target"),
        ctx.query_list("event"),
    )
    return Reply(body={"version": "1.1", "tailnet": ctx.tailnet.name, "logs": logs})


@handles("listNetworkFlowLogs")
def list_network_flow_logs(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    logs = ctx.tailnet.flow_log_entries(ctx.query["start"], ctx.query["end"])
    return Reply(body={"logs": logs})


@handles("getLogStreamingConfiguration")
def get_log_streaming_configuration(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    return Reply(body=ctx.tailnet.log_stream(ctx.path["logType"]))


@handles("setLogStreamingConfiguration")
def set_log_streaming_configuration(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    ctx.tailnet.set_log_stream(ctx.path["logType"], ctx.json())
    return NO_BODY


@handles("disableLogStreaming")
def disable_log_streaming(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    ctx.tailnet.disable_log_stream(ctx.path["logType"])
    return NO_BODY


@handles("getLogStreamingStatus")
def get_log_streaming_status(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    return Reply(body=ctx.tailnet.log_stream_state(ctx.path["logType"]))


@handles("getAwsExternalId")
def get_aws_external_id(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    reusable = bool(ctx.json().get("reusable", False)) if ctx.body else False
    return Reply(body=ctx.tailnet.aws_external_id(reusable))


# ---------------------------------------------------------------------- posture integrations


@handles("listPostureIntegrations")
def list_posture_integrations(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    return Reply(body={"integrations": list(ctx.tailnet.posture_integrations.values())})


@handles("createPostureIntegration")
def create_posture_integration(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    return Reply(body=ctx.tailnet.create_posture_integration(ctx.json()))


@handles("getPostureIntegration")
def get_posture_integration(ctx: Context) -> Reply:
    return Reply(body=ctx.tailnet.posture_integration(ctx.path["postureIntegrationId"]))


@handles("updatePostureIntegration")
def update_posture_integration(ctx: Context) -> Reply:
    integration_id = ctx.path["postureIntegrationId"]
    return Reply(body=ctx.tailnet.update_posture_integration(integration_id, ctx.json()))


@handles("deletePostureIntegration")
def delete_posture_integration(ctx: Context) -> Reply:
    ctx.tailnet.delete_posture_integration(ctx.path["postureIntegrationId"])
    return NO_BODY


# ---------------------------------------------------------------------- tailnet settings


@handles("getTailnetSettings")
def get_tailnet_settings(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    return Reply(body=ctx.tailnet.settings)


@handles("updateTailnetSettings")
def update_tailnet_settings(ctx: Context) -> Reply:
    ctx.tailnet.resolve_tailnet(ctx.tailnet_name)
    ctx.tailnet.settings.update(ctx.json())
    return Reply(body=ctx.tailnet.settings)
