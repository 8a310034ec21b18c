from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DevicePostureIdentity")


@_attrs_define
class DevicePostureIdentity:
    """Hardware identifiers collected when posture identity collection is on; `disabled`
    is true when the device has not opted in.

        Attributes:
            serial_numbers (list[str] | None | Unset):
            disabled (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
    """

    serial_numbers: list[str] | None | Unset = UNSET
    disabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        serial_numbers: list[str] | None | Unset
        if isinstance(self.serial_numbers, Unset):
            serial_numbers = UNSET
        elif isinstance(self.serial_numbers, list):
            serial_numbers = self.serial_numbers

        else:
            serial_numbers = self.serial_numbers

        disabled: bool | None | Unset
        if isinstance(self.disabled, Unset):
            disabled = UNSET
        else:
            disabled = self.disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if serial_numbers is not UNSET:
            field_dict["serialNumbers"] = serial_numbers
        if disabled is not UNSET:
            field_dict["disabled"] = disabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _serial_numbers: Any = d.pop("serialNumbers", UNSET)
        serial_numbers: list[str] | None | Unset
        if isinstance(_serial_numbers, list):
            try:
                serial_numbers_type_0 = cast("list[str]", _serial_numbers)

                serial_numbers = serial_numbers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                serial_numbers = cast("list[str] | None | Unset", _serial_numbers)
        else:
            serial_numbers = _serial_numbers

        disabled: bool | None | Unset = d.pop("disabled", UNSET)

        device_posture_identity = cls(
            serial_numbers,
            disabled,
            d or {},
        )
        return device_posture_identity

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
