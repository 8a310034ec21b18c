from typing import Literal

UpdateUserRoleRequestRole = Literal["admin", "auditor", "billing-admin", "it-admin", "member", "network-admin", "owner"]

UPDATE_USER_ROLE_REQUEST_ROLE_VALUES: set[UpdateUserRoleRequestRole] = {
    "admin",
    "auditor",
    "billing-admin",
    "it-admin",
    "member",
    "network-admin",
    "owner",
}


def check_update_user_role_request_role(value: str) -> UpdateUserRoleRequestRole:
    if value in UPDATE_USER_ROLE_REQUEST_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_USER_ROLE_REQUEST_ROLE_VALUES!r}")
