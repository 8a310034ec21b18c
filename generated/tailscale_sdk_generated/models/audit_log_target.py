from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogTarget")


@_attrs_define
class AuditLogTarget:
    """What a change was made to.

    Attributes:
        id (str | Unset):
        name (str | Unset):
        type_ (str | Unset):
        is_ephemeral (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        property_ (str | Unset): The property changed; empty when none was.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    is_ephemeral: bool | None | Unset = UNSET
    property_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        is_ephemeral: bool | None | Unset
        if isinstance(self.is_ephemeral, Unset):
            is_ephemeral = UNSET
        else:
            is_ephemeral = self.is_ephemeral

        property_ = self.property_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if is_ephemeral is not UNSET:
            field_dict["isEphemeral"] = is_ephemeral
        if property_ is not UNSET:
            field_dict["property"] = property_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        is_ephemeral: bool | None | Unset = d.pop("isEphemeral", UNSET)

        property_ = d.pop("property", UNSET)

        audit_log_target = cls(
            id,
            name,
            type_,
            is_ephemeral,
            property_,
            d or {},
        )
        return audit_log_target

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
