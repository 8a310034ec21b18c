from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PolicyFileDetails")


@_attrs_define
class PolicyFileDetails:
    """The policy file with parse diagnostics (the response to `details=1`).

    Attributes:
        acl (None | str | Unset): The HuJSON text, base64-encoded.
        warnings (list[str] | None | Unset):
        errors (list[str] | None | Unset):
    """

    acl: None | str | Unset = UNSET
    warnings: list[str] | None | Unset = UNSET
    errors: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acl: None | str | Unset
        if isinstance(self.acl, Unset):
            acl = UNSET
        else:
            acl = self.acl

        warnings: list[str] | None | Unset
        if isinstance(self.warnings, Unset):
            warnings = UNSET
        elif isinstance(self.warnings, list):
            warnings = self.warnings

        else:
            warnings = self.warnings

        errors: list[str] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = self.errors

        else:
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acl is not UNSET:
            field_dict["acl"] = acl
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acl: None | str | Unset = d.pop("acl", UNSET)

        warnings: list[str] | None | Unset = d.pop("warnings", UNSET)

        errors: list[str] | None | Unset = d.pop("errors", UNSET)

        return cls(
            acl,
            warnings,
            errors,
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
