from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PolicyRuleMatch")


@_attrs_define
class PolicyRuleMatch:
    """One matching rule.

    Attributes:
        users (list[str] | None | Unset):
        ports (list[str] | None | Unset):
        line_number (int | Unset): Line of the rule in the policy file.
    """

    users: list[str] | None | Unset = UNSET
    ports: list[str] | None | Unset = UNSET
    line_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        line_number = self.line_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if users is not UNSET:
            field_dict["users"] = users
        if ports is not UNSET:
            field_dict["ports"] = ports
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        users: list[str] | None | Unset = d.pop("users", UNSET)

        ports: list[str] | None | Unset = d.pop("ports", UNSET)

        line_number = d.pop("lineNumber", UNSET)

        return cls(
            users,
            ports,
            line_number,
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
