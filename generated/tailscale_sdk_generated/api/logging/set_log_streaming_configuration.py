from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.log_type import LogType
from ...models.logstream_configuration_request import LogstreamConfigurationRequest
from ...models.logstream_gcs_request import LogstreamGcsRequest
from ...models.logstream_s3_access_key_request import LogstreamS3AccessKeyRequest
from ...models.logstream_s3_role_arn_request import LogstreamS3RoleArnRequest
from ...types import Response, path_segment


def _get_kwargs(
    tailnet: str,
    log_type: LogType,
    *,
    body: LogstreamConfigurationRequest | LogstreamGcsRequest | LogstreamS3AccessKeyRequest | LogstreamS3RoleArnRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/tailnet/{tailnet}/logging/{log_type}/stream".format(
            tailnet=path_segment(tailnet, "tailnet"),
            log_type=path_segment(log_type, "log_type"),
        ),
    }

    if isinstance(body, LogstreamConfigurationRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, LogstreamS3AccessKeyRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, LogstreamS3RoleArnRequest):
        _kwargs["json"] = body.to_dict()
    else:
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
    log_type: LogType,
    *,
    client: AuthenticatedClient | Client,
    body: LogstreamConfigurationRequest | LogstreamGcsRequest | LogstreamS3AccessKeyRequest | LogstreamS3RoleArnRequest,
) -> Response[Any | Error]:
    """Set log streaming configuration

     Starts (or reconfigures) streaming logs of one type to an external system.

    Args:
        tailnet (str):
        log_type (LogType): A kind of log.
        body (LogstreamConfigurationRequest | LogstreamGcsRequest | LogstreamS3AccessKeyRequest |
            LogstreamS3RoleArnRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        tailnet=tailnet,
        log_type=log_type,
        body=body,
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
    body: LogstreamConfigurationRequest | LogstreamGcsRequest | LogstreamS3AccessKeyRequest | LogstreamS3RoleArnRequest,
) -> Any | Error | None:
    """Set log streaming configuration

     Starts (or reconfigures) streaming logs of one type to an external system.

    Args:
        tailnet (str):
        log_type (LogType): A kind of log.
        body (LogstreamConfigurationRequest | LogstreamGcsRequest | LogstreamS3AccessKeyRequest |
            LogstreamS3RoleArnRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        tailnet=tailnet,
        log_type=log_type,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    tailnet: str,
    log_type: LogType,
    *,
    client: AuthenticatedClient | Client,
    body: LogstreamConfigurationRequest | LogstreamGcsRequest | LogstreamS3AccessKeyRequest | LogstreamS3RoleArnRequest,
) -> Response[Any | Error]:
    """Set log streaming configuration

     Starts (or reconfigures) streaming logs of one type to an external system.

    Args:
        tailnet (str):
        log_type (LogType): A kind of log.
        body (LogstreamConfigurationRequest | LogstreamGcsRequest | LogstreamS3AccessKeyRequest |
            LogstreamS3RoleArnRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        tailnet=tailnet,
        log_type=log_type,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tailnet: str,
    log_type: LogType,
    *,
    client: AuthenticatedClient | Client,
    body: LogstreamConfigurationRequest | LogstreamGcsRequest | LogstreamS3AccessKeyRequest | LogstreamS3RoleArnRequest,
) -> Any | Error | None:
    """Set log streaming configuration

     Starts (or reconfigures) streaming logs of one type to an external system.

    Args:
        tailnet (str):
        log_type (LogType): A kind of log.
        body (LogstreamConfigurationRequest | LogstreamGcsRequest | LogstreamS3AccessKeyRequest |
            LogstreamS3RoleArnRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            tailnet=tailnet,
            log_type=log_type,
            client=client,
            body=body,
        )
    ).parsed
