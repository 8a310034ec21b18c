import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.configuration_audit_log_list import ConfigurationAuditLogList
from ...models.error import Error
from ...types import UNSET, Response, Unset, json_loads, path_segment


def _get_kwargs(
    tailnet: str,
    *,
    start: datetime.datetime,
    end: datetime.datetime,
    actor: list[str] | Unset = UNSET,
    target: list[str] | Unset = UNSET,
    event: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start = start.isoformat()
    params["start"] = json_start

    json_end = end.isoformat()
    params["end"] = json_end

    json_actor: list[str] | Unset = UNSET
    if not isinstance(actor, Unset):
        json_actor = actor

    params["actor"] = json_actor

    json_target: list[str] | Unset = UNSET
    if not isinstance(target, Unset):
        json_target = target

    params["target"] = json_target

    json_event: list[str] | Unset = UNSET
    if not isinstance(event, Unset):
        json_event = event

    params["event"] = json_event

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tailnet/{tailnet}/logging/configuration".format(
            tailnet=path_segment(tailnet, "tailnet"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConfigurationAuditLogList | Error | None:
    if 200 <= response.status_code <= 299:
        _body = json_loads(response.content) if response.content and not response.content.isspace() else None
        response_200 = ConfigurationAuditLogList.from_dict({} if _body is None else _body)

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
) -> Response[ConfigurationAuditLogList | Error]:
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
    start: datetime.datetime,
    end: datetime.datetime,
    actor: list[str] | Unset = UNSET,
    target: list[str] | Unset = UNSET,
    event: list[str] | Unset = UNSET,
) -> Response[ConfigurationAuditLogList | Error]:
    """List configuration audit logs

     Returns the configuration audit log entries of a time window, oldest first, optionally
    only those matching actors, targets or events.

    Args:
        tailnet (str):
        start (datetime.datetime):
        end (datetime.datetime):
        actor (list[str] | Unset):
        target (list[str] | Unset):
        event (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfigurationAuditLogList | Error]
    """

    kwargs = _get_kwargs(
        tailnet=tailnet,
        start=start,
        end=end,
        actor=actor,
        target=target,
        event=event,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tailnet: str,
    *,
    client: AuthenticatedClient | Client,
    start: datetime.datetime,
    end: datetime.datetime,
    actor: list[str] | Unset = UNSET,
    target: list[str] | Unset = UNSET,
    event: list[str] | Unset = UNSET,
) -> ConfigurationAuditLogList | Error | None:
    """List configuration audit logs

     Returns the configuration audit log entries of a time window, oldest first, optionally
    only those matching actors, targets or events.

    Args:
        tailnet (str):
        start (datetime.datetime):
        end (datetime.datetime):
        actor (list[str] | Unset):
        target (list[str] | Unset):
        event (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfigurationAuditLogList | Error
    """

    return sync_detailed(
        tailnet=tailnet,
        client=client,
        start=start,
        end=end,
        actor=actor,
        target=target,
        event=event,
    ).parsed


async def asyncio_detailed(
    tailnet: str,
    *,
    client: AuthenticatedClient | Client,
    start: datetime.datetime,
    end: datetime.datetime,
    actor: list[str] | Unset = UNSET,
    target: list[str] | Unset = UNSET,
    event: list[str] | Unset = UNSET,
) -> Response[ConfigurationAuditLogList | Error]:
    """List configuration audit logs

     Returns the configuration audit log entries of a time window, oldest first, optionally
    only those matching actors, targets or events.

    Args:
        tailnet (str):
        start (datetime.datetime):
        end (datetime.datetime):
        actor (list[str] | Unset):
        target (list[str] | Unset):
        event (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfigurationAuditLogList | Error]
    """

    kwargs = _get_kwargs(
        tailnet=tailnet,
        start=start,
        end=end,
        actor=actor,
        target=target,
        event=event,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tailnet: str,
    *,
    client: AuthenticatedClient | Client,
    start: datetime.datetime,
    end: datetime.datetime,
    actor: list[str] | Unset = UNSET,
    target: list[str] | Unset = UNSET,
    event: list[str] | Unset = UNSET,
) -> ConfigurationAuditLogList | Error | None:
    """List configuration audit logs

     Returns the configuration audit log entries of a time window, oldest first, optionally
    only those matching actors, targets or events.

    Args:
        tailnet (str):
        start (datetime.datetime):
        end (datetime.datetime):
        actor (list[str] | Unset):
        target (list[str] | Unset):
        event (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfigurationAuditLogList | Error
    """

    return (
        await asyncio_detailed(
            tailnet=tailnet,
            client=client,
            start=start,
            end=end,
            actor=actor,
            target=target,
            event=event,
        )
    ).parsed
