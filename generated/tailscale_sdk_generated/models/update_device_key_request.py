from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateDeviceKeyRequest")


@_attrs_define
class UpdateDeviceKeyRequest:
    """
    Attributes:
        key_expiry_disabled (bool | Unset): True turns key expiry off, false turns it back on.
    """

    key_expiry_disabled: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        key_expiry_disabled = self.key_expiry_disabled

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if key_expiry_disabled is not UNSET:
            field_dict["keyExpiryDisabled"] = key_expiry_disabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key_expiry_disabled = d.pop("keyExpiryDisabled", UNSET)

        return cls(
            key_expiry_disabled,
        )
