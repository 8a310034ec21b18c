from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.policy_file import PolicyFile
from ...models.policy_file_details import PolicyFileDetails
from ...types import UNSET, Response, Unset, json_loads, path_segment


def _get_kwargs(
    tailnet: str,
    *,
    details: Literal[1] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["details"] = details

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tailnet/{tailnet}/acl".format(
            tailnet=path_segment(tailnet, "tailnet"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PolicyFile | PolicyFileDetails | None:
    if 200 <= response.status_code <= 299:
        _body = json_loads(response.content) if response.content and not response.content.isspace() else None

        def _parse_response_200(data: object) -> PolicyFile | PolicyFileDetails:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = PolicyFile.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = PolicyFileDetails.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200({} if _body is None else _body)

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
) -> Response[Error | PolicyFile | PolicyFileDetails]:
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
    details: Literal[1] | Unset = UNSET,
) -> Response[Error | PolicyFile | PolicyFileDetails]:
    """Get the policy file

     Returns the tailnet policy file. The `Accept` header chooses the format: JSON for
    `application/json`, HuJSON (comments and formatting kept) otherwise. The `ETag`
    response header identifies this version for a later conditional update.

    With `details=1` the response is instead a JSON object holding the HuJSON text
    (base64) together with parse errors and warnings; do not send `Accept` then.

    Args:
        tailnet (str):
        details (Literal[1] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PolicyFile | PolicyFileDetails]
    """

    kwargs = _get_kwargs(
        tailnet=tailnet,
        details=details,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tailnet: str,
    *,
    client: AuthenticatedClient | Client,
    details: Literal[1] | Unset = UNSET,
) -> Error | PolicyFile | PolicyFileDetails | None:
    """Get the policy file

     Returns the tailnet policy file. The `Accept` header chooses the format: JSON for
    `application/json`, HuJSON (comments and formatting kept) otherwise. The `ETag`
    response header identifies this version for a later conditional update.

    With `details=1` the response is instead a JSON object holding the HuJSON text
    (base64) together with parse errors and warnings; do not send `Accept` then.

    Args:
        tailnet (str):
        details (Literal[1] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PolicyFile | PolicyFileDetails
    """

    return sync_detailed(
        tailnet=tailnet,
        client=client,
        details=details,
    ).parsed


async def asyncio_detailed(
    tailnet: str,
    *,
    client: AuthenticatedClient | Client,
    details: Literal[1] | Unset = UNSET,
) -> Response[Error | PolicyFile | PolicyFileDetails]:
    """Get the policy file

     Returns the tailnet policy file. The `Accept` header chooses the format: JSON for
    `application/json`, HuJSON (comments and formatting kept) otherwise. The `ETag`
    response header identifies this version for a later conditional update.

    With `details=1` the response is instead a JSON object holding the HuJSON text
    (base64) together with parse errors and warnings; do not send `Accept` then.

    Args:
        tailnet (str):
        details (Literal[1] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PolicyFile | PolicyFileDetails]
    """

    kwargs = _get_kwargs(
        tailnet=tailnet,
        details=details,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tailnet: str,
    *,
    client: AuthenticatedClient | Client,
    details: Literal[1] | Unset = UNSET,
) -> Error | PolicyFile | PolicyFileDetails | None:
    """Get the policy file

     Returns the tailnet policy file. The `Accept` header chooses the format: JSON for
    `application/json`, HuJSON (comments and formatting kept) otherwise. The `ETag`
    response header identifies this version for a later conditional update.

    With `details=1` the response is instead a JSON object holding the HuJSON text
    (base64) together with parse errors and warnings; do not send `Accept` then.

    Args:
        tailnet (str):
        details (Literal[1] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PolicyFile | PolicyFileDetails
    """

    return (
        await asyncio_detailed(
            tailnet=tailnet,
            client=client,
            details=details,
        )
    ).parsed
