from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_organization_tailnets_response import ListOrganizationTailnetsResponse
from ...types import UNSET, Response, Unset, json_loads, path_segment


def _get_kwargs(
    organization: str,
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organizations/{organization}/tailnets".format(
            organization=path_segment(organization, "organization"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListOrganizationTailnetsResponse | None:
    if 200 <= response.status_code <= 299:
        _body = json_loads(response.content) if response.content and not response.content.isspace() else None
        response_200 = ListOrganizationTailnetsResponse.from_dict({} if _body is None else _body)

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
) -> Response[Error | ListOrganizationTailnetsResponse]:
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
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[Error | ListOrganizationTailnetsResponse]:
    """List the tailnets of an organization

     Alpha: this operation may still change. Returns one page of the tailnets that belong
    to the organization. Ask for up to `limit` tailnets, then pass the `cursor` of each
    page to get the next one; `totalCount` counts the tailnets of all pages. The last page
    has an empty or missing `cursor`. This is the only paginated operation of the API.

    Args:
        organization (str):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListOrganizationTailnetsResponse]
    """

    kwargs = _get_kwargs(
        organization=organization,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Error | ListOrganizationTailnetsResponse | None:
    """List the tailnets of an organization

     Alpha: this operation may still change. Returns one page of the tailnets that belong
    to the organization. Ask for up to `limit` tailnets, then pass the `cursor` of each
    page to get the next one; `totalCount` counts the tailnets of all pages. The last page
    has an empty or missing `cursor`. This is the only paginated operation of the API.

    Args:
        organization (str):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListOrganizationTailnetsResponse
    """

    return sync_detailed(
        organization=organization,
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    organization: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[Error | ListOrganizationTailnetsResponse]:
    """List the tailnets of an organization

     Alpha: this operation may still change. Returns one page of the tailnets that belong
    to the organization. Ask for up to `limit` tailnets, then pass the `cursor` of each
    page to get the next one; `totalCount` counts the tailnets of all pages. The last page
    has an empty or missing `cursor`. This is the only paginated operation of the API.

    Args:
        organization (str):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListOrganizationTailnetsResponse]
    """

    kwargs = _get_kwargs(
        organization=organization,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Error | ListOrganizationTailnetsResponse | None:
    """List the tailnets of an organization

     Alpha: this operation may still change. Returns one page of the tailnets that belong
    to the organization. Ask for up to `limit` tailnets, then pass the `cursor` of each
    page to get the next one; `totalCount` counts the tailnets of all pages. The last page
    has an empty or missing `cursor`. This is the only paginated operation of the API.

    Args:
        organization (str):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListOrganizationTailnetsResponse
    """

    return (
        await asyncio_detailed(
            organization=organization,
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
