"""Retries against the mock's fault injection: attempts, waits, and what is never repeated."""

from __future__ import annotations

import logging
from collections.abc import Callable
from email.utils import formatdate
from typing import Any

import httpx
import pytest
from sdktools import FakeTime, MakeClient, statuses
from starlette.applications import Starlette

from tailscale_mock import Faults, create_app, sync_transport
from tailscale_sdk import (
    APIConnectionError,
    APITimeoutError,
    ConflictError,
    PreconditionFailedError,
    RateLimitError,
    RetryPolicy,
    ServerError,
)

LIST = "listTailnetDevices"
CREATE_KEY = "createAuthKey"


@pytest.mark.wire
@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_get_is_retried_until_it_succeeds(
    status: int, api: Any, app: Starlette, fake_time: FakeTime
) -> None:
    app.state.faults.schedule(status, status, operation_id=LIST)
    assert api.devices.list()
    assert statuses(app, LIST) == [status, status, 200]
    assert len(fake_time.waits) == 2


@pytest.mark.wire
def test_retries_stop_after_max_retries(api: Any, app: Starlette, fake_time: FakeTime) -> None:
    app.state.faults.schedule(503, 503, 503, 503, operation_id=LIST)
    with pytest.raises(ServerError) as caught:
        api.devices.list()
    assert caught.value.status == 503
    assert statuses(app, LIST) == [503, 503, 503]  # 1 + max_retries (2)


def test_backoff_grows_exponentially_with_jitter(
    make_api: MakeClient, app: Starlette, fake_time: FakeTime
) -> None:
    api = make_api(max_retries=fake_time.policy(max_retries=4, backoff_factor=0.5))
    app.state.faults.schedule(503, 503, 503, 503, operation_id=LIST)
    api.devices.list()
    assert len(fake_time.waits) == 4
    for retry, wait in enumerate(fake_time.waits, start=1):
        assert 0 <= wait <= 0.5 * 2**retry
    assert len(set(fake_time.waits)) > 1


@pytest.mark.wire
def test_retry_after_seconds_is_honoured(api: Any, app: Starlette, fake_time: FakeTime) -> None:
    app.state.faults.schedule(429, retry_after=7, operation_id=LIST)
    api.devices.list()
    assert fake_time.waits == [7.0]


def test_retry_after_is_capped(make_api: MakeClient, app: Starlette, fake_time: FakeTime) -> None:
    api = make_api(max_retries=fake_time.policy(max_wait=5.0))
    app.state.faults.schedule(429, retry_after=3600, operation_id=LIST)
    api.devices.list()
    assert fake_time.waits == [5.0]


def test_retry_after_http_date_is_honoured(make_sync: MakeClient, fake_time: FakeTime) -> None:
    answers = [
        httpx.Response(503, headers={"Retry-After": formatdate(fake_time.now + 12, usegmt=True)}),
        httpx.Response(200, json={"devices": []}),
    ]
    client = httpx.Client(transport=httpx.MockTransport(lambda request: answers.pop(0)))
    ts = make_sync(http_client=client)
    assert ts.devices.list() == []
    assert fake_time.waits == [12.0]


@pytest.mark.wire
def test_a_post_that_reached_the_server_is_not_repeated(
    api: Any, app: Starlette, fake_time: FakeTime
) -> None:
    app.state.faults.schedule(503, operation_id=CREATE_KEY)
    with pytest.raises(ServerError):
        api.keys.create(description="once")
    assert statuses(app, CREATE_KEY) == [503]
    assert fake_time.waits == []


