from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceList")


@_attrs_define
class DeviceList:
    """The devices of a tailnet.

    Attributes:
        devices (list[Device] | None | Unset):
    """

    devices: list[Device] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        devices: list[dict[str, Any]] | None | Unset
        if isinstance(self.devices, Unset):
            devices = UNSET
        elif isinstance(self.devices, list):
            devices = []
            for devices_type_0_item_data in self.devices:
                devices_type_0_item = devices_type_0_item_data.to_dict()
                devices.append(devices_type_0_item)

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
        devices: list[Device] | None | Unset
        if isinstance(_devices, list):
            devices_type_0 = []
            _devices_type_0 = _devices
            for devices_type_0_item_data in _devices_type_0:
                devices_type_0_item = Device.from_dict(devices_type_0_item_data)

                devices_type_0.append(devices_type_0_item)

            devices = devices_type_0
        elif _devices is None or _devices is UNSET:
            devices = _devices
        else:
            raise TypeError(f"devices: {type(_devices).__name__} is not list[Device] | None | Unset")

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
from ..models.device import Device  # noqa: E402
