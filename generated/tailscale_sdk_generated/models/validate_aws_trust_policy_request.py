from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidateAwsTrustPolicyRequest")


@_attrs_define
class ValidateAwsTrustPolicyRequest:
    """The AWS IAM role to check an external id against.

    Attributes:
        role_arn (str | Unset): The ARN of the role.
    """

    role_arn: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        role_arn = self.role_arn

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if role_arn is not UNSET:
            field_dict["roleArn"] = role_arn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role_arn = d.pop("roleArn", UNSET)

        return cls(
            role_arn,
        )
