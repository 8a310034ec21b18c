from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DevicePostureAttributesPatch")


@_attrs_define
class DevicePostureAttributesPatch:
    """The changes of one device, keyed by `custom:` attribute name: a setting writes the
    attribute, `null` removes it.

    """

    additional_properties: dict[str, None | PostureAttributeSetting] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, PostureAttributeSetting):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        additional_properties: dict[str, None | PostureAttributeSetting] = {}
        for prop_name, prop_dict in src_dict.items():
            _additional_property: Any = prop_dict
            additional_property: None | PostureAttributeSetting
            if isinstance(_additional_property, dict):
                additional_property_type_0 = PostureAttributeSetting.from_dict(_additional_property)

                additional_property = additional_property_type_0
            elif _additional_property is None:
                additional_property = _additional_property
            else:
                raise TypeError(
                    f"AdditionalProperty: {type(_additional_property).__name__} is not None | PostureAttributeSetting"
                )

            additional_properties[prop_name] = additional_property

        return cls(
            additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> None | PostureAttributeSetting:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: None | PostureAttributeSetting) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last: see the template (generator-templates/model.py.jinja).
from ..models.posture_attribute_setting import PostureAttributeSetting  # noqa: E402
