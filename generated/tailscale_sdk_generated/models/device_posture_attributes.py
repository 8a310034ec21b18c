from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DevicePostureAttributes")


@_attrs_define
class DevicePostureAttributes:
    """The posture attributes of a device.

    Attributes:
        attributes (DevicePostureAttributesAttributes | Unset): Attribute values by key (`node:...` from Tailscale,
            `custom:...` set through the API).
        expiries (DevicePostureAttributesExpiries | Unset): Expiry time of each attribute that has one.
    """

    attributes: DevicePostureAttributesAttributes | Unset = UNSET
    expiries: DevicePostureAttributesExpiries | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        expiries: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiries, Unset):
            expiries = self.expiries.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if expiries is not UNSET:
            field_dict["expiries"] = expiries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _attributes = d.pop("attributes", UNSET)
        attributes: DevicePostureAttributesAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = DevicePostureAttributesAttributes.from_dict(_attributes)

        _expiries = d.pop("expiries", UNSET)
        expiries: DevicePostureAttributesExpiries | Unset
        if isinstance(_expiries, Unset):
            expiries = UNSET
        else:
            expiries = DevicePostureAttributesExpiries.from_dict(_expiries)

        device_posture_attributes = cls(
            attributes,
            expiries,
            d or {},
        )
        return device_posture_attributes

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
from ..models.device_posture_attributes_attributes import DevicePostureAttributesAttributes  # noqa: E402
from ..models.device_posture_attributes_expiries import DevicePostureAttributesExpiries  # noqa: E402
