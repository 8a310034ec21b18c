from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_posture_attributes_request import BatchPostureAttributesRequest
from ...models.error import Error
from ...types import Response, path_segment


def _get_kwargs(
    tailnet: str,
    *,
    body: BatchPostureAttributesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/tailnet/{tailnet}/device-attributes".format(
            tailnet=path_segment(tailnet, "tailnet"),
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

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

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
    tailnet: str,
    *,
    client: AuthenticatedClient | Client,
    body: BatchPostureAttributesRequest,
) -> Response[Any | Error]:
    """Update custom posture attributes of many devices

     Sets and removes custom posture attributes on several devices at once, following JSON
    Merge Patch (RFC 7396): a named attribute is written, an attribute mapped to `null` is
    removed, and attributes left out are unchanged. Only `custom:` attributes can be named.

    Args:
        tailnet (str):
        body (BatchPostureAttributesRequest): Custom posture attribute changes for many devices,
            as a JSON Merge Patch.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        tailnet=tailnet,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tailnet: str,
    *,
    client: AuthenticatedClient | Client,
    body: BatchPostureAttributesRequest,
) -> Any | Error | None:
    """Update custom posture attributes of many devices

     Sets and removes custom posture attributes on several devices at once, following JSON
    Merge Patch (RFC 7396): a named attribute is written, an attribute mapped to `null` is
    removed, and attributes left out are unchanged. Only `custom:` attributes can be named.

    Args:
        tailnet (str):
        body (BatchPostureAttributesRequest): Custom posture attribute changes for many devices,
            as a JSON Merge Patch.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        tailnet=tailnet,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    tailnet: str,
    *,
    client: AuthenticatedClient | Client,
    body: BatchPostureAttributesRequest,
) -> Response[Any | Error]:
    """Update custom posture attributes of many devices

     Sets and removes custom posture attributes on several devices at once, following JSON
    Merge Patch (RFC 7396): a named attribute is written, an attribute mapped to `null` is
    removed, and attributes left out are unchanged. Only `custom:` attributes can be named.

    Args:
        tailnet (str):
        body (BatchPostureAttributesRequest): Custom posture attribute changes for many devices,
            as a JSON Merge Patch.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        tailnet=tailnet,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tailnet: str,
    *,
    client: AuthenticatedClient | Client,
    body: BatchPostureAttributesRequest,
) -> Any | Error | None:
    """Update custom posture attributes of many devices

     Sets and removes custom posture attributes on several devices at once, following JSON
    Merge Patch (RFC 7396): a named attribute is written, an attribute mapped to `null` is
    removed, and attributes left out are unchanged. Only `custom:` attributes can be named.

    Args:
        tailnet (str):
        body (BatchPostureAttributesRequest): Custom posture attribute changes for many devices,
            as a JSON Merge Patch.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            tailnet=tailnet,
            client=client,
            body=body,
        )
    ).parsed
