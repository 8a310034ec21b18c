"""Build the tailscale-sdk wheel (or take a built one) and check what it contains.

``python scripts/check_wheel.py`` builds the wheel into a temporary directory with
hatchling (no network, no build isolation) and checks its file list;
``python scripts/check_wheel.py path/to/wheel.whl`` checks an existing wheel.
Exit 1 with one line per problem if the wheel is wrong.
"""

from __future__ import annotations

import fnmatch
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

REQUIRED_FILES = (
    "tailscale_sdk/__init__.py",
    "tailscale_sdk/py.typed",
    "tailscale_sdk_generated/__init__.py",
    "tailscale_sdk_generated/py.typed",
    "tailscale_sdk_generated/client.py",
    "tailscale_mock/__init__.py",
    "tailscale_mock/py.typed",
    "tailscale_mock/openapi.yaml",
    "tailscale_mock/seed/demo.yaml",
    "tailscale_mock/seed/policy.hujson",
)
# Each pattern must match at least one file.
REQUIRED_PATTERNS = (
    "tailscale_sdk_generated/api/*/*.py",
    "tailscale_sdk_generated/models/*.py",
)
# Top-level entries a wheel may hold (packages + the dist-info directory).
ALLOWED_TOP_LEVEL = frozenset({"tailscale_sdk", "tailscale_sdk_generated", "tailscale_mock"})
# Path components that must never ship (tests, environments, caches, generator scratch).
FORBIDDEN_PARTS = frozenset(
    {
        "tests",
        "test",
        ".venv",
        "venv",
        "node_modules",
        "__pycache__",
        ".mypy_cache",
        ".ruff_cache",
        ".pytest_cache",
        ".hypothesis",
        "generator-config.yml",
        "pyproject.toml",
        ".gitignore",
        "README.md",
    }
)
FORBIDDEN_SUFFIXES = (".pyc", ".pyo", ".orig", ".rej", ".tmp", "~")


def build_wheel(out_dir: Path) -> Path:
    """Build the project's wheel into ``out_dir`` with hatchling and return its path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "hatchling",
            "build",
            "--target",
            "wheel",
            "--directory",
            str(out_dir),
        ],
        cwd=REPO_ROOT,
        check=True,
        capture_output=True,
    )
    wheels = sorted(out_dir.glob("tailscale_sdk-*.whl"))
    if len(wheels) != 1:
        raise RuntimeError(f"expected one wheel in {out_dir}, found {[w.name for w in wheels]}")
    return wheels[0]


def wheel_files(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as zf:
        return [name for name in zf.namelist() if not name.endswith("/")]


def check_wheel_files(names: list[str]) -> list[str]:
    """Return a list of problems with a wheel's file list (empty when it is fine)."""
    problems: list[str] = []
    present = set(names)
    for req in REQUIRED_FILES:
        if req not in present:
            problems.append(f"missing {req}")
    for pattern in REQUIRED_PATTERNS:
        if not any(fnmatch.fnmatchcase(n, pattern) for n in names):
            problems.append(f"no file matching {pattern}")
    for name in names:
        parts = name.split("/")
        top = parts[0]
        if top.endswith(".dist-info"):
            continue
        if top not in ALLOWED_TOP_LEVEL:
            problems.append(f"unexpected top-level entry {name}")
        elif FORBIDDEN_PARTS.intersection(parts) or name.endswith(FORBIDDEN_SUFFIXES):
            problems.append(f"forbidden file {name}")
    if not any(n.split("/")[0].endswith(".dist-info") for n in names):
        problems.append("no .dist-info directory")
    return problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    with tempfile.TemporaryDirectory(prefix="tswheel-") as tmp:
        wheel = Path(args[0]) if args else build_wheel(Path(tmp))
        names = wheel_files(wheel)
        problems = check_wheel_files(names)
    if problems:
        print(f"{wheel.name}: {len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print(f"  {p}", file=sys.stderr)
        return 1
    print(f"{wheel.name}: OK ({len(names)} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
