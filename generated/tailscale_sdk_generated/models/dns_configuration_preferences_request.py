from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DnsConfigurationPreferencesRequest")


@_attrs_define
class DnsConfigurationPreferencesRequest:
    """Tailnet-wide DNS switches; each is false when left out.

    Attributes:
        override_local_dns (bool | Unset): The global nameservers take precedence over the devices' local DNS settings.
        magic_dns (bool | Unset): MagicDNS names are served.
    """

    override_local_dns: bool | Unset = UNSET
    magic_dns: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        override_local_dns = self.override_local_dns

        magic_dns = self.magic_dns

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if override_local_dns is not UNSET:
            field_dict["overrideLocalDNS"] = override_local_dns
        if magic_dns is not UNSET:
            field_dict["magicDNS"] = magic_dns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        override_local_dns = d.pop("overrideLocalDNS", UNSET)

        magic_dns = d.pop("magicDNS", UNSET)

        return cls(
            override_local_dns,
            magic_dns,
        )
