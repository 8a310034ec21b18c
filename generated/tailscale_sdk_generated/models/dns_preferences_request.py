from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DnsPreferencesRequest")


@_attrs_define
class DnsPreferencesRequest:
    """DNS preferences to set.

    Attributes:
        magic_dns (bool): True turns MagicDNS on, false turns it off.
    """

    magic_dns: bool

    def to_dict(self) -> dict[str, Any]:
        magic_dns = self.magic_dns

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "magicDNS": magic_dns,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        magic_dns = d.pop("magicDNS")

        return cls(
            magic_dns,
        )
