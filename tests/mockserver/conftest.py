"""Fixtures for the mock's tests: a fresh demo tailnet and app per test, and clients for it.

Apps answer Go-shaped (the default); a test marked ``@pytest.mark.tidy`` gets tidy replies.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from starlette.applications import Starlette

from tailscale_mock import DEMO_API_KEY, MockTailnet, create_app, sync_transport

BASE_URL = "http://127.0.0.1/api/v2"


@pytest.fixture
def tailnet() -> MockTailnet:
    return MockTailnet(seed=0)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "tidy: the test reads exact fields of the mock's replies, so the app sends them tidy "
        "(create_app(go_style=False)) rather than Go-shaped",
    )


@pytest.fixture
def app(tailnet: MockTailnet, request: pytest.FixtureRequest) -> Iterator[Starlette]:
    # Go-shaped replies (nulls, fields left out, nanosecond times) unless the test's subject
    # is the mock's logic and it compares exact replies.
    app = create_app(tailnet, go_style=request.node.get_closest_marker("tidy") is None)
    yield app
    # Every response the mock sent must have conformed to openapi.yaml.
    assert app.state.mock_errors == []


@pytest.fixture
def anon(app: Starlette) -> Iterator[httpx.Client]:
    """A client without credentials."""
    with httpx.Client(transport=sync_transport(app), base_url=BASE_URL) as client:
        yield client


@pytest.fixture
def client(app: Starlette) -> Iterator[httpx.Client]:
    """A client authenticated with the demo API key."""
    headers = {"Authorization": f"Bearer {DEMO_API_KEY}"}
    with httpx.Client(transport=sync_transport(app), base_url=BASE_URL, headers=headers) as client:
        yield client


@pytest.fixture
def tailnet_expired_key(tailnet: MockTailnet) -> str:
    """The id of the demo tailnet's expired auth key."""
    old = (k for k in tailnet.keys.values() if k.get("description") == "old laptop")
    key_id: str = next(old)["id"]
    return key_id
