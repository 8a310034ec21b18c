from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_fields import DeviceFields
from ...models.device_filters import DeviceFilters
from ...models.device_list import DeviceList
from ...models.error import Error
from ...types import UNSET, Response, Unset, json_loads, path_segment


def _get_kwargs(
    tailnet: str,
    *,
    fields: DeviceFields | Unset = UNSET,
    filters: DeviceFilters | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_fields: str | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = fields

    params["fields"] = json_fields

    json_filters: dict[str, Any] | Unset = UNSET
    if not isinstance(filters, Unset):
        json_filters = filters.to_dict()
    if not isinstance(json_filters, Unset):
        params.update(json_filters)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tailnet/{tailnet}/devices".format(
            tailnet=path_segment(tailnet, "tailnet"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DeviceList | Error | None:
    if 200 <= response.status_code <= 299:
        _body = json_loads(response.content) if response.content and not response.content.isspace() else None
        response_200 = DeviceList.from_dict({} if _body is None else _body)

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DeviceList | Error]:
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
    fields: DeviceFields | Unset = UNSET,
    filters: DeviceFilters | Unset = UNSET,
) -> Response[DeviceList | Error]:
    """List tailnet devices

     Returns the devices of a tailnet, including devices shared in from elsewhere.
    Without `fields=all` the routes, the connectivity report and the posture identity
    are left out. Other query parameters filter the list by exact match on a device
    field (`?tags=tag:web&os=linux`).

    Args:
        tailnet (str):
        fields (DeviceFields | Unset): Which device fields a response holds.
        filters (DeviceFilters | Unset): Device field names and the values they must match (any
            one of them).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceList | Error]
    """

    kwargs = _get_kwargs(
        tailnet=tailnet,
        fields=fields,
        filters=filters,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tailnet: str,
    *,
    client: AuthenticatedClient | Client,
    fields: DeviceFields | Unset = UNSET,
    filters: DeviceFilters | Unset = UNSET,
) -> DeviceList | Error | None:
    """List tailnet devices

     Returns the devices of a tailnet, including devices shared in from elsewhere.
    Without `fields=all` the routes, the connectivity report and the posture identity
    are left out. Other query parameters filter the list by exact match on a device
    field (`?tags=tag:web&os=linux`).

    Args:
        tailnet (str):
        fields (DeviceFields | Unset): Which device fields a response holds.
        filters (DeviceFilters | Unset): Device field names and the values they must match (any
            one of them).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceList | Error
    """

    return sync_detailed(
        tailnet=tailnet,
        client=client,
        fields=fields,
        filters=filters,
    ).parsed


async def asyncio_detailed(
    tailnet: str,
    *,
    client: AuthenticatedClient | Client,
    fields: DeviceFields | Unset = UNSET,
    filters: DeviceFilters | Unset = UNSET,
) -> Response[DeviceList | Error]:
    """List tailnet devices

     Returns the devices of a tailnet, including devices shared in from elsewhere.
    Without `fields=all` the routes, the connectivity report and the posture identity
    are left out. Other query parameters filter the list by exact match on a device
    field (`?tags=tag:web&os=linux`).

    Args:
        tailnet (str):
        fields (DeviceFields | Unset): Which device fields a response holds.
        filters (DeviceFilters | Unset): Device field names and the values they must match (any
            one of them).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceList | Error]
    """

    kwargs = _get_kwargs(
        tailnet=tailnet,
        fields=fields,
        filters=filters,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tailnet: str,
    *,
    client: AuthenticatedClient | Client,
    fields: DeviceFields | Unset = UNSET,
    filters: DeviceFilters | Unset = UNSET,
) -> DeviceList | Error | None:
    """List tailnet devices

     Returns the devices of a tailnet, including devices shared in from elsewhere.
    Without `fields=all` the routes, the connectivity report and the posture identity
    are left out. Other query parameters filter the list by exact match on a device
    field (`?tags=tag:web&os=linux`).

    Args:
        tailnet (str):
        fields (DeviceFields | Unset): Which device fields a response holds.
        filters (DeviceFilters | Unset): Device field names and the values they must match (any
            one of them).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceList | Error
    """

    return (
        await asyncio_detailed(
            tailnet=tailnet,
            client=client,
            fields=fields,
            filters=filters,
        )
    ).parsed
