from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionCounts")


@_attrs_define
class ConnectionCounts:
    """Counters of one connection.

    Attributes:
        proto (int | None | str | Unset): IP protocol number (or name).
        src (None | str | Unset):
        dst (None | str | Unset):
        tx_pkts (int | Unset):
        tx_bytes (int | Unset):
        rx_pkts (int | Unset):
        rx_bytes (int | Unset):
    """

    proto: int | None | str | Unset = UNSET
    src: None | str | Unset = UNSET
    dst: None | str | Unset = UNSET
    tx_pkts: int | Unset = UNSET
    tx_bytes: int | Unset = UNSET
    rx_pkts: int | Unset = UNSET
    rx_bytes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        proto: int | None | str | Unset
        if isinstance(self.proto, Unset):
            proto = UNSET
        else:
            proto = self.proto

        src: None | str | Unset
        if isinstance(self.src, Unset):
            src = UNSET
        else:
            src = self.src

        dst: None | str | Unset
        if isinstance(self.dst, Unset):
            dst = UNSET
        else:
            dst = self.dst

        tx_pkts = self.tx_pkts

        tx_bytes = self.tx_bytes

        rx_pkts = self.rx_pkts

        rx_bytes = self.rx_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if proto is not UNSET:
            field_dict["proto"] = proto
        if src is not UNSET:
            field_dict["src"] = src
        if dst is not UNSET:
            field_dict["dst"] = dst
        if tx_pkts is not UNSET:
            field_dict["txPkts"] = tx_pkts
        if tx_bytes is not UNSET:
            field_dict["txBytes"] = tx_bytes
        if rx_pkts is not UNSET:
            field_dict["rxPkts"] = rx_pkts
        if rx_bytes is not UNSET:
            field_dict["rxBytes"] = rx_bytes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        proto: int | None | str | Unset = d.pop("proto", UNSET)

        src: None | str | Unset = d.pop("src", UNSET)

        dst: None | str | Unset = d.pop("dst", UNSET)

        tx_pkts = d.pop("txPkts", UNSET)

        tx_bytes = d.pop("txBytes", UNSET)

        rx_pkts = d.pop("rxPkts", UNSET)

        rx_bytes = d.pop("rxBytes", UNSET)

        return cls(
            proto,
            src,
            dst,
            tx_pkts,
            tx_bytes,
            rx_pkts,
            rx_bytes,
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
