from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DnsConfigurationPreferences")


@_attrs_define
class DnsConfigurationPreferences:
    """Tailnet-wide DNS switches.

    Attributes:
        override_local_dns (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        magic_dns (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
    """

    override_local_dns: bool | None | Unset = UNSET
    magic_dns: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        override_local_dns: bool | None | Unset
        if isinstance(self.override_local_dns, Unset):
            override_local_dns = UNSET
        else:
            override_local_dns = self.override_local_dns

        magic_dns: bool | None | Unset
        if isinstance(self.magic_dns, Unset):
            magic_dns = UNSET
        else:
            magic_dns = self.magic_dns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if override_local_dns is not UNSET:
            field_dict["overrideLocalDNS"] = override_local_dns
        if magic_dns is not UNSET:
            field_dict["magicDNS"] = magic_dns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        override_local_dns: bool | None | Unset = d.pop("overrideLocalDNS", UNSET)

        magic_dns: bool | None | Unset = d.pop("magicDNS", UNSET)

        return cls(
            override_local_dns,
            magic_dns,
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
