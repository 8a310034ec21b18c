from typing import Literal

OAuthTokenRequestGrantType = Literal["client_credentials"]

O_AUTH_TOKEN_REQUEST_GRANT_TYPE_VALUES: set[OAuthTokenRequestGrantType] = {
    "client_credentials",
}


def check_o_auth_token_request_grant_type(value: str) -> OAuthTokenRequestGrantType:
    if value in O_AUTH_TOKEN_REQUEST_GRANT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {O_AUTH_TOKEN_REQUEST_GRANT_TYPE_VALUES!r}")
