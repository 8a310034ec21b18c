from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AuthorizeDeviceRequest")


@_attrs_define
class AuthorizeDeviceRequest:
    """
    Attributes:
        authorized (bool): True to approve the device, false to withdraw approval.
    """

    authorized: bool

    def to_dict(self) -> dict[str, Any]:
        authorized = self.authorized

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "authorized": authorized,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authorized = d.pop("authorized")

        return cls(
            authorized,
        )
