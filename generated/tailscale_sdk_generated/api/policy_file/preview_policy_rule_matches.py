from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.policy_file_request import PolicyFileRequest
from ...models.policy_preview import PolicyPreview
from ...models.policy_preview_type import PolicyPreviewType
from ...types import UNSET, File, Response, json_loads, path_segment


def _get_kwargs(
    tailnet: str,
    *,
    body: PolicyFileRequest | File,
    type_: PolicyPreviewType,
    preview_for: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_type_: str = type_
    params["type"] = json_type_

    params["previewFor"] = preview_for

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tailnet/{tailnet}/acl/preview".format(
            tailnet=path_segment(tailnet, "tailnet"),
        ),
        "params": params,
    }

    if isinstance(body, PolicyFileRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/hujson"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | PolicyPreview | None:
    if 200 <= response.status_code <= 299:
        _body = json_loads(response.content) if response.content and not response.content.isspace() else None
        response_200 = PolicyPreview.from_dict({} if _body is None else _body)

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
) -> Response[Error | PolicyPreview]:
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
    type_: PolicyPreviewType,
    preview_for: str,
) -> Response[Error | PolicyPreview]:
    """Preview policy rule matches

     Evaluates the policy file in the request body (not the stored one, which is left
    unchanged) and returns the rules that apply to one user or one `ip:port`.

    Args:
        tailnet (str):
        type_ (PolicyPreviewType): What a preview is for.
        preview_for (str):
        body (PolicyFileRequest): A policy file to send. Only the commonly used sections are
            spelled out; every
            other section is sent as it is.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PolicyPreview]
    """

    kwargs = _get_kwargs(
        tailnet=tailnet,
        body=body,
        type_=type_,
        preview_for=preview_for,
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
    type_: PolicyPreviewType,
    preview_for: str,
) -> Error | PolicyPreview | None:
    """Preview policy rule matches

     Evaluates the policy file in the request body (not the stored one, which is left
    unchanged) and returns the rules that apply to one user or one `ip:port`.

    Args:
        tailnet (str):
        type_ (PolicyPreviewType): What a preview is for.
        preview_for (str):
        body (PolicyFileRequest): A policy file to send. Only the commonly used sections are
            spelled out; every
            other section is sent as it is.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PolicyPreview
    """

    return sync_detailed(
        tailnet=tailnet,
        client=client,
        body=body,
        type_=type_,
        preview_for=preview_for,
    ).parsed


async def asyncio_detailed(
    tailnet: str,
    *,
    client: AuthenticatedClient | Client,
    body: PolicyFileRequest | File,
    type_: PolicyPreviewType,
    preview_for: str,
) -> Response[Error | PolicyPreview]:
    """Preview policy rule matches

     Evaluates the policy file in the request body (not the stored one, which is left
    unchanged) and returns the rules that apply to one user or one `ip:port`.

    Args:
        tailnet (str):
        type_ (PolicyPreviewType): What a preview is for.
        preview_for (str):
        body (PolicyFileRequest): A policy file to send. Only the commonly used sections are
            spelled out; every
            other section is sent as it is.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PolicyPreview]
    """

    kwargs = _get_kwargs(
        tailnet=tailnet,
        body=body,
        type_=type_,
        preview_for=preview_for,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tailnet: str,
    *,
    client: AuthenticatedClient | Client,
    body: PolicyFileRequest | File,
    type_: PolicyPreviewType,
    preview_for: str,
) -> Error | PolicyPreview | None:
    """Preview policy rule matches

     Evaluates the policy file in the request body (not the stored one, which is left
    unchanged) and returns the rules that apply to one user or one `ip:port`.

    Args:
        tailnet (str):
        type_ (PolicyPreviewType): What a preview is for.
        preview_for (str):
        body (PolicyFileRequest): A policy file to send. Only the commonly used sections are
            spelled out; every
            other section is sent as it is.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PolicyPreview
    """

    return (
        await asyncio_detailed(
            tailnet=tailnet,
            client=client,
            body=body,
            type_=type_,
            preview_for=preview_for,
        )
    ).parsed
