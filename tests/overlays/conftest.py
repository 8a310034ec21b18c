"""Fixtures: the client under test, sync and async, against the in-process mock.

Tests marked ``@pytest.mark.wire`` run twice: in-process, and over a real loopback socket
(the mock under uvicorn, the SDK's own httpx transport), where bodies are streamed as they
are to the real API.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sdktools import BASE_URL, Blocking, FakeTime, MakeClient
from starlette.applications import Starlette

from tailscale_mock import DEMO_API_KEY, MockServer, create_app, sync_transport
from tailscale_sdk import AsyncTailscale, Tailscale

NETWORKS = ("in-process", "loopback")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "wire: also run the test over a real loopback socket (network=loopback)"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "network" in metafunc.fixturenames and metafunc.definition.get_closest_marker("wire"):
        metafunc.parametrize("network", NETWORKS, indirect=True)


@pytest.fixture
def network(request: pytest.FixtureRequest) -> str:
    """How clients reach the mock: in-process transports, or loopback (wire tests only)."""
    kind: str = getattr(request, "param", "in-process")
    return kind


@pytest.fixture
def app() -> Starlette:
    return create_app()


@pytest.fixture
def base_url(network: str, app: Starlette) -> Iterator[str]:
    """The mock's base URL: a fixed one in-process, a uvicorn server's on loopback."""
    if network == "loopback":
        with MockServer(app) as url:
            yield url
    else:
        yield BASE_URL


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()


@pytest.fixture
def make_sync(
    app: Starlette, fake_time: FakeTime, network: str, base_url: str
) -> Iterator[MakeClient]:
    """Build Tailscale clients on the mock (API key and fake sleep unless overridden)."""
    made: list[Tailscale] = []

    def make(**kwargs: Any) -> Tailscale:
        kwargs.setdefault("base_url", base_url)
        if "oauth_client_id" not in kwargs:
            kwargs.setdefault("api_key", DEMO_API_KEY)
        kwargs.setdefault("max_retries", fake_time.policy())
        if network == "in-process":
            kwargs.setdefault("http_client", httpx.Client(transport=sync_transport(app)))
        client = Tailscale(**kwargs)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def make_async(
    app: Starlette,
    fake_time: FakeTime,
    network: str,
    base_url: str,
    loop: asyncio.AbstractEventLoop,
) -> Iterator[MakeClient]:
    """Build AsyncTailscale clients on the mock; those on loopback are closed on ``loop``."""
    sockets: list[AsyncTailscale] = []

    def make(**kwargs: Any) -> AsyncTailscale:
        kwargs.setdefault("base_url", base_url)
        if "oauth_client_id" not in kwargs:
            kwargs.setdefault("api_key", DEMO_API_KEY)
        kwargs.setdefault("max_retries", fake_time.policy())
        if network == "in-process":
            kwargs.setdefault(
                "http_client", httpx.AsyncClient(transport=httpx.ASGITransport(app=app))
            )
        client = AsyncTailscale(**kwargs)
        if "http_client" not in kwargs:
            sockets.append(client)
        return client

    yield make
    for client in sockets:
        loop.run_until_complete(client.close())


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
