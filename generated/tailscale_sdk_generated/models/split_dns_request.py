from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SplitDnsRequest")


@_attrs_define
class SplitDnsRequest:
    """Nameservers by domain; `null` removes a domain."""

    additional_properties: dict[str, list[str] | None] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = prop

            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        additional_properties = {}
        for prop_name, prop_dict in src_dict.items():
            _additional_property: Any = prop_dict
            additional_property: list[str] | None
            if isinstance(_additional_property, list):
                try:
                    additional_property_type_0 = cast("list[str]", _additional_property)

                    additional_property = additional_property_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    additional_property = cast("list[str] | None", _additional_property)
            else:
                additional_property = _additional_property

            additional_properties[prop_name] = additional_property

        split_dns_request = cls(
            additional_properties,
        )
        return split_dns_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[str] | None:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[str] | None) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
