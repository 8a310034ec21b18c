"""Read-only helpers over openapi.yaml, shared by the tests."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@functools.cache
def load_spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as f:
        spec: dict[str, Any] = yaml.safe_load(f)
    return spec


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def pointer(*tokens: str) -> str:
    """A JSON pointer (with leading '#') to the given path of tokens."""
    return "#/" + "/".join(_escape(t) for t in tokens)


def resolve(spec: dict[str, Any], node: Any, where: str) -> tuple[Any, str]:
    """Follow local `$ref`s; return the target node and its JSON pointer."""
    while isinstance(node, dict) and "$ref" in node:
        where = node["$ref"]
        assert where.startswith("#/"), f"only local refs are used: {where}"
        node = spec
        for raw in where[2:].split("/"):
            node = node[raw.replace("~1", "/").replace("~0", "~")]
    return node, where


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    operation_id: str
    tags: tuple[str, ...]
    node: dict[str, Any]

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"


def operations(spec: dict[str, Any] | None = None) -> list[Operation]:
    spec = spec if spec is not None else load_spec()
    found = []
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                op = item[method]
                found.append(
                    Operation(method, path, op["operationId"], tuple(op.get("tags", ())), op)
                )
    return found


@dataclass(frozen=True)
class Example:
    """One example value and the JSON pointer of the schema it must satisfy."""

    where: str
    schema_pointer: str
    value: Any
    media_type: str | None = None
    status: str | None = None
    operation: Operation | None = None


def _examples_of(
    spec: dict[str, Any], node: dict[str, Any], where: str
) -> Iterator[tuple[str, Any]]:
    if "example" in node:
        yield where + " example", node["example"]
    for name, ex in (node.get("examples") or {}).items():
        ex, _ = resolve(spec, ex, where)
        if "value" in ex:
            yield f"{where} examples/{name}", ex["value"]


def _media_examples(
    spec: dict[str, Any], content: dict[str, Any], base: str, op: Operation, status: str | None
) -> Iterator[Example]:
    for media_type, media in content.items():
        media_ptr = f"{base}/content/{_escape(media_type)}"
        for where, value in _examples_of(
            spec, media, f"{op.label} {status or 'request'} {media_type}"
        ):
            yield Example(where, media_ptr + "/schema", value, media_type, status, op)


def examples(spec: dict[str, Any] | None = None) -> Iterator[Example]:
    """Every example in the spec: media types, parameters and headers."""
    spec = spec if spec is not None else load_spec()
    for op in operations(spec):
        op_ptr = pointer("paths", op.path, op.method)
        item = spec["paths"][op.path]
        params = [
            *(
                (raw, pointer("paths", op.path, "parameters", str(i)))
                for i, raw in enumerate(item.get("parameters", []))
            ),
            *(
                (raw, f"{op_ptr}/parameters/{i}")
                for i, raw in enumerate(op.node.get("parameters", []))
            ),
        ]
        for raw, raw_ptr in params:
            param, param_ptr = resolve(spec, raw, raw_ptr)
            label = f"{op.label} parameter {param['name']}"
            for where, value in _examples_of(spec, param, label):
                yield Example(where, param_ptr + "/schema", value, operation=op)
        if "requestBody" in op.node:
            body, body_ptr = resolve(spec, op.node["requestBody"], op_ptr + "/requestBody")
            yield from _media_examples(spec, body["content"], body_ptr, op, None)
        for status, raw in op.node["responses"].items():
            response, resp_ptr = resolve(spec, raw, f"{op_ptr}/responses/{status}")
            yield from _media_examples(spec, response.get("content", {}), resp_ptr, op, status)
            for name, raw_header in (response.get("headers") or {}).items():
                header, header_ptr = resolve(spec, raw_header, f"{resp_ptr}/headers/{name}")
                label = f"{op.label} {status} header {name}"
                for where, value in _examples_of(spec, header, label):
                    yield Example(where, header_ptr + "/schema", value, status=status, operation=op)
