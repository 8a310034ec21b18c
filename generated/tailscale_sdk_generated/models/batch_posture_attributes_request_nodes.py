from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BatchPostureAttributesRequestNodes")


@_attrs_define
class BatchPostureAttributesRequestNodes:
    """The changes of each device, keyed by device id (`nodeId` preferred)."""

    additional_properties: dict[str, DevicePostureAttributesPatch] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        additional_properties: dict[str, DevicePostureAttributesPatch] = {}
        for prop_name, prop_dict in src_dict.items():
            additional_property = DevicePostureAttributesPatch.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        return cls(
            additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> DevicePostureAttributesPatch:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: DevicePostureAttributesPatch) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last: see the template (generator-templates/model.py.jinja).
from ..models.device_posture_attributes_patch import DevicePostureAttributesPatch  # noqa: E402
