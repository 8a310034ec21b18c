"""The wheel ships both packages (typed) and nothing else; editable installs import both."""

from __future__ import annotations

import tomllib
from pathlib import Path

from scripts.check_wheel import build_wheel, check_wheel_files, wheel_files


def test_wheel_contents(tmp_path: Path) -> None:
    wheel = build_wheel(tmp_path)
    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    version = tomllib.loads(pyproject.read_text())["project"]["version"]
    assert wheel.name.startswith(f"tailscale_sdk-{version}-")
    assert check_wheel_files(wheel_files(wheel)) == []


def test_check_wheel_files_rejects_bad_lists() -> None:
    problems = check_wheel_files(
        [
            "tailscale_sdk/__init__.py",
            "tailscale_sdk/tests/test_x.py",
            "node_modules/x.js",
            "tailscale_sdk_generated/__pycache__/client.cpython-311.pyc",
        ]
    )
    assert "missing tailscale_sdk/py.typed" in problems
    assert "missing tailscale_sdk_generated/client.py" in problems
    assert "no file matching tailscale_sdk_generated/api/*/*.py" in problems
    assert "forbidden file tailscale_sdk/tests/test_x.py" in problems
    assert "unexpected top-level entry node_modules/x.js" in problems
    assert any("__pycache__" in p for p in problems)
    assert "no .dist-info directory" in problems


def test_both_packages_importable() -> None:
    import tailscale_sdk
    import tailscale_sdk_generated

    assert tailscale_sdk.__version__
    assert tailscale_sdk_generated.Client is not None
