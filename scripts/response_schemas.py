#!/usr/bin/env python3
"""Check (and mechanically fix) the response-schema conventions R1-R6 of openapi.yaml.

    python scripts/response_schemas.py [--spec openapi.yaml]         # check; exit 1 on a violation
    python scripts/response_schemas.py [--spec openapi.yaml] --fix   # rewrite what can be

Tailscale's server is written in Go, so every response may hold ``null`` where a list, map,
string or nested object was expected, empty or zero times, unknown fields and new enum values.
A schema reachable from a response (through its ``$ref``s, properties, items, maps and
``anyOf``/``oneOf``/``allOf`` members) must therefore follow these rules:

R1  no ``required`` list (an empty success body is decoded as ``{}``);
R2  every property and every ``additionalProperties`` value that admits a string, an array or an
    object also admits ``null``; a reference to an object component is written
    ``anyOf: [{$ref: ...}, {type: 'null'}]`` and an object component never has ``'null'`` in its
    own ``type``; times use the ``Timestamp`` component, booleans admit null (``NullableBoolean``);
    array items are exempt;
R3  no closed ``enum``: enum-like strings list their values in ``x-extensible-enum``;
R4  no component is reachable from both a request and a response (split it: ``X``/``XRequest``);
R5  properties that hold secrets (named like ``key``, ``secret``, ``token``, ``password``,
    ``credentials``) carry ``format: password``;
R6  a top-level array response body admits ``null``.

Each violation is printed as ``<schema path>: <rule>: <what to change>``. ``--fix`` rewrites, with
comments kept (ruamel.yaml round trip), what needs no judgement: it deletes ``required`` lists of
response-only schemas, adds ``'null'`` to types, wraps references to object components in
``anyOf``, points inline times and booleans at ``Timestamp`` and ``NullableBoolean``; the rest it
reports. It can be re-run at any time: a conforming spec is left byte for byte as it is.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SPEC = REPO_ROOT / "openapi.yaml"

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
JSON_TYPES = frozenset({"string", "number", "integer", "boolean", "array", "object", "null"})
NULLABLE_KINDS = frozenset({"string", "array", "object"})
SCHEMA_PREFIX = "#/components/schemas/"
TIMESTAMP = SCHEMA_PREFIX + "Timestamp"
NULLABLE_BOOLEAN = SCHEMA_PREFIX + "NullableBoolean"
# Property names that hold secrets: `key` (an auth key's secret), `secret`, `clientSecret`,
# `token`, `access_token`, `s3SecretAccessKey`, `password`, `gcsCredentials`, `id_token`...
SECRET_NAME = re.compile(r"(?i)^(key|.*secret.*|(.*[_a-z])?token|.*password|.*credentials)$")

Schema = Mapping[str, Any]


@dataclass(frozen=True)
class Violation:
    path: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.rule}: {self.message}"


@dataclass
class _Walk:
    spec: Mapping[str, Any]
    violations: list[Violation] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)

    def schemas(self) -> Mapping[str, Any]:
        components: Mapping[str, Any] = self.spec.get("components") or {}
        return components.get("schemas") or {}

    def add(self, path: str, rule: str, message: str) -> None:
        self.violations.append(Violation(path, rule, message))


# --------------------------------------------------------------------------- references


def resolve(spec: Mapping[str, Any], node: Any) -> Any:
    """Follow ``$ref`` (local ones only) until a node without one."""
    hops = 0
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref: str = node["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"only local references are supported: {ref}")
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
        hops += 1
        if hops > 50:
            raise ValueError(f"reference cycle at {ref}")
    return node


def admitted(spec: Mapping[str, Any], schema: Any, depth: int = 0) -> frozenset[str]:
    """The JSON types a schema admits (an approximation that is exact for this spec's shapes)."""
    schema = resolve(spec, schema)
    if not isinstance(schema, Mapping) or depth > 50:
        return JSON_TYPES
    if "const" in schema:
        return frozenset({_json_type(schema["const"])})
    if "enum" in schema:
        return frozenset(_json_type(value) for value in schema["enum"])
    kinds = JSON_TYPES
    declared = schema.get("type")
    if isinstance(declared, str):
        kinds = frozenset({declared})
    elif isinstance(declared, list):
        kinds = frozenset(declared)
    for keyword in ("anyOf", "oneOf"):
        members = schema.get(keyword)
        if isinstance(members, list):
            union: frozenset[str] = frozenset()
            for member in members:
                union |= admitted(spec, member, depth + 1)
            kinds &= union
    for member in schema.get("allOf") or []:
        kinds &= admitted(spec, member, depth + 1)
    return kinds


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _is_object_component(spec: Mapping[str, Any], ref: str) -> bool:
    target = resolve(spec, {"$ref": ref})
    return isinstance(target, Mapping) and admitted(spec, target) == {"object"}


# --------------------------------------------------------------------------- reachability


def _operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping):
                yield f"paths.{path}.{method}", operation


