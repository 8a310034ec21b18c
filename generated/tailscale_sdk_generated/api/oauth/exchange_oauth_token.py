from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.o_auth_token import OAuthToken
from ...models.o_auth_token_exchange_request import OAuthTokenExchangeRequest
from ...types import Response, json_loads


def _get_kwargs(
    *,
    body: OAuthTokenExchangeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/token-exchange",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | OAuthToken | None:
    if 200 <= response.status_code <= 299:
        _body = json_loads(response.content) if response.content and not response.content.isspace() else None
        response_200 = OAuthToken.from_dict({} if _body is None else _body)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | OAuthToken]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenExchangeRequest,
) -> Response[Error | OAuthToken]:
    """Exchange an ID token for an access token

     Workload identity federation: trades an OIDC ID token (a JWT) issued to a workload by
    an outside identity provider for an access token of a federated identity. The token's
    `iss`, `sub` and `aud` claims and the claims named in `customClaimRules` must match
    the federated identity. The access token is valid for `expires_in` seconds and
    authenticates API calls as a bearer token.

    Args:
        body (OAuthTokenExchangeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OAuthToken]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenExchangeRequest,
) -> Error | OAuthToken | None:
    """Exchange an ID token for an access token

     Workload identity federation: trades an OIDC ID token (a JWT) issued to a workload by
    an outside identity provider for an access token of a federated identity. The token's
    `iss`, `sub` and `aud` claims and the claims named in `customClaimRules` must match
    the federated identity. The access token is valid for `expires_in` seconds and
    authenticates API calls as a bearer token.

    Args:
        body (OAuthTokenExchangeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OAuthToken
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenExchangeRequest,
) -> Response[Error | OAuthToken]:
    """Exchange an ID token for an access token

     Workload identity federation: trades an OIDC ID token (a JWT) issued to a workload by
    an outside identity provider for an access token of a federated identity. The token's
    `iss`, `sub` and `aud` claims and the claims named in `customClaimRules` must match
    the federated identity. The access token is valid for `expires_in` seconds and
    authenticates API calls as a bearer token.

    Args:
        body (OAuthTokenExchangeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OAuthToken]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenExchangeRequest,
) -> Error | OAuthToken | None:
    """Exchange an ID token for an access token

     Workload identity federation: trades an OIDC ID token (a JWT) issued to a workload by
    an outside identity provider for an access token of a federated identity. The token's
    `iss`, `sub` and `aud` claims and the claims named in `customClaimRules` must match
    the federated identity. The access token is valid for `expires_in` seconds and
    authenticates API calls as a bearer token.

    Args:
        body (OAuthTokenExchangeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OAuthToken
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
