from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A contact address.

    Attributes:
        email (None | str | Unset):
        fallback_email (None | str | Unset): Used while `email` is not verified yet.
        needs_verification (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
    """

    email: None | str | Unset = UNSET
    fallback_email: None | str | Unset = UNSET
    needs_verification: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        fallback_email: None | str | Unset
        if isinstance(self.fallback_email, Unset):
            fallback_email = UNSET
        else:
            fallback_email = self.fallback_email

        needs_verification: bool | None | Unset
        if isinstance(self.needs_verification, Unset):
            needs_verification = UNSET
        else:
            needs_verification = self.needs_verification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if fallback_email is not UNSET:
            field_dict["fallbackEmail"] = fallback_email
        if needs_verification is not UNSET:
            field_dict["needsVerification"] = needs_verification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email: None | str | Unset = d.pop("email", UNSET)

        fallback_email: None | str | Unset = d.pop("fallbackEmail", UNSET)

        needs_verification: bool | None | Unset = d.pop("needsVerification", UNSET)

        return cls(
            email,
            fallback_email,
            needs_verification,
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
