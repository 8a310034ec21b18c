from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DnsConfigurationResolverRequest")


@_attrs_define
class DnsConfigurationResolverRequest:
    """A DNS resolver.

    Attributes:
        address (str): The resolver's IPv4 or IPv6 address.
        use_with_exit_node (bool | Unset): Devices keep using this resolver behind an exit node (Tailscale 1.88.1 or
            later).
    """

    address: str
    use_with_exit_node: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        use_with_exit_node = self.use_with_exit_node

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "address": address,
            }
        )
        if use_with_exit_node is not UNSET:
            field_dict["useWithExitNode"] = use_with_exit_node

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address")

        use_with_exit_node = d.pop("useWithExitNode", UNSET)

        return cls(
            address,
            use_with_exit_node,
        )