def response_bodies(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(operationId, schema path, schema) of every JSON response body of every operation."""
    for where, operation in _operations(spec):
        for status, response in (operation.get("responses") or {}).items():
            response = resolve(spec, response)
            for media_type, content in (response.get("content") or {}).items():
                json = media_type == "application/json" or media_type.endswith("+json")
                if not json or "schema" not in content:
                    continue
                path = f"{where}.responses.{status}.content.{media_type}.schema"
                yield operation.get("operationId", where), path, content["schema"]


def _request_schemas(spec: Mapping[str, Any]) -> Iterator[Any]:
    for item in (spec.get("paths") or {}).values():
        yield from item.get("parameters") or []
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping):
                yield from operation.get("parameters") or []
                if "requestBody" in operation:
                    yield operation["requestBody"]


def referenced_components(spec: Mapping[str, Any], roots: Iterator[Any]) -> set[str]:
    """Names of the schema components reachable from ``roots``."""
    found: set[str] = set()
    stack = list(roots)
    visited: set[str] = set()
    while stack:
        node = stack.pop()
        if isinstance(node, Mapping):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref not in visited:
                visited.add(ref)
                if ref.startswith(SCHEMA_PREFIX):
                    found.add(ref[len(SCHEMA_PREFIX) :])
                stack.append(resolve(spec, {"$ref": ref}))
            stack.extend(value for key, value in node.items() if key != "$ref")
        elif isinstance(node, list):
            stack.extend(node)
    return found


# --------------------------------------------------------------------------- the rules


def check(spec: Mapping[str, Any]) -> list[Violation]:
    """Every violation of R1-R6 in the schemas reachable from a response."""
    walk = _Walk(spec)
    for _operation_id, path, schema in response_bodies(spec):
        kinds = admitted(spec, schema)
        if "array" in kinds and "null" not in kinds:
            walk.add(path, "R6", "a top-level array response body is type: [array, 'null']")
        _walk(walk, schema, path)
    shared = referenced_components(spec, _request_schemas(spec)) & referenced_components(
        spec, (schema for _, _, schema in response_bodies(spec))
    )
    for name in sorted(shared):
        walk.add(
            SCHEMA_PREFIX + name,
            "R4",
            f"used by a request and a response: split it into {name} (response) and "
            f"{name}Request (request)",
        )
    return walk.violations


def _walk(walk: _Walk, schema: Any, path: str) -> None:
    if not isinstance(schema, Mapping):
        return
    ref = schema.get("$ref")
    if isinstance(ref, str):
        if ref in walk.seen:
            return
        walk.seen.add(ref)
        _walk(walk, resolve(walk.spec, {"$ref": ref}), ref)
        return
    spec = walk.spec
    if "required" in schema:
        walk.add(path, "R1", "a response schema has no required list")
    if "enum" in schema:
        walk.add(path, "R3", "no closed enum: type: [string, 'null'] and x-extensible-enum")
    declared = schema.get("type")
    is_component = path.startswith(SCHEMA_PREFIX) and path.count("/") == 3
    if is_component and isinstance(declared, list) and {"null", "object"} <= set(declared):
        walk.add(path, "R2", "an object component never admits null itself: anyOf at each $ref")
    for name, value in (schema.get("properties") or {}).items():
        where = f"{path}/properties/{name}"
        _check_value(walk, value, where)
        if SECRET_NAME.match(name) and resolve(spec, value).get("format") != "password":
            walk.add(where, "R5", "a secret carries format: password")
        _walk(walk, value, where)
    extra = schema.get("additionalProperties")
    if isinstance(extra, Mapping):
        _check_value(walk, extra, f"{path}/additionalProperties")
        _walk(walk, extra, f"{path}/additionalProperties")
    if isinstance(schema.get("items"), Mapping):
        _walk(walk, schema["items"], f"{path}/items")
    for keyword in ("anyOf", "oneOf", "allOf"):
        for index, member in enumerate(schema.get(keyword) or []):
            _walk(walk, member, f"{path}/{keyword}/{index}")


def _check_value(walk: _Walk, value: Any, where: str) -> None:
    """R2 for one property or map value schema."""
    if not isinstance(value, Mapping):
        return
    spec = walk.spec
    kinds = admitted(spec, value)
    ref = value.get("$ref")
    if isinstance(ref, str) and _is_object_component(spec, ref):
        walk.add(where, "R2", f"write anyOf: [{{$ref: '{ref}'}}, {{type: 'null'}}]")
    elif kinds & NULLABLE_KINDS and "null" not in kinds:
        shown = "/".join(sorted(kinds & NULLABLE_KINDS))
        walk.add(where, "R2", f"admits {shown} but not null: add 'null' to its type")
    elif "boolean" in kinds and "null" not in kinds:
        walk.add(where, "R2", f"a boolean admits null: $ref '{NULLABLE_BOOLEAN}'")
    if ref is None and _inline_date_time(value):
        walk.add(where, "R2", f"a time is $ref '{TIMESTAMP}' (it may be '' or null)")
    if ref is None and "null" in kinds:
        for _node, suffix in _unnamed_objects(spec, value):
            walk.add(
                where + suffix,
                "R2",
                "a nullable inline object has a title (else the generator names its class XType0)",
            )


def _unnamed_objects(
    spec: Mapping[str, Any], value: Mapping[str, Any]
) -> Iterator[tuple[Any, str]]:
    """Inline objects without a title in a nullable property: the value itself, or its items."""
    for node, suffix in ((value, ""), (value.get("items"), "/items")):
        if (
            isinstance(node, Mapping)
            and "$ref" not in node
            and "title" not in node
            and "object" in admitted(spec, node)
            and ("type" in node or "properties" in node or "additionalProperties" in node)
        ):
            yield node, suffix


def _inline_date_time(value: Mapping[str, Any]) -> bool:
    if value.get("format") == "date-time":
        return True
    return any(
        isinstance(member, Mapping) and "$ref" not in member and member.get("format") == "date-time"
        for keyword in ("anyOf", "oneOf")
        for member in value.get(keyword) or []
    )


# --------------------------------------------------------------------------- fixing


def fix(path: Path) -> list[Violation]:
    """Rewrite ``path`` in place; return the violations left (those that need judgement)."""
    from ruamel.yaml import YAML  # a dev dependency: only --fix needs a comment-keeping round trip

    rt = YAML()
    rt.preserve_quotes = True
    rt.width = 4096
    rt.indent(mapping=2, sequence=4, offset=2)
    rt.representer.add_representer(  # `null` stays `null`, not an empty value
        type(None), lambda r, _: r.represent_scalar("tag:yaml.org,2002:null", "null")
    )
    with path.open(encoding="utf-8") as stream:
        document = rt.load(stream)
    before = len(check(document))
    requests = referenced_components(document, _request_schemas(document))
    changes = 0
    for _ in range(10):  # each pass can expose references the previous one wrapped
        made = _fix_pass(document, requests)
        changes += made
        if not made:
            break
    if changes:
        with path.open("w", encoding="utf-8") as stream:
            rt.dump(document, stream)
    after = check(document)
    print(f"{changes} change(s); {before} violation(s) before, {len(after)} left", file=sys.stderr)
    return after


def _fix_pass(document: Any, requests: set[str]) -> int:
    schemas = document["components"]["schemas"]
    changes = 0
    for _operation_id, _path, schema in response_bodies(document):
        kinds = admitted(document, schema)
        target = schema
        if isinstance(schema.get("$ref"), str):
            name = schema["$ref"][len(SCHEMA_PREFIX) :]
            target = None if name in requests else schemas[name]
        if target is not None and "array" in kinds and "null" not in kinds:
            changes += _add_null(target)
    reached: list[Any] = []
    for _operation_id, _path, schema in response_bodies(document):
        _collect(document, schema, reached, set(), requests)
    for schema in reached:
        if "required" in schema:
            del schema["required"]
            changes += 1
        for name in list(schema.get("properties") or {}):
            changes += _fix_value(document, schema["properties"], name, requests)
            changes += _fix_titles(document, schema["properties"][name], name)
        if isinstance(schema.get("additionalProperties"), dict):
            changes += _fix_value(document, schema, "additionalProperties", requests)
    return changes


def _collect(
    document: Any, schema: Any, out: list[Any], seen: set[str], requests: set[str]
) -> None:
    if not isinstance(schema, dict):
        return
    ref = schema.get("$ref")
    if isinstance(ref, str):
        name = ref[len(SCHEMA_PREFIX) :]
        if ref in seen or name in requests:  # shared with a request: split it by hand (R4)
            return
        seen.add(ref)
        _collect(document, resolve(document, schema), out, seen, requests)
        return
    if any(schema is other for other in out):
        return
    out.append(schema)
    children = list((schema.get("properties") or {}).values())
    children += [schema.get("additionalProperties"), schema.get("items")]
    for keyword in ("anyOf", "oneOf", "allOf"):
        children += list(schema.get(keyword) or [])
    for child in children:
        _collect(document, child, out, seen, requests)


def _fix_value(document: Any, parent: Any, key: str, requests: set[str]) -> int:
    value = parent[key]
    if not isinstance(value, dict):
        return 0
    ref = value.get("$ref")
    if isinstance(ref, str):
        name = ref[len(SCHEMA_PREFIX) :]
        kinds = admitted(document, value)
        if _is_object_component(document, ref):
            parent[key] = _anyof_null(value)
            return 1
        if kinds & NULLABLE_KINDS and "null" not in kinds and name not in requests:
            return _add_null(document["components"]["schemas"][name])
        return 0
    if _inline_date_time(value):
        parent[key] = _with(value, {"$ref": TIMESTAMP})
        return 1
    declared = value.get("type")
    if declared == "boolean" or declared == ["boolean"]:
        parent[key] = _with(value, {"$ref": NULLABLE_BOOLEAN})
        return 1
    kinds = admitted(document, value)
    if kinds & NULLABLE_KINDS and "null" not in kinds:
        return _add_null(value)
    return 0


def _fix_titles(document: Any, value: Any, name: str) -> int:
    if not isinstance(value, dict) or "$ref" in value or "null" not in admitted(document, value):
        return 0
    changes = 0
    for node, suffix in list(_unnamed_objects(document, value)):
        node["title"] = name + ("Item" if suffix else "")
        changes += 1
    return changes


def _with(old: Any, new: dict[str, Any]) -> Any:
    """``new`` plus the description of ``old`` (a sibling of ``$ref`` is allowed in 3.1)."""
    from ruamel.yaml.comments import CommentedMap

    result = CommentedMap(new)
    if "description" in old:
        result["description"] = old["description"]
    return result


def _anyof_null(value: Any) -> Any:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    ref = CommentedMap({"$ref": value["$ref"]})
    ref.fa.set_flow_style()
    null = CommentedMap({"type": "null"})
    null.fa.set_flow_style()
    result = CommentedMap({"anyOf": CommentedSeq([ref, null])})
    for key, item in value.items():
        if key != "$ref":
            result[key] = item
    return result


def _add_null(schema: Any) -> int:
    from ruamel.yaml.comments import CommentedSeq
    from ruamel.yaml.scalarstring import SingleQuotedScalarString

    declared = schema.get("type")
    if declared is None:
        return 0
    types = [declared] if isinstance(declared, str) else list(declared)
    if "null" in types:
        return 0
    new = CommentedSeq([*types, SingleQuotedScalarString("null")])
    new.fa.set_flow_style()
    schema["type"] = new
    return 1


# --------------------------------------------------------------------------- command line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    parser.add_argument("--fix", action="store_true", help="rewrite what needs no judgement")
    args = parser.parse_args(argv)
    if args.fix:
        violations = fix(args.spec)
    else:
        with args.spec.open(encoding="utf-8") as stream:
            spec = yaml.load(stream, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        violations = check(spec)
    for violation in violations:
        print(violation)
    if violations:
        print(f"{len(violations)} response-schema violation(s) in {args.spec}", file=sys.stderr)
        return 1
    print(f"{args.spec}: every response schema follows R1-R6")
    return 0


if __name__ == "__main__":
    sys.exit(main())
