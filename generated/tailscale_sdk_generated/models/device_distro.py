from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceDistro")


@_attrs_define
class DeviceDistro:
    """The operating system distribution a device reports.

    Attributes:
        name (None | str | Unset): The distribution, such as ubuntu, debian or alpine.
        version (None | str | Unset): Its version, such as 25.04.
        code_name (None | str | Unset): Its code name, such as Plucky Puffin.
    """

    name: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    code_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        code_name: None | str | Unset
        if isinstance(self.code_name, Unset):
            code_name = UNSET
        else:
            code_name = self.code_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if version is not UNSET:
            field_dict["version"] = version
        if code_name is not UNSET:
            field_dict["codeName"] = code_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name: None | str | Unset = d.pop("name", UNSET)

        version: None | str | Unset = d.pop("version", UNSET)

        code_name: None | str | Unset = d.pop("codeName", UNSET)

        return cls(
            name,
            version,
            code_name,
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
