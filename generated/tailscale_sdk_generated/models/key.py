from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Key")


@_attrs_define
class Key:
    """An auth key, an API access token, or a trust credential (an OAuth client or a federated identity).

    Attributes:
        id (str):
        key (str | Unset): The secret; only in the response that created the key.
        key_type (None | str | Unset): auth: a device auth key; client: an OAuth client; federated: a federated
            identity;
            api: an API access token (a personal one, or one minted through a trust credential).
        created (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it has no
            value (for example
            the creation time of a device shared in from another tailnet).
        updated (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it has no
            value (for example
            the creation time of a device shared in from another tailnet).
        expires (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it has no
            value (for example
            the creation time of a device shared in from another tailnet).
        revoked (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it has no
            value (for example
            the creation time of a device shared in from another tailnet).
        invalid (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        capabilities (KeyCapabilities | Unset): What a key may do.
        expiry_seconds (int | Unset): Lifetime the key was created with, in seconds.
        description (str | Unset):
        user_id (str | Unset): Owner of the key; empty for keys made by OAuth clients.
        scopes (list[str] | None | Unset): Scopes granted (OAuth clients, federated identities and API access tokens).
        tags (list[str] | None | Unset): Tags of an OAuth client or federated identity, which the auth keys it creates
            must carry.
        issuer (None | str | Unset): Federated identities only; the issuer of the ID tokens accepted.
        subject (None | str | Unset): Federated identities only; the pattern the token's `sub` claim must match.
        audience (None | str | Unset): Federated identities only; the value the token's `aud` claim must equal.
        custom_claim_rules (CustomClaimRules | None | Unset):
    """

    id: str
    key: str | Unset = _attrs_field(default=UNSET, repr=False)
    key_type: None | str | Unset = UNSET
    created: datetime.datetime | None | str | Unset = UNSET
    updated: datetime.datetime | None | str | Unset = UNSET
    expires: datetime.datetime | None | str | Unset = UNSET
    revoked: datetime.datetime | None | str | Unset = UNSET
    invalid: bool | None | Unset = UNSET
    capabilities: KeyCapabilities | Unset = UNSET
    expiry_seconds: int | Unset = UNSET
    description: str | Unset = UNSET
    user_id: str | Unset = UNSET
    scopes: list[str] | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    issuer: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    audience: None | str | Unset = UNSET
    custom_claim_rules: CustomClaimRules | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        key = self.key

        key_type: None | str | Unset
        if isinstance(self.key_type, Unset):
            key_type = UNSET
        else:
            key_type = self.key_type

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        updated: None | str | Unset
        if isinstance(self.updated, Unset):
            updated = UNSET
        elif isinstance(self.updated, datetime.datetime):
            updated = self.updated.isoformat()
        else:
            updated = self.updated

        expires: None | str | Unset
        if isinstance(self.expires, Unset):
            expires = UNSET
        elif isinstance(self.expires, datetime.datetime):
            expires = self.expires.isoformat()
        else:
            expires = self.expires

        revoked: None | str | Unset
        if isinstance(self.revoked, Unset):
            revoked = UNSET
        elif isinstance(self.revoked, datetime.datetime):
            revoked = self.revoked.isoformat()
        else:
            revoked = self.revoked

        invalid: bool | None | Unset
        if isinstance(self.invalid, Unset):
            invalid = UNSET
        else:
            invalid = self.invalid

        capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities.to_dict()

        expiry_seconds = self.expiry_seconds

        description = self.description

        user_id = self.user_id

        scopes: list[str] | None | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        elif isinstance(self.scopes, list):
            scopes = self.scopes

        else:
            scopes = self.scopes

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        issuer: None | str | Unset
        if isinstance(self.issuer, Unset):
            issuer = UNSET
        else:
            issuer = self.issuer

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        audience: None | str | Unset
        if isinstance(self.audience, Unset):
            audience = UNSET
        else:
            audience = self.audience

        custom_claim_rules: dict[str, Any] | None | Unset
        if isinstance(self.custom_claim_rules, Unset):
            custom_claim_rules = UNSET
        elif isinstance(self.custom_claim_rules, CustomClaimRules):
            custom_claim_rules = self.custom_claim_rules.to_dict()
        else:
            custom_claim_rules = self.custom_claim_rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key
        if key_type is not UNSET:
            field_dict["keyType"] = key_type
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if expires is not UNSET:
            field_dict["expires"] = expires
        if revoked is not UNSET:
            field_dict["revoked"] = revoked
        if invalid is not UNSET:
            field_dict["invalid"] = invalid
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if expiry_seconds is not UNSET:
            field_dict["expirySeconds"] = expiry_seconds
        if description is not UNSET:
            field_dict["description"] = description
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if tags is not UNSET:
            field_dict["tags"] = tags
        if issuer is not UNSET:
            field_dict["issuer"] = issuer
        if subject is not UNSET:
            field_dict["subject"] = subject
        if audience is not UNSET:
            field_dict["audience"] = audience
        if custom_claim_rules is not UNSET:
            field_dict["customClaimRules"] = custom_claim_rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        key = d.pop("key", UNSET)

        key_type: None | str | Unset = d.pop("keyType", UNSET)

        _created: Any = d.pop("created", UNSET)
        created: datetime.datetime | None | str | Unset
        if isinstance(_created, str):
            try:
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(_created)

                created = componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created = cast("datetime.datetime | None | str | Unset", _created)
        else:
            created = _created

        _updated: Any = d.pop("updated", UNSET)
        updated: datetime.datetime | None | str | Unset
        if isinstance(_updated, str):
            try:
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(_updated)

                updated = componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                updated = cast("datetime.datetime | None | str | Unset", _updated)
        else:
            updated = _updated

        _expires: Any = d.pop("expires", UNSET)
        expires: datetime.datetime | None | str | Unset
        if isinstance(_expires, str):
            try:
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(_expires)

                expires = componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                expires = cast("datetime.datetime | None | str | Unset", _expires)
        else:
            expires = _expires

        _revoked: Any = d.pop("revoked", UNSET)
        revoked: datetime.datetime | None | str | Unset
        if isinstance(_revoked, str):
            try:
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(_revoked)

                revoked = componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                revoked = cast("datetime.datetime | None | str | Unset", _revoked)
        else:
            revoked = _revoked

        invalid: bool | None | Unset = d.pop("invalid", UNSET)

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: KeyCapabilities | Unset
        if isinstance(_capabilities, Unset):
            capabilities = UNSET
        else:
            capabilities = KeyCapabilities.from_dict(_capabilities)

        expiry_seconds = d.pop("expirySeconds", UNSET)

        description = d.pop("description", UNSET)

        user_id = d.pop("userId", UNSET)

        _scopes: Any = d.pop("scopes", UNSET)
        scopes: list[str] | None | Unset
        if isinstance(_scopes, list):
            try:
                scopes_type_0 = cast("list[str]", _scopes)

                scopes = scopes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                scopes = cast("list[str] | None | Unset", _scopes)
        else:
            scopes = _scopes

        _tags: Any = d.pop("tags", UNSET)
        tags: list[str] | None | Unset
        if isinstance(_tags, list):
            try:
                tags_type_0 = cast("list[str]", _tags)

                tags = tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                tags = cast("list[str] | None | Unset", _tags)
        else:
            tags = _tags

        issuer: None | str | Unset = d.pop("issuer", UNSET)

        subject: None | str | Unset = d.pop("subject", UNSET)

        audience: None | str | Unset = d.pop("audience", UNSET)

        _custom_claim_rules: Any = d.pop("customClaimRules", UNSET)
        custom_claim_rules: CustomClaimRules | None | Unset
        if isinstance(_custom_claim_rules, dict):
            try:
                custom_claim_rules_type_0 = CustomClaimRules.from_dict(_custom_claim_rules)

                custom_claim_rules = custom_claim_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                custom_claim_rules = cast("CustomClaimRules | None | Unset", _custom_claim_rules)
        else:
            custom_claim_rules = _custom_claim_rules

        key = cls(
            id,
            key,
            key_type,
            created,
            updated,
            expires,
            revoked,
            invalid,
            capabilities,
            expiry_seconds,
            description,
            user_id,
            scopes,
            tags,
            issuer,
            subject,
            audience,
            custom_claim_rules,
            d or {},
        )
        return key

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last: see the template (generator-templates/model.py.jinja).
from ..models.custom_claim_rules import CustomClaimRules  # noqa: E402
from ..models.key_capabilities import KeyCapabilities  # noqa: E402
