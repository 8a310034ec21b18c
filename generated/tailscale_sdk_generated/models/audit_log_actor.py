from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogActor")


@_attrs_define
class AuditLogActor:
    """Who made a change.

    Attributes:
        id (str | Unset):
        type_ (str | Unset): Known values USER and NODE; others may appear.
        login_name (str | Unset):
        display_name (str | Unset):
        tags (list[str] | None | Unset):
    """

    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    login_name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        login_name = self.login_name

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
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        login_name = d.pop("loginName", UNSET)

        display_name = d.pop("displayName", UNSET)

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

        audit_log_actor = cls(
            id,
            type_,
            login_name,
            display_name,
            tags,
            d or {},
        )
        return audit_log_actor

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
