from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DnsNameserversRequest")


@_attrs_define
class DnsNameserversRequest:
    """Global nameservers to set; an empty list removes them all.

    Attributes:
        dns (list[str]): Nameserver IP addresses (or DoH URLs); an empty list removes them all.
    """

    dns: list[str]

    def to_dict(self) -> dict[str, Any]:
        dns = self.dns

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dns": dns,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dns: list[str] = d.pop("dns")

        return cls(
            dns,
        )
