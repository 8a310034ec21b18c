#!/usr/bin/env python3
"""Check that the OpenAPI spec covers everything the Tailscale API markdown docs document.

    python scripts/docs_coverage.py --docs DIR --spec openapi.yaml

From every ``*.md`` file under DIR it collects

* the documented endpoints: ``METHOD /api/v2/...`` request lines in ```http (or unlabelled)
  fenced blocks and ``[`METHOD /api/v2/...`](#anchor)`` index links;
* the documented attribute keys: the keys, at any depth, of the jsonc block that follows an
  ``Attributes`` heading.

It then checks that the spec has an operation for each endpoint and a property of that name
somewhere in its schemas. Exit status: 0 when everything is covered, 1 when something is
missing (each gap is named), 2 when the docs directory or the spec cannot be read.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DOCS = REPO_ROOT.parent / "shared" / "docs" / "tailscale-api"
DEFAULT_SPEC = REPO_ROOT / "openapi.yaml"

API_PREFIX = "/api/v2"
HTTP_METHODS = ("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE")

Endpoint = tuple[str, str]  # (METHOD, /path without the /api/v2 prefix)
Spec = Mapping[str, Any]


class InputError(Exception):
    """The docs directory or the spec is missing or unreadable."""


# --------------------------------------------------------------------------- paths


_PARAM_RE = re.compile(r"\{[^{}]*\}")
# Markdown debris that can trail a path: `POST /api/v2/tailnet/{tailnet}/acl\`` in the docs.
_TRAILING_JUNK = "`'\".,;:!)/"


def normalize_path(raw: str) -> str:
    """Strip backticks, query string, trailing punctuation and the ``/api/v2`` prefix."""
    path = raw.strip().strip("`")
    path = path.split("?", 1)[0].split("#", 1)[0]
    path = path.rstrip(_TRAILING_JUNK)
    if path == API_PREFIX or path.startswith(API_PREFIX + "/"):
        path = path[len(API_PREFIX) :]
    return path if path.startswith("/") else "/" + path


def endpoint_key(method: str, path: str) -> Endpoint:
    """Comparison key: path parameters match by position only, whatever their names or case,
    so ``{deviceid}``, ``{deviceID}`` and ``{id}`` fill the same template slot."""
    return method.upper(), _PARAM_RE.sub("{}", normalize_path(path))


# --------------------------------------------------------------------------- markdown


@dataclass(frozen=True)
class Heading:
    title: str
    line: int


@dataclass(frozen=True)
class Fence:
    lang: str
    body: str
    line: int


@dataclass(frozen=True)
class Prose:
    text: str
    line: int


_FENCE_OPEN_RE = re.compile(r"^\s*(?P<fence>`{3,}|~{3,})\s*(?P<lang>[^\s`{]*)")
_HEADING_RE = re.compile(r"^#{1,6}\s+(?P<title>.*?)\s*#*\s*$")


def scan_markdown(text: str) -> Iterator[Heading | Fence | Prose]:
    """Split markdown into headings, fenced code blocks and prose lines, in document order."""
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line, number = lines[i], i + 1
        opening = _FENCE_OPEN_RE.match(line)
        if opening:
            fence = opening["fence"]
            body: list[str] = []
            i += 1
            while i < len(lines):
                stripped = lines[i].strip()
                if stripped.startswith(fence) and not stripped.lstrip(fence[0]):
                    break
                body.append(lines[i])
                i += 1
            yield Fence(opening["lang"].lower(), "\n".join(body), number)
        elif heading := _HEADING_RE.match(line):
            yield Heading(heading["title"], number)
        else:
            yield Prose(line, number)
        i += 1


def markdown_files(docs_dir: str | Path) -> list[tuple[str, str]]:
    """(path relative to docs_dir, text) of every markdown file, in a stable order."""
    root = Path(docs_dir)
    if not root.is_dir():
        raise InputError(f"docs directory not found: {root}")
    files = sorted(root.rglob("*.md"))
    if not files:
        raise InputError(f"no markdown files in docs directory: {root}")
    try:
        return [(f.relative_to(root).as_posix(), f.read_text(encoding="utf-8")) for f in files]
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read docs: {exc}") from exc


# --------------------------------------------------------------------------- endpoints

_METHOD_ALT = "|".join(HTTP_METHODS)
# A request line alone on its line inside a code block: `GET /api/v2/device/{deviceid}`.
_REQUEST_LINE_RE = re.compile(rf"^\s*(?P<method>{_METHOD_ALT})\s+(?P<path>/\S*)\s*$")
# An index link: [`GET /api/v2/device/{deviceid}`](./device.md#get-device).
_INDEX_LINK_RE = re.compile(
    rf"\[\s*`\s*(?P<method>{_METHOD_ALT})\s+(?P<path>/[^`\s\]]*)\s*`\s*\]\("
)
# Request lines live in ```http blocks; a few (device posture attributes) are in unlabelled ones.
_REQUEST_FENCE_LANGS = frozenset({"http", ""})


def endpoints_in(text: str) -> Iterator[Endpoint]:
    for block in scan_markdown(text):
        if isinstance(block, Fence) and block.lang in _REQUEST_FENCE_LANGS:
            for line in block.body.splitlines():
                if match := _REQUEST_LINE_RE.match(line):
                    yield match["method"], normalize_path(match["path"])
        elif isinstance(block, Prose):
            for match in _INDEX_LINK_RE.finditer(block.text):
                yield match["method"], normalize_path(match["path"])


def documented_endpoints(docs_dir: str | Path) -> set[Endpoint]:
    """Every documented (METHOD, /path), one per endpoint_key; the path keeps the parameter
    spelling of its first occurrence (files in sorted order)."""
    found: dict[Endpoint, Endpoint] = {}
    for _, text in markdown_files(docs_dir):
        for endpoint in endpoints_in(text):
            found.setdefault(endpoint_key(*endpoint), endpoint)
    return set(found.values())


# --------------------------------------------------------------------------- attributes

_JSONC_TOKEN_RE = re.compile(
    r"""
      (?P<skip>\s+|//[^\n]*|/\*.*?(?:\*/|\Z))   # whitespace and comments
    | (?P<string>"(?:[^"\\\n]|\\.)*"?)          # a string; unterminated ends at the newline
    | (?P<punct>[{}\[\]:,])
    | (?P<other>[^\s{}\[\]:,"]+)                # numbers, literals, doc placeholders
    """,
    re.VERBOSE | re.DOTALL,
)

# Which object keys are data rather than schema. An object is a *data map* (its keys are
# values, e.g. DERP region names in `latency`: {"Dallas": {...}, "New York City": {...}}) when
#   * it is the value of a key listed in DATA_MAP_KEYS, or
#   * any of its keys is not a lowerCamelCase identifier: it starts with an uppercase letter
#     or contains a space or punctuation ("Dallas", "New York City", "example.com").
# A data map's keys are skipped, but the objects inside it are still read, so the schema
# keys of its values (`latencyMs`, `preferred`) count.
DATA_MAP_KEYS = frozenset({"latency"})
_SCHEMA_KEY_RE = re.compile(r"^[a-z][A-Za-z0-9_]*$")


@dataclass
class _JsonObject:
    parent_key: str | None
    keys: list[str] = field(default_factory=list)

    def is_data_map(self) -> bool:
        return self.parent_key in DATA_MAP_KEYS or not all(
            _SCHEMA_KEY_RE.match(key) for key in self.keys
        )


@dataclass(frozen=True)
class _JsonArray:
    parent_key: str | None


def jsonc_keys(text: str) -> list[str]:
    """Schema keys of every object in a JSONC snippet, in document order.

    Deliberately tolerant: the docs' blocks have comments, missing commas and the odd stray
    bracket, so this tracks nesting from the brackets alone and takes every string followed by
    a colon as a key, without validating the JSON."""
    tokens = [
        (match.lastgroup, match.group())
        for match in _JSONC_TOKEN_RE.finditer(text)
        if match.lastgroup != "skip"
    ]
    loose = _JsonObject(parent_key=None)  # collects keys found outside any object
    objects = [loose]
    stack: list[_JsonObject | _JsonArray] = []
    pending_key: str | None = None  # the key whose value comes next
    for (kind, value), (_, following) in zip(tokens, [*tokens[1:], ("", "")], strict=True):
        top = stack[-1] if stack else None
        if kind == "string" and following == ":":
            pending_key = value[1:-1] if len(value) > 1 and value.endswith('"') else value[1:]
            (top if isinstance(top, _JsonObject) else loose).keys.append(pending_key)
        elif kind == "punct" and value in "{[":
            if pending_key is None and isinstance(top, _JsonArray):
                pending_key = top.parent_key  # array items belong to the array's key
            if value == "[":
                stack.append(_JsonArray(pending_key))
            else:
                objects.append(_JsonObject(pending_key))
                stack.append(objects[-1])
            pending_key = None
        elif kind == "punct" and value in "}]":
            if stack:
                stack.pop()
            pending_key = None
        elif value != ":":
            pending_key = None
    return [key for obj in objects if not obj.is_data_map() for key in obj.keys]


def attribute_blocks(text: str) -> Iterator[str]:
    """Bodies of the first fenced block after each ``Attributes`` heading."""
    after_attributes = False
    for block in scan_markdown(text):
        if isinstance(block, Heading):
            after_attributes = block.title.strip().lower() == "attributes"
        elif isinstance(block, Fence) and after_attributes:
            after_attributes = False
            if block.lang in {"jsonc", "json", "json5", ""}:
                yield block.body


def documented_attributes(docs_dir: str | Path) -> dict[str, str]:
    """Attribute key -> doc file (relative to docs_dir) that first documents it."""
    found: dict[str, str] = {}
    for name, text in markdown_files(docs_dir):
        for body in attribute_blocks(text):
            for key in jsonc_keys(body):
                found.setdefault(key, name)
    return found


# --------------------------------------------------------------------------- spec


def load_spec(spec_path: str | Path) -> Spec:
    path = Path(spec_path)
    if not path.is_file():
        raise InputError(f"spec not found: {path}")
    try:
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise InputError(f"cannot parse spec {path}: {exc}") from exc
    if not isinstance(spec, Mapping):
        raise InputError(f"spec {path} is not a YAML mapping")
    return spec


def _as_spec(spec: Spec | str | Path) -> Spec:
    return load_spec(spec) if isinstance(spec, str | Path) else spec


def _resolve_local_ref(spec: Spec, node: Any) -> Any:
    """Follow a ``$ref: '#/...'`` (path items may be references), else return node."""
    ref = node.get("$ref") if isinstance(node, Mapping) else None
    if not isinstance(ref, str) or not ref.startswith("#/"):
        return node
    target: Any = spec
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        target = target.get(part) if isinstance(target, Mapping) else None
    return target


def spec_operations(spec: Spec | str | Path) -> set[Endpoint]:
    """(METHOD, /path) of every operation under ``paths``, the path without ``/api/v2``."""
    spec = _as_spec(spec)
    paths = spec.get("paths")
    operations: set[Endpoint] = set()
    if not isinstance(paths, Mapping):
        return operations
    for raw_path, item in paths.items():
        item = _resolve_local_ref(spec, item)
        if not isinstance(item, Mapping):
            continue
        for method, operation in item.items():
            if str(method).upper() in HTTP_METHODS and isinstance(operation, Mapping):
                operations.add((str(method).upper(), normalize_path(str(raw_path))))
    return operations


# JSON Schema keywords whose value is a schema, a list of schemas, or a name -> schema map.
_SUBSCHEMA = (
    "items", "additionalProperties", "unevaluatedProperties", "unevaluatedItems", "not",
    "if", "then", "else", "contains", "propertyNames", "contentSchema",
)  # fmt: skip
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems", "items")
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "dependentSchemas", "$defs", "definitions")


class _PropertyCollector:
    def __init__(self) -> None:
        self.names: set[str] = set()
        self._seen: set[int] = set()  # YAML anchors can make shared or cyclic nodes

    def _first_visit(self, node: object) -> bool:
        if id(node) in self._seen:
            return False
        self._seen.add(id(node))
        return True

    def schema(self, schema: Any) -> None:
        if not isinstance(schema, Mapping) or not self._first_visit(schema):
            return
        properties = schema.get("properties")
        if isinstance(properties, Mapping):
            self.names.update(str(name) for name in properties)
        for keyword in _SUBSCHEMA:
            if isinstance(schema.get(keyword), Mapping):
                self.schema(schema[keyword])
        for keyword in _SUBSCHEMA_LISTS:
            if isinstance(schema.get(keyword), list):
                for sub in schema[keyword]:
                    self.schema(sub)
        for keyword in _SUBSCHEMA_MAPS:
            if isinstance(schema.get(keyword), Mapping):
                for sub in schema[keyword].values():
                    self.schema(sub)

    def document(self, node: Any) -> None:
        """Find the inline schemas (``schema:`` of parameters, media types, headers)."""
        if isinstance(node, list):
            for item in node:
                self.document(item)
        elif isinstance(node, Mapping) and self._first_visit(node):
            for key, value in node.items():
                if key == "schema":
                    self.schema(value)
                else:
                    self.document(value)


def spec_property_names(spec: Spec | str | Path) -> set[str]:
    """Every property name in ``components/schemas`` and in inline schemas anywhere else
    (paths, webhooks, other components), through allOf/anyOf/oneOf/items/... at any depth."""
    spec = _as_spec(spec)
    collector = _PropertyCollector()
    components = spec.get("components")
    components = components if isinstance(components, Mapping) else {}
    schemas = components.get("schemas")
    if isinstance(schemas, Mapping):
        for schema in schemas.values():
            collector.schema(schema)
    collector.document({k: v for k, v in components.items() if k != "schemas"})
    collector.document(spec.get("paths"))
    collector.document(spec.get("webhooks"))
    return collector.names


# --------------------------------------------------------------------------- check


@dataclass(frozen=True)
class Coverage:
    endpoints: set[Endpoint]
    attributes: dict[str, str]
    missing_endpoints: list[Endpoint]
    missing_attributes: list[tuple[str, str]]  # (key, doc file)

    @property
    def ok(self) -> bool:
        return not self.missing_endpoints and not self.missing_attributes


def check(docs_dir: str | Path, spec: Spec | str | Path) -> Coverage:
    endpoints = documented_endpoints(docs_dir)
    attributes = documented_attributes(docs_dir)
    spec = _as_spec(spec)
    operations = {endpoint_key(*op) for op in spec_operations(spec)}
    names = spec_property_names(spec)
    return Coverage(
        endpoints=endpoints,
        attributes=attributes,
        missing_endpoints=sorted(
            (ep for ep in endpoints if endpoint_key(*ep) not in operations),
            key=lambda ep: (ep[1], ep[0]),
        ),
        missing_attributes=sorted(
            (key, source) for key, source in attributes.items() if key not in names
        ),
    )


def missing(
    docs_dir: str | Path, spec_path: str | Path
) -> tuple[list[Endpoint], list[tuple[str, str]]]:
    """(missing (METHOD, /path) endpoints, missing (attribute key, doc file)), both sorted."""
    coverage = check(docs_dir, spec_path)
    return coverage.missing_endpoints, coverage.missing_attributes


def format_report(coverage: Coverage, docs_dir: str | Path, spec_path: str | Path) -> str:
    def tally(documented: int, gaps: int) -> str:
        return f"{documented} documented, {documented - gaps} covered, {gaps} missing"

    lines = [
        f"docs coverage of {spec_path} against {docs_dir}",
        f"  endpoints:  {tally(len(coverage.endpoints), len(coverage.missing_endpoints))}",
        f"  attributes: {tally(len(coverage.attributes), len(coverage.missing_attributes))}",
    ]
    lines += [f"missing endpoint: {method} {path}" for method, path in coverage.missing_endpoints]
    lines += [f"missing attribute: {key} ({src})" for key, src in coverage.missing_attributes]
    lines.append("OK" if coverage.ok else "FAIL: the spec does not cover the docs")
    return "\n".join(lines)


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--docs", type=Path, default=DEFAULT_DOCS, help="markdown docs dir")
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="OpenAPI spec (YAML)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse_args(argv)
    try:
        coverage = check(args.docs, args.spec)
    except InputError as exc:
        print(f"docs_coverage: error: {exc}", file=sys.stderr)
        return 2
    print(format_report(coverage, args.docs, args.spec))
    return 0 if coverage.ok else 1


if __name__ == "__main__":
    sys.exit(main())
