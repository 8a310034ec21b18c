"""Compare openapi.yaml with an OpenAPI document Tailscale publishes for its API.

    python -m scripts.spec_diff --official FILE [--spec openapi.yaml] [--fail-on-change]

(run from the repository root; `make spec-diff OFFICIAL=FILE` does that). FILE is a local
OpenAPI 3.x document, YAML or JSON. The report lists what is in one document but not the other:

* operations, matched on ``METHOD /path`` with path parameter names ignored (``{deviceid}`` and
  ``{deviceId}`` fill the same slot) and the server's base path applied (``/api/v2`` dropped),
  each shown with its operationId; an operation found under another path but with the same
  operationId is reported as moved, and a matched operation whose operationId differs as such;
* for each operation in both: the response statuses, and the request body fields and each
  response's body fields as dotted JSON paths (``devices[].addresses``: ``[]`` steps into an
  array's items, ``*`` into a map's values), following ``$ref``, ``allOf``/``oneOf``/``anyOf``,
  arrays and maps. A ``readOnly`` field does not count in a request, a ``writeOnly`` field not
  in a response. When a whole object field is new, its nested fields are counted under it
  rather than listed, and a field that differs alike in several responses is one line.

``+`` marks what only the official document has (to add to openapi.yaml), ``-`` what only
openapi.yaml has (check that the service still has it, or that the deviation is deliberate).
Exit status: 0 (it is a report), or 1 with --fail-on-change when anything differs; 2 when a
document cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from scripts.docs_coverage import (
    DEFAULT_SPEC,
    HTTP_METHODS,
    InputError,
    endpoint_key,
    normalize_path,
)

Document = Mapping[str, Any]
Endpoint = tuple[str, str]  # endpoint_key: (METHOD, /path with every parameter as {})

# Body fields come from the schema of every media type of a request body or a response.
REQUEST = "request"


def load_document(path: str | Path) -> Document:
    """An OpenAPI 3.x document from a YAML or JSON file."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"OpenAPI document not found: {path}")
    try:
        text = path.read_text(encoding="utf-8")
        if path.suffix.lower() == ".json" or text.lstrip().startswith("{"):
            document = json.loads(text)
        else:
            document = yaml.safe_load(text)
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError) as exc:
        raise InputError(f"cannot parse {path}: {exc}") from exc
    if not isinstance(document, Mapping):
        raise InputError(f"{path} is not a JSON object / YAML mapping")
    if not str(document.get("openapi", "")).startswith("3."):
        raise InputError(f"{path} is not an OpenAPI 3.x document (no `openapi: 3.x` field)")
    return document


# --------------------------------------------------------------------------- references


def _pointer(document: Document, ref: str) -> Any:
    target: Any = document
    for part in ref[2:].split("/") if ref != "#" else []:
        part = part.replace("~1", "/").replace("~0", "~")
        if isinstance(target, Mapping) and part in target:
            target = target[part]
        elif isinstance(target, list) and part.isdigit() and int(part) < len(target):
            target = target[int(part)]
        else:
            raise InputError(f"unresolvable $ref {ref!r}")
    return target


def resolve(document: Document, node: Any, seen: tuple[str, ...] = ()) -> Any:
    """Follow local ``$ref`` chains (``#/...``); other references are left as they are."""
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if not ref.startswith("#") or ref in seen:
            return node
        seen = (*seen, ref)
        node = _pointer(document, ref)
    return node


# --------------------------------------------------------------------------- operations


@dataclass(frozen=True)
class Operation:
    method: str
    path: str  # as written in the document, with the server's base path
    operation_id: str | None
    node: Mapping[str, Any]

    @property
    def key(self) -> Endpoint:
        return endpoint_key(self.method, self.path)

    def label(self) -> str:
        suffix = f"  ({self.operation_id})" if self.operation_id else ""
        return f"{self.method} {normalize_path(self.path)}{suffix}"


