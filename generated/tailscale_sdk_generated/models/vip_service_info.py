from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VIPServiceInfo")


@_attrs_define
class VIPServiceInfo:
    """A Tailscale Service, a virtual endpoint with its own tailnet addresses that devices host.

    Attributes:
        name (None | str | Unset): The Service name (`svc:` prefix), unique in the tailnet.
        display_name (None | str | Unset): A name for people, 64 characters at most.
        addrs (list[str] | None | Unset): The Service's tailnet addresses, IPv4 first, then IPv6.
        comment (None | str | Unset): A free-text note.
        ports (list[str] | None | Unset): Exposed `protocol:port` pairs such as `tcp:443`, or `do-not-validate`.
        tags (list[str] | None | Unset): Tags of the Service.
    """

    name: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    addrs: list[str] | None | Unset = UNSET
    comment: None | str | Unset = UNSET
    ports: list[str] | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        addrs: list[str] | None | Unset
        if isinstance(self.addrs, Unset):
            addrs = UNSET
        elif isinstance(self.addrs, list):
            addrs = self.addrs

        else:
            addrs = self.addrs

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        ports: list[str] | None | Unset
        if isinstance(self.ports, Unset):
            ports = UNSET
        elif isinstance(self.ports, list):
            ports = self.ports

        else:
            ports = self.ports

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if addrs is not UNSET:
            field_dict["addrs"] = addrs
        if comment is not UNSET:
            field_dict["comment"] = comment
        if ports is not UNSET:
            field_dict["ports"] = ports
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name: None | str | Unset = d.pop("name", UNSET)

        display_name: None | str | Unset = d.pop("displayName", UNSET)

        addrs: list[str] | None | Unset = d.pop("addrs", UNSET)

        comment: None | str | Unset = d.pop("comment", UNSET)

        ports: list[str] | None | Unset = d.pop("ports", UNSET)

        tags: list[str] | None | Unset = d.pop("tags", UNSET)

        return cls(
            name,
            display_name,
            addrs,
            comment,
            ports,
            tags,
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
