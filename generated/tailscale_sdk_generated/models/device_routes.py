from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        _advertised_routes: Any = d.pop("advertisedRoutes", UNSET)
        advertised_routes: list[str] | None | Unset
        if isinstance(_advertised_routes, list):
            try:
                advertised_routes_type_0 = cast("list[str]", _advertised_routes)

                advertised_routes = advertised_routes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                advertised_routes = cast("list[str] | None | Unset", _advertised_routes)
        else:
            advertised_routes = _advertised_routes

        _enabled_routes: Any = d.pop("enabledRoutes", UNSET)
        enabled_routes: list[str] | None | Unset
        if isinstance(_enabled_routes, list):
            try:
                enabled_routes_type_0 = cast("list[str]", _enabled_routes)

                enabled_routes = enabled_routes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                enabled_routes = cast("list[str] | None | Unset", _enabled_routes)
        else:
            enabled_routes = _enabled_routes

        device_routes = cls(
            advertised_routes,
            enabled_routes,
            d or {},
        )
        return device_routes

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
