from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KeyDeviceCapabilities")


@_attrs_define
class KeyDeviceCapabilities:
    """
    Attributes:
        create (KeyDeviceCreateCapabilities | Unset): How devices registered with an auth key are set up.
    """

    create: KeyDeviceCreateCapabilities | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create: dict[str, Any] | Unset = UNSET
        if not isinstance(self.create, Unset):
            create = self.create.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if create is not UNSET:
            field_dict["create"] = create

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _create = d.pop("create", UNSET)
        create: KeyDeviceCreateCapabilities | Unset
        if isinstance(_create, Unset):
            create = UNSET
        else:
            create = KeyDeviceCreateCapabilities.from_dict(_create)

        key_device_capabilities = cls(
            create,
            d or {},
        )
        return key_device_capabilities

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
from ..models.key_device_create_capabilities import KeyDeviceCreateCapabilities  # noqa: E402
