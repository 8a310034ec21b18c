from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KeyDeviceCreateCapabilities")


@_attrs_define
class KeyDeviceCreateCapabilities:
    """How devices registered with an auth key are set up.

    Attributes:
        reusable (bool | Unset): The key can register more than one device.
        ephemeral (bool | Unset): Devices it registers are removed once they go offline.
        preauthorized (bool | Unset): Devices it registers need no admin approval.
        tags (list[str] | Unset): Tags given to devices it registers.
    """

    reusable: bool | Unset = UNSET
    ephemeral: bool | Unset = UNSET
    preauthorized: bool | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reusable = self.reusable

        ephemeral = self.ephemeral

        preauthorized = self.preauthorized

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reusable is not UNSET:
            field_dict["reusable"] = reusable
        if ephemeral is not UNSET:
            field_dict["ephemeral"] = ephemeral
        if preauthorized is not UNSET:
            field_dict["preauthorized"] = preauthorized
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reusable = d.pop("reusable", UNSET)

        ephemeral = d.pop("ephemeral", UNSET)

        preauthorized = d.pop("preauthorized", UNSET)

        tags: list[str] | Unset = d.pop("tags", UNSET)

        key_device_create_capabilities = cls(
            reusable,
            ephemeral,
            preauthorized,
            tags,
            d or {},
        )
        return key_device_create_capabilities

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
