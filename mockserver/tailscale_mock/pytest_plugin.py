"""Pytest fixtures for testing code that uses tailscale-sdk against a fake tailnet.

Registered as a pytest plugin (entry point ``pytest11``) for everyone who installs
tailscale-sdk; the fixtures need the ``[mock]`` extra (``pip install 'tailscale-sdk[mock]'``).
Loading the plugin imports nothing but pytest: the mock and the SDK are imported when a test
first uses a fixture, so pytest runs that use none pay nothing.

Fixtures (all fresh for each test):

``tailscale_mock_tailnet``
    The demo tailnet, ``MockTailnet(seed=0)``; override it in a ``conftest.py`` for another
    seed or a tailnet of your own. Change it directly to arrange a test.
``tailscale_mock_app``
    The mock API (``create_app``) serving that tailnet. ``.state.faults`` injects failures
    (``.state.faults.schedule(503, 429, retry_after=2)``), ``.state.log`` holds every request
    it answered, ``.state.go_style = False`` switches from Go-shaped to tidy replies.
``tailscale_mock_client``
    A ``Tailscale`` client on the app, in-process (no sockets), with the demo API key.
``tailscale_mock_async_client``
    An ``AsyncTailscale`` client on the app, in-process.
``tailscale_mock_server``
    The app served over a real loopback socket (``MockServer``): its ``base_url`` is for
    clients whose subject is the wire (timeouts, streaming, connection reuse).
``tailscale_mock_faults``
    ``tailscale_mock_app.state.faults``.

Clients built by the fixtures retry nothing (``max_retries=0``), so that an injected fault
reaches the code under test at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from starlette.applications import Starlette

    from tailscale_mock import Faults, MockServer, MockTailnet
    from tailscale_sdk import AsyncTailscale, Tailscale

BASE_URL = "http://127.0.0.1/api/v2"


@pytest.fixture
def tailscale_mock_tailnet() -> MockTailnet:
    """The demo tailnet (seed 0), fresh for each test."""
    from tailscale_mock import MockTailnet

    return MockTailnet(seed=0)


@pytest.fixture
def tailscale_mock_app(tailscale_mock_tailnet: MockTailnet) -> Starlette:
    """The mock Tailscale API serving `tailscale_mock_tailnet` (Go-shaped replies)."""
    from tailscale_mock import create_app

    return create_app(tailscale_mock_tailnet)


@pytest.fixture
def tailscale_mock_faults(tailscale_mock_app: Starlette) -> Faults:
    """The app's fault injection (`Faults`): `.schedule(503)`, `.rate_limit_every`, ..."""
    faults: Faults = tailscale_mock_app.state.faults
    return faults


@pytest.fixture
def tailscale_mock_client(tailscale_mock_app: Starlette) -> Iterator[Tailscale]:
    """A `Tailscale` client on the mock, in-process, with the demo API key."""
    import httpx

    from tailscale_mock import DEMO_API_KEY, sync_transport
    from tailscale_sdk import Tailscale

    http = httpx.Client(transport=sync_transport(tailscale_mock_app))
    client = Tailscale(api_key=DEMO_API_KEY, base_url=BASE_URL, http_client=http, max_retries=0)
    yield client
    client.close()
    http.close()


@pytest.fixture
def tailscale_mock_async_client(tailscale_mock_app: Starlette) -> AsyncTailscale:
    """An `AsyncTailscale` client on the mock, in-process, with the demo API key."""
    import httpx

    from tailscale_mock import DEMO_API_KEY
    from tailscale_sdk import AsyncTailscale

    # In-process: the client holds no connection, so there is nothing to close afterwards
    # (and no event loop is needed to build it).
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=tailscale_mock_app))
    return AsyncTailscale(api_key=DEMO_API_KEY, base_url=BASE_URL, http_client=http, max_retries=0)


@pytest.fixture
def tailscale_mock_server(tailscale_mock_app: Starlette) -> Iterator[MockServer]:
    """The app on a real loopback socket (127.0.0.1, a free port); `.base_url` to connect."""
    from tailscale_mock import MockServer

    server = MockServer(tailscale_mock_app)
    server.start()
    yield server
    server.stop()
