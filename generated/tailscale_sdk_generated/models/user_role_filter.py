from typing import Literal

UserRoleFilter = Literal["admin", "all", "auditor", "billing-admin", "it-admin", "member", "network-admin", "owner"]

USER_ROLE_FILTER_VALUES: set[UserRoleFilter] = {
    "admin",
    "all",
    "auditor",
    "billing-admin",
    "it-admin",
    "member",
    "network-admin",
    "owner",
}


def check_user_role_filter(value: str) -> UserRoleFilter:
    if value in USER_ROLE_FILTER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_ROLE_FILTER_VALUES!r}")
