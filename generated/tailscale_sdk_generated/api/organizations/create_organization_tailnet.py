from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_organization_tailnet_request import CreateOrganizationTailnetRequest
from ...models.create_organization_tailnet_response import CreateOrganizationTailnetResponse
from ...models.error import Error
from ...types import Response, json_loads, path_segment


def _get_kwargs(
    organization: str,
    *,
    body: CreateOrganizationTailnetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/organizations/{organization}/tailnets".format(
            organization=path_segment(organization, "organization"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateOrganizationTailnetResponse | Error | None:
    if 200 <= response.status_code <= 299:
        _body = json_loads(response.content) if response.content and not response.content.isspace() else None
        response_200 = CreateOrganizationTailnetResponse.from_dict({} if _body is None else _body)

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateOrganizationTailnetResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrganizationTailnetRequest,
) -> Response[CreateOrganizationTailnetResponse | Error]:
    """Create a tailnet in an organization

     Alpha: this operation may still change. Creates an API-only tailnet (no human users,
    not shown in the admin console) in the organization, and an OAuth client for it whose
    `secret` is in this response only. When `alreadyExists` is true, an existing tailnet
    matched the request and none was created. A plan holds at most 10 tailnets, the first
    one included.

    Args:
        organization (str):
        body (CreateOrganizationTailnetRequest): The tailnet to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateOrganizationTailnetResponse | Error]
    """

    kwargs = _get_kwargs(
        organization=organization,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrganizationTailnetRequest,
) -> CreateOrganizationTailnetResponse | Error | None:
    """Create a tailnet in an organization

     Alpha: this operation may still change. Creates an API-only tailnet (no human users,
    not shown in the admin console) in the organization, and an OAuth client for it whose
    `secret` is in this response only. When `alreadyExists` is true, an existing tailnet
    matched the request and none was created. A plan holds at most 10 tailnets, the first
    one included.

    Args:
        organization (str):
        body (CreateOrganizationTailnetRequest): The tailnet to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateOrganizationTailnetResponse | Error
    """

    return sync_detailed(
        organization=organization,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    organization: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrganizationTailnetRequest,
) -> Response[CreateOrganizationTailnetResponse | Error]:
    """Create a tailnet in an organization

     Alpha: this operation may still change. Creates an API-only tailnet (no human users,
    not shown in the admin console) in the organization, and an OAuth client for it whose
    `secret` is in this response only. When `alreadyExists` is true, an existing tailnet
    matched the request and none was created. A plan holds at most 10 tailnets, the first
    one included.

    Args:
        organization (str):
        body (CreateOrganizationTailnetRequest): The tailnet to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateOrganizationTailnetResponse | Error]
    """

    kwargs = _get_kwargs(
        organization=organization,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrganizationTailnetRequest,
) -> CreateOrganizationTailnetResponse | Error | None:
    """Create a tailnet in an organization

     Alpha: this operation may still change. Creates an API-only tailnet (no human users,
    not shown in the admin console) in the organization, and an OAuth client for it whose
    `secret` is in this response only. When `alreadyExists` is true, an existing tailnet
    matched the request and none was created. A plan holds at most 10 tailnets, the first
    one included.

    Args:
        organization (str):
        body (CreateOrganizationTailnetRequest): The tailnet to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateOrganizationTailnetResponse | Error
    """

    return (
        await asyncio_detailed(
            organization=organization,
            client=client,
            body=body,
        )
    ).parsed