@pytest.mark.wire
def test_a_rate_limited_post_is_repeated(api: Any, app: Starlette, fake_time: FakeTime) -> None:
    app.state.faults.schedule(429, retry_after=2, operation_id=CREATE_KEY)
    key = api.keys.create(description="after 429")
    assert key.description == "after 429"
    assert statuses(app, CREATE_KEY) == [429, 200]
    assert fake_time.waits == [2.0]


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_failed_connection_is_retried_for_any_method(
    method: str, make_sync: MakeClient, fake_time: FakeTime
) -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        if len(calls) == 1:
            raise httpx.ConnectError("connection refused", request=request)
        body: dict[str, object] = {"devices": []} if request.method == "GET" else {"id": "k1"}
        return httpx.Response(200, json=body)

    ts = make_sync(http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    if method == "GET":
        ts.devices.list()
    else:
        ts.keys.create()
    assert calls == [method, method]
    assert len(fake_time.waits) == 1


def test_a_read_timeout_repeats_a_get_but_not_a_post(make_sync: MakeClient) -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        raise httpx.ReadTimeout("timed out", request=request)

    ts = make_sync(http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    with pytest.raises(APITimeoutError):
        ts.devices.list()
    assert calls == ["GET"] * 3
    calls.clear()
    with pytest.raises(APITimeoutError):
        ts.keys.create()
    assert calls == ["POST"]


@pytest.mark.wire
def test_conflicts_and_preconditions_are_never_retried(
    make_sync: MakeClient, app: Starlette
) -> None:
    ts = make_sync()
    app.state.faults.schedule(409, 409, operation_id="setSplitDns")
    with pytest.raises(ConflictError):
        ts.dns.set_split_dns({})
    assert statuses(app, "setSplitDns") == [409]
    with pytest.raises(PreconditionFailedError):
        ts.policy.set("{}", if_match='"stale"')
    assert statuses(app, "setPolicyFile") == [412]


@pytest.mark.wire
def test_max_retries_zero_disables_retries(make_api: MakeClient, app: Starlette) -> None:
    api = make_api(max_retries=0)
    app.state.faults.schedule(429, operation_id=LIST)
    with pytest.raises(RateLimitError) as caught:
        api.devices.list()
    assert caught.value.retry_after == 1.0
    assert statuses(app, LIST) == [429]


def test_transient_faults_are_absorbed(make_sync: MakeClient, fake_time: FakeTime) -> None:
    app = create_app(faults=Faults(transient_rate=0.3, seed=4))
    ts = make_sync(
        max_retries=fake_time.policy(max_retries=5),
        http_client=httpx.Client(transport=sync_transport(app)),
    )
    for _ in range(20):
        ts.devices.list()
    served = statuses(app, LIST)
    assert served.count(200) == 20
    assert len(served) == 20 + len(fake_time.waits) > 20


def test_retries_are_logged(api: Any, app: Starlette, caplog: pytest.LogCaptureFixture) -> None:
    app.state.faults.schedule(503, operation_id=LIST)
    with caplog.at_level(logging.DEBUG, logger="tailscale_sdk"):
        api.devices.list()
    messages = [r.getMessage() for r in caplog.records if r.name == "tailscale_sdk"]
    assert any(m.startswith("retry 1 of 2 after HTTP 503 in ") for m in messages), messages


def test_policy_validation() -> None:
    with pytest.raises(ValueError):
        RetryPolicy(max_retries=-1)
    with pytest.raises(TypeError):
        RetryPolicy(max_retries=True)
    with pytest.raises(ValueError):
        RetryPolicy(max_wait=0)


def test_connection_failures_become_api_connection_errors(make_sync: MakeClient) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    ts = make_sync(http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    with pytest.raises(APIConnectionError) as caught:
        ts.devices.get("n1")
    assert not isinstance(caught.value, APITimeoutError)
    assert "Connection refused" in str(caught.value)
    assert caught.value.method == "GET"
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


@pytest.mark.wire
def test_a_rate_limited_upload_is_sent_again_in_full(
    api: Any, app: Starlette, fake_time: FakeTime
) -> None:
    """The HuJSON body is a stream in the generated code; a retry must resend all of it."""
    text = '// retried\n{"acls": [{"action": "accept", "src": ["*"], "dst": ["*:*"]}],}\n'
    app.state.faults.schedule(429, operation_id="setPolicyFile")
    api.policy.set(text)
    assert statuses(app, "setPolicyFile") == [429, 200]
    assert api.policy.get().text == text


IDEMPOTENT_WRITES = [
    ("PUT", "setSplitDns", lambda api: api.dns.set_split_dns({"corp.example": ["10.0.0.53"]})),
    ("DELETE", "deleteDevice", lambda api: api.devices.delete("nWi4j7c1CNTRL")),
]


@pytest.mark.wire
@pytest.mark.parametrize(
    ("method", "operation_id", "invoke"), IDEMPOTENT_WRITES, ids=[w[0] for w in IDEMPOTENT_WRITES]
)
def test_idempotent_writes_are_retried_after_a_5xx(
    method: str,
    operation_id: str,
    invoke: Callable[[Any], Any],
    api: Any,
    app: Starlette,
    fake_time: FakeTime,
) -> None:
    app.state.faults.schedule(503, 502, operation_id=operation_id)
    invoke(api)
    assert statuses(app, operation_id) == [503, 502, 200]
    assert [r.method for r in app.state.log if r.operation_id == operation_id] == [method] * 3
    assert len(fake_time.waits) == 2


@pytest.mark.wire
def test_a_patch_that_reached_the_server_is_not_repeated(
    api: Any, app: Starlette, fake_time: FakeTime
) -> None:
    app.state.faults.schedule(503, operation_id="updateSplitDns")
    with pytest.raises(ServerError):
        api.dns.update_split_dns({"corp.example": ["10.0.0.53"]})
    assert statuses(app, "updateSplitDns") == [503]
    assert fake_time.waits == []
