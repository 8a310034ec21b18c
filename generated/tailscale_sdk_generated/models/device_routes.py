from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceRoutes")


@_attrs_define
class DeviceRoutes:
    """Subnet routes of a device.

    Attributes:
        advertised_routes (list[str] | None | Unset): Routes the device offers.
        enabled_routes (list[str] | None | Unset): Routes an admin approved.
    """

    advertised_routes: list[str] | None | Unset = UNSET
    enabled_routes: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advertised_routes: list[str] | None | Unset
        if isinstance(self.advertised_routes, Unset):
            advertised_routes = UNSET
        elif isinstance(self.advertised_routes, list):
            advertised_routes = self.advertised_routes

        else:
            advertised_routes = self.advertised_routes

        enabled_routes: list[str] | None | Unset
        if isinstance(self.enabled_routes, Unset):
            enabled_routes = UNSET
        elif isinstance(self.enabled_routes, list):
            enabled_routes = self.enabled_routes

        else:
            enabled_routes = self.enabled_routes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if advertised_routes is not UNSET:
            field_dict["advertisedRoutes"] = advertised_routes
        if enabled_routes is not UNSET:
            field_dict["enabledRoutes"] = enabled_routes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        advertised_routes: list[str] | None | Unset = d.pop("advertisedRoutes", UNSET)

        enabled_routes: list[str] | None | Unset = d.pop("enabledRoutes", UNSET)

        return cls(
            advertised_routes,
            enabled_routes,
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
