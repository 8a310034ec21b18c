"""Generate ``tailscale_sdk_generated`` from the OpenAPI spec, or check it is up to date.

This file is the ONE place that knows how the generated package is produced:

* ``python scripts/check_generated.py --write`` (``make generate``) regenerates
  ``generated/tailscale_sdk_generated`` in place.
* ``python scripts/check_generated.py`` (``make check-generated``) regenerates into a
  temporary directory and compares it byte for byte with the committed copy; it exits 1
  and names every added, removed or changed file if they differ.

Besides openapi-python-client's output, the package gets ``_constraints.py``: the rules
(pattern, enum, lengths, ranges, item counts, format) that openapi.yaml puts on what requests
send, so that the overlay checks arguments against the spec instead of a copy of it.

The spec defaults to ``openapi.yaml`` at the repo root; ``--spec PATH`` or the
``TAILSCALE_SDK_SPEC`` environment variable point it elsewhere.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import pprint
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

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
    with spec.open(encoding="utf-8") as f:
        document = yaml.safe_load(f)
    (out_dir / CONSTRAINTS).write_text(constraints_module(document), encoding="utf-8")
    subprocess.run(
        [*RUFF_FORMAT.split(), CONSTRAINTS],
        cwd=out_dir,
        env=env,
        check=True,
    )


# The JSON Schema keywords that constrain a value; `type` is kept for context only.
RULE_KEYWORDS = (
    "type",
    "enum",
    "const",
    "pattern",
    "format",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
)
CONSTRAINTS = "_constraints.py"
# The generator's own format hook (generator-config.yml), for the file written after it.
RUFF_FORMAT = "ruff format --isolated --no-cache --target-version py311 --line-length 120 --quiet"


class _Rules:
    """Collects the rules of every request value of a spec (see :func:`constraints`)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
        self.spec = spec
        self.found: dict[str, dict[str, Any]] = {}
        self.components: set[str] = set()

    def deref(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            node = self.follow(node["$ref"])
        return node

    def follow(self, ref: str) -> Any:
        node: Any = self.spec
        for token in ref.removeprefix("#/").split("/"):
            node = node[token.replace("~1", "/").replace("~0", "~")]
        if ref.startswith("#/components/schemas/"):
            self.components.add(ref.rpartition("/")[2])
        return node

    def rule(self, node: Any) -> dict[str, Any]:
        """The constraints of one value: its keywords, its items', its alternatives'."""
        node = self.deref(node)
        if not isinstance(node, dict):
            return {}
        rule = {k: node[k] for k in RULE_KEYWORDS if k in node}
        if "items" in node:
            rule["items"] = self.rule(node["items"])
        for key in ("oneOf", "anyOf"):
            if key in node:
                rule[key] = [self.rule(branch) for branch in node[key]]
        if node.get("type") == "object" or "properties" in node:
            rule["type"] = "object"
            rule.pop("items", None)
        return rule

    def add(self, key: str, node: Any) -> None:
        resolved = self.deref(node)
        if isinstance(resolved, dict) and "properties" in resolved:
            if "$ref" in node:  # a schema of its own: listed under its name
                return
            for name, prop in resolved["properties"].items():
                self.add(f"{key}.{name}", prop)
            return
        rule = self.rule(node)
        if _constrains(rule):
            self.found[key] = rule

    def collect(self) -> dict[str, dict[str, Any]]:
        for item in self.spec.get("paths", {}).values():
            for operation in item.values():
                if not isinstance(operation, dict) or "operationId" not in operation:
                    continue
                op = operation["operationId"]
                params = [*item.get("parameters", []), *operation.get("parameters", [])]
                for param in map(self.deref, params):
                    self.add(f"{op}.{param['name']}", param.get("schema", {}))
                body = self.deref(operation.get("requestBody", {}))
                for media in body.get("content", {}).values():
                    schema = media.get("schema", {})
                    if "$ref" not in schema:
                        self.add(f"{op}.body", schema)
                    self.rule(schema)  # notes the components it uses
        done: set[str] = set()
        while self.components - done:
            name = min(self.components - done)
            done.add(name)
            self.add(name, self.schemas[name])
            self.rule(self.schemas[name])
            for prop in self.schemas[name].get("properties", {}).values():
                self.rule(prop)
        return dict(sorted(self.found.items()))


def _constrains(rule: dict[str, Any]) -> bool:
    return any(
        (k != "type" and k not in ("items", "oneOf", "anyOf"))
        or (k == "items" and _constrains(v))
        or (k in ("oneOf", "anyOf") and any(map(_constrains, v)))
        for k, v in rule.items()
    )


def constraints(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every constrained value a request can carry -> its rule (JSON Schema keywords).

    Keys: ``Schema.property`` (nested: ``Schema.a.b``) for schemas that requests use,
    ``Schema`` for a value schema (``Tag``), ``operationId.parameter`` and
    ``operationId.body`` (an inline body schema).
    """
    return _Rules(spec).collect()


def constraints_module(spec: dict[str, Any]) -> str:
    body = pprint.pformat(constraints(spec), width=100, sort_dicts=True)
    return (
        '"""What openapi.yaml allows requests to send: one rule (JSON Schema keywords) per\n'
        "constrained value. Written by scripts/check_generated.py; do not edit.\n\n"
        "Keys: ``Schema.property`` (``Schema.a.b`` when nested), ``Schema`` for a value schema,\n"
        '``operationId.parameter`` and ``operationId.body``.\n"""\n\n'
        "from typing import Any\n\n"
        f"RULES: dict[str, dict[str, Any]] = {body}\n"
    )


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
