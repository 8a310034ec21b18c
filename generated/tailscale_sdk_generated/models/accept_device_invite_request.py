from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AcceptDeviceInviteRequest")


@_attrs_define
class AcceptDeviceInviteRequest:
    """
    Attributes:
        invite (str): The invite URL, or only its final code.
    """

    invite: str

    def to_dict(self) -> dict[str, Any]:
        invite = self.invite

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "invite": invite,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invite = d.pop("invite")

        return cls(
            invite,
        )