def _base_path(servers: Any) -> str | None:
    """The path part of the first server URL (``/api/v2`` of ``https://host/api/v2``)."""
    if isinstance(servers, list) and servers and isinstance(servers[0], Mapping):
        url = str(servers[0].get("url", ""))
        return urlsplit(url).path.rstrip("/") if "://" in url else url.rstrip("/")
    return None


def operations(document: Document) -> dict[Endpoint, Operation]:
    """Every operation under ``paths``, keyed by endpoint_key of its full path."""
    found: dict[Endpoint, Operation] = {}
    root_base = _base_path(document.get("servers")) or ""
    paths = document.get("paths")
    for raw_path, raw_item in (paths if isinstance(paths, Mapping) else {}).items():
        item = resolve(document, raw_item)
        if not isinstance(item, Mapping):
            continue
        item_base = _base_path(item.get("servers"))
        for method, node in item.items():
            if str(method).upper() not in HTTP_METHODS or not isinstance(node, Mapping):
                continue
            base = _base_path(node.get("servers"))
            base = base if base is not None else item_base if item_base is not None else root_base
            op_id = node.get("operationId")
            operation = Operation(
                str(method).upper(), base + str(raw_path), str(op_id) if op_id else None, node
            )
            found[operation.key] = operation
    return found


# --------------------------------------------------------------------------- fields


def _flag(document: Document, schema: Any, flag: str, seen: tuple[str, ...] = ()) -> bool:
    """Whether a schema is readOnly/writeOnly: on itself, its $ref target or an allOf member."""
    if not isinstance(schema, Mapping):
        return False
    if schema.get(flag) is True:
        return True
    ref = schema.get("$ref")
    if (
        isinstance(ref, str)
        and ref.startswith("#")
        and ref not in seen
        and _flag(document, _pointer(document, ref), flag, (*seen, ref))
    ):
        return True
    members = schema.get("allOf")
    return isinstance(members, list) and any(_flag(document, m, flag, seen) for m in members)


_COMBINATORS = ("allOf", "oneOf", "anyOf")


@dataclass
class _FieldWalker:
    """Dotted JSON paths of the fields a schema describes."""

    document: Document
    skip: str  # "readOnly" for requests, "writeOnly" for responses
    fields: set[str] = field(default_factory=set)

    def walk(self, schema: Any, prefix: str, refs: tuple[str, ...] = ()) -> None:
        if not isinstance(schema, Mapping):
            return
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            if ref in refs:  # recursive schema: the field is listed, its repetition is not
                return
            refs = (*refs, ref)
            self.walk(_pointer(self.document, ref), prefix, refs)
            # OpenAPI 3.1 allows keywords beside $ref; they apply too.
        for keyword in _COMBINATORS:
            members = schema.get(keyword)
            if isinstance(members, list):
                for member in members:
                    self.walk(member, prefix, refs)
        properties = schema.get("properties")
        if isinstance(properties, Mapping):
            for name, sub in properties.items():
                if _flag(self.document, sub, self.skip):
                    continue
                path = f"{prefix}.{name}" if prefix else str(name)
                self.fields.add(path)
                self.walk(sub, path, refs)
        items = schema.get("items")
        if isinstance(items, Mapping):
            self.walk(items, prefix + "[]", refs)
        prefix_items = schema.get("prefixItems")
        if isinstance(prefix_items, list):
            for sub in prefix_items:
                self.walk(sub, prefix + "[]", refs)
        for keyword in ("additionalProperties", "patternProperties"):
            value = schema.get(keyword)
            subs = value.values() if keyword == "patternProperties" and value else [value]
            for sub in subs if isinstance(value, Mapping) else ():
                if isinstance(sub, Mapping) and sub and not _flag(self.document, sub, self.skip):
                    path = f"{prefix}.*" if prefix else "*"
                    self.walk(sub, path, refs)


def _content_fields(document: Document, body: Any, skip: str) -> set[str] | None:
    """Fields of every media type's schema of a request body or response (None: no body)."""
    body = resolve(document, body)
    content = body.get("content") if isinstance(body, Mapping) else None
    if not isinstance(content, Mapping) or not content:
        return None
    walker = _FieldWalker(document, skip)
    for media in content.values():
        if isinstance(media, Mapping):
            walker.walk(media.get("schema"), "")
    return walker.fields


