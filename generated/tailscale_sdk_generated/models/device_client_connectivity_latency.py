from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeviceClientConnectivityLatency")


@_attrs_define
class DeviceClientConnectivityLatency:
    """Latency to each DERP region, keyed by region name."""

    additional_properties: dict[str, DerpLatency | None] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, DerpLatency):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        additional_properties: dict[str, DerpLatency | None] = {}
        for prop_name, prop_dict in src_dict.items():
            _additional_property: Any = prop_dict
            additional_property: DerpLatency | None
            if isinstance(_additional_property, dict):
                additional_property_type_0 = DerpLatency.from_dict(_additional_property)

                additional_property = additional_property_type_0
            elif _additional_property is None:
                additional_property = _additional_property
            else:
                raise TypeError(f"AdditionalProperty: {type(_additional_property).__name__} is not DerpLatency | None")

            additional_properties[prop_name] = additional_property

        return cls(
            additional_properties,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> DerpLatency | None:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: DerpLatency | None) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last: see the template (generator-templates/model.py.jinja).
from ..models.derp_latency import DerpLatency  # noqa: E402
