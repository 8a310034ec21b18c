from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="VIPServiceApprovalRequest")


@_attrs_define
class VIPServiceApprovalRequest:
    """Approve or unapprove a device as a host of a Service.

    Attributes:
        approved (bool): True approves the device, false withdraws the approval.
    """

    approved: bool

    def to_dict(self) -> dict[str, Any]:
        approved = self.approved

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "approved": approved,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approved = d.pop("approved")

        return cls(
            approved,
        )
