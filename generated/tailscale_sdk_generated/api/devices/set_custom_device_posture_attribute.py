from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_posture_attributes import DevicePostureAttributes
from ...models.error import Error
from ...models.set_posture_attribute_request import SetPostureAttributeRequest
from ...types import Response, json_loads, path_segment


def _get_kwargs(
    device_id: str,
    attribute_key: str,
    *,
    body: SetPostureAttributeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/device/{device_id}/attributes/{attribute_key}".format(
            device_id=path_segment(device_id, "device_id"),
            attribute_key=path_segment(attribute_key, "attribute_key"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DevicePostureAttributes | Error | None:
    if 200 <= response.status_code <= 299:
        _body = json_loads(response.content) if response.content and not response.content.isspace() else None
        response_200 = DevicePostureAttributes.from_dict({} if _body is None else _body)

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
) -> Response[DevicePostureAttributes | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    device_id: str,
    attribute_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetPostureAttributeRequest,
) -> Response[DevicePostureAttributes | Error]:
    """Set a custom device posture attribute

     Creates or replaces one custom posture attribute of a device. Within a tailnet, a key
    always holds values of one type (the type of its first value), and keys are unique
    regardless of case.

    Args:
        device_id (str):
        attribute_key (str): A custom posture attribute key.
        body (SetPostureAttributeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevicePostureAttributes | Error]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        attribute_key=attribute_key,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_id: str,
    attribute_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetPostureAttributeRequest,
) -> DevicePostureAttributes | Error | None:
    """Set a custom device posture attribute

     Creates or replaces one custom posture attribute of a device. Within a tailnet, a key
    always holds values of one type (the type of its first value), and keys are unique
    regardless of case.

    Args:
        device_id (str):
        attribute_key (str): A custom posture attribute key.
        body (SetPostureAttributeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DevicePostureAttributes | Error
    """

    return sync_detailed(
        device_id=device_id,
        attribute_key=attribute_key,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    device_id: str,
    attribute_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetPostureAttributeRequest,
) -> Response[DevicePostureAttributes | Error]:
    """Set a custom device posture attribute

     Creates or replaces one custom posture attribute of a device. Within a tailnet, a key
    always holds values of one type (the type of its first value), and keys are unique
    regardless of case.

    Args:
        device_id (str):
        attribute_key (str): A custom posture attribute key.
        body (SetPostureAttributeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevicePostureAttributes | Error]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        attribute_key=attribute_key,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_id: str,
    attribute_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetPostureAttributeRequest,
) -> DevicePostureAttributes | Error | None:
    """Set a custom device posture attribute

     Creates or replaces one custom posture attribute of a device. Within a tailnet, a key
    always holds values of one type (the type of its first value), and keys are unique
    regardless of case.

    Args:
        device_id (str):
        attribute_key (str): A custom posture attribute key.
        body (SetPostureAttributeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DevicePostureAttributes | Error
    """

    return (
        await asyncio_detailed(
            device_id=device_id,
            attribute_key=attribute_key,
            client=client,
            body=body,
        )
    ).parsed
