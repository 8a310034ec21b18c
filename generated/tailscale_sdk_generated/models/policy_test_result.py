from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PolicyTestResult")


@_attrs_define
class PolicyTestResult:
    """Failures and warnings for one test source.

    Attributes:
        user (str | Unset):
        errors (list[str] | None | Unset):
        warnings (list[str] | None | Unset):
    """

    user: str | Unset = UNSET
    errors: list[str] | None | Unset = UNSET
    warnings: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user

        errors: list[str] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = self.errors

        else:
            errors = self.errors

        warnings: list[str] | None | Unset
        if isinstance(self.warnings, Unset):
            warnings = UNSET
        elif isinstance(self.warnings, list):
            warnings = self.warnings

        else:
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user is not UNSET:
            field_dict["user"] = user
        if errors is not UNSET:
            field_dict["errors"] = errors
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user = d.pop("user", UNSET)

        _errors: Any = d.pop("errors", UNSET)
        errors: list[str] | None | Unset
        if isinstance(_errors, list):
            try:
                errors_type_0 = cast("list[str]", _errors)

                errors = errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                errors = cast("list[str] | None | Unset", _errors)
        else:
            errors = _errors

        _warnings: Any = d.pop("warnings", UNSET)
        warnings: list[str] | None | Unset
        if isinstance(_warnings, list):
            try:
                warnings_type_0 = cast("list[str]", _warnings)

                warnings = warnings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                warnings = cast("list[str] | None | Unset", _warnings)
        else:
            warnings = _warnings

        policy_test_result = cls(
            user,
            errors,
            warnings,
            d or {},
        )
        return policy_test_result

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
