from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.log_type import LogType
from ...models.logstream_configuration import LogstreamConfiguration
from ...types import Response, json_loads, path_segment


def _get_kwargs(
    tailnet: str,
    log_type: LogType,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tailnet/{tailnet}/logging/{log_type}/stream".format(
            tailnet=path_segment(tailnet, "tailnet"),
            log_type=path_segment(log_type, "log_type"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | LogstreamConfiguration | None:
    if 200 <= response.status_code <= 299:
        _body = json_loads(response.content) if response.content and not response.content.isspace() else None
        response_200 = LogstreamConfiguration.from_dict({} if _body is None else _body)

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
) -> Response[Error | LogstreamConfiguration]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tailnet: str,
    log_type: LogType,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | LogstreamConfiguration]:
    """Get log streaming configuration

     Returns where logs of one type are streamed to (credentials are not returned).

    Args:
        tailnet (str):
        log_type (LogType): A kind of log.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LogstreamConfiguration]
    """

    kwargs = _get_kwargs(
        tailnet=tailnet,
        log_type=log_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tailnet: str,
    log_type: LogType,
    *,
    client: AuthenticatedClient | Client,
) -> Error | LogstreamConfiguration | None:
    """Get log streaming configuration

     Returns where logs of one type are streamed to (credentials are not returned).

    Args:
        tailnet (str):
        log_type (LogType): A kind of log.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LogstreamConfiguration
    """

    return sync_detailed(
        tailnet=tailnet,
        log_type=log_type,
        client=client,
    ).parsed


async def asyncio_detailed(
    tailnet: str,
    log_type: LogType,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | LogstreamConfiguration]:
    """Get log streaming configuration

     Returns where logs of one type are streamed to (credentials are not returned).

    Args:
        tailnet (str):
        log_type (LogType): A kind of log.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LogstreamConfiguration]
    """

    kwargs = _get_kwargs(
        tailnet=tailnet,
        log_type=log_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tailnet: str,
    log_type: LogType,
    *,
    client: AuthenticatedClient | Client,
) -> Error | LogstreamConfiguration | None:
    """Get log streaming configuration

     Returns where logs of one type are streamed to (credentials are not returned).

    Args:
        tailnet (str):
        log_type (LogType): A kind of log.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LogstreamConfiguration
    """

    return (
        await asyncio_detailed(
            tailnet=tailnet,
            log_type=log_type,
            client=client,
        )
    ).parsed
