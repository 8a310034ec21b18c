from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Contacts")


@_attrs_define
class Contacts:
    """The contacts of a tailnet.

    Attributes:
        account (Contact | None | Unset):
        support (Contact | None | Unset):
        security (Contact | None | Unset):
    """

    account: Contact | None | Unset = UNSET
    support: Contact | None | Unset = UNSET
    security: Contact | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: dict[str, Any] | None | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        elif isinstance(self.account, Contact):
            account = self.account.to_dict()
        else:
            account = self.account

        support: dict[str, Any] | None | Unset
        if isinstance(self.support, Unset):
            support = UNSET
        elif isinstance(self.support, Contact):
            support = self.support.to_dict()
        else:
            support = self.support

        security: dict[str, Any] | None | Unset
        if isinstance(self.security, Unset):
            security = UNSET
        elif isinstance(self.security, Contact):
            security = self.security.to_dict()
        else:
            security = self.security

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if support is not UNSET:
            field_dict["support"] = support
        if security is not UNSET:
            field_dict["security"] = security

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _account: Any = d.pop("account", UNSET)
        account: Contact | None | Unset
        if isinstance(_account, dict):
            account_type_0 = Contact.from_dict(_account)

            account = account_type_0
        elif _account is None or _account is UNSET:
            account = _account
        else:
            raise TypeError(f"account: {type(_account).__name__} is not Contact | None | Unset")

        _support: Any = d.pop("support", UNSET)
        support: Contact | None | Unset
        if isinstance(_support, dict):
            support_type_0 = Contact.from_dict(_support)

            support = support_type_0
        elif _support is None or _support is UNSET:
            support = _support
        else:
            raise TypeError(f"support: {type(_support).__name__} is not Contact | None | Unset")

        _security: Any = d.pop("security", UNSET)
        security: Contact | None | Unset
        if isinstance(_security, dict):
            security_type_0 = Contact.from_dict(_security)

            security = security_type_0
        elif _security is None or _security is UNSET:
            security = _security
        else:
            raise TypeError(f"security: {type(_security).__name__} is not Contact | None | Unset")

        return cls(
            account,
            support,
            security,
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


# Imported last: see the template (generator-templates/model.py.jinja).
from ..models.contact import Contact  # noqa: E402
