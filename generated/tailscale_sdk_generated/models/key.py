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
    """An auth key or API access token.

    Attributes:
        id (None | str | Unset):
        key (None | str | Unset): The secret; only in the response that created the key.
        key_type (None | str | Unset): Known values auth, api, client; others may appear.
        created (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it has no
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
    """

    id: None | str | Unset = UNSET
    key: None | str | Unset = _attrs_field(default=UNSET, repr=False)
    key_type: None | str | Unset = UNSET
    created: datetime.datetime | None | str | Unset = UNSET
    expires: datetime.datetime | None | str | Unset = UNSET
    revoked: datetime.datetime | None | str | Unset = UNSET
    invalid: bool | None | Unset = UNSET
    capabilities: KeyCapabilities | None | Unset = UNSET
    expiry_seconds: int | Unset = UNSET
    description: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
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

        return cls(
            id,
            key,
            key_type,
            created,
            expires,
            revoked,
            invalid,
            capabilities,
            expiry_seconds,
            description,
            user_id,
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
from ..models.key_capabilities import KeyCapabilities  # noqa: E402
