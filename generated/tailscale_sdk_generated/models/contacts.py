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
        account (Contact | Unset): A contact address.
        support (Contact | Unset): A contact address.
        security (Contact | Unset): A contact address.
    """

    account: Contact | Unset = UNSET
    support: Contact | Unset = UNSET
    security: Contact | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        support: dict[str, Any] | Unset = UNSET
        if not isinstance(self.support, Unset):
            support = self.support.to_dict()

        security: dict[str, Any] | Unset = UNSET
        if not isinstance(self.security, Unset):
            security = self.security.to_dict()

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
        _account = d.pop("account", UNSET)
        account: Contact | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = Contact.from_dict(_account)

        _support = d.pop("support", UNSET)
        support: Contact | Unset
        if isinstance(_support, Unset):
            support = UNSET
        else:
            support = Contact.from_dict(_support)

        _security = d.pop("security", UNSET)
        security: Contact | Unset
        if isinstance(_security, Unset):
            security = UNSET
        else:
            security = Contact.from_dict(_security)

        contacts = cls(
            account,
            support,
            security,
            d or {},
        )
        return contacts

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
