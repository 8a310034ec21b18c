"""Fixtures: the client under test, sync and async, against the in-process mock."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sdktools import BASE_URL, Blocking, FakeTime, MakeClient
from starlette.applications import Starlette

from tailscale_mock import DEMO_API_KEY, create_app, sync_transport
from tailscale_sdk import AsyncTailscale, Tailscale


@pytest.fixture
def app() -> Starlette:
    return create_app()


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()


@pytest.fixture
def make_sync(app: Starlette, fake_time: FakeTime) -> Iterator[MakeClient]:
    """Build Tailscale clients on the mock (API key and fake sleep unless overridden)."""
    made: list[Tailscale] = []

    def make(**kwargs: Any) -> Tailscale:
        kwargs.setdefault("base_url", BASE_URL)
        if "oauth_client_id" not in kwargs:
            kwargs.setdefault("api_key", DEMO_API_KEY)
        kwargs.setdefault("max_retries", fake_time.policy())
        kwargs.setdefault("http_client", httpx.Client(transport=sync_transport(app)))
        client = Tailscale(**kwargs)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def make_async(app: Starlette, fake_time: FakeTime) -> MakeClient:
    """Build AsyncTailscale clients on the mock (close them yourself, or don't: no sockets)."""

    def make(**kwargs: Any) -> AsyncTailscale:
        kwargs.setdefault("base_url", BASE_URL)
        if "oauth_client_id" not in kwargs:
            kwargs.setdefault("api_key", DEMO_API_KEY)
        kwargs.setdefault("max_retries", fake_time.policy())
        kwargs.setdefault("http_client", httpx.AsyncClient(transport=httpx.ASGITransport(app=app)))
        return AsyncTailscale(**kwargs)

    return make


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    param: str = request.param
    return param


@pytest.fixture
def make_api(
    mode: str, make_sync: MakeClient, make_async: MakeClient, loop: asyncio.AbstractEventLoop
) -> MakeClient:
    """A client of either kind, used the same way (the async one through ``Blocking``)."""

    def make(**kwargs: Any) -> Any:
        if mode == "sync":
            return make_sync(**kwargs)
        return Blocking(make_async(**kwargs), loop)

    return make


@pytest.fixture
def api(make_api: MakeClient) -> Any:
    return make_api()
