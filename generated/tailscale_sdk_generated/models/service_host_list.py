from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceHostList")


@_attrs_define
class ServiceHostList:
    """The devices that host a Service.

    Attributes:
        hosts (list[ServiceHostInfo] | None | Unset):
    """

    hosts: list[ServiceHostInfo] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hosts: list[dict[str, Any]] | None | Unset
        if isinstance(self.hosts, Unset):
            hosts = UNSET
        elif isinstance(self.hosts, list):
            hosts = []
            for hosts_type_0_item_data in self.hosts:
                hosts_type_0_item = hosts_type_0_item_data.to_dict()
                hosts.append(hosts_type_0_item)

        else:
            hosts = self.hosts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hosts is not UNSET:
            field_dict["hosts"] = hosts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _hosts: Any = d.pop("hosts", UNSET)
        hosts: list[ServiceHostInfo] | None | Unset
        if isinstance(_hosts, list):
            hosts_type_0 = []
            _hosts_type_0 = _hosts
            for hosts_type_0_item_data in _hosts_type_0:
                hosts_type_0_item = ServiceHostInfo.from_dict(hosts_type_0_item_data)

                hosts_type_0.append(hosts_type_0_item)

            hosts = hosts_type_0
        elif _hosts is None or _hosts is UNSET:
            hosts = _hosts
        else:
            raise TypeError(f"hosts: {type(_hosts).__name__} is not list[ServiceHostInfo] | None | Unset")

        return cls(
            hosts,
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
from ..models.service_host_info import ServiceHostInfo  # noqa: E402
