from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogActor")


@_attrs_define
class AuditLogActor:
    """Who made a change.

    Attributes:
        id (None | str | Unset):
        type_ (None | str | Unset): Known values USER and NODE; others may appear.
        login_name (None | str | Unset):
        display_name (None | str | Unset):
        tags (list[str] | None | Unset):
    """

    id: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    login_name: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        login_name: None | str | Unset
        if isinstance(self.login_name, Unset):
            login_name = UNSET
        else:
            login_name = self.login_name

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if login_name is not UNSET:
            field_dict["loginName"] = login_name
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: None | str | Unset = d.pop("id", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        login_name: None | str | Unset = d.pop("loginName", UNSET)

        display_name: None | str | Unset = d.pop("displayName", UNSET)

        tags: list[str] | None | Unset = d.pop("tags", UNSET)

        return cls(
            id,
            type_,
            login_name,
            display_name,
            tags,
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
