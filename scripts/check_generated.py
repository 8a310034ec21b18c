"""Generate ``tailscale_sdk_generated`` from the OpenAPI spec, or check it is up to date.

This file is the ONE place that knows how the generated package is produced:

* ``python scripts/check_generated.py --write`` (``make generate``) regenerates
  ``generated/tailscale_sdk_generated`` in place.
* ``python scripts/check_generated.py`` (``make check-generated``) regenerates into a
  temporary directory and compares it byte for byte with the committed copy; it exits 1
  and names every added, removed or changed file if they differ.

The spec defaults to ``openapi.yaml`` at the repo root; ``--spec PATH`` or the
``TAILSCALE_SDK_SPEC`` environment variable point it elsewhere.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "tailscale_sdk_generated"
GENERATED_DIR = REPO_ROOT / "generated" / PACKAGE
CONFIG = REPO_ROOT / "generator-config.yml"
# Project overrides of openapi-python-client's Jinja templates (same file names upstream).
TEMPLATES = REPO_ROOT / "generator-templates"
SPEC_ENV_VAR = "TAILSCALE_SDK_SPEC"

# Bytes we never compare: interpreter caches created by importing the package.
IGNORED_DIRS = frozenset({"__pycache__"})
IGNORED_SUFFIXES = (".pyc",)


class GenerationError(RuntimeError):
    """openapi-python-client failed (or warned: we run it with --fail-on-warning)."""


def default_spec() -> Path:
    return Path(os.environ.get(SPEC_ENV_VAR) or REPO_ROOT / "openapi.yaml")


def generate(out_dir: Path, spec: Path | None = None) -> None:
    """Generate the package into ``out_dir``, which must not exist yet.

    ``out_dir`` must be named ``tailscale_sdk_generated`` so the generator and its ruff
    post hooks see the same layout wherever the output goes.
    """
    spec = (spec or default_spec()).resolve()
    if out_dir.name != PACKAGE:
        raise ValueError(f"output directory must be named {PACKAGE!r}, got {out_dir}")
    if out_dir.exists():
        raise FileExistsError(f"output directory already exists: {out_dir}")
    if not spec.is_file():
        raise FileNotFoundError(f"OpenAPI spec not found: {spec}")
    out_dir.parent.mkdir(parents=True, exist_ok=True)

    env = dict(os.environ)
    # The post hooks call `ruff` by name: use the pinned one from this interpreter's venv.
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    # Any set iteration inside the generator renders in the same order on every run.
    env["PYTHONHASHSEED"] = "0"
    cmd = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(spec),
        "--config",
        str(CONFIG),
        "--meta",
        "none",
        "--output-path",
        str(out_dir),
        "--fail-on-warning",
    ]
    if TEMPLATES.is_dir():
        cmd += ["--custom-template-path", str(TEMPLATES)]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise GenerationError(
            f"openapi-python-client failed (exit {proc.returncode}):\n{proc.stdout}{proc.stderr}"
        )
    # With `--meta none` the generator writes no py.typed marker; the package is typed.
    (out_dir / "py.typed").write_bytes(b"# Marker file for PEP 561\n")


def _files(root: Path) -> set[str]:
    found: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in IGNORED_DIRS)
        for name in filenames:
            if not name.endswith(IGNORED_SUFFIXES):
                found.add((Path(dirpath) / name).relative_to(root).as_posix())
    return found


@dataclass
class TreeDiff:
    added: list[str] = field(default_factory=list)  # in the fresh output only
    removed: list[str] = field(default_factory=list)  # in the committed copy only
    changed: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


def compare_trees(expected: Path, actual: Path) -> TreeDiff:
    """Compare freshly generated ``expected`` with committed ``actual``, byte for byte."""
    exp = _files(expected)
    act = _files(actual) if actual.is_dir() else set()
    diff = TreeDiff(added=sorted(exp - act), removed=sorted(act - exp))
    for rel in sorted(exp & act):
        if not filecmp.cmp(expected / rel, actual / rel, shallow=False):
            diff.changed.append(rel)
    return diff


def write(spec: Path | None = None) -> None:
    """Regenerate ``generated/tailscale_sdk_generated``; the old copy survives a failure."""
    with tempfile.TemporaryDirectory(prefix="tsgen-") as tmp:
        fresh = Path(tmp) / PACKAGE
        generate(fresh, spec)
        shutil.rmtree(GENERATED_DIR, ignore_errors=True)
        GENERATED_DIR.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(fresh, GENERATED_DIR)


def check(spec: Path | None = None) -> TreeDiff:
    with tempfile.TemporaryDirectory(prefix="tsgen-") as tmp:
        fresh = Path(tmp) / PACKAGE
        generate(fresh, spec)
        return compare_trees(fresh, GENERATED_DIR)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--write", action="store_true", help=f"regenerate {GENERATED_DIR.relative_to(REPO_ROOT)}"
    )
    parser.add_argument(
        "--spec",
        type=Path,
        default=None,
        help=f"OpenAPI file (default: ${SPEC_ENV_VAR} or openapi.yaml)",
    )
    args = parser.parse_args(argv)
    rel = GENERATED_DIR.relative_to(REPO_ROOT)
    try:
        if args.write:
            write(args.spec)
            print(f"generated {rel}")
            return 0
        diff = check(args.spec)
    except (GenerationError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if not diff:
        print(f"{rel} is up to date")
        return 0
    print(f"{rel} is out of date; `make generate` would:", file=sys.stderr)
    for verb, paths in (("add", diff.added), ("remove", diff.removed), ("change", diff.changed)):
        for path in paths:
            print(f"  {verb:<6} {rel}/{path}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
