"""`python -m tailscale_mock` ends in one clear line, not a traceback, when the [mock] extra is
missing (simulated by an import blocker in a subprocess) or when its port is taken."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import textwrap
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from tailscale_mock import __main__ as cli
from tailscale_mock._server import INSTALL_MOCK_EXTRA, MOCK_EXTRA_IMPORTS

BLOCKER = """
import sys

class _Block:
    # An import hook that makes the package look uninstalled, as without the [mock] extra.
    def find_spec(self, name, path=None, target=None):
        if name == {blocked!r} or name.startswith({blocked!r} + "."):
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None

sys.meta_path.insert(0, _Block())
"""


def python(
    *args: str, blocked: str | None = None, tmp_path: Path
) -> subprocess.CompletedProcess[str]:
    """Run the venv's python; with `blocked`, a sitecustomize hides that module first."""
    env = dict(os.environ)
    if blocked is not None:
        site = tmp_path / "site"
        site.mkdir(exist_ok=True)
        (site / "sitecustomize.py").write_text(textwrap.dedent(BLOCKER.format(blocked=blocked)))
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(site), env.get("PYTHONPATH")]))
    # A mock that started anyway would serve forever: the timeout turns that into a failure.
    return subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )


@pytest.mark.parametrize("blocked", ["openapi_core", "uvicorn"])
def test_module_run_without_the_extra_says_how_to_install_it(blocked: str, tmp_path: Path) -> None:
    result = python("-m", "tailscale_mock", "--port", "0", blocked=blocked, tmp_path=tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.splitlines() == [
        f"python -m tailscale_mock: tailscale_mock needs the [mock] extra ({blocked} is missing): "
        f"{INSTALL_MOCK_EXTRA}"
    ]
    assert INSTALL_MOCK_EXTRA == "pip install 'tailscale-sdk[mock]'"


def test_import_without_the_extra_raises_module_not_found_naming_the_extra(
    tmp_path: Path,
) -> None:
    # `import tailscale_mock` alone imports nothing of the extra (the pytest plugin loads it in
    # every pytest run); the first name taken from it checks the extra.
    code = "import tailscale_mock; from tailscale_mock import create_app"
    result = python("-c", code, blocked="openapi_core", tmp_path=tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        "ModuleNotFoundError: tailscale_mock needs the [mock] extra (openapi_core is missing): "
        "pip install 'tailscale-sdk[mock]'"
    )


def test_port_in_use_is_one_line(tmp_path: Path) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = python("-m", "tailscale_mock", "--port", str(port), tmp_path=tmp_path)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.splitlines() == [
        f"python -m tailscale_mock: port {port} on 127.0.0.1 is in use; "
        "pass --port 0 for a free one"
    ]


def _distribution(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_the_checked_imports_are_the_mock_extra() -> None:
    requires = metadata.requires("tailscale-sdk") or []
    extra = {
        _distribution(re.split(r"[ ;<>=!~\[]", requirement, maxsplit=1)[0])
        for requirement in requires
        if re.search(r"""extra\s*==\s*["']mock["']""", requirement)
    }
    providers = metadata.packages_distributions()
    checked = {_distribution(providers[name][0]) for name in MOCK_EXTRA_IMPORTS}
    assert checked == extra


@pytest.mark.parametrize(("argv", "go_style"), [([], True), (["--tidy"], False)])
def test_tidy_flag_turns_go_style_off(
    argv: list[str],
    go_style: bool,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    served: list[Any] = []

    def run(server: uvicorn.Server, sockets: list[socket.socket]) -> None:
        served.append(server.config.app)
        for sock in sockets:
            sock.close()

    monkeypatch.setattr(uvicorn.Server, "run", run)
    assert cli.main(["--port", "0", *argv]) == 0
    assert [app.state.go_style for app in served] == [go_style]
    assert "listening on http://127.0.0.1:" in capsys.readouterr().out
