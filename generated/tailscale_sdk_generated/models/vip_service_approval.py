from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VIPServiceApproval")


@_attrs_define
class VIPServiceApproval:
    """Whether a device may host a Service.

    Attributes:
        approved (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        auto_approved (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
    """

    approved: bool | None | Unset = UNSET
    auto_approved: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approved: bool | None | Unset
        if isinstance(self.approved, Unset):
            approved = UNSET
        else:
            approved = self.approved

        auto_approved: bool | None | Unset
        if isinstance(self.auto_approved, Unset):
            auto_approved = UNSET
        else:
            auto_approved = self.auto_approved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if approved is not UNSET:
            field_dict["approved"] = approved
        if auto_approved is not UNSET:
            field_dict["autoApproved"] = auto_approved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approved: bool | None | Unset = d.pop("approved", UNSET)

        auto_approved: bool | None | Unset = d.pop("autoApproved", UNSET)

        return cls(
            approved,
            auto_approved,
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
