from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VIPServiceList")


@_attrs_define
class VIPServiceList:
    """The Services of a tailnet.

    Attributes:
        vip_services (list[VIPServiceInfo] | None | Unset):
    """

    vip_services: list[VIPServiceInfo] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vip_services: list[dict[str, Any]] | None | Unset
        if isinstance(self.vip_services, Unset):
            vip_services = UNSET
        elif isinstance(self.vip_services, list):
            vip_services = []
            for vip_services_type_0_item_data in self.vip_services:
                vip_services_type_0_item = vip_services_type_0_item_data.to_dict()
                vip_services.append(vip_services_type_0_item)

        else:
            vip_services = self.vip_services

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vip_services is not UNSET:
            field_dict["vipServices"] = vip_services

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _vip_services: Any = d.pop("vipServices", UNSET)
        vip_services: list[VIPServiceInfo] | None | Unset
        if isinstance(_vip_services, list):
            vip_services_type_0 = []
            _vip_services_type_0 = _vip_services
            for vip_services_type_0_item_data in _vip_services_type_0:
                vip_services_type_0_item = VIPServiceInfo.from_dict(vip_services_type_0_item_data)

                vip_services_type_0.append(vip_services_type_0_item)

            vip_services = vip_services_type_0
        elif _vip_services is None or _vip_services is UNSET:
            vip_services = _vip_services
        else:
            raise TypeError(f"vipServices: {type(_vip_services).__name__} is not list[VIPServiceInfo] | None | Unset")

        return cls(
            vip_services,
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
from ..models.vip_service_info import VIPServiceInfo  # noqa: E402
