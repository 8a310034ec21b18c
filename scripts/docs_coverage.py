#!/usr/bin/env python3
"""Check that the OpenAPI spec covers everything the Tailscale API markdown docs document.

    python scripts/docs_coverage.py --docs DIR [DIR ...] --spec openapi.yaml

From every ``*.md`` file under each DIR it collects

* the documented endpoints: ``METHOD /api/v2/...`` request lines in ```http (or unlabelled)
  fenced blocks, ``[`METHOD /api/v2/...`](#anchor)`` index links and ``### METHOD /path``
  headings;
* the documented attribute keys: the keys, at any depth, of the jsonc block that follows an
  ``Attributes`` heading (the 2024 docs);
* the documented fields of the reference layout (the 2026 document): markdown tables with a
  ``JSON path`` (or, for form bodies, ``field``) column and parameter tables (``name`` and
  ``in`` columns), each read in the context of its ``###`` heading: an operation
  (``### METHOD /path``, its ``**operationId:**`` too), a model (``### ModelName``), or the
  existing operations a change applies to (``### Device (getDevice, listTailnetDevices)``).

It then checks that the spec has an operation for each endpoint and a property of that name
somewhere in its schemas, and that each field of the reference layout resolves, dotted path and
all, in the schema it belongs to (an operation's request or response body, a component schema
of the model's name), each parameter is one of its operation's, and each operationId is the
one the spec gives the endpoint. Exit status: 0 when everything is covered, 1 when something
is missing (each gap is named), 2 when a docs directory or the spec cannot be read.
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
DEFAULT_DOCS = (
    REPO_ROOT.parent / "shared" / "docs" / "tailscale-api",
    REPO_ROOT.parent / "shared" / "docs" / "tailscale-api-2026",
)
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
    level: int = 0


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
_HEADING_RE = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<title>.*?)\s*#*\s*$")


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
            yield Heading(heading["title"], number, len(heading["hashes"]))
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
# A reference-layout operation heading: `### PATCH /tailnet/{tailnet}/device-attributes`.
_OPERATION_HEADING_RE = re.compile(rf"^(?P<method>{_METHOD_ALT})\s+`?(?P<path>/[^\s`]*)`?$")


def endpoints_in(text: str) -> Iterator[Endpoint]:
    for block in scan_markdown(text):
        if isinstance(block, Heading) and (match := _OPERATION_HEADING_RE.match(block.title)):
            yield match["method"], normalize_path(match["path"])
        elif isinstance(block, Fence) and block.lang in _REQUEST_FENCE_LANGS:
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


# --------------------------------------------------------------------------- reference tables


@dataclass(frozen=True)
class Target:
    """What a reference-layout section documents. kind "operation": names is (METHOD, /path);
    "operations": operationIds; "model": (component name,); "anywhere": (). part: "request", a
    response status ("422"), "2xx" (any success response) or None (request or response)."""

    kind: str
    names: tuple[str, ...]
    part: str | None  # also "both": the request and a success response
    label: str


@dataclass(frozen=True)
class DocItem:
    """One thing the reference layout names: a field (``name`` is its dotted JSON path, ``<x>``
    segments stand for map keys), a parameter (``location``: path, query, header) or an
    operationId, with what it belongs to and where the docs name it (``file:line``)."""

    kind: str  # "field" | "parameter" | "operationId"
    name: str
    target: Target
    source: str
    location: str = ""
    variant: tuple[str, str] | None = None  # (property, value): only in schemas where it is that

    def describe(self) -> str:
        if self.kind == "parameter":
            return f"parameter {self.location} {self.name} of {self.target.label}"
        if self.kind == "operationId":
            return f"operationId {self.name} of {self.target.label}"
        variant = f" with {self.variant[0]} {self.variant[1]}" if self.variant else ""
        return f"field {self.name} in {self.target.label}{variant}"


# The changes to existing operations: `### Device (getDevice, listTailnetDevices)`, or
# `### Device posture: set one custom attribute (POST /device/{deviceId}/attributes/{key})`.
# A model heading's parenthesis is emphasised (`### OAuthApp *(label)*`), so it never matches.
_CHANGES_HEADING_RE = re.compile(r"\((?P<inner>[^()*]+)\)$")
_OPERATION_ID_RE = re.compile(r"^[a-z][A-Za-z0-9]*$")
_MODEL_HEADING_RE = re.compile(r"^(?P<name>[A-Z][A-Za-z0-9]*)(?:\s|$)")
_OPERATION_ID_LINE_RE = re.compile(r"\*\*operationId:\*\*\s*`(?P<id>[A-Za-z0-9_]+)`")
_BACKTICKED_RE = re.compile(r"`([^`]+)`")
_FIELD_PATH_RE = re.compile(r"^[A-Za-z_<][A-Za-z0-9_<>.]*$")
# Prose saying which body the next table describes.
_PART_MARKERS = (
    (re.compile(r"^\*\*Parameters\*\*"), "parameters"),
    (re.compile(r"^\*\*Request body\*\*|^Request fields"), "request"),
    (re.compile(r"^\*\*Responses\*\*|^Response fields"), "2xx"),
    (re.compile(r"^[-*]\s+`(?P<status>[1-5][0-9]{2})`"), "status"),
)


def _operation_target(method: str, path: str) -> Target:
    path = normalize_path(path)
    return Target("operation", (method, path), None, f"{method} {path}")


def _heading_target(title: str) -> Target | None:
    title = title.strip()
    if match := _OPERATION_HEADING_RE.match(title):
        return _operation_target(match["method"], match["path"])
    if match := _CHANGES_HEADING_RE.search(title):
        inner = match["inner"].strip()
        if endpoint := _OPERATION_HEADING_RE.match(inner):
            return _operation_target(endpoint["method"], endpoint["path"])
        ids = tuple(part.strip() for part in inner.split(","))
        if all(_OPERATION_ID_RE.match(op_id) for op_id in ids):
            return Target("operations", ids, None, ", ".join(ids))
    if title.lower() == "common path parameters":
        return Target("anywhere", (), None, "any operation")
    if match := _MODEL_HEADING_RE.match(title):
        return Target("model", (match["name"],), None, f"model {match['name']}")
    return None


def _with_part(target: Target, part: str | None) -> Target:
    if part is None or part == "parameters":
        return target
    label = {"request": "request", "2xx": "response", "both": "request and response"}
    text = label.get(part, f"response {part}")
    return Target(target.kind, target.names, part, f"{text} of {target.label}")


def _part_from_notes(notes: str) -> str:
    """A field added to existing operations belongs in their responses; one the notes call
    settable in their requests too, and one never returned in their requests only."""
    notes = notes.lower()
    if "never returned" in notes or "write only" in notes:
        return "request"
    return "both" if "settable" in notes else "2xx"


def _paths(cell: str) -> list[str]:
    return [
        token.strip()
        for token in _BACKTICKED_RE.findall(cell)
        if _FIELD_PATH_RE.match(token.strip())
    ]


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def _table_items(
    rows: list[tuple[int, str]], target: Target, part: str | None, name: str
) -> Iterator[DocItem]:
    """Items of one markdown table ((line, text) rows, header first). A table with a
    ``JSON path`` column, or a first column ``field`` (a form body), lists fields; one with
    ``name`` and ``in`` columns lists parameters; one whose first column is a field
    (`` `keyType` ``) and that has a "request fields" column lists, for each value of that
    field, the request fields that go with it. Any other table is not read."""
    if len(rows) < 3:
        return
    raw_header = _cells(rows[0][1])
    header = [cell.strip("` ").lower() for cell in raw_header]
    fields = (
        header.index("json path") if "json path" in header else 0 if header[0] == "field" else None
    )
    params = (header.index("name"), header.index("in")) if {"name", "in"} <= set(header) else None
    per_value = next((i for i, cell in enumerate(header) if "request fields" in cell), None)
    notes = header.index("notes") if "notes" in header else None
    for line, row in rows[2:]:
        cells = _cells(row) + [""] * len(header)
        if fields is not None:
            row_part = part
            if row_part is None and target.kind == "operations" and notes is not None:
                row_part = _part_from_notes(cells[notes])
            for path in _paths(cells[fields]):
                yield DocItem("field", path, _with_part(target, row_part), f"{name}:{line}")
        elif per_value is not None and raw_header[0].startswith("`"):
            values = _BACKTICKED_RE.findall(cells[0])
            variant = (raw_header[0].strip("` "), values[0].strip()) if values else None
            for path in _paths(cells[per_value]):
                located = _with_part(target, "request")
                yield DocItem("field", path, located, f"{name}:{line}", variant=variant)
        elif params is not None:
            location = cells[params[1]].strip("` ").lower()
            for param in _BACKTICKED_RE.findall(cells[params[0]]):
                yield DocItem("parameter", param, target, f"{name}:{line}", location)


def reference_items(text: str, name: str = "") -> Iterator[DocItem]:
    """The fields, parameters and operationIds of the reference layout, in document order."""
    target: Target | None = None
    part: str | None = None
    table: list[tuple[int, str]] = []
    for block in scan_markdown(text):
        is_row = isinstance(block, Prose) and block.text.lstrip().startswith("|")
        if table and not is_row:
            if target is not None:
                yield from _table_items(table, target, part, name)
            table = []
        if isinstance(block, Heading):
            target = _heading_target(block.title) if block.level == 3 else None
            part = None
            if target is not None and target.kind == "operations":
                for op_id in target.names:
                    yield DocItem("operationId", op_id, target, f"{name}:{block.line}")
        elif isinstance(block, Prose) and target is not None:
            line = block.text.strip()
            if is_row:
                table.append((block.line, line))
                continue
            if target.kind == "operation" and (match := _OPERATION_ID_LINE_RE.search(line)):
                yield DocItem("operationId", match["id"], target, f"{name}:{block.line}")
            for marker, marked in _PART_MARKERS:
                if match := marker.search(line):
                    part = match["status"] if marked == "status" else marked
    if table and target is not None:
        yield from _table_items(table, target, part, name)


def documented_reference_items(docs_dir: str | Path) -> list[DocItem]:
    """Every DocItem of every markdown file under docs_dir (see reference_items)."""
    return [item for name, text in markdown_files(docs_dir) for item in reference_items(text, name)]


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


# --------------------------------------------------------------------------- reference check

# operationIds the docs use for operations that this spec names otherwise.
OPERATION_ID_ALIASES = {"createKey": "createAuthKey"}
_PLACEHOLDER_RE = re.compile(r"^<[^<>]+>$")


@dataclass(frozen=True)
class _Operation:
    operation_id: str
    node: Mapping[str, Any]
    parameters: frozenset[tuple[str, str]]  # (name, in), the path item's and the operation's


def _operation_index(spec: Spec) -> tuple[dict[Endpoint, _Operation], dict[str, _Operation]]:
    """Operations by endpoint_key and by operationId."""
    by_endpoint: dict[Endpoint, _Operation] = {}
    by_id: dict[str, _Operation] = {}
    paths = spec.get("paths")
    for raw_path, item in (paths if isinstance(paths, Mapping) else {}).items():
        item = _resolve_local_ref(spec, item)
        if not isinstance(item, Mapping):
            continue
        shared = item.get("parameters") or []
        for method, node in item.items():
            if str(method).upper() not in HTTP_METHODS or not isinstance(node, Mapping):
                continue
            params = (
                _resolve_local_ref(spec, p) for p in [*shared, *(node.get("parameters") or [])]
            )
            op = _Operation(
                str(node.get("operationId", "")),
                node,
                frozenset(
                    (str(p.get("name")), str(p.get("in"))) for p in params if isinstance(p, Mapping)
                ),
            )
            by_endpoint[endpoint_key(str(method), str(raw_path))] = op
            by_id.setdefault(op.operation_id, op)
    return by_endpoint, by_id


def _expand(spec: Spec, schema: Any, seen: set[int]) -> Iterator[Mapping[str, Any]]:
    """The schemas a value may have to satisfy: through $ref, allOf/anyOf/oneOf and items."""
    for _ in range(64):  # $ref chains
        if not (isinstance(schema, Mapping) and "$ref" in schema):
            break
        schema = _resolve_local_ref(spec, schema)
    if not isinstance(schema, Mapping) or id(schema) in seen:
        return
    seen.add(id(schema))
    yield schema
    for keyword in ("allOf", "anyOf", "oneOf"):
        for sub in schema.get(keyword) or []:
            yield from _expand(spec, sub, seen)
    yield from _expand(spec, schema.get("items"), seen)


def schema_has_path(spec: Spec, schema: Any, path: str) -> bool:
    """True if the dotted JSON path names a property of the schema, level by level; a ``<x>``
    segment is a map key (``additionalProperties`` or ``patternProperties``)."""
    segments = path.split(".")

    def walk(node: Any, depth: int) -> bool:
        if depth == len(segments):
            return True
        segment = segments[depth]
        for option in _expand(spec, node, set()):
            if _PLACEHOLDER_RE.match(segment):
                pattern = option.get("patternProperties")
                children = [
                    option.get("additionalProperties"),
                    *(pattern.values() if isinstance(pattern, Mapping) else ()),
                ]
            else:
                properties = option.get("properties")
                children = [properties.get(segment)] if isinstance(properties, Mapping) else []
            if any(isinstance(child, Mapping) and walk(child, depth + 1) for child in children):
                return True
        return False

    return walk(schema, 0)


def _media_schemas(spec: Spec, holder: Any) -> list[Any]:
    holder = _resolve_local_ref(spec, holder)
    content = holder.get("content") if isinstance(holder, Mapping) else None
    if not isinstance(content, Mapping):
        return []
    return [
        media["schema"]
        for media in content.values()
        if isinstance(media, Mapping) and "schema" in media
    ]


def _body_schemas(spec: Spec, op: _Operation, part: str | None) -> list[Any]:
    """The request body schemas ("request"), the success ("2xx") or one status's response
    schemas, or (None) all of the request's and the successes'."""
    schemas = _media_schemas(spec, op.node.get("requestBody")) if part in (None, "request") else []
    responses = op.node.get("responses")
    for status, response in (responses if isinstance(responses, Mapping) else {}).items():
        success = str(status).startswith("2") and part in (None, "2xx")
        if success or str(status) == part:
            schemas += _media_schemas(spec, response)
    return schemas


def _all_schemas(spec: Spec, by_endpoint: Mapping[Endpoint, _Operation]) -> list[Any]:
    components = spec.get("components")
    schemas = components.get("schemas") if isinstance(components, Mapping) else None
    found = list(schemas.values()) if isinstance(schemas, Mapping) else []
    for op in by_endpoint.values():
        found += _body_schemas(spec, op, None)
    return found


def _admits(spec: Spec, schema: Mapping[str, Any], prop: str, value: str) -> bool:
    """True if the object schema has the property and it may take that value (const or enum)."""
    properties = schema.get("properties")
    if not isinstance(properties, Mapping) or prop not in properties:
        return False
    return any(
        option.get("const") == value or value in (option.get("enum") or [])
        for option in _expand(spec, properties[prop], set())
    )


def missing_reference_items(items: Sequence[DocItem], spec: Spec | str | Path) -> list[DocItem]:
    """The items the spec does not cover. Items of an operation the spec lacks are left out:
    the missing endpoint names them all."""
    spec = _as_spec(spec)
    by_endpoint, by_id = _operation_index(spec)
    everywhere = _all_schemas(spec, by_endpoint)
    components = spec.get("components")
    models = components.get("schemas") if isinstance(components, Mapping) else None
    models = models if isinstance(models, Mapping) else {}

    def operations(target: Target) -> list[_Operation] | None:
        if target.kind == "operation":
            op = by_endpoint.get(endpoint_key(*target.names))
            return None if op is None else [op]
        if target.kind == "operations":
            ids = (OPERATION_ID_ALIASES.get(op_id, op_id) for op_id in target.names)
            return [by_id[op_id] for op_id in ids if op_id in by_id]
        return list(by_endpoint.values())

    def covered(item: DocItem) -> bool:
        target = item.target
        ops = operations(target)
        if ops is None:
            return True  # reported as a missing endpoint
        if item.kind == "operationId":
            if target.kind == "operations":
                return OPERATION_ID_ALIASES.get(item.name, item.name) in by_id
            return ops[0].operation_id == item.name
        if item.kind == "parameter":
            return any((item.name, item.location) in op.parameters for op in ops)
        if target.kind == "model":
            name = target.names[0]
            schemas = [models[name]] if name in models else everywhere
        elif target.kind == "anywhere":
            schemas = everywhere
        elif target.part == "both":
            parts = [
                [s for op in ops for s in _body_schemas(spec, op, part)]
                for part in ("request", "2xx")
            ]
            return all(any(schema_has_path(spec, s, item.name) for s in found) for found in parts)
        else:
            schemas = [s for op in ops for s in _body_schemas(spec, op, target.part)]
        if item.variant:
            schemas = [
                option
                for schema in schemas
                for option in _expand(spec, schema, set())
                if _admits(spec, option, *item.variant)
            ]
        return any(schema_has_path(spec, schema, item.name) for schema in schemas)

    return [item for item in items if not covered(item)]


# --------------------------------------------------------------------------- check


@dataclass(frozen=True)
class Coverage:
    endpoints: set[Endpoint]
    attributes: dict[str, str]
    missing_endpoints: list[Endpoint]
    missing_attributes: list[tuple[str, str]]  # (key, doc file)
    items: list[DocItem] = field(default_factory=list)  # the reference layout's
    missing_items: list[DocItem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.missing_endpoints and not self.missing_attributes and not self.missing_items


def check(docs_dir: str | Path, spec: Spec | str | Path) -> Coverage:
    endpoints = documented_endpoints(docs_dir)
    attributes = documented_attributes(docs_dir)
    items = documented_reference_items(docs_dir)
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
        items=items,
        missing_items=missing_reference_items(items, spec),
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
    if coverage.items:
        lines.append(f"  reference:  {tally(len(coverage.items), len(coverage.missing_items))}")
    lines += [f"missing endpoint: {method} {path}" for method, path in coverage.missing_endpoints]
    lines += [f"missing attribute: {key} ({src})" for key, src in coverage.missing_attributes]
    lines += [f"missing {item.describe()} ({item.source})" for item in coverage.missing_items]
    lines.append("OK" if coverage.ok else "FAIL: the spec does not cover the docs")
    return "\n".join(lines)


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--docs", type=Path, nargs="+", default=list(DEFAULT_DOCS), help="markdown docs dirs"
    )
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="OpenAPI spec (YAML)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse_args(argv)
    try:
        coverages = [(docs, check(docs, args.spec)) for docs in args.docs]
    except InputError as exc:
        print(f"docs_coverage: error: {exc}", file=sys.stderr)
        return 2
    print("\n".join(format_report(coverage, docs, args.spec) for docs, coverage in coverages))
    return 0 if all(coverage.ok for _, coverage in coverages) else 1


if __name__ == "__main__":
    sys.exit(main())
