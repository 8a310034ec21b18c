from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.posture_integration import PostureIntegration
from ...models.update_posture_integration_request import UpdatePostureIntegrationRequest
from ...types import Response, json_loads, path_segment


def _get_kwargs(
    posture_integration_id: str,
    *,
    body: UpdatePostureIntegrationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/posture/integrations/{posture_integration_id}".format(
            posture_integration_id=path_segment(posture_integration_id, "posture_integration_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PostureIntegration | None:
    if 200 <= response.status_code <= 299:
        _body = json_loads(response.content) if response.content and not response.content.isspace() else None
        response_200 = PostureIntegration.from_dict({} if _body is None else _body)

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
) -> Response[Error | PostureIntegration]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    posture_integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePostureIntegrationRequest,
) -> Response[Error | PostureIntegration]:
    """Update a posture integration

     Changes the settings of a posture integration; a missing `clientSecret` keeps the current one.

    Args:
        posture_integration_id (str):
        body (UpdatePostureIntegrationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PostureIntegration]
    """

    kwargs = _get_kwargs(
        posture_integration_id=posture_integration_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    posture_integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePostureIntegrationRequest,
) -> Error | PostureIntegration | None:
    """Update a posture integration

     Changes the settings of a posture integration; a missing `clientSecret` keeps the current one.

    Args:
        posture_integration_id (str):
        body (UpdatePostureIntegrationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PostureIntegration
    """

    return sync_detailed(
        posture_integration_id=posture_integration_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    posture_integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePostureIntegrationRequest,
) -> Response[Error | PostureIntegration]:
    """Update a posture integration

     Changes the settings of a posture integration; a missing `clientSecret` keeps the current one.

    Args:
        posture_integration_id (str):
        body (UpdatePostureIntegrationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PostureIntegration]
    """

    kwargs = _get_kwargs(
        posture_integration_id=posture_integration_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    posture_integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePostureIntegrationRequest,
) -> Error | PostureIntegration | None:
    """Update a posture integration

     Changes the settings of a posture integration; a missing `clientSecret` keeps the current one.

    Args:
        posture_integration_id (str):
        body (UpdatePostureIntegrationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PostureIntegration
    """

    return (
        await asyncio_detailed(
            posture_integration_id=posture_integration_id,
            client=client,
            body=body,
        )
    ).parsed
