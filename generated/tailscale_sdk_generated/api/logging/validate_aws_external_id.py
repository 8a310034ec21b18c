from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.validate_aws_external_id_response_422 import ValidateAwsExternalIdResponse422
from ...models.validate_aws_trust_policy_request import ValidateAwsTrustPolicyRequest
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    tailnet: str,
    id: str,
    *,
    body: ValidateAwsTrustPolicyRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tailnet/{tailnet}/aws-external-id/{id}/validate-aws-trust-policy".format(
            tailnet=path_segment(tailnet, "tailnet"),
            id=path_segment(id, "id"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | ValidateAwsExternalIdResponse422 | None:
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

    if response.status_code == 422:
        response_422 = ValidateAwsExternalIdResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | ValidateAwsExternalIdResponse422]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tailnet: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ValidateAwsTrustPolicyRequest | Unset = UNSET,
) -> Response[Any | Error | ValidateAwsExternalIdResponse422]:
    """Validate an AWS trust policy

     Checks, without changing anything, that Tailscale can assume an AWS IAM role when it
    presents the external id, and that the role's trust policy refuses Tailscale without it.
    Use it while setting up log streaming to S3 with `s3AuthenticationType: rolearn`; the
    external id comes from `getAwsExternalId`.

    Args:
        tailnet (str):
        id (str):
        body (ValidateAwsTrustPolicyRequest | Unset): The AWS IAM role to check an external id
            against.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | ValidateAwsExternalIdResponse422]
    """

    kwargs = _get_kwargs(
        tailnet=tailnet,
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tailnet: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ValidateAwsTrustPolicyRequest | Unset = UNSET,
) -> Any | Error | ValidateAwsExternalIdResponse422 | None:
    """Validate an AWS trust policy

     Checks, without changing anything, that Tailscale can assume an AWS IAM role when it
    presents the external id, and that the role's trust policy refuses Tailscale without it.
    Use it while setting up log streaming to S3 with `s3AuthenticationType: rolearn`; the
    external id comes from `getAwsExternalId`.

    Args:
        tailnet (str):
        id (str):
        body (ValidateAwsTrustPolicyRequest | Unset): The AWS IAM role to check an external id
            against.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | ValidateAwsExternalIdResponse422
    """

    return sync_detailed(
        tailnet=tailnet,
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    tailnet: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ValidateAwsTrustPolicyRequest | Unset = UNSET,
) -> Response[Any | Error | ValidateAwsExternalIdResponse422]:
    """Validate an AWS trust policy

     Checks, without changing anything, that Tailscale can assume an AWS IAM role when it
    presents the external id, and that the role's trust policy refuses Tailscale without it.
    Use it while setting up log streaming to S3 with `s3AuthenticationType: rolearn`; the
    external id comes from `getAwsExternalId`.

    Args:
        tailnet (str):
        id (str):
        body (ValidateAwsTrustPolicyRequest | Unset): The AWS IAM role to check an external id
            against.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | ValidateAwsExternalIdResponse422]
    """

    kwargs = _get_kwargs(
        tailnet=tailnet,
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tailnet: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ValidateAwsTrustPolicyRequest | Unset = UNSET,
) -> Any | Error | ValidateAwsExternalIdResponse422 | None:
    """Validate an AWS trust policy

     Checks, without changing anything, that Tailscale can assume an AWS IAM role when it
    presents the external id, and that the role's trust policy refuses Tailscale without it.
    Use it while setting up log streaming to S3 with `s3AuthenticationType: rolearn`; the
    external id comes from `getAwsExternalId`.

    Args:
        tailnet (str):
        id (str):
        body (ValidateAwsTrustPolicyRequest | Unset): The AWS IAM role to check an external id
            against.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | ValidateAwsExternalIdResponse422
    """

    return (
        await asyncio_detailed(
            tailnet=tailnet,
            id=id,
            client=client,
            body=body,
        )
    ).parsed
