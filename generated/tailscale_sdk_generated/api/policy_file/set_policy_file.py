from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.policy_file import PolicyFile
from ...models.policy_file_request import PolicyFileRequest
from ...types import UNSET, File, Response, Unset, json_loads, path_segment


def _get_kwargs(
    tailnet: str,
    *,
    body: PolicyFileRequest | File,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tailnet/{tailnet}/acl".format(
            tailnet=path_segment(tailnet, "tailnet"),
        ),
    }

    if isinstance(body, PolicyFileRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/hujson"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | PolicyFile | None:
    if 200 <= response.status_code <= 299:
        _body = json_loads(response.content) if response.content and not response.content.isspace() else None
        response_200 = PolicyFile.from_dict({} if _body is None else _body)

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

    if response.status_code == 412:
        response_412 = Error.from_dict(response.json())

        return response_412

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | PolicyFile]:
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
    body: PolicyFileRequest | File,
    if_match: str | Unset = UNSET,
) -> Response[Error | PolicyFile]:
    """Set the policy file

     Replaces the whole tailnet policy file with the request body (JSON or HuJSON).
    Send `If-Match` with the `ETag` of the version you read to make the update fail
    with 412 if someone changed the file since, or with `"ts-default"` to replace the
    file only while it is still the untouched default. The response holds the new
    policy file in the format the `Accept` header asks for, and its new `ETag`.

    Args:
        tailnet (str):
        if_match (str | Unset):
        body (PolicyFileRequest): A policy file to send. Only the commonly used sections are
            spelled out; every
            other section is sent as it is.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PolicyFile]
    """

    kwargs = _get_kwargs(
        tailnet=tailnet,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tailnet: str,
    *,
    client: AuthenticatedClient | Client,
    body: PolicyFileRequest | File,
    if_match: str | Unset = UNSET,
) -> Error | PolicyFile | None:
    """Set the policy file

     Replaces the whole tailnet policy file with the request body (JSON or HuJSON).
    Send `If-Match` with the `ETag` of the version you read to make the update fail
    with 412 if someone changed the file since, or with `"ts-default"` to replace the
    file only while it is still the untouched default. The response holds the new
    policy file in the format the `Accept` header asks for, and its new `ETag`.

    Args:
        tailnet (str):
        if_match (str | Unset):
        body (PolicyFileRequest): A policy file to send. Only the commonly used sections are
            spelled out; every
            other section is sent as it is.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PolicyFile
    """

    return sync_detailed(
        tailnet=tailnet,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    tailnet: str,
    *,
    client: AuthenticatedClient | Client,
    body: PolicyFileRequest | File,
    if_match: str | Unset = UNSET,
) -> Response[Error | PolicyFile]:
    """Set the policy file

     Replaces the whole tailnet policy file with the request body (JSON or HuJSON).
    Send `If-Match` with the `ETag` of the version you read to make the update fail
    with 412 if someone changed the file since, or with `"ts-default"` to replace the
    file only while it is still the untouched default. The response holds the new
    policy file in the format the `Accept` header asks for, and its new `ETag`.

    Args:
        tailnet (str):
        if_match (str | Unset):
        body (PolicyFileRequest): A policy file to send. Only the commonly used sections are
            spelled out; every
            other section is sent as it is.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PolicyFile]
    """

    kwargs = _get_kwargs(
        tailnet=tailnet,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tailnet: str,
    *,
    client: AuthenticatedClient | Client,
    body: PolicyFileRequest | File,
    if_match: str | Unset = UNSET,
) -> Error | PolicyFile | None:
    """Set the policy file

     Replaces the whole tailnet policy file with the request body (JSON or HuJSON).
    Send `If-Match` with the `ETag` of the version you read to make the update fail
    with 412 if someone changed the file since, or with `"ts-default"` to replace the
    file only while it is still the untouched default. The response holds the new
    policy file in the format the `Accept` header asks for, and its new `ETag`.

    Args:
        tailnet (str):
        if_match (str | Unset):
        body (PolicyFileRequest): A policy file to send. Only the commonly used sections are
            spelled out; every
            other section is sent as it is.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PolicyFile
    """

    return (
        await asyncio_detailed(
            tailnet=tailnet,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
