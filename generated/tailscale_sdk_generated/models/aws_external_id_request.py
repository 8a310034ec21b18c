from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AwsExternalIdRequest")


@_attrs_define
class AwsExternalIdRequest:
    """
    Attributes:
        reusable (bool | Unset): Allow the same id to be returned again while it is not linked to an AWS account.
    """

    reusable: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reusable = self.reusable

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if reusable is not UNSET:
            field_dict["reusable"] = reusable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reusable = d.pop("reusable", UNSET)

        return cls(
            reusable,
        )
