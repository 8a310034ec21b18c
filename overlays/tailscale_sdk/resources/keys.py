"""Auth keys, API access tokens and trust credentials (spec tag ``keys``): ``ts.keys``.

A trust credential is an OAuth client (a client id and secret exchanged for access tokens)
or a federated identity (an OIDC ID token from a CI system or a cloud exchanged for access
tokens: workload identity federation, see :class:`~tailscale_sdk.WorkloadIdentityCredentials`).
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from datetime import timedelta
from functools import partial
from typing import Literal

from tailscale_sdk_generated.api.keys import (
    create_auth_key,
    delete_key,
    get_key,
    list_tailnet_keys,
    set_key,
)
from tailscale_sdk_generated.models.create_federated_identity_request import (
    CreateFederatedIdentityRequest,
)
from tailscale_sdk_generated.models.create_key_device_options import CreateKeyDeviceOptions
from tailscale_sdk_generated.models.create_key_request import CreateKeyRequest
from tailscale_sdk_generated.models.create_key_request_capabilities import (
    CreateKeyRequestCapabilities,
)
from tailscale_sdk_generated.models.create_key_request_capabilities_devices import (
    CreateKeyRequestCapabilitiesDevices,
)
from tailscale_sdk_generated.models.create_o_auth_client_request import CreateOAuthClientRequest
from tailscale_sdk_generated.models.custom_claim_rules_request import CustomClaimRulesRequest
from tailscale_sdk_generated.models.key import Key
from tailscale_sdk_generated.models.update_federated_identity_request import (
    UpdateFederatedIdentityRequest,
)
from tailscale_sdk_generated.models.update_o_auth_client_request import UpdateOAuthClientRequest
from tailscale_sdk_generated.types import UNSET, Unset

from .. import _validate as check
from .._core import Call, M, Resource, call, call_map, call_none, operation

__all__ = ["Keys"]

_TAGS = check.rule("CreateKeyDeviceOptions.tags")
_EXPIRY = check.rule("CreateKeyRequest.expirySeconds")
_DESCRIPTION = check.rule("CreateKeyRequest.description")
_SCOPES = check.rule("TrustCredentialScopes")
_CREDENTIAL_TAGS = check.rule("TrustCredentialTags")
_CREDENTIAL_DESCRIPTION = check.rule("KeyDescriptionRequest")
_ISSUER = check.rule("OidcIssuer")
_SUBJECT = check.rule("OidcSubject")
_AUDIENCE = check.rule("OidcAudience")


def _scopes(scopes: Iterable[str]) -> builtins.list[str]:
    return check.conform(check.strings(scopes, "scopes"), _SCOPES, "scopes")


def _tags(tags: Iterable[str] | None) -> builtins.list[str] | Unset:
    if tags is None:
        return UNSET
    return check.conform(check.strings(tags, "tags"), _CREDENTIAL_TAGS, "tags")


def _described(description: str | None) -> str | Unset:
    if description is None:
        return UNSET
    text = check.text(description, "description")
    return check.conform(text, _CREDENTIAL_DESCRIPTION, "description")


def _optional(value: str | None, rule: Mapping[str, object], name: str) -> str | Unset:
    return UNSET if value is None else check.conform(check.text(value, name), rule, name)


def _claim_rules(rules: Mapping[str, str] | None) -> CustomClaimRulesRequest | Unset:
    if rules is None:
        return UNSET
    if not isinstance(rules, Mapping):
        raise TypeError(f"custom_claim_rules must be a mapping, not {type(rules).__name__}")
    body = CustomClaimRulesRequest()
    for claim, pattern in rules.items():
        name = check.text(claim, "custom_claim_rules claim")
        if not name or not check.text(pattern, f"custom_claim_rules[{name!r}]"):
            raise ValueError("custom_claim_rules needs claim names and patterns that are not empty")
        body[name] = pattern
    return body


class Keys(Resource[M]):
    """Auth keys for registering devices, the caller's API access tokens, and trust
    credentials (OAuth clients and federated identities)."""

    @operation("listTailnetKeys")
    def list(self, *, tailnet: str | None = None) -> Call[builtins.list[Key]]:
        """List the keys the caller can see (often only their ids)."""
        send = partial(list_tailnet_keys.sync_detailed, self._tailnet(tailnet))
        return call_map(send, lambda page: page.keys or [])

    @operation("createAuthKey")
    def create(
        self,
        *,
        reusable: bool = False,
        ephemeral: bool = False,
        preauthorized: bool = False,
        tags: Iterable[str] = (),
        expiry: int | timedelta | None = None,
        description: str | None = None,
        tailnet: str | None = None,
    ) -> Call[Key]:
        """Create an auth key; its secret (``key.key``) is in this result only."""
        options = CreateKeyDeviceOptions(
            reusable=check.flag(reusable, "reusable"),
            ephemeral=check.flag(ephemeral, "ephemeral"),
            preauthorized=check.flag(preauthorized, "preauthorized"),
            tags=check.conform(check.strings(tags, "tags"), _TAGS, "tags"),
        )
        body = CreateKeyRequest(
            capabilities=CreateKeyRequestCapabilities(
                devices=CreateKeyRequestCapabilitiesDevices(create=options)
            ),
            expiry_seconds=UNSET
            if expiry is None
            else check.conform(check.seconds(expiry, "expiry"), _EXPIRY, "expiry"),
            description=UNSET
            if description is None
            else check.conform(check.text(description, "description"), _DESCRIPTION, "description"),
        )
        return call(partial(create_auth_key.sync_detailed, self._tailnet(tailnet), body=body))

    @operation("createAuthKey")
    def create_oauth_client(
        self,
        *,
        scopes: Iterable[str],
        tags: Iterable[str] | None = None,
        description: str | None = None,
        tailnet: str | None = None,
    ) -> Call[Key]:
        """Create an OAuth client; its secret (``key.key``) is in this result only.

        ``tags`` are needed when ``scopes`` include ``devices:core`` or ``auth_keys``: keys and
        devices it creates must carry them.
        """
        body = CreateOAuthClientRequest(
            scopes=_scopes(scopes), tags=_tags(tags), description=_described(description)
        )
        return call(partial(create_auth_key.sync_detailed, self._tailnet(tailnet), body=body))

    @operation("createAuthKey")
    def create_federated_identity(
        self,
        *,
        scopes: Iterable[str],
        issuer: str,
        subject: str,
        tags: Iterable[str] | None = None,
        audience: str | None = None,
        custom_claim_rules: Mapping[str, str] | None = None,
        description: str | None = None,
        tailnet: str | None = None,
    ) -> Call[Key]:
        """Create a federated identity, which accepts ID tokens that ``issuer`` signs.

        A token's ``sub`` must match ``subject`` and each claim named in
        ``custom_claim_rules`` its pattern (``*`` matches any run of characters); its ``aud``
        must equal ``audience``, which Tailscale makes up when left out (``key.audience``).
        """
        body = CreateFederatedIdentityRequest(
            scopes=_scopes(scopes),
            issuer=check.conform(check.text(issuer, "issuer"), _ISSUER, "issuer"),
            subject=check.conform(check.text(subject, "subject"), _SUBJECT, "subject"),
            tags=_tags(tags),
            audience=_optional(audience, _AUDIENCE, "audience"),
            custom_claim_rules=_claim_rules(custom_claim_rules),
            description=_described(description),
        )
        return call(partial(create_auth_key.sync_detailed, self._tailnet(tailnet), body=body))

    @operation("setKey")
    def update_trust_credential(
        self,
        key_id: str,
        *,
        key_type: Literal["client", "federated"],
        scopes: Iterable[str],
        tags: Iterable[str] | None = None,
        description: str | None = None,
        issuer: str | None = None,
        subject: str | None = None,
        audience: str | None = None,
        custom_claim_rules: Mapping[str, str] | None = None,
        tailnet: str | None = None,
    ) -> Call[Key]:
        """Change an OAuth client (``key_type="client"``) or a federated identity.

        ``issuer``, ``subject``, ``audience`` and ``custom_claim_rules`` are a federated
        identity's only. Settings left as None are not sent.
        """
        kind = check.one_of("key_type", key_type, ("client", "federated"))
        granted, tagged, note = _scopes(scopes), _tags(tags), _described(description)
        body: UpdateOAuthClientRequest | UpdateFederatedIdentityRequest
        if kind == "federated":
            body = UpdateFederatedIdentityRequest(
                scopes=granted,
                tags=tagged,
                description=note,
                issuer=_optional(issuer, _ISSUER, "issuer"),
                subject=_optional(subject, _SUBJECT, "subject"),
                audience=_optional(audience, _AUDIENCE, "audience"),
                custom_claim_rules=_claim_rules(custom_claim_rules),
            )
        else:
            oidc = {
                "issuer": issuer,
                "subject": subject,
                "audience": audience,
                "custom_claim_rules": custom_claim_rules,
            }
            given = [name for name, value in oidc.items() if value is not None]
            if given:
                raise ValueError(f"{', '.join(given)}: only a federated identity has these")
            body = UpdateOAuthClientRequest(scopes=granted, tags=tagged, description=note)
        send = partial(
            set_key.sync_detailed,
            self._tailnet(tailnet),
            check.identifier(key_id, "key_id"),
            body=body,
        )
        return call(send)

    @operation("getKey")
    def get(self, key_id: str, *, tailnet: str | None = None) -> Call[Key]:
        """Get one key, without its secret (``invalid`` is true once revoked or expired)."""
        key = check.identifier(key_id, "key_id")
        return call(partial(get_key.sync_detailed, self._tailnet(tailnet), key))

    @operation("deleteKey")
    def delete(self, key_id: str, *, tailnet: str | None = None) -> Call[None]:
        """Revoke a key; it stops working at once."""
        key = check.identifier(key_id, "key_id")
        return call_none(partial(delete_key.sync_detailed, self._tailnet(tailnet), key))
