"""Client construction, from_env, context managers, headers, logging, the real network path."""

from __future__ import annotations

import asyncio
import importlib.metadata
import logging
import platform
import subprocess
import sys
from typing import Any

import httpx
import pytest
from sdktools import BASE_URL, MakeClient
from starlette.applications import Starlette

from tailscale_mock import (
    DEMO_API_KEY,
    DEMO_OAUTH_CLIENT_ID,
    DEMO_OAUTH_CLIENT_SECRET,
    MockServer,
    create_app,
)
from tailscale_sdk import APIKeyAuth, AsyncTailscale, OAuthClientCredentials, RetryPolicy, Tailscale

ENV = (
    "TAILSCALE_API_KEY",
    "TAILSCALE_TAILNET",
    "TAILSCALE_BASE_URL",
    "TAILSCALE_OAUTH_CLIENT_ID",
    "TAILSCALE_OAUTH_CLIENT_SECRET",
    "TAILSCALE_ID_TOKEN",
    "TAILSCALE_ID_TOKEN_FILE",
)


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_from_env_with_an_api_key(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("TAILSCALE_API_KEY", DEMO_API_KEY)
    clean_env.setenv("TAILSCALE_TAILNET", "example.com")
    clean_env.setenv("TAILSCALE_BASE_URL", BASE_URL)
    with Tailscale.from_env() as ts:
        assert ts.tailnet == "example.com"
        assert ts.base_url == BASE_URL
        assert isinstance(ts._settings.auth, APIKeyAuth)


def test_from_env_with_oauth_and_overrides(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("TAILSCALE_OAUTH_CLIENT_ID", DEMO_OAUTH_CLIENT_ID)
    clean_env.setenv("TAILSCALE_OAUTH_CLIENT_SECRET", DEMO_OAUTH_CLIENT_SECRET)
    clean_env.setenv("TAILSCALE_TAILNET", "example.com")
    ts = AsyncTailscale.from_env(tailnet="-", base_url=BASE_URL)
    assert ts.tailnet == "-"
    auth = ts._settings.auth
    assert isinstance(auth, OAuthClientCredentials)
    assert str(auth.token_url) == f"{BASE_URL}/oauth/token"


def test_from_env_without_credentials(clean_env: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="TAILSCALE_API_KEY"):
        Tailscale.from_env()


def test_credentials_must_be_one_kind() -> None:
    with pytest.raises(ValueError, match="not both"):
        Tailscale(api_key=DEMO_API_KEY, oauth_client_id="id", oauth_client_secret="secret")
    with pytest.raises(ValueError, match="no credentials"):
        Tailscale(oauth_client_id="id")
    with pytest.raises(ValueError):
        Tailscale(api_key="")
    with pytest.raises(TypeError):
        Tailscale(api_key=b"tskey")  # type: ignore[arg-type]


def test_constructor_checks_its_arguments() -> None:
    with pytest.raises(ValueError):
        Tailscale(api_key=DEMO_API_KEY, tailnet="")
    with pytest.raises(ValueError, match="http"):
        Tailscale(api_key=DEMO_API_KEY, base_url="ftp://example.com")
    with pytest.raises(TypeError, match=r"httpx\.Client"):
        Tailscale(api_key=DEMO_API_KEY, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"httpx\.AsyncClient"):
        AsyncTailscale(api_key=DEMO_API_KEY, http_client=httpx.Client())  # type: ignore[arg-type]


def test_user_agent_and_accept_headers(make_sync: MakeClient, app: Starlette) -> None:
    make_sync().devices.list()
    make_sync(user_agent="inventory-bot/2.1").devices.list()
    version = ".".join(platform.python_version_tuple()[:2])
    default, prefixed = (r.headers["user-agent"] for r in app.state.log)
    assert default.startswith("tailscale-sdk/")
    assert default.endswith(f" python/{version} httpx/{httpx.__version__}")
    assert prefixed == f"inventory-bot/2.1 {default}"
    assert app.state.log[0].headers["accept"] == "application/json"


def test_context_manager_closes_its_own_client_only(app: Starlette) -> None:
    mine = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200)))
    with Tailscale(api_key=DEMO_API_KEY, http_client=mine) as ts:
        inner = ts._runner.http
    assert inner.is_closed
    assert not mine.is_closed
    mine.close()


def test_async_context_manager(make_async: MakeClient) -> None:
    async def main() -> httpx.AsyncClient:
        async with make_async() as ats:
            assert await ats.devices.list()
            http: httpx.AsyncClient = ats._runner.http
        return http

    assert asyncio.run(main()).is_closed


