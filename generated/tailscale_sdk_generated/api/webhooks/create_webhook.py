from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_webhook_request import CreateWebhookRequest
from ...models.error import Error
from ...models.webhook import Webhook
from ...types import Response, json_loads, path_segment


def _get_kwargs(
    tailnet: str,
    *,
    body: CreateWebhookRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tailnet/{tailnet}/webhooks".format(
            tailnet=path_segment(tailnet, "tailnet"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Webhook | None:
    if 200 <= response.status_code <= 299:
        _body = json_loads(response.content) if response.content and not response.content.isspace() else None
        response_200 = Webhook.from_dict({} if _body is None else _body)

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Webhook]:
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
    body: CreateWebhookRequest,
) -> Response[Error | Webhook]:
    """Create a webhook

     Registers an endpoint that receives the chosen events. The response holds the signing
    secret, which cannot be read again later (rotate it to get a new one).

    Args:
        tailnet (str):
        body (CreateWebhookRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Webhook]
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
    body: CreateWebhookRequest,
) -> Error | Webhook | None:
    """Create a webhook

     Registers an endpoint that receives the chosen events. The response holds the signing
    secret, which cannot be read again later (rotate it to get a new one).

    Args:
        tailnet (str):
        body (CreateWebhookRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Webhook
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
    body: CreateWebhookRequest,
) -> Response[Error | Webhook]:
    """Create a webhook

     Registers an endpoint that receives the chosen events. The response holds the signing
    secret, which cannot be read again later (rotate it to get a new one).

    Args:
        tailnet (str):
        body (CreateWebhookRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Webhook]
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
    body: CreateWebhookRequest,
) -> Error | Webhook | None:
    """Create a webhook

     Registers an endpoint that receives the chosen events. The response holds the signing
    secret, which cannot be read again later (rotate it to get a new one).

    Args:
        tailnet (str):
        body (CreateWebhookRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Webhook
    """

    return (
        await asyncio_detailed(
            tailnet=tailnet,
            client=client,
            body=body,
        )
    ).parsed
