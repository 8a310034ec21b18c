from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="VIPServiceInfoPut")


@_attrs_define
class VIPServiceInfoPut:
    """A Service to create, or the new settings of an existing one.

    Attributes:
        name (str | Unset): The Service name; on a create it must equal the name in the path, on an update a
            different name renames the Service.
        addrs (list[str] | Unset): New Service: nothing, or the one IPv4 address to use. Existing Service: its IPv4
            address (which may change), then its IPv6 address (which may not).
        comment (str | Unset): A free-text note.
        ports (list[str] | Unset): `tcp:<port>` pairs to expose (only TCP is supported), or `do-not-validate` to skip
            checks.
        tags (list[str] | Unset): Tags of the Service.
    """

    name: str | Unset = UNSET
    addrs: list[str] | Unset = UNSET
    comment: str | Unset = UNSET
    ports: list[str] | Unset = UNSET
    tags: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        addrs: list[str] | Unset = UNSET
        if not isinstance(self.addrs, Unset):
            addrs = self.addrs

        comment = self.comment

        ports: list[str] | Unset = UNSET
        if not isinstance(self.ports, Unset):
            ports = self.ports

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
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
        name = d.pop("name", UNSET)

        addrs: list[str] | Unset = d.pop("addrs", UNSET)

        comment = d.pop("comment", UNSET)

        ports: list[str] | Unset = d.pop("ports", UNSET)

        tags: list[str] | Unset = d.pop("tags", UNSET)

        return cls(
            name,
            addrs,
            comment,
            ports,
            tags,
        )