def body_fields(document: Document, operation: Operation) -> dict[str, set[str] | None]:
    """``{"request": fields, "200": fields, ...}``: request body and each response's body."""
    bodies: dict[str, set[str] | None] = {}
    if "requestBody" in operation.node:
        bodies[REQUEST] = _content_fields(document, operation.node["requestBody"], "readOnly")
    responses = operation.node.get("responses")
    for status, response in (responses if isinstance(responses, Mapping) else {}).items():
        bodies[str(status)] = _content_fields(document, response, "writeOnly")
    return bodies


# --------------------------------------------------------------------------- diff


@dataclass(frozen=True)
class FieldDiff:
    where: str  # "request" or a response status
    only_official: list[str]
    only_ours: list[str]


@dataclass(frozen=True)
class OperationDiff:
    ours: Operation
    official: Operation
    statuses_only_official: list[str]
    statuses_only_ours: list[str]
    fields: list[FieldDiff]

    @property
    def changed(self) -> bool:
        return bool(self.statuses_only_official or self.statuses_only_ours or self.fields)


@dataclass(frozen=True)
class SpecDiff:
    only_official: list[Operation]
    only_ours: list[Operation]
    moved: list[tuple[Operation, Operation]]  # (ours, official), same operationId
    renamed: list[tuple[Operation, Operation]]  # (ours, official), same endpoint
    operations: list[OperationDiff]  # operations in both whose bodies differ

    @property
    def changed(self) -> bool:
        return bool(
            self.only_official or self.only_ours or self.moved or self.renamed or self.operations
        )


def _status_order(where: str) -> tuple[int, str]:
    return (0, "") if where == REQUEST else (1, where)


def _fields(
    bodies: Mapping[str, set[str] | None], other: Mapping[str, Any], where: str
) -> set[str]:
    """The body's fields; a body the other side lacks altogether also counts as ``""``."""
    fields = bodies.get(where)
    if fields is None:
        return set()
    return fields | {""} if other.get(where) is None else fields


def compare_operation(
    ours_doc: Document, ours: Operation, official_doc: Document, official: Operation
) -> OperationDiff:
    mine, theirs = body_fields(ours_doc, ours), body_fields(official_doc, official)
    fields = []
    for where in sorted(mine.keys() | theirs.keys(), key=_status_order):
        if where != REQUEST and not (where in mine and where in theirs):
            continue  # a response status on one side only is listed as a status
        a, b = _fields(mine, theirs, where), _fields(theirs, mine, where)
        if a != b:
            fields.append(FieldDiff(where, sorted(b - a), sorted(a - b)))
    statuses_ours = mine.keys() - {REQUEST}
    statuses_official = theirs.keys() - {REQUEST}
    return OperationDiff(
        ours,
        official,
        sorted(statuses_official - statuses_ours),
        sorted(statuses_ours - statuses_official),
        fields,
    )


def diff(ours_doc: Document, official_doc: Document) -> SpecDiff:
    ours, official = operations(ours_doc), operations(official_doc)
    only_ours = {k: v for k, v in ours.items() if k not in official}
    only_official = {k: v for k, v in official.items() if k not in ours}
    by_id = {op.operation_id: op for op in only_official.values() if op.operation_id}
    moved = []
    for key, op in sorted(only_ours.items()):
        match = by_id.get(op.operation_id) if op.operation_id else None
        if match is not None:
            moved.append((op, match))
            del only_ours[key], only_official[match.key]
    renamed, changed = [], []
    for key in sorted(ours.keys() & official.keys(), key=lambda k: (k[1], k[0])):
        mine, theirs = ours[key], official[key]
        if mine.operation_id != theirs.operation_id:
            renamed.append((mine, theirs))
        result = compare_operation(ours_doc, mine, official_doc, theirs)
        if result.changed:
            changed.append(result)
    by_path = lambda op: (op.key[1], op.key[0])  # noqa: E731
    return SpecDiff(
        sorted(only_official.values(), key=by_path),
        sorted(only_ours.values(), key=by_path),
        moved,
        renamed,
        changed,
    )


