from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.policy_file_request import PolicyFileRequest
from ...models.policy_test_request import PolicyTestRequest
from ...models.policy_validation import PolicyValidation
from ...types import File, Response, json_loads, path_segment


def _get_kwargs(
    tailnet: str,
    *,
    body: list[PolicyTestRequest] | PolicyFileRequest | File,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tailnet/{tailnet}/acl/validate".format(
            tailnet=path_segment(tailnet, "tailnet"),
        ),
    }

    if isinstance(
        body,
        (
            list,
            PolicyFileRequest,
        ),
    ):
        if isinstance(body, list):
            _kwargs["json"] = []
            for componentsschemas_policy_validate_request_type_0_item_data in body:
                componentsschemas_policy_validate_request_type_0_item = (
                    componentsschemas_policy_validate_request_type_0_item_data.to_dict()
                )
                _kwargs["json"].append(componentsschemas_policy_validate_request_type_0_item)

        else:
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/hujson"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PolicyValidation | None:
    if 200 <= response.status_code <= 299:
        _body = json_loads(response.content) if response.content and not response.content.isspace() else None
        response_200 = PolicyValidation.from_dict({} if _body is None else _body)

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
) -> Response[Error | PolicyValidation]:
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
    body: list[PolicyTestRequest] | PolicyFileRequest | File,
) -> Response[Error | PolicyValidation]:
    """Validate and test a policy file

     Checks policy without changing it. A JSON array body is a list of tests run against
    the stored policy file; a JSON object body is a whole candidate policy file, which is
    parsed and whose own tests are run. The status is 200 even when tests fail: a
    non-empty `message` in the body reports the problem.

    Args:
        tailnet (str):
        body (list[PolicyTestRequest] | PolicyFileRequest): Either tests to run against the stored
            policy file, or a whole candidate policy file.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PolicyValidation]
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
    body: list[PolicyTestRequest] | PolicyFileRequest | File,
) -> Error | PolicyValidation | None:
    """Validate and test a policy file

     Checks policy without changing it. A JSON array body is a list of tests run against
    the stored policy file; a JSON object body is a whole candidate policy file, which is
    parsed and whose own tests are run. The status is 200 even when tests fail: a
    non-empty `message` in the body reports the problem.

    Args:
        tailnet (str):
        body (list[PolicyTestRequest] | PolicyFileRequest): Either tests to run against the stored
            policy file, or a whole candidate policy file.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PolicyValidation
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
    body: list[PolicyTestRequest] | PolicyFileRequest | File,
) -> Response[Error | PolicyValidation]:
    """Validate and test a policy file

     Checks policy without changing it. A JSON array body is a list of tests run against
    the stored policy file; a JSON object body is a whole candidate policy file, which is
    parsed and whose own tests are run. The status is 200 even when tests fail: a
    non-empty `message` in the body reports the problem.

    Args:
        tailnet (str):
        body (list[PolicyTestRequest] | PolicyFileRequest): Either tests to run against the stored
            policy file, or a whole candidate policy file.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PolicyValidation]
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
    body: list[PolicyTestRequest] | PolicyFileRequest | File,
) -> Error | PolicyValidation | None:
    """Validate and test a policy file

     Checks policy without changing it. A JSON array body is a list of tests run against
    the stored policy file; a JSON object body is a whole candidate policy file, which is
    parsed and whose own tests are run. The status is 200 even when tests fail: a
    non-empty `message` in the body reports the problem.

    Args:
        tailnet (str):
        body (list[PolicyTestRequest] | PolicyFileRequest): Either tests to run against the stored
            policy file, or a whole candidate policy file.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PolicyValidation
    """

    return (
        await asyncio_detailed(
            tailnet=tailnet,
            client=client,
            body=body,
        )
    ).parsed
