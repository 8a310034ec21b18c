from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.update_user_role_request_role import UpdateUserRoleRequestRole, check_update_user_role_request_role

T = TypeVar("T", bound="UpdateUserRoleRequest")


@_attrs_define
class UpdateUserRoleRequest:
    """
    Attributes:
        role (UpdateUserRoleRequestRole): The new role.
    """

    role: UpdateUserRoleRequestRole

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = check_update_user_role_request_role(d.pop("role"))

        return cls(
            role,
        )