# --------------------------------------------------------------------------- report


def collapse(paths: Sequence[str]) -> Iterator[tuple[str, int]]:
    """(path, nested fields under it) for the paths none of whose ancestors is in the list."""
    chosen = set(paths)

    def ancestors(path: str) -> Iterator[str]:
        if path:
            yield ""  # the whole body
        for index, char in enumerate(path):
            if char in ".[" and index:
                yield path[:index]

    nested: dict[str, int] = {}
    for path in paths:
        top = next((a for a in ancestors(path) if a in chosen), None)
        if top is None:
            nested.setdefault(path, 0)
        else:
            nested[top] = nested.get(top, 0) + 1
    yield from sorted(nested.items())


def _operation_lines(op: OperationDiff) -> Iterator[str]:
    """The differences of one operation; a field that differs alike in several responses (the
    error body of 400, 401, ...) is one line naming them all."""
    yield f"  {op.ours.label()}"
    if op.statuses_only_official:
        yield f"    + responses: {', '.join(op.statuses_only_official)}"
    if op.statuses_only_ours:
        yield f"    - responses: {', '.join(op.statuses_only_ours)}"
    grouped: dict[tuple[str, str, int], list[str]] = {}
    for fd in op.fields:
        for sign, paths in (("+", fd.only_official), ("-", fd.only_ours)):
            for path, nested in collapse(paths):
                grouped.setdefault((sign, path, nested), []).append(fd.where)
    for (sign, path, nested), wheres in sorted(
        grouped.items(), key=lambda item: (_status_order(item[1][0]), item[0][0], item[0][1])
    ):
        label = ", ".join("request" if w == REQUEST else w for w in wheres)
        label = label if wheres[0] == REQUEST else f"response {label}"
        more = f"  (+{nested} nested)" if nested else ""
        yield f"    {sign} {label}: {path or '(whole body)'}{more}"


def format_report(result: SpecDiff, spec_path: str | Path, official_path: str | Path) -> str:
    """The human-readable report: counts first, then each group."""
    field_lines = [line for op in result.operations for line in _operation_lines(op)]
    lines = [
        f"spec diff: {spec_path} (ours) vs {official_path} (official)",
        "  + only in the official document, - only in ours",
        f"  operations: {len(result.only_official)} only official, "
        f"{len(result.only_ours)} only ours, {len(result.moved)} moved, "
        f"{len(result.renamed)} with another operationId",
        f"  bodies: {len(result.operations)} operations differ in response statuses or fields",
    ]
    if result.only_official or result.only_ours:
        lines += ["", "Operations:"]
        lines += [f"  + {op.label()}" for op in result.only_official]
        lines += [f"  - {op.label()}" for op in result.only_ours]
    if result.moved:
        lines += ["", "Operations under another path (same operationId):"]
        lines += [f"  ~ {a.label()}  ->  {b.label()}" for a, b in result.moved]
    if result.renamed:
        lines += ["", "Operations with another operationId:"]
        for a, b in result.renamed:
            where = f"{a.method} {normalize_path(a.path)}"
            lines.append(f"  ~ {where}: ours {a.operation_id}, official {b.operation_id}")
    if field_lines:
        lines += ["", "Bodies (request fields, response statuses and fields):", *field_lines]
    lines += ["", "changed" if result.changed else "no difference"]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--official", type=Path, required=True, help="Tailscale's OpenAPI file")
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="our spec (openapi.yaml)")
    parser.add_argument("--fail-on-change", action="store_true", help="exit 1 when they differ")
    args = parser.parse_args(argv)
    try:
        result = diff(load_document(args.spec), load_document(args.official))
    except InputError as exc:
        print(f"spec_diff: error: {exc}", file=sys.stderr)
        return 2
    print(format_report(result, args.spec, args.official))
    return 1 if args.fail_on_change and result.changed else 0


if __name__ == "__main__":
    sys.exit(main())
