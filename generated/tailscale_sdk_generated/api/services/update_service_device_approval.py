from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.vip_service_approval import VIPServiceApproval
from ...models.vip_service_approval_request import VIPServiceApprovalRequest
from ...types import Response, json_loads, path_segment


def _get_kwargs(
    tailnet: str,
    service_name: str,
    device_id: str,
    *,
    body: VIPServiceApprovalRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tailnet/{tailnet}/services/{service_name}/device/{device_id}/approved".format(
            tailnet=path_segment(tailnet, "tailnet"),
            service_name=path_segment(service_name, "service_name"),
            device_id=path_segment(device_id, "device_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | VIPServiceApproval | None:
    if 200 <= response.status_code <= 299:
        _body = json_loads(response.content) if response.content and not response.content.isspace() else None
        response_200 = VIPServiceApproval.from_dict({} if _body is None else _body)

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
) -> Response[Error | VIPServiceApproval]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tailnet: str,
    service_name: str,
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VIPServiceApprovalRequest,
) -> Response[Error | VIPServiceApproval]:
    """Approve or unapprove a device for a Service

     Allows (`approved: true`) or stops (`approved: false`) a device hosting the Service, and
    returns the device's approval afterwards.

    Args:
        tailnet (str):
        service_name (str):
        device_id (str):
        body (VIPServiceApprovalRequest): Approve or unapprove a device as a host of a Service.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VIPServiceApproval]
    """

    kwargs = _get_kwargs(
        tailnet=tailnet,
        service_name=service_name,
        device_id=device_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tailnet: str,
    service_name: str,
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VIPServiceApprovalRequest,
) -> Error | VIPServiceApproval | None:
    """Approve or unapprove a device for a Service

     Allows (`approved: true`) or stops (`approved: false`) a device hosting the Service, and
    returns the device's approval afterwards.

    Args:
        tailnet (str):
        service_name (str):
        device_id (str):
        body (VIPServiceApprovalRequest): Approve or unapprove a device as a host of a Service.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VIPServiceApproval
    """

    return sync_detailed(
        tailnet=tailnet,
        service_name=service_name,
        device_id=device_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    tailnet: str,
    service_name: str,
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VIPServiceApprovalRequest,
) -> Response[Error | VIPServiceApproval]:
    """Approve or unapprove a device for a Service

     Allows (`approved: true`) or stops (`approved: false`) a device hosting the Service, and
    returns the device's approval afterwards.

    Args:
        tailnet (str):
        service_name (str):
        device_id (str):
        body (VIPServiceApprovalRequest): Approve or unapprove a device as a host of a Service.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VIPServiceApproval]
    """

    kwargs = _get_kwargs(
        tailnet=tailnet,
        service_name=service_name,
        device_id=device_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tailnet: str,
    service_name: str,
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VIPServiceApprovalRequest,
) -> Error | VIPServiceApproval | None:
    """Approve or unapprove a device for a Service

     Allows (`approved: true`) or stops (`approved: false`) a device hosting the Service, and
    returns the device's approval afterwards.

    Args:
        tailnet (str):
        service_name (str):
        device_id (str):
        body (VIPServiceApprovalRequest): Approve or unapprove a device as a host of a Service.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VIPServiceApproval
    """

    return (
        await asyncio_detailed(
            tailnet=tailnet,
            service_name=service_name,
            device_id=device_id,
            client=client,
            body=body,
        )
    ).parsed
