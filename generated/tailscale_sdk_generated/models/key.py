from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_time, parse_time

T = TypeVar("T", bound="Key")


@_attrs_define
class Key:
    """An auth key, an API access token, or a trust credential (an OAuth client or a federated identity).

    Attributes:
        id (None | str | Unset):
        key (None | str | Unset): The secret; only in the response that created the key.
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
        capabilities (KeyCapabilities | None | Unset):
        expiry_seconds (int | Unset): Lifetime the key was created with, in seconds.
        description (None | str | Unset):
        user_id (None | str | Unset): Owner of the key; empty for keys made by OAuth clients.
        scopes (list[str] | None | Unset): Scopes granted (OAuth clients, federated identities and API access tokens).
        tags (list[str] | None | Unset): Tags of an OAuth client or federated identity, which the auth keys it creates
            must carry.
        issuer (None | str | Unset): Federated identities only; the issuer of the ID tokens accepted.
        subject (None | str | Unset): Federated identities only; the pattern the token's `sub` claim must match.
        audience (None | str | Unset): Federated identities only; the value the token's `aud` claim must equal.
        custom_claim_rules (CustomClaimRules | None | Unset):
    """

    id: None | str | Unset = UNSET
    key: None | str | Unset = _attrs_field(default=UNSET, repr=False)
    key_type: None | str | Unset = UNSET
    created: datetime.datetime | None | str | Unset = UNSET
    updated: datetime.datetime | None | str | Unset = UNSET
    expires: datetime.datetime | None | str | Unset = UNSET
    revoked: datetime.datetime | None | str | Unset = UNSET
    invalid: bool | None | Unset = UNSET
    capabilities: KeyCapabilities | None | Unset = UNSET
    expiry_seconds: int | Unset = UNSET
    description: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    scopes: list[str] | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    issuer: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    audience: None | str | Unset = UNSET
    custom_claim_rules: CustomClaimRules | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
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
            created = format_time(self.created)
        else:
            created = self.created

        updated: None | str | Unset
        if isinstance(self.updated, Unset):
            updated = UNSET
        elif isinstance(self.updated, datetime.datetime):
            updated = format_time(self.updated)
        else:
            updated = self.updated

        expires: None | str | Unset
        if isinstance(self.expires, Unset):
            expires = UNSET
        elif isinstance(self.expires, datetime.datetime):
            expires = format_time(self.expires)
        else:
            expires = self.expires

        revoked: None | str | Unset
        if isinstance(self.revoked, Unset):
            revoked = UNSET
        elif isinstance(self.revoked, datetime.datetime):
            revoked = format_time(self.revoked)
        else:
            revoked = self.revoked

        invalid: bool | None | Unset
        if isinstance(self.invalid, Unset):
            invalid = UNSET
        else:
            invalid = self.invalid

        capabilities: dict[str, Any] | None | Unset
        if isinstance(self.capabilities, Unset):
            capabilities = UNSET
        elif isinstance(self.capabilities, KeyCapabilities):
            capabilities = self.capabilities.to_dict()
        else:
            capabilities = self.capabilities

        expiry_seconds = self.expiry_seconds

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
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
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
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
        id: None | str | Unset = d.pop("id", UNSET)

        key: None | str | Unset = d.pop("key", UNSET)

        key_type: None | str | Unset = d.pop("keyType", UNSET)

        _created: Any = d.pop("created", UNSET)
        created: datetime.datetime | None | str | Unset
        if isinstance(_created, str):
            try:
                componentsschemas_timestamp_type_0 = parse_time(_created)

                created = componentsschemas_timestamp_type_0
            except ValueError:  # not a time: kept as the string it is
                created = _created
        elif _created is None or _created is UNSET or isinstance(_created, str):
            created = _created
        else:
            raise TypeError(f"created: {type(_created).__name__} is not datetime.datetime | None | str | Unset")

        _updated: Any = d.pop("updated", UNSET)
        updated: datetime.datetime | None | str | Unset
        if isinstance(_updated, str):
            try:
                componentsschemas_timestamp_type_0 = parse_time(_updated)

                updated = componentsschemas_timestamp_type_0
            except ValueError:  # not a time: kept as the string it is
                updated = _updated
        elif _updated is None or _updated is UNSET or isinstance(_updated, str):
            updated = _updated
        else:
            raise TypeError(f"updated: {type(_updated).__name__} is not datetime.datetime | None | str | Unset")

        _expires: Any = d.pop("expires", UNSET)
        expires: datetime.datetime | None | str | Unset
        if isinstance(_expires, str):
            try:
                componentsschemas_timestamp_type_0 = parse_time(_expires)

                expires = componentsschemas_timestamp_type_0
            except ValueError:  # not a time: kept as the string it is
                expires = _expires
        elif _expires is None or _expires is UNSET or isinstance(_expires, str):
            expires = _expires
        else:
            raise TypeError(f"expires: {type(_expires).__name__} is not datetime.datetime | None | str | Unset")

        _revoked: Any = d.pop("revoked", UNSET)
        revoked: datetime.datetime | None | str | Unset
        if isinstance(_revoked, str):
            try:
                componentsschemas_timestamp_type_0 = parse_time(_revoked)

                revoked = componentsschemas_timestamp_type_0
            except ValueError:  # not a time: kept as the string it is
                revoked = _revoked
        elif _revoked is None or _revoked is UNSET or isinstance(_revoked, str):
            revoked = _revoked
        else:
            raise TypeError(f"revoked: {type(_revoked).__name__} is not datetime.datetime | None | str | Unset")

        invalid: bool | None | Unset = d.pop("invalid", UNSET)

        _capabilities: Any = d.pop("capabilities", UNSET)
        capabilities: KeyCapabilities | None | Unset
        if isinstance(_capabilities, dict):
            capabilities_type_0 = KeyCapabilities.from_dict(_capabilities)

            capabilities = capabilities_type_0
        elif _capabilities is None or _capabilities is UNSET:
            capabilities = _capabilities
        else:
            raise TypeError(f"capabilities: {type(_capabilities).__name__} is not KeyCapabilities | None | Unset")

        expiry_seconds = d.pop("expirySeconds", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        user_id: None | str | Unset = d.pop("userId", UNSET)

        scopes: list[str] | None | Unset = d.pop("scopes", UNSET)

        tags: list[str] | None | Unset = d.pop("tags", UNSET)

        issuer: None | str | Unset = d.pop("issuer", UNSET)

        subject: None | str | Unset = d.pop("subject", UNSET)

        audience: None | str | Unset = d.pop("audience", UNSET)

        _custom_claim_rules: Any = d.pop("customClaimRules", UNSET)
        custom_claim_rules: CustomClaimRules | None | Unset
        if isinstance(_custom_claim_rules, dict):
            custom_claim_rules_type_0 = CustomClaimRules.from_dict(_custom_claim_rules)

            custom_claim_rules = custom_claim_rules_type_0
        elif _custom_claim_rules is None or _custom_claim_rules is UNSET:
            custom_claim_rules = _custom_claim_rules
        else:
            raise TypeError(
                f"customClaimRules: {type(_custom_claim_rules).__name__} is not CustomClaimRules | None | Unset"
            )

        return cls(
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
