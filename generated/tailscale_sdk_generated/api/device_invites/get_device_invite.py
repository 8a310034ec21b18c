from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_invite import DeviceInvite
from ...models.error import Error
from ...types import Response, json_loads, path_segment


def _get_kwargs(
    device_invite_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/device-invites/{device_invite_id}".format(
            device_invite_id=path_segment(device_invite_id, "device_invite_id"),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DeviceInvite | Error | None:
    if 200 <= response.status_code <= 299:
        _body = json_loads(response.content) if response.content and not response.content.isspace() else None
        response_200 = DeviceInvite.from_dict({} if _body is None else _body)

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
) -> Response[DeviceInvite | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    device_invite_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeviceInvite | Error]:
    """Get a device invite

     Returns one device share invite.

    Args:
        device_invite_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceInvite | Error]
    """

    kwargs = _get_kwargs(
        device_invite_id=device_invite_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_invite_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeviceInvite | Error | None:
    """Get a device invite

     Returns one device share invite.

    Args:
        device_invite_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceInvite | Error
    """

    return sync_detailed(
        device_invite_id=device_invite_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    device_invite_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeviceInvite | Error]:
    """Get a device invite

     Returns one device share invite.

    Args:
        device_invite_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceInvite | Error]
    """

    kwargs = _get_kwargs(
        device_invite_id=device_invite_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_invite_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeviceInvite | Error | None:
    """Get a device invite

     Returns one device share invite.

    Args:
        device_invite_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceInvite | Error
    """

    return (
        await asyncio_detailed(
            device_invite_id=device_invite_id,
            client=client,
        )
    ).parsed
