from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserList")


@_attrs_define
class UserList:
    """Users of a tailnet.

    Attributes:
        users (list[User] | None | Unset):
    """

    users: list[User] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users: list[dict[str, Any]] | None | Unset
        if isinstance(self.users, Unset):
            users = UNSET
        elif isinstance(self.users, list):
            users = []
            for users_type_0_item_data in self.users:
                users_type_0_item = users_type_0_item_data.to_dict()
                users.append(users_type_0_item)

        else:
            users = self.users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _users: Any = d.pop("users", UNSET)
        users: list[User] | None | Unset
        if isinstance(_users, list):
            users_type_0 = []
            _users_type_0 = _users
            for users_type_0_item_data in _users_type_0:
                users_type_0_item = User.from_dict(users_type_0_item_data)

                users_type_0.append(users_type_0_item)

            users = users_type_0
        elif _users is None or _users is UNSET:
            users = _users
        else:
            raise TypeError(f"users: {type(_users).__name__} is not list[User] | None | Unset")

        return cls(
            users,
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
from ..models.user import User  # noqa: E402
