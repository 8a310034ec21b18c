from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DnsNameserversResult")


@_attrs_define
class DnsNameserversResult:
    """Nameservers after a change, and whether MagicDNS is on.

    Attributes:
        dns (list[str] | None | Unset):
        magic_dns (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
    """

    dns: list[str] | None | Unset = UNSET
    magic_dns: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dns: list[str] | None | Unset
        if isinstance(self.dns, Unset):
            dns = UNSET
        elif isinstance(self.dns, list):
            dns = self.dns

        else:
            dns = self.dns

        magic_dns: bool | None | Unset
        if isinstance(self.magic_dns, Unset):
            magic_dns = UNSET
        else:
            magic_dns = self.magic_dns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dns is not UNSET:
            field_dict["dns"] = dns
        if magic_dns is not UNSET:
            field_dict["magicDNS"] = magic_dns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _dns: Any = d.pop("dns", UNSET)
        dns: list[str] | None | Unset
        if isinstance(_dns, list):
            try:
                dns_type_0 = cast("list[str]", _dns)

                dns = dns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                dns = cast("list[str] | None | Unset", _dns)
        else:
            dns = _dns

        magic_dns: bool | None | Unset = d.pop("magicDNS", UNSET)

        dns_nameservers_result = cls(
            dns,
            magic_dns,
            d or {},
        )
        return dns_nameservers_result

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
