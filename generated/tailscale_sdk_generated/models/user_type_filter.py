from typing import Literal

UserTypeFilter = Literal["all", "member", "shared"]

USER_TYPE_FILTER_VALUES: set[UserTypeFilter] = {
    "all",
    "member",
    "shared",
}


def check_user_type_filter(value: str) -> UserTypeFilter:
    if value in USER_TYPE_FILTER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_TYPE_FILTER_VALUES!r}")
