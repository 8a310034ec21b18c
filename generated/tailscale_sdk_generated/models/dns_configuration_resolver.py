from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DnsConfigurationResolver")


@_attrs_define
class DnsConfigurationResolver:
    """A DNS resolver.

    Attributes:
        address (None | str | Unset): The resolver's IPv4 or IPv6 address.
        use_with_exit_node (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
    """

    address: None | str | Unset = UNSET
    use_with_exit_node: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        use_with_exit_node: bool | None | Unset
        if isinstance(self.use_with_exit_node, Unset):
            use_with_exit_node = UNSET
        else:
            use_with_exit_node = self.use_with_exit_node

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if use_with_exit_node is not UNSET:
            field_dict["useWithExitNode"] = use_with_exit_node

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address: None | str | Unset = d.pop("address", UNSET)

        use_with_exit_node: bool | None | Unset = d.pop("useWithExitNode", UNSET)

        return cls(
            address,
            use_with_exit_node,
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
