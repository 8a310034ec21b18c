from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.set_device_ipv_4_address_request import SetDeviceIpv4AddressRequest
from ...types import Response, path_segment


def _get_kwargs(
    device_id: str,
    *,
    body: SetDeviceIpv4AddressRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/device/{device_id}/ip".format(
            device_id=path_segment(device_id, "device_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if 200 <= response.status_code <= 299:
        response_200 = cast(Any, None)
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetDeviceIpv4AddressRequest,
) -> Response[Any | Error]:
    """Set a device IPv4 address

     Gives a device a chosen Tailscale IPv4 address in place of the one it was assigned.
    Existing connections to the device break, and peers may need to refresh DNS.

    Args:
        device_id (str):
        body (SetDeviceIpv4AddressRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetDeviceIpv4AddressRequest,
) -> Any | Error | None:
    """Set a device IPv4 address

     Gives a device a chosen Tailscale IPv4 address in place of the one it was assigned.
    Existing connections to the device break, and peers may need to refresh DNS.

    Args:
        device_id (str):
        body (SetDeviceIpv4AddressRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        device_id=device_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetDeviceIpv4AddressRequest,
) -> Response[Any | Error]:
    """Set a device IPv4 address

     Gives a device a chosen Tailscale IPv4 address in place of the one it was assigned.
    Existing connections to the device break, and peers may need to refresh DNS.

    Args:
        device_id (str):
        body (SetDeviceIpv4AddressRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetDeviceIpv4AddressRequest,
) -> Any | Error | None:
    """Set a device IPv4 address

     Gives a device a chosen Tailscale IPv4 address in place of the one it was assigned.
    Existing connections to the device break, and peers may need to refresh DNS.

    Args:
        device_id (str):
        body (SetDeviceIpv4AddressRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            device_id=device_id,
            client=client,
            body=body,
        )
    ).parsed
