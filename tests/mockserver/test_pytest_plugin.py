"""The pytest plugin users get (`tailscale_mock.pytest_plugin`), run through pytester."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from importlib import metadata
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

USER_TESTS = """
import pytest

from tailscale_sdk import APIError


def test_sync_client_sees_the_demo_tailnet(tailscale_mock_client):
    devices = tailscale_mock_client.devices.list()
    assert len(devices) == 12
    tailscale_mock_client.devices.delete(devices[0].node_id)
    assert len(tailscale_mock_client.devices.list()) == 11


def test_each_test_gets_a_fresh_tailnet(tailscale_mock_client, tailscale_mock_tailnet):
    assert len(tailscale_mock_client.devices.list()) == len(tailscale_mock_tailnet.devices) == 12


def test_faults_reach_the_code_under_test(tailscale_mock_client, tailscale_mock_faults):
    tailscale_mock_faults.schedule(503)
    with pytest.raises(APIError) as caught:
        tailscale_mock_client.devices.list()
    assert caught.value.status == 503
    assert len(tailscale_mock_client.devices.list()) == 12


def test_the_app_logs_each_request(tailscale_mock_client, tailscale_mock_app):
    tailscale_mock_client.users.list()
    assert [r.operation_id for r in tailscale_mock_app.state.log] == ["listUsers"]


@pytest.mark.asyncio
async def test_async_client(tailscale_mock_async_client):
    assert len(await tailscale_mock_async_client.devices.list()) == 12


def test_loopback_server(tailscale_mock_server):
    from tailscale_mock import DEMO_API_KEY
    from tailscale_sdk import Tailscale

    assert tailscale_mock_server.base_url.startswith("http://127.0.0.1:")
    with Tailscale(api_key=DEMO_API_KEY, base_url=tailscale_mock_server.base_url) as ts:
        assert len(ts.devices.list()) == 12
"""


def test_the_fixtures_work_in_a_users_test_module(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user=USER_TESTS)
    result = pytester.runpytest_subprocess("-p", "asyncio", "-q")
    result.assert_outcomes(passed=6)


def test_a_conftest_can_choose_the_tailnet(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(
        """
        import pytest
        from tailscale_mock import MockTailnet

        @pytest.fixture
        def tailscale_mock_tailnet():
            tailnet = MockTailnet(seed=7)
            tailnet.devices.delete(next(iter(tailnet.devices)))
            return tailnet
        """
    )
    pytester.makepyfile(
        """
        def test_it(tailscale_mock_client, tailscale_mock_app):
            assert len(tailscale_mock_client.devices.list()) == 11
            assert tailscale_mock_app.state.tailnet.seed == 7
        """
    )
    pytester.runpytest_subprocess("-q").assert_outcomes(passed=1)


def test_the_fixtures_are_listed_with_their_docs(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest_subprocess("--fixtures", "-q")
    text = result.stdout.str()
    for name in (
        "tailscale_mock_tailnet",
        "tailscale_mock_app",
        "tailscale_mock_client",
        "tailscale_mock_async_client",
        "tailscale_mock_server",
        "tailscale_mock_faults",
    ):
        assert name in text


def test_the_plugin_is_registered_for_pytest() -> None:
    plugins = {e.name: e.value for e in metadata.entry_points(group="pytest11")}
    assert plugins["tailscale_mock"] == "tailscale_mock.pytest_plugin"


HEAVY = ("starlette", "openapi_core", "uvicorn", "httpx", "tailscale_sdk", "tailscale_mock._app")

BLOCK_EXTRA = """
import sys

class _Block:
    # Makes the [mock] extra look uninstalled.
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("openapi_core", "starlette", "uvicorn"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, _Block())
"""


@pytest.mark.parametrize("extra", ["installed", "missing"])
def test_loading_the_plugin_imports_nothing_heavy(extra: str, tmp_path: Path) -> None:
    prelude = textwrap.dedent(BLOCK_EXTRA) if extra == "missing" else ""
    code = prelude + textwrap.dedent(
        f"""
        import json, sys
        import tailscale_mock.pytest_plugin
        print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
