from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.user_role import UserRole, check_user_role
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUserInviteRequest")


@_attrs_define
class CreateUserInviteRequest:
    """
    Attributes:
        role (UserRole | Unset): A role a new user can be invited with.
        email (str | Unset): Mail the invite here; without it only an invite URL is returned.
    """

    role: UserRole | Unset = UNSET
    email: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        email = self.email

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _role = d.pop("role", UNSET)
        role: UserRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = check_user_role(_role)

        email = d.pop("email", UNSET)

        return cls(
            role,
            email,
        )
