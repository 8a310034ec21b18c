from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.user_invite import UserInvite
from ...types import Response, json_loads, path_segment


def _get_kwargs(
    tailnet: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tailnet/{tailnet}/user-invites".format(
            tailnet=path_segment(tailnet, "tailnet"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[UserInvite] | None | None:
    if 200 <= response.status_code <= 299:
        _body = json_loads(response.content) if response.content and not response.content.isspace() else None
        _response_200: Any = [] if _body is None else _body
        response_200: list[UserInvite] | None
        if isinstance(_response_200, list):
            response_200_type_0 = []
            _response_200_type_0 = _response_200
            for response_200_type_0_item_data in _response_200_type_0:
                response_200_type_0_item = UserInvite.from_dict(response_200_type_0_item_data)

                response_200_type_0.append(response_200_type_0_item)

            response_200 = response_200_type_0
        elif _response_200 is None:
            response_200 = _response_200
        else:
            raise TypeError(f"response_200: {type(_response_200).__name__} is not list[UserInvite] | None")

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[UserInvite] | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tailnet: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[UserInvite] | None]:
    """List user invites

     Returns the user invites of a tailnet that nobody has accepted yet.

    Args:
        tailnet (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[UserInvite] | None]
    """

    kwargs = _get_kwargs(
        tailnet=tailnet,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tailnet: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | list[UserInvite] | None | None:
    """List user invites

     Returns the user invites of a tailnet that nobody has accepted yet.

    Args:
        tailnet (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[UserInvite] | None
    """

    return sync_detailed(
        tailnet=tailnet,
        client=client,
    ).parsed


async def asyncio_detailed(
    tailnet: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[UserInvite] | None]:
    """List user invites

     Returns the user invites of a tailnet that nobody has accepted yet.

    Args:
        tailnet (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[UserInvite] | None]
    """

    kwargs = _get_kwargs(
        tailnet=tailnet,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tailnet: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | list[UserInvite] | None | None:
    """List user invites

     Returns the user invites of a tailnet that nobody has accepted yet.

    Args:
        tailnet (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[UserInvite] | None
    """

    return (
        await asyncio_detailed(
            tailnet=tailnet,
            client=client,
        )
    ).parsed
