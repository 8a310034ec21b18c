#!/usr/bin/env python3
"""Prove the published spec works for TypeScript: generate types, then compile a client with them.

    python scripts/typescript_check.py [--spec dist/openapi.yaml] [--out dist/tailscale-api.d.ts]

1. openapi-typescript (node_modules, pinned in package-lock.json) writes the types. It exits 0
   even when its Redocly lint pass warns, so any output on stderr counts as a failure too.
2. ``tsc --noEmit --strict -p tests/typescript`` compiles tests/typescript/usage.ts against them.

Exit status: 0 when both steps pass, 1 otherwise (the tool's output is shown).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
NODE_BIN = REPO_ROOT / "node_modules" / ".bin"
DEFAULT_SPEC = REPO_ROOT / "dist" / "openapi.yaml"
DEFAULT_OUT = REPO_ROOT / "dist" / "tailscale-api.d.ts"
TS_PROJECT = REPO_ROOT / "tests" / "typescript"


class TypeScriptCheckError(Exception):
    """A step failed; the message carries the tool's output."""


def _run(args: Sequence[str | Path]) -> subprocess.CompletedProcess[str]:
    tool = Path(args[0])
    if not tool.exists():
        raise TypeScriptCheckError(f"{tool} not found: run `make install` (npm ci)")
    # cwd: openapi-typescript lints with the project's redocly.yaml, found in the working dir.
    env = {**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"}
    return subprocess.run(
        [str(a) for a in args], cwd=REPO_ROOT, env=env, capture_output=True, text=True, check=False
    )


def generate_types(spec: Path, out: Path) -> None:
    """Write TypeScript types for spec to out; raise if openapi-typescript fails or warns."""
    result = _run([NODE_BIN / "openapi-typescript", spec, "--output", out])
    if result.returncode != 0 or result.stderr.strip():
        out.unlink(missing_ok=True)
        verdict = "failed" if result.returncode else "warned"
        raise TypeScriptCheckError(
            f"openapi-typescript {verdict} on {spec} (exit {result.returncode}):\n"
            + (result.stderr or result.stdout).rstrip()
        )


def type_check(project: Path = TS_PROJECT) -> None:
    """Compile the TypeScript project with tsc --noEmit --strict; raise on any error."""
    result = _run([NODE_BIN / "tsc", "--noEmit", "--strict", "--pretty", "false", "-p", project])
    if result.returncode != 0:
        raise TypeScriptCheckError(
            f"tsc rejected {project} (exit {result.returncode}):\n"
            + (result.stdout + result.stderr).rstrip()
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="bundled OpenAPI spec")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="generated .d.ts file")
    parser.add_argument("--project", type=Path, default=TS_PROJECT, help="tsconfig directory")
    args = parser.parse_args(argv)
    try:
        generate_types(args.spec, args.out)
        print(f"typescript-check: openapi-typescript wrote {args.out} without warnings")
        type_check(args.project)
        print(f"typescript-check: tsc --noEmit --strict passed on {args.project}")
    except TypeScriptCheckError as exc:
        print(f"typescript-check: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
