from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AclRule")


@_attrs_define
class AclRule:
    """One access rule of a policy file.

    Attributes:
        action (None | str | Unset): Always `accept` today.
        src (list[str] | None | Unset):
        dst (list[str] | None | Unset):
        proto (None | str | Unset):
        src_posture (list[str] | None | Unset):
        users (list[str] | None | Unset): Legacy name of `src`.
        ports (list[str] | None | Unset): Legacy name of `dst`.
    """

    action: None | str | Unset = UNSET
    src: list[str] | None | Unset = UNSET
    dst: list[str] | None | Unset = UNSET
    proto: None | str | Unset = UNSET
    src_posture: list[str] | None | Unset = UNSET
    users: list[str] | None | Unset = UNSET
    ports: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        src: list[str] | None | Unset
        if isinstance(self.src, Unset):
            src = UNSET
        elif isinstance(self.src, list):
            src = self.src

        else:
            src = self.src

        dst: list[str] | None | Unset
        if isinstance(self.dst, Unset):
            dst = UNSET
        elif isinstance(self.dst, list):
            dst = self.dst

        else:
            dst = self.dst

        proto: None | str | Unset
        if isinstance(self.proto, Unset):
            proto = UNSET
        else:
            proto = self.proto

        src_posture: list[str] | None | Unset
        if isinstance(self.src_posture, Unset):
            src_posture = UNSET
        elif isinstance(self.src_posture, list):
            src_posture = self.src_posture

        else:
            src_posture = self.src_posture

        users: list[str] | None | Unset
        if isinstance(self.users, Unset):
            users = UNSET
        elif isinstance(self.users, list):
            users = self.users

        else:
            users = self.users

        ports: list[str] | None | Unset
        if isinstance(self.ports, Unset):
            ports = UNSET
        elif isinstance(self.ports, list):
            ports = self.ports

        else:
            ports = self.ports

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if src is not UNSET:
            field_dict["src"] = src
        if dst is not UNSET:
            field_dict["dst"] = dst
        if proto is not UNSET:
            field_dict["proto"] = proto
        if src_posture is not UNSET:
            field_dict["srcPosture"] = src_posture
        if users is not UNSET:
            field_dict["users"] = users
        if ports is not UNSET:
            field_dict["ports"] = ports

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action: None | str | Unset = d.pop("action", UNSET)

        src: list[str] | None | Unset = d.pop("src", UNSET)

        dst: list[str] | None | Unset = d.pop("dst", UNSET)

        proto: None | str | Unset = d.pop("proto", UNSET)

        src_posture: list[str] | None | Unset = d.pop("srcPosture", UNSET)

        users: list[str] | None | Unset = d.pop("users", UNSET)

        ports: list[str] | None | Unset = d.pop("ports", UNSET)

        return cls(
            action,
            src,
            dst,
            proto,
            src_posture,
            users,
            ports,
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
