"""What only a real socket shows: timeouts and connection reuse, against the mock on loopback.

The other wire tests (uploads, retries, the 401 replay, OAuth renewal) are marked
``@pytest.mark.wire`` where they live and run on loopback as well as in-process.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sdktools import FakeTime
from starlette.applications import Starlette
from starlette.types import Receive, Scope, Send

from tailscale_mock import DEMO_API_KEY, MockServer, create_app
from tailscale_sdk import APITimeoutError, AsyncTailscale, NotFoundError, Tailscale

LIST = "/api/v2/tailnet/-/devices"
CREATE_KEY = "/api/v2/tailnet/-/keys"
# Reading waits far longer than the stalled requests take to give up (no timing is asserted).
SHORT_READ = httpx.Timeout(10.0, read=0.25)


class Wiretap:
    """ASGI wrapper around the mock: records each request's peer; stalls chosen paths."""

    def __init__(self, app: Starlette, stall: tuple[str, ...] = ()) -> None:
        self.app = app
        self.stall = stall
        self.peers: list[tuple[str, int]] = []
        self.arrivals: list[tuple[str, str]] = []
        self.release = threading.Event()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            self.peers.append(tuple(scope["client"]))
            self.arrivals.append((scope["method"], scope["path"]))
            if scope["path"] in self.stall:
                while not self.release.is_set():  # until the test ends, not a fixed time
                    await asyncio.sleep(0.01)
        await self.app(scope, receive, send)


@pytest.fixture
def app() -> Starlette:
    return create_app()


@pytest.fixture
def stalled(app: Starlette) -> Iterator[tuple[Wiretap, str]]:
    tap = Wiretap(app, stall=(LIST, CREATE_KEY))
    with MockServer(tap) as url:
        try:
            yield tap, url
        finally:
            tap.release.set()


@pytest.fixture
def tapped(app: Starlette) -> Iterator[tuple[Wiretap, str]]:
    tap = Wiretap(app)
    with MockServer(tap) as url:
        yield tap, url


def test_a_read_timeout_repeats_a_get_but_not_a_post(
    stalled: tuple[Wiretap, str], fake_time: FakeTime
) -> None:
    tap, url = stalled
    options: dict[str, Any] = {"timeout": SHORT_READ, "max_retries": fake_time.policy()}
    with Tailscale(api_key=DEMO_API_KEY, base_url=url, **options) as ts:
        with pytest.raises(APITimeoutError) as caught:
            ts.devices.list()
        assert caught.value.method == "GET"
        with pytest.raises(APITimeoutError):
            ts.keys.create(description="once")
    assert tap.arrivals == [("GET", LIST)] * 3 + [("POST", CREATE_KEY)]
    assert len(fake_time.waits) == 2


def test_an_async_read_timeout_repeats_a_get_but_not_a_post(
    stalled: tuple[Wiretap, str], fake_time: FakeTime
) -> None:
    tap, url = stalled
    options: dict[str, Any] = {"timeout": SHORT_READ, "max_retries": fake_time.policy()}

    async def main() -> None:
        async with AsyncTailscale(api_key=DEMO_API_KEY, base_url=url, **options) as ats:
            with pytest.raises(APITimeoutError):
                await ats.devices.list()
            with pytest.raises(APITimeoutError):
                await ats.keys.create(description="once")

    asyncio.run(main())
    assert tap.arrivals == [("GET", LIST)] * 3 + [("POST", CREATE_KEY)]


def test_one_connection_carries_every_request(
    tapped: tuple[Wiretap, str], app: Starlette, fake_time: FakeTime
) -> None:
    """200s, a 404, a retried 503 and an upload: all on the first connection."""
    tap, url = tapped
    with Tailscale(api_key=DEMO_API_KEY, base_url=url, max_retries=fake_time.policy()) as ts:
        ts.devices.list()
        with pytest.raises(NotFoundError):
            ts.devices.get("nNOSUCHCNTRL")
        app.state.faults.schedule(503, operation_id="getDevice")
        ts.devices.get("n5SUKe8CNTRL")
        ts.policy.set('{"hosts": {}}')
        ts.devices.list()
    assert len(tap.peers) == 6
    assert len(set(tap.peers)) == 1, tap.peers


def test_one_async_connection_carries_every_request(
    tapped: tuple[Wiretap, str], app: Starlette, fake_time: FakeTime
) -> None:
    tap, url = tapped

    async def main() -> None:
        async with AsyncTailscale(
            api_key=DEMO_API_KEY, base_url=url, max_retries=fake_time.policy()
        ) as ats:
            await ats.devices.list()
            with pytest.raises(NotFoundError):
                await ats.devices.get("nNOSUCHCNTRL")
            app.state.faults.schedule(503, operation_id="getDevice")
            await ats.devices.get("n5SUKe8CNTRL")
            await ats.policy.set('{"hosts": {}}')
            await ats.devices.list()

    asyncio.run(main())
    assert len(tap.peers) == 6
    assert len(set(tap.peers)) == 1, tap.peers
