from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DevicePostureAttributesExpiries")


@_attrs_define
class DevicePostureAttributesExpiries:
    """Expiry time of each attribute that has one."""

    additional_properties: dict[str, datetime.datetime | None | str] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, datetime.datetime):
                field_dict[prop_name] = prop.isoformat()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        additional_properties = {}
        for prop_name, prop_dict in src_dict.items():
            _additional_property: Any = prop_dict
            additional_property: datetime.datetime | None | str
            if isinstance(_additional_property, str):
                try:
                    componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(_additional_property)

                    additional_property = componentsschemas_timestamp_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    additional_property = cast("datetime.datetime | None | str", _additional_property)
            else:
                additional_property = _additional_property

            additional_properties[prop_name] = additional_property

        device_posture_attributes_expiries = cls(
            additional_properties,
        )
        return device_posture_attributes_expiries

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> datetime.datetime | None | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: datetime.datetime | None | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
