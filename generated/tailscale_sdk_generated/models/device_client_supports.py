from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceClientSupports")


@_attrs_define
class DeviceClientSupports:
    """Network features available to the client; `null` where unknown.

    Attributes:
        hair_pinning (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        ipv6 (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        pcp (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        pmp (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        udp (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        upnp (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
    """

    hair_pinning: bool | None | Unset = UNSET
    ipv6: bool | None | Unset = UNSET
    pcp: bool | None | Unset = UNSET
    pmp: bool | None | Unset = UNSET
    udp: bool | None | Unset = UNSET
    upnp: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hair_pinning: bool | None | Unset
        if isinstance(self.hair_pinning, Unset):
            hair_pinning = UNSET
        else:
            hair_pinning = self.hair_pinning

        ipv6: bool | None | Unset
        if isinstance(self.ipv6, Unset):
            ipv6 = UNSET
        else:
            ipv6 = self.ipv6

        pcp: bool | None | Unset
        if isinstance(self.pcp, Unset):
            pcp = UNSET
        else:
            pcp = self.pcp

        pmp: bool | None | Unset
        if isinstance(self.pmp, Unset):
            pmp = UNSET
        else:
            pmp = self.pmp

        udp: bool | None | Unset
        if isinstance(self.udp, Unset):
            udp = UNSET
        else:
            udp = self.udp

        upnp: bool | None | Unset
        if isinstance(self.upnp, Unset):
            upnp = UNSET
        else:
            upnp = self.upnp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hair_pinning is not UNSET:
            field_dict["hairPinning"] = hair_pinning
        if ipv6 is not UNSET:
            field_dict["ipv6"] = ipv6
        if pcp is not UNSET:
            field_dict["pcp"] = pcp
        if pmp is not UNSET:
            field_dict["pmp"] = pmp
        if udp is not UNSET:
            field_dict["udp"] = udp
        if upnp is not UNSET:
            field_dict["upnp"] = upnp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hair_pinning: bool | None | Unset = d.pop("hairPinning", UNSET)

        ipv6: bool | None | Unset = d.pop("ipv6", UNSET)

        pcp: bool | None | Unset = d.pop("pcp", UNSET)

        pmp: bool | None | Unset = d.pop("pmp", UNSET)

        udp: bool | None | Unset = d.pop("udp", UNSET)

        upnp: bool | None | Unset = d.pop("upnp", UNSET)

        return cls(
            hair_pinning,
            ipv6,
            pcp,
            pmp,
            udp,
            upnp,
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
