from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.key_capabilities import KeyCapabilities


T = TypeVar("T", bound="Key")


@_attrs_define
class Key:
    """An auth key or API access token.

    Attributes:
        id (str):
        key (str | Unset): The secret; only in the response that created the key.
        key_type (str | Unset): Known values auth, api, client; others may appear.
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
        capabilities (KeyCapabilities | Unset): What a key may do.
        expiry_seconds (int | Unset): Lifetime the key was created with, in seconds.
        description (str | Unset):
        user_id (str | Unset): Owner of the key; empty for keys made by OAuth clients.
    """

    id: str
    key: str | Unset = _attrs_field(default=UNSET, repr=False)
    key_type: str | Unset = UNSET
    created: datetime.datetime | None | str | Unset = UNSET
    expires: datetime.datetime | None | str | Unset = UNSET
    revoked: datetime.datetime | None | str | Unset = UNSET
    invalid: bool | None | Unset = UNSET
    capabilities: KeyCapabilities | Unset = UNSET
    expiry_seconds: int | Unset = UNSET
    description: str | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        key = self.key

        key_type = self.key_type

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

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
        from ..models.key_capabilities import KeyCapabilities  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        key = d.pop("key", UNSET)

        key_type = d.pop("keyType", UNSET)

        def _parse_created(data: object) -> datetime.datetime | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | str | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_expires(data: object) -> datetime.datetime | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | str | Unset, data)

        expires = _parse_expires(d.pop("expires", UNSET))

        def _parse_revoked(data: object) -> datetime.datetime | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | str | Unset, data)

        revoked = _parse_revoked(d.pop("revoked", UNSET))

        def _parse_invalid(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        invalid = _parse_invalid(d.pop("invalid", UNSET))

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: KeyCapabilities | Unset
        if isinstance(_capabilities, Unset):
            capabilities = UNSET
        else:
            capabilities = KeyCapabilities.from_dict(_capabilities)

        expiry_seconds = d.pop("expirySeconds", UNSET)

        description = d.pop("description", UNSET)

        user_id = d.pop("userId", UNSET)

        key = cls(
            id=id,
            key=key,
            key_type=key_type,
            created=created,
            expires=expires,
            revoked=revoked,
            invalid=invalid,
            capabilities=capabilities,
            expiry_seconds=expiry_seconds,
            description=description,
            user_id=user_id,
        )

        key.additional_properties = d
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
