from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SharedDevice")


@_attrs_define
class SharedDevice:
    """A device as seen by the user it was shared with.

    Attributes:
        id (None | str | Unset):
        os (None | str | Unset):
        name (None | str | Unset):
        fqdn (None | str | Unset):
        ipv4 (None | str | Unset):
        ipv6 (None | str | Unset):
        include_exit_node (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
    """

    id: None | str | Unset = UNSET
    os: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    fqdn: None | str | Unset = UNSET
    ipv4: None | str | Unset = UNSET
    ipv6: None | str | Unset = UNSET
    include_exit_node: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        os: None | str | Unset
        if isinstance(self.os, Unset):
            os = UNSET
        else:
            os = self.os

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        fqdn: None | str | Unset
        if isinstance(self.fqdn, Unset):
            fqdn = UNSET
        else:
            fqdn = self.fqdn

        ipv4: None | str | Unset
        if isinstance(self.ipv4, Unset):
            ipv4 = UNSET
        else:
            ipv4 = self.ipv4

        ipv6: None | str | Unset
        if isinstance(self.ipv6, Unset):
            ipv6 = UNSET
        else:
            ipv6 = self.ipv6

        include_exit_node: bool | None | Unset
        if isinstance(self.include_exit_node, Unset):
            include_exit_node = UNSET
        else:
            include_exit_node = self.include_exit_node

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if os is not UNSET:
            field_dict["os"] = os
        if name is not UNSET:
            field_dict["name"] = name
        if fqdn is not UNSET:
            field_dict["fqdn"] = fqdn
        if ipv4 is not UNSET:
            field_dict["ipv4"] = ipv4
        if ipv6 is not UNSET:
            field_dict["ipv6"] = ipv6
        if include_exit_node is not UNSET:
            field_dict["includeExitNode"] = include_exit_node

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: None | str | Unset = d.pop("id", UNSET)

        os: None | str | Unset = d.pop("os", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        fqdn: None | str | Unset = d.pop("fqdn", UNSET)

        ipv4: None | str | Unset = d.pop("ipv4", UNSET)

        ipv6: None | str | Unset = d.pop("ipv6", UNSET)

        include_exit_node: bool | None | Unset = d.pop("includeExitNode", UNSET)

        return cls(
            id,
            os,
            name,
            fqdn,
            ipv4,
            ipv6,
            include_exit_node,
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
