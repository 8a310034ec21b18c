from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDeviceInviteRequest")


@_attrs_define
class CreateDeviceInviteRequest:
    """
    Attributes:
        multi_use (bool | Unset): Allow the invite to be accepted more than once (up to 1,000 times).
        allow_exit_node (bool | Unset): Let the invited user use the device as an exit node.
        email (str | Unset): Mail the invite here; without it only an invite URL is returned.
    """

    multi_use: bool | Unset = UNSET
    allow_exit_node: bool | Unset = UNSET
    email: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        multi_use = self.multi_use

        allow_exit_node = self.allow_exit_node

        email = self.email

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if multi_use is not UNSET:
            field_dict["multiUse"] = multi_use
        if allow_exit_node is not UNSET:
            field_dict["allowExitNode"] = allow_exit_node
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        multi_use = d.pop("multiUse", UNSET)

        allow_exit_node = d.pop("allowExitNode", UNSET)

        email = d.pop("email", UNSET)

        return cls(
            multi_use,
            allow_exit_node,
            email,
        )
