from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, parse_time

T = TypeVar("T", bound="SetPostureAttributeRequest")


@_attrs_define
class SetPostureAttributeRequest:
    """
    Attributes:
        value (bool | int | str): A custom posture attribute value: a string (50 characters at most: letters, digits,
            underscores and periods), an integer within ±(2^53 - 1), or a boolean.
        expiry (datetime.datetime | Unset): When Tailscale should remove the attribute again.
        comment (str | Unset): Reason for the change, recorded in the audit log.
    """

    value: bool | int | str
    expiry: datetime.datetime | Unset = UNSET
    comment: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        value: bool | int | str
        value = self.value

        expiry: str | Unset = UNSET
        if not isinstance(self.expiry, Unset):
            expiry = self.expiry.isoformat()

        comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "value": value,
            }
        )
        if expiry is not UNSET:
            field_dict["expiry"] = expiry
        if comment is not UNSET:
            field_dict["comment"] = comment

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

        comment = d.pop("comment", UNSET)

        return cls(
            value,
            expiry,
            comment,
        )
