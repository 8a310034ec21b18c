from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_time, parse_time

T = TypeVar("T", bound="OrganizationTailnet")


@_attrs_define
class OrganizationTailnet:
    """A tailnet of an organization.

    Attributes:
        id (None | str | Unset): The tailnet id.
        display_name (None | str | Unset):
        org_id (None | str | Unset): The id of the organization.
        created_at (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it has
            no value (for example
            the creation time of a device shared in from another tailnet).
    """

    id: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    org_id: None | str | Unset = UNSET
    created_at: datetime.datetime | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        org_id: None | str | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        else:
            org_id = self.org_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = format_time(self.created_at)
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if org_id is not UNSET:
            field_dict["orgId"] = org_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: None | str | Unset = d.pop("id", UNSET)

        display_name: None | str | Unset = d.pop("displayName", UNSET)

        org_id: None | str | Unset = d.pop("orgId", UNSET)

        _created_at: Any = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | None | str | Unset
        if isinstance(_created_at, str):
            try:
                componentsschemas_timestamp_type_0 = parse_time(_created_at)

                created_at = componentsschemas_timestamp_type_0
            except ValueError:  # not a time: kept as the string it is
                created_at = _created_at
        elif _created_at is None or _created_at is UNSET or isinstance(_created_at, str):
            created_at = _created_at
        else:
            raise TypeError(f"createdAt: {type(_created_at).__name__} is not datetime.datetime | None | str | Unset")

        return cls(
            id,
            display_name,
            org_id,
            created_at,
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
