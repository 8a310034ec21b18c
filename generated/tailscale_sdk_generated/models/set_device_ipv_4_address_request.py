from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SetDeviceIpv4AddressRequest")


@_attrs_define
class SetDeviceIpv4AddressRequest:
    """
    Attributes:
        ipv4 (str): The new Tailscale IPv4 address, inside 100.64.0.0/10.
    """

    ipv4: str

    def to_dict(self) -> dict[str, Any]:
        ipv4 = self.ipv4

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ipv4": ipv4,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ipv4 = d.pop("ipv4")

        return cls(
            ipv4,
        )
