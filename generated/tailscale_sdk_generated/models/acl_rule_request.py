from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.acl_rule_request_action import AclRuleRequestAction, check_acl_rule_request_action
from ..types import UNSET, Unset

T = TypeVar("T", bound="AclRuleRequest")


@_attrs_define
class AclRuleRequest:
    """One access rule of a policy file to send.

    Attributes:
        action (AclRuleRequestAction | Unset):
        src (list[str] | Unset):
        dst (list[str] | Unset):
        proto (str | Unset):
        src_posture (list[str] | Unset):
        users (list[str] | Unset): Legacy name of `src`.
        ports (list[str] | Unset): Legacy name of `dst`.
    """

    action: AclRuleRequestAction | Unset = UNSET
    src: list[str] | Unset = UNSET
    dst: list[str] | Unset = UNSET
    proto: str | Unset = UNSET
    src_posture: list[str] | Unset = UNSET
    users: list[str] | Unset = UNSET
    ports: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action

        src: list[str] | Unset = UNSET
        if not isinstance(self.src, Unset):
            src = self.src

        dst: list[str] | Unset = UNSET
        if not isinstance(self.dst, Unset):
            dst = self.dst

        proto = self.proto

        src_posture: list[str] | Unset = UNSET
        if not isinstance(self.src_posture, Unset):
            src_posture = self.src_posture

        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        ports: list[str] | Unset = UNSET
        if not isinstance(self.ports, Unset):
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
        _action = d.pop("action", UNSET)
        action: AclRuleRequestAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = check_acl_rule_request_action(_action)

        src: list[str] | Unset = d.pop("src", UNSET)

        dst: list[str] | Unset = d.pop("dst", UNSET)

        proto = d.pop("proto", UNSET)

        src_posture: list[str] | Unset = d.pop("srcPosture", UNSET)

        users: list[str] | Unset = d.pop("users", UNSET)

        ports: list[str] | Unset = d.pop("ports", UNSET)

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
