from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KeyCapabilities")


@_attrs_define
class KeyCapabilities:
    """What a key may do.

    Attributes:
        devices (KeyDeviceCapabilities | None | Unset):
    """

    devices: KeyDeviceCapabilities | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        devices: dict[str, Any] | None | Unset
        if isinstance(self.devices, Unset):
            devices = UNSET
        elif isinstance(self.devices, KeyDeviceCapabilities):
            devices = self.devices.to_dict()
        else:
            devices = self.devices

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if devices is not UNSET:
            field_dict["devices"] = devices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _devices: Any = d.pop("devices", UNSET)
        devices: KeyDeviceCapabilities | None | Unset
        if isinstance(_devices, dict):
            devices_type_0 = KeyDeviceCapabilities.from_dict(_devices)

            devices = devices_type_0
        elif _devices is None or _devices is UNSET:
            devices = _devices
        else:
            raise TypeError(f"devices: {type(_devices).__name__} is not KeyDeviceCapabilities | None | Unset")

        return cls(
            devices,
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
from ..models.key_device_capabilities import KeyDeviceCapabilities  # noqa: E402
