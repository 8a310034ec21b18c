from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.service_host_list import ServiceHostList
from ...types import Response, json_loads, path_segment


def _get_kwargs(
    tailnet: str,
    service_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tailnet/{tailnet}/services/{service_name}/devices".format(
            tailnet=path_segment(tailnet, "tailnet"),
            service_name=path_segment(service_name, "service_name"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ServiceHostList | None:
    if 200 <= response.status_code <= 299:
        _body = json_loads(response.content) if response.content and not response.content.isspace() else None
        response_200 = ServiceHostList.from_dict({} if _body is None else _body)

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

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 504:
        response_504 = Error.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ServiceHostList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tailnet: str,
    service_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ServiceHostList]:
    """List the hosts of a Service

     Returns the devices that host the Service, each with how (and whether) it was approved,
    all at once.

    Args:
        tailnet (str):
        service_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ServiceHostList]
    """

    kwargs = _get_kwargs(
        tailnet=tailnet,
        service_name=service_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tailnet: str,
    service_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | ServiceHostList | None:
    """List the hosts of a Service

     Returns the devices that host the Service, each with how (and whether) it was approved,
    all at once.

    Args:
        tailnet (str):
        service_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ServiceHostList
    """

    return sync_detailed(
        tailnet=tailnet,
        service_name=service_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    tailnet: str,
    service_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ServiceHostList]:
    """List the hosts of a Service

     Returns the devices that host the Service, each with how (and whether) it was approved,
    all at once.

    Args:
        tailnet (str):
        service_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ServiceHostList]
    """

    kwargs = _get_kwargs(
        tailnet=tailnet,
        service_name=service_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tailnet: str,
    service_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | ServiceHostList | None:
    """List the hosts of a Service

     Returns the devices that host the Service, each with how (and whether) it was approved,
    all at once.

    Args:
        tailnet (str):
        service_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ServiceHostList
    """

    return (
        await asyncio_detailed(
            tailnet=tailnet,
            service_name=service_name,
            client=client,
        )
    ).parsed
