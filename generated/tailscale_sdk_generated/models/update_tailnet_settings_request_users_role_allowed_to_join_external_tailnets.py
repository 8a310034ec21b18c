from typing import Literal

UpdateTailnetSettingsRequestUsersRoleAllowedToJoinExternalTailnets = Literal["admin", "member", "none"]

UPDATE_TAILNET_SETTINGS_REQUEST_USERS_ROLE_ALLOWED_TO_JOIN_EXTERNAL_TAILNETS_VALUES: set[
    UpdateTailnetSettingsRequestUsersRoleAllowedToJoinExternalTailnets
] = {
    "admin",
    "member",
    "none",
}


def check_update_tailnet_settings_request_users_role_allowed_to_join_external_tailnets(
    value: str,
) -> UpdateTailnetSettingsRequestUsersRoleAllowedToJoinExternalTailnets:
    if value in UPDATE_TAILNET_SETTINGS_REQUEST_USERS_ROLE_ALLOWED_TO_JOIN_EXTERNAL_TAILNETS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_TAILNET_SETTINGS_REQUEST_USERS_ROLE_ALLOWED_TO_JOIN_EXTERNAL_TAILNETS_VALUES!r}"
    )
