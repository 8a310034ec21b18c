"""Check the generator template patches against the installed openapi-python-client.

    python -m scripts.template_patches            # one line per patch; exit 1 if any is stale
    python -m scripts.template_patches --sha256   # the installed upstream files' sha256

Each file in generator-templates/ replaces the upstream template of the same relative path in
openapi_python_client/templates/. Its header (a Jinja comment at the top, which renders to
nothing) records what it was made against::

    {# tailscale-sdk patch of openapi-python-client 0.29.1 templates/model.py.jinja
       upstream-sha256: 0123...
       ... one sentence per change ... #}

When an upgrade changes an upstream template, the patch of it must be redone (CONTRIBUTING.md,
"Template patches"); tests/tooling/test_template_patches.py fails naming each such patch.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import metadata, util
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
PATCHES = REPO_ROOT / "generator-templates"


def _upstream_templates() -> Path:
    spec = util.find_spec("openapi_python_client")
    if spec is None or spec.origin is None:
        raise SystemExit("openapi-python-client is not installed: run `make install`")
    return Path(spec.origin).resolve().parent / "templates"


UPSTREAM = _upstream_templates()

_HEADER_RE = re.compile(
    r"\A\{# tailscale-sdk patch of openapi-python-client (?P<version>\S+) templates/(?P<path>\S+)\n"
    r"\s+upstream-sha256: (?P<sha256>[0-9a-f]{64})\n"
)


@dataclass(frozen=True)
class Patch:
    path: str  # relative to generator-templates/ and to the upstream templates/ alike
    version: str | None  # openapi-python-client version the header names
    path_in_header: str | None
    sha256: str | None  # of the upstream file the patch was made against

    def problem(self, upstream_dir: Path = UPSTREAM) -> str | None:
        """Why this patch must be looked at, or None when it is current."""
        if self.sha256 is None:
            return (
                "no header: the first lines must be `{# tailscale-sdk patch of "
                "openapi-python-client VERSION templates/PATH` and `upstream-sha256: HEX`"
            )
        if self.path_in_header != self.path:
            return f"the header names templates/{self.path_in_header}, the file is {self.path}"
        upstream = upstream_dir / self.path
        if not upstream.is_file():
            return f"openapi-python-client {installed_version()} has no templates/{self.path}"
        current = sha256(upstream)
        if current != self.sha256:
            return (
                f"upstream templates/{self.path} changed since openapi-python-client "
                f"{self.version} (sha256 {self.sha256[:12]}... -> {current[:12]}... in "
                f"{installed_version()}): redo the patch"
            )
        return None


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def installed_version() -> str:
    return metadata.version("openapi-python-client")


def patches(patch_dir: Path = PATCHES) -> list[Patch]:
    """Every template in generator-templates/, with what its header says."""
    found = []
    for file in sorted(patch_dir.rglob("*.jinja")):
        match = _HEADER_RE.match(file.read_text(encoding="utf-8"))
        relative = file.relative_to(patch_dir).as_posix()
        if match is None:
            found.append(Patch(relative, None, None, None))
        else:
            found.append(Patch(relative, match["version"], match["path"], match["sha256"]))
    return found


def stale(patch_dir: Path = PATCHES, upstream_dir: Path = UPSTREAM) -> list[tuple[str, str]]:
    """(patch, problem) for every patch to redo or fix."""
    return [
        (patch.path, problem)
        for patch in patches(patch_dir)
        if (problem := patch.problem(upstream_dir)) is not None
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument(
        "--sha256", action="store_true", help="print the installed upstream files' sha256"
    )
    args = parser.parse_args(argv)
    code = 0
    for patch in patches():
        if args.sha256:
            upstream = UPSTREAM / patch.path
            digest = sha256(upstream) if upstream.is_file() else "(no upstream file)"
            print(
                f"{digest}  templates/{patch.path}  (openapi-python-client {installed_version()})"
            )
            continue
        problem = patch.problem()
        print(
            f"{'ok   ' if problem is None else 'REDO '} {patch.path}"
            + (f": {problem}" if problem else "")
        )
        code = code or (problem is not None)
    return code


if __name__ == "__main__":
    sys.exit(main())
