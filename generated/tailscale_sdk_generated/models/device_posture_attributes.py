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
        attributes (DevicePostureAttributesAttributes | None | Unset): Attribute values by key (`node:...` from
            Tailscale, `custom:...` set through the API).
        expiries (DevicePostureAttributesExpiries | None | Unset): Expiry time of each attribute that has one.
    """

    attributes: DevicePostureAttributesAttributes | None | Unset = UNSET
    expiries: DevicePostureAttributesExpiries | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes: dict[str, Any] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, DevicePostureAttributesAttributes):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        expiries: dict[str, Any] | None | Unset
        if isinstance(self.expiries, Unset):
            expiries = UNSET
        elif isinstance(self.expiries, DevicePostureAttributesExpiries):
            expiries = self.expiries.to_dict()
        else:
            expiries = self.expiries

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
        _attributes: Any = d.pop("attributes", UNSET)
        attributes: DevicePostureAttributesAttributes | None | Unset
        if isinstance(_attributes, dict):
            attributes_type_0 = DevicePostureAttributesAttributes.from_dict(_attributes)

            attributes = attributes_type_0
        elif _attributes is None or _attributes is UNSET:
            attributes = _attributes
        else:
            raise TypeError(
                f"attributes: {type(_attributes).__name__} is not DevicePostureAttributesAttributes | None | Unset"
            )

        _expiries: Any = d.pop("expiries", UNSET)
        expiries: DevicePostureAttributesExpiries | None | Unset
        if isinstance(_expiries, dict):
            expiries_type_0 = DevicePostureAttributesExpiries.from_dict(_expiries)

            expiries = expiries_type_0
        elif _expiries is None or _expiries is UNSET:
            expiries = _expiries
        else:
            raise TypeError(
                f"expiries: {type(_expiries).__name__} is not DevicePostureAttributesExpiries | None | Unset"
            )

        return cls(
            attributes,
            expiries,
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
from ..models.device_posture_attributes_attributes import DevicePostureAttributesAttributes  # noqa: E402
from ..models.device_posture_attributes_expiries import DevicePostureAttributesExpiries  # noqa: E402
