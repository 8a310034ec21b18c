from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.user_list import UserList
from ...models.user_role_filter import UserRoleFilter
from ...models.user_type_filter import UserTypeFilter
from ...types import UNSET, Response, Unset, json_loads, path_segment


def _get_kwargs(
    tailnet: str,
    *,
    type_: UserTypeFilter | Unset = UNSET,
    role: UserRoleFilter | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    json_role: str | Unset = UNSET
    if not isinstance(role, Unset):
        json_role = role

    params["role"] = json_role

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tailnet/{tailnet}/users".format(
            tailnet=path_segment(tailnet, "tailnet"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | UserList | None:
    if 200 <= response.status_code <= 299:
        _body = json_loads(response.content) if response.content and not response.content.isspace() else None
        response_200 = UserList.from_dict({} if _body is None else _body)

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | UserList]:
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
    type_: UserTypeFilter | Unset = UNSET,
    role: UserRoleFilter | Unset = UNSET,
) -> Response[Error | UserList]:
    """List users

     Returns the users of a tailnet, optionally only those of one type (members of the tailnet
    or users of other tailnets that devices are shared with) or one role.

    Args:
        tailnet (str):
        type_ (UserTypeFilter | Unset): Which users to list.
        role (UserRoleFilter | Unset): Which role to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserList]
    """

    kwargs = _get_kwargs(
        tailnet=tailnet,
        type_=type_,
        role=role,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tailnet: str,
    *,
    client: AuthenticatedClient | Client,
    type_: UserTypeFilter | Unset = UNSET,
    role: UserRoleFilter | Unset = UNSET,
) -> Error | UserList | None:
    """List users

     Returns the users of a tailnet, optionally only those of one type (members of the tailnet
    or users of other tailnets that devices are shared with) or one role.

    Args:
        tailnet (str):
        type_ (UserTypeFilter | Unset): Which users to list.
        role (UserRoleFilter | Unset): Which role to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserList
    """

    return sync_detailed(
        tailnet=tailnet,
        client=client,
        type_=type_,
        role=role,
    ).parsed


async def asyncio_detailed(
    tailnet: str,
    *,
    client: AuthenticatedClient | Client,
    type_: UserTypeFilter | Unset = UNSET,
    role: UserRoleFilter | Unset = UNSET,
) -> Response[Error | UserList]:
    """List users

     Returns the users of a tailnet, optionally only those of one type (members of the tailnet
    or users of other tailnets that devices are shared with) or one role.

    Args:
        tailnet (str):
        type_ (UserTypeFilter | Unset): Which users to list.
        role (UserRoleFilter | Unset): Which role to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserList]
    """

    kwargs = _get_kwargs(
        tailnet=tailnet,
        type_=type_,
        role=role,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tailnet: str,
    *,
    client: AuthenticatedClient | Client,
    type_: UserTypeFilter | Unset = UNSET,
    role: UserRoleFilter | Unset = UNSET,
) -> Error | UserList | None:
    """List users

     Returns the users of a tailnet, optionally only those of one type (members of the tailnet
    or users of other tailnets that devices are shared with) or one role.

    Args:
        tailnet (str):
        type_ (UserTypeFilter | Unset): Which users to list.
        role (UserRoleFilter | Unset): Which role to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserList
    """

    return (
        await asyncio_detailed(
            tailnet=tailnet,
            client=client,
            type_=type_,
            role=role,
        )
    ).parsed
