from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DnsConfigurationSplitDns")


@_attrs_define
class DnsConfigurationSplitDns:
    """Resolvers for the names under each DNS suffix, keyed by suffix."""

    additional_properties: dict[str, list[DnsConfigurationResolver] | None] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = []
                for additional_property_type_0_item_data in prop:
                    additional_property_type_0_item = additional_property_type_0_item_data.to_dict()
                    field_dict[prop_name].append(additional_property_type_0_item)

            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        additional_properties: dict[str, list[DnsConfigurationResolver] | None] = {}
        for prop_name, prop_dict in src_dict.items():
            _additional_property: Any = prop_dict
            additional_property: list[DnsConfigurationResolver] | None
            if isinstance(_additional_property, list):
                additional_property_type_0 = []
                _additional_property_type_0 = _additional_property
                for additional_property_type_0_item_data in _additional_property_type_0:
                    additional_property_type_0_item = DnsConfigurationResolver.from_dict(
                        additional_property_type_0_item_data
                    )

                    additional_property_type_0.append(additional_property_type_0_item)

                additional_property = additional_property_type_0
            elif _additional_property is None:
                additional_property = _additional_property
            else:
                raise TypeError(
                    f"AdditionalProperty: {type(_additional_property).__name__} is not list[DnsConfigurationResolver] | None"
                )

            additional_properties[prop_name] = additional_property

        return cls(
            additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[DnsConfigurationResolver] | None:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[DnsConfigurationResolver] | None) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last: see the template (generator-templates/model.py.jinja).
from ..models.dns_configuration_resolver import DnsConfigurationResolver  # noqa: E402
