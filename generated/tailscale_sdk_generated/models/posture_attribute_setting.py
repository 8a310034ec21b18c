from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, parse_time

T = TypeVar("T", bound="PostureAttributeSetting")


@_attrs_define
class PostureAttributeSetting:
    """A new value for a custom posture attribute, and optionally when it lapses.

    Attributes:
        value (bool | int | str): A custom posture attribute value: a string (50 characters at most: letters, digits,
            underscores and periods), an integer within ±(2^53 - 1), or a boolean.
        expiry (datetime.datetime | Unset): When Tailscale should remove the attribute again (a few minutes later at
            most).
    """

    value: bool | int | str
    expiry: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        value: bool | int | str
        value = self.value

        expiry: str | Unset = UNSET
        if not isinstance(self.expiry, Unset):
            expiry = self.expiry.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "value": value,
            }
        )
        if expiry is not UNSET:
            field_dict["expiry"] = expiry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value: bool | int | str = d.pop("value")

        _expiry = d.pop("expiry", UNSET)
        expiry: datetime.datetime | Unset
        if isinstance(_expiry, Unset):
            expiry = UNSET
        else:
            expiry = parse_time(_expiry)

        return cls(
            value,
            expiry,
        )