def test_debug_log_line_per_request(api: Any, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="tailscale_sdk"):
        api.devices.get("n5SUKe8CNTRL")
    (record,) = [r for r in caplog.records if r.name == "tailscale_sdk"]
    assert record.levelno == logging.DEBUG
    method, path, arrow, status, duration, unit = record.getMessage().split()
    assert (method, path, arrow, status, unit) == (
        "GET",
        "/api/v2/device/n5SUKe8CNTRL",
        "->",
        "200",
        "ms)",
    )
    assert float(duration.lstrip("(")) >= 0


def test_the_default_transport_over_real_sockets() -> None:
    """No http_client: the SDK's own httpx transport, to a mock server on loopback."""
    app = create_app()
    no_wait = RetryPolicy(sleep=lambda seconds: None)
    with (
        MockServer(app) as base_url,
        Tailscale(api_key=DEMO_API_KEY, base_url=base_url, max_retries=no_wait) as ts,
    ):
        assert len(ts.devices.list()) == 12
        app.state.faults.schedule(503, operation_id="getDevice")
        assert ts.devices.get("n5SUKe8CNTRL").hostname == "pangolin"

    async def main() -> int:
        with MockServer(app) as url:
            async with AsyncTailscale(api_key=DEMO_API_KEY, base_url=url) as ats:
                return len(await ats.devices.list())

    assert asyncio.run(main()) == 12
    assert [r.status for r in app.state.log if r.operation_id == "getDevice"] == [503, 200]


def test_import_is_lazy() -> None:
    code = (
        "import sys, tailscale_sdk\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in "
        "('httpx', 'tailscale_sdk_generated', 'json5', 'merge3', 'asyncio')]\n"
        "assert heavy == [], heavy\n"
        "ours = sorted(m for m in sys.modules if m.startswith('tailscale_sdk'))\n"
        "assert ours == ['tailscale_sdk'], ours\n"
        "from tailscale_sdk import Tailscale, NotFoundError\n"
        "assert 'tailscale_sdk.resources.devices' not in sys.modules\n"
        "print(tailscale_sdk.__version__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == importlib.metadata.version("tailscale-sdk")


def test_every_public_name_loads_lazily() -> None:
    code = (
        "import sys, tailscale_sdk\n"
        "names = tailscale_sdk.__all__\n"
        "assert names == sorted(names) and len(set(names)) == len(names), names\n"
        "assert set(names) == {*tailscale_sdk._EXPORTS, '__version__'}, names\n"
        "for name in names:\n"
        "    value = getattr(tailscale_sdk, name)\n"
        "    assert name == '__version__' or value.__name__ == name, (name, value)\n"
        "assert set(names) <= set(dir(tailscale_sdk))\n"
        "from tailscale_sdk import *\n"
        "assert Tailscale is tailscale_sdk.Tailscale and verify_webhook\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_version_is_the_projects() -> None:
    import tomllib
    from pathlib import Path

    import tailscale_sdk

    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    with pyproject.open("rb") as file:
        declared = tomllib.load(file)["project"]["version"]
    assert tailscale_sdk.__version__ == declared == importlib.metadata.version("tailscale-sdk")


def test_a_first_blocking_call_loads_only_what_it_needs() -> None:
    # The statement `python -m bench` times as "ready to call" (bench/imports.py).
    code = (
        "import sys, httpx\n"
        "from tailscale_sdk import Tailscale\n"
        "answer = httpx.MockTransport(lambda r: httpx.Response(200, json={'nodeId': 'n1'}))\n"
        "ts = Tailscale(api_key='tskey-api-x', http_client=httpx.Client(transport=answer))\n"
        "assert ts.devices.get('n1').node_id == 'n1'\n"
        "print(sorted(sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(out.stdout.strip().strip("[]").replace("'", "").split(", "))
    assert "tailscale_sdk_generated.api.devices.get_device" in loaded
    operations = {m for m in loaded if m.startswith("tailscale_sdk_generated.api.devices.")}
    assert operations == {"tailscale_sdk_generated.api.devices.get_device"}
    assert not loaded & {"asyncio", "importlib.metadata", "httpx_retries"}
    assert "tailscale_sdk_generated.models.set_device_tags_request" not in loaded


def test_unknown_attribute_of_the_package() -> None:
    import tailscale_sdk

    with pytest.raises(AttributeError):
        tailscale_sdk.Nope  # noqa: B018
    assert "Tailscale" in dir(tailscale_sdk)
