"""Report what changed between two versions of the Tailscale API markdown docs.

    python -m scripts.docs_diff --old OLD --new NEW [--spec openapi.yaml] [--fail-on-change]

(run from the repository root; `make docs-diff OLD=... NEW=...` does that).

Reads both trees the way scripts/docs_coverage.py does (same parser) and lists

* added and removed endpoints (``METHOD /path``; path parameters match by position, so renaming
  ``{deviceid}`` to ``{deviceId}`` is no change), with the doc file that documents each;
* added and removed attribute keys, per doc file (a key added to device.md counts even if
  tailnet.md already had it).

Each line says whether the spec (openapi.yaml) has that operation, or a property of that name
anywhere, which is what to change next: add what was added and is not in the spec, and check
what was removed but is still in it.
Exit status: 0 (it is a report), or 1 with --fail-on-change when anything changed; 2 when a
docs directory or the spec cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from scripts.docs_coverage import (
    DEFAULT_SPEC,
    Endpoint,
    InputError,
    attribute_blocks,
    endpoint_key,
    endpoints_in,
    jsonc_keys,
    markdown_files,
    spec_operations,
    spec_property_names,
)

Located = tuple[str, str]  # (what, doc file relative to the docs directory)


@dataclass(frozen=True)
class DocsSnapshot:
    endpoints: dict[Endpoint, tuple[Endpoint, str]]  # endpoint_key -> (as written, first file)
    attributes: set[Located]  # (attribute key, doc file)


def snapshot(docs_dir: str | Path) -> DocsSnapshot:
    """Endpoints and (attribute key, file) pairs of one docs tree."""
    endpoints: dict[Endpoint, tuple[Endpoint, str]] = {}
    attributes: set[Located] = set()
    for name, text in markdown_files(docs_dir):
        for endpoint in endpoints_in(text):
            endpoints.setdefault(endpoint_key(*endpoint), (endpoint, name))
        for body in attribute_blocks(text):
            attributes.update((key, name) for key in jsonc_keys(body))
    return DocsSnapshot(endpoints, attributes)


@dataclass(frozen=True)
class DocsDiff:
    added_endpoints: list[tuple[Endpoint, str]]
    removed_endpoints: list[tuple[Endpoint, str]]
    added_attributes: list[Located]
    removed_attributes: list[Located]

    @property
    def changed(self) -> bool:
        return bool(
            self.added_endpoints
            or self.removed_endpoints
            or self.added_attributes
            or self.removed_attributes
        )


def _by_path(item: tuple[Endpoint, str]) -> tuple[str, str]:
    (method, path), _ = item
    return path, method


def diff(old_dir: str | Path, new_dir: str | Path) -> DocsDiff:
    old, new = snapshot(old_dir), snapshot(new_dir)
    return DocsDiff(
        added_endpoints=sorted(
            (v for k, v in new.endpoints.items() if k not in old.endpoints), key=_by_path
        ),
        removed_endpoints=sorted(
            (v for k, v in old.endpoints.items() if k not in new.endpoints), key=_by_path
        ),
        added_attributes=sorted(new.attributes - old.attributes, key=lambda a: (a[1], a[0])),
        removed_attributes=sorted(old.attributes - new.attributes, key=lambda a: (a[1], a[0])),
    )


def format_report(
    result: DocsDiff, old_dir: str | Path, new_dir: str | Path, spec_path: str | Path
) -> str:
    operations = {endpoint_key(*op) for op in spec_operations(spec_path)}
    properties = spec_property_names(spec_path)

    def in_spec(present: bool, what: str) -> str:
        return f"{what} in spec" if present else f"{what} NOT in spec"

    lines = [
        f"docs diff {old_dir} -> {new_dir}",
        f"  endpoints:  {len(result.added_endpoints)} added, "
        f"{len(result.removed_endpoints)} removed",
        f"  attributes: {len(result.added_attributes)} added, "
        f"{len(result.removed_attributes)} removed",
    ]
    for verb, endpoints in (
        ("added", result.added_endpoints),
        ("removed", result.removed_endpoints),
    ):
        for (method, path), source in endpoints:
            present = endpoint_key(method, path) in operations
            lines.append(
                f"{verb} endpoint: {method} {path} ({source}; {in_spec(present, 'operation')})"
            )
    for verb, attributes in (
        ("added", result.added_attributes),
        ("removed", result.removed_attributes),
    ):
        for key, source in attributes:
            known = in_spec(key in properties, "property name")
            lines.append(f"{verb} attribute: {key} ({source}; {known})")
    lines.append("changed" if result.changed else "no change")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--old", type=Path, required=True, help="previous docs directory")
    parser.add_argument("--new", type=Path, required=True, help="current docs directory")
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="OpenAPI spec (YAML)")
    parser.add_argument("--fail-on-change", action="store_true", help="exit 1 when the docs differ")
    args = parser.parse_args(argv)
    try:
        result = diff(args.old, args.new)
        report = format_report(result, args.old, args.new, args.spec)
    except InputError as exc:
        print(f"docs_diff: error: {exc}", file=sys.stderr)
        return 2
    print(report)
    return 1 if args.fail_on_change and result.changed else 0


if __name__ == "__main__":
    sys.exit(main())
