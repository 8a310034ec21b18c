"""The generated package must never import the hand-written overlay (layering rule)."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
GENERATED_DIR = REPO_ROOT / "generated" / "tailscale_sdk_generated"
FORBIDDEN = "tailscale_sdk"


def _is_forbidden(module: str | None) -> bool:
    # Matches `tailscale_sdk` and `tailscale_sdk.x`, never `tailscale_sdk_generated`.
    return module is not None and (module == FORBIDDEN or module.startswith(FORBIDDEN + "."))


def forbidden_imports(source: str, filename: str = "<string>") -> list[str]:
    """Return ``"line: statement"`` for every import of the overlay in ``source``."""
    hits: list[str] = []
    for node in ast.walk(ast.parse(source, filename=filename)):
        if isinstance(node, ast.Import):
            hits.extend(
                f"{node.lineno}: import {a.name}" for a in node.names if _is_forbidden(a.name)
            )
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and _is_forbidden(node.module):
            hits.append(f"{node.lineno}: from {node.module} import ...")
    return hits


def violations(root: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(root.rglob("*.py")):
        hits = forbidden_imports(path.read_text(encoding="utf-8"), str(path))
        if hits:
            found[path.relative_to(root).as_posix()] = hits
    return found


def test_generated_package_exists() -> None:
    assert (GENERATED_DIR / "__init__.py").is_file(), "run `make generate`"


def test_generated_code_does_not_import_overlay() -> None:
    assert violations(GENERATED_DIR) == {}


@pytest.mark.parametrize(
    "source",
    [
        "import tailscale_sdk",
        "import os, tailscale_sdk.errors as e",
        "from tailscale_sdk import Client",
        "from tailscale_sdk.devices import list_devices",
        "def f() -> None:\n    import tailscale_sdk\n",
    ],
)
def test_detects_overlay_imports(source: str) -> None:
    assert forbidden_imports(source)


@pytest.mark.parametrize(
    "source",
    [
        "import tailscale_sdk_generated",
        "from tailscale_sdk_generated.client import Client",
        "from . import tailscale_sdk",
        "from ..tailscale_sdk import x",
        "import tailscale_sdkx",
        "x = 'import tailscale_sdk'",
    ],
)
def test_ignores_non_overlay_imports(source: str) -> None:
    assert forbidden_imports(source) == []


def test_fails_on_a_tainted_copy(tmp_path: Path) -> None:
    """A copy of the generated package with one bad import is caught, and named."""
    copy = tmp_path / "tailscale_sdk_generated"
    shutil.copytree(GENERATED_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    client = copy / "client.py"
    client.write_text(client.read_text(encoding="utf-8") + "\nfrom tailscale_sdk import x\n")
    assert list(violations(copy)) == ["client.py"]
