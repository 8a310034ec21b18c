"""openapi.yaml, loaded once: routes, the openapi-core validator, and what validation reports."""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit

import jsonschema_rs
import yaml
from jsonschema.protocols import Validator
from jsonschema_path import SchemaPath
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.deserializing.media_types.exceptions import MediaTypeDeserializeError
from openapi_core.templating.paths.datatypes import PathOperationServer
from openapi_core.templating.paths.finders import APICallPathFinder
from openapi_core.validation.request.exceptions import RequestBodyValidationError
from openapi_core.validation.schemas import oas31_schema_validators_factory
from openapi_core.validation.schemas.datatypes import FormatValidatorsDict
from openapi_core.validation.schemas.factories import DialectSchemaValidatorsFactory
from openapi_core.validation.schemas.validators import SchemaValidator
from werkzeug.datastructures import Headers

SPEC_FILENAME = "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
HUJSON = "application/hujson"
JSON = "application/json"

_PACKAGE_DIR = Path(__file__).resolve().parent


def spec_path() -> Path:
    """The spec the mock serves: the wheel's copy, else the source tree's openapi.yaml."""
    for candidate in (_PACKAGE_DIR / SPEC_FILENAME, _PACKAGE_DIR.parents[1] / SPEC_FILENAME):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"{SPEC_FILENAME} is neither in {_PACKAGE_DIR} nor in the repo root")


@functools.cache
def load_spec() -> dict[str, Any]:
    """The parsed spec (cached: every app shares one copy; treat it as read-only)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with spec_path().open(encoding="utf-8") as f:
        spec: dict[str, Any] = yaml.load(f, Loader=loader)
    return spec


def _hujson_loads(value: bytes, **parameters: str) -> str:
    # The schema of a HuJSON body is a string: the text itself. Handlers parse it.
    return value.decode(parameters.get("charset", "utf-8"))


class _FastSchemaValidator(SchemaValidator):
    """openapi-core's validator, with jsonschema-rs answering first whether a value is valid.

    Pure-Python jsonschema needs milliseconds for a device list, jsonschema-rs microseconds.
    Only a value jsonschema-rs rejects goes through openapi-core's own check, whose verdict
    and messages stand (so a format jsonschema-rs alone checks cannot reject anything).
    """

    def __init__(self, base: SchemaValidator, fast: jsonschema_rs.Validator) -> None:
        super().__init__(base.schema, base.validator)
        self._fast = fast

    def validate(self, value: Any) -> None:
        if not self._fast.is_valid(value):
            super().validate(value)


class _CachingSchemaValidatorsFactory(DialectSchemaValidatorsFactory):
    """openapi-core's OAS 3.1 factory, remembering the validator it built for each schema.

    openapi-core builds a fresh jsonschema validator (deep-copying its format checker) for
    every value it checks; validators are stateless, so one per schema node is enough.
    """

    def __init__(self, base: DialectSchemaValidatorsFactory) -> None:
        super().__init__(
            base.schema_validator_cls, base.default_jsonschema_dialect_id, base.format_checker
        )
        self._made: dict[tuple[Any, ...], SchemaValidator] = {}

    def create(
        self,
        spec: SchemaPath,
        schema: SchemaPath,
        format_validators: FormatValidatorsDict | None = None,
        extra_format_validators: FormatValidatorsDict | None = None,
        forbid_unspecified_additional_properties: bool = False,
        enforce_properties_required: bool = False,
    ) -> SchemaValidator:
        flags = (forbid_unspecified_additional_properties, enforce_properties_required)
        if format_validators or extra_format_validators:
            return super().create(spec, schema, format_validators, extra_format_validators, *flags)
        key = (schema.parts, *flags)
        made = self._made.get(key)
        if made is None:
            made = super().create(spec, schema, None, None, *flags)
            if not any(flags):
                made = _FastSchemaValidator(made, _rs_validator(schema.parts))
            self._made[key] = made
        return made


def _rs_validator(parts: tuple[Any, ...]) -> jsonschema_rs.Validator:
    """A jsonschema-rs validator for the schema at `parts` of the spec (refs and all)."""
    spec = load_spec()
    document = {"$ref": _json_pointer(spec, parts), **spec}
    return jsonschema_rs.Draft202012Validator(document, validate_formats=True)


def _json_pointer(spec: Mapping[str, Any], parts: tuple[Any, ...]) -> str:
    """The URI fragment of the node at `parts`, following the `$ref`s along the way."""
    node: Any = spec
    tokens: list[str] = []
    for part in parts:
        while isinstance(node, Mapping) and "$ref" in node:
            tokens = node["$ref"].removeprefix("#/").split("/")
            node = spec
            for token in tokens:
                node = node[token.replace("~1", "/").replace("~0", "~")]
        node = node[part if isinstance(node, Mapping) else int(part)]
        tokens.append(str(part).replace("~", "~0").replace("/", "~1"))
    return "#/" + quote("/".join(tokens), safe="/~")


class _CachingPathFinder(APICallPathFinder):
    """Remembers where each (method, URL pattern) leads; the mock passes patterns, not URLs."""

    def __init__(self, spec: SchemaPath, base_url: str | None = None) -> None:
        super().__init__(spec, base_url=base_url)
        self._found: dict[tuple[str, str], PathOperationServer] = {}

    def find(self, method: str, name: str) -> PathOperationServer:
        key = (method, name)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = super().find(method, name)
        return found


_SCHEMA_VALIDATORS = _CachingSchemaValidatorsFactory(oas31_schema_validators_factory)


@functools.cache
def openapi() -> OpenAPI:
    """The openapi-core validator for the spec, with a deserializer for application/hujson."""
    config = Config(
        extra_media_type_deserializers={HUJSON: _hujson_loads},
        spec_validator_cls=None,  # type: ignore[arg-type]
        schema_validators_factory=_SCHEMA_VALIDATORS,
        path_finder_cls=_CachingPathFinder,
    )
    # The spec was validated by `make lint`; skipping the check keeps start-up fast.
    return OpenAPI.from_dict(load_spec(), config=config)


@functools.cache
def schema_validator(name: str) -> Validator:
    """A jsonschema validator for `#/components/schemas/<name>` (for parsed HuJSON bodies)."""
    api = openapi()
    schema = api.spec / "components" / "schemas" / name
    return _SCHEMA_VALIDATORS.create(api.spec, schema).validator


@dataclass(frozen=True)
class Route:
    """One operation of the spec."""

    method: str
    template: str
    operation_id: str
    node: Mapping[str, Any]


def _template_regex(template: str) -> re.Pattern[str]:
    parts = []
    for segment in template.strip("/").split("/"):
        m = re.fullmatch(r"\{(\w+)\}", segment)
        parts.append(f"(?P<{m.group(1)}>[^/]+)" if m else re.escape(segment))
    return re.compile("^/" + "/".join(parts) + "$")


def _specificity(template: str) -> tuple[int, int]:
    segments = template.strip("/").split("/")
    return -len(segments), -sum(1 for s in segments if not s.startswith("{"))


@dataclass(frozen=True)
class RouteTable:
    """The spec's operations by path template and method."""

    by_template: Mapping[str, Mapping[str, Route]]
    # Most specific first, so /device-invites/-/accept wins over /device-invites/{id}/...
    patterns: tuple[tuple[str, re.Pattern[str]], ...]

    @property
    def operation_ids(self) -> frozenset[str]:
        return frozenset(r.operation_id for m in self.by_template.values() for r in m.values())

    def match(self, raw_path: str) -> tuple[str, dict[str, str]] | None:
        """(template, percent-decoded path parameters) for a path below the base path."""
        for template, pattern in self.patterns:
            m = pattern.match(raw_path)
            if m:
                return template, {k: unquote(v) for k, v in m.groupdict().items()}
        return None


@functools.cache
def route_table() -> RouteTable:
    """Every operation of the spec, ready for matching (built once)."""
    by_template: dict[str, dict[str, Route]] = {}
    for template, item in load_spec()["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                route = Route(method.upper(), template, item[method]["operationId"], item[method])
                by_template.setdefault(template, {})[route.method] = route
    ordered = sorted(by_template, key=_specificity)
    return RouteTable(by_template, tuple((t, _template_regex(t)) for t in ordered))


def routed_operation_ids() -> frozenset[str]:
    """The operationIds the mock serves (one handler each)."""
    return route_table().operation_ids


@functools.cache
def server_url() -> tuple[str, str]:
    """(origin, base path) of the spec's server URL, e.g. the base path `/api/v2`."""
    parts = urlsplit(load_spec()["servers"][0]["url"])
    return f"{parts.scheme}://{parts.netloc}", parts.path.rstrip("/")


class ValidationRequest:
    """The request as openapi-core's `Request` protocol sees it (path already matched)."""

    __slots__ = (
        "_body",
        "content_type",
        "host_url",
        "method",
        "parameters",
        "path",
        "path_pattern",
    )

    def __init__(
        self,
        *,
        method: str,
        template: str,
        path_params: Mapping[str, str],
        query: Any,
        headers: Headers,
        body: bytes | None,
        content_type: str,
    ) -> None:
        origin, base_path = server_url()
        self.method = method.lower()
        # The spec's own server URL, so openapi-core's server matching always succeeds.
        self.host_url = origin
        self.path = self.path_pattern = base_path + template
        self.parameters = RequestParameters(query=query, header=headers, path=dict(path_params))
        self._body = body
        self.content_type = content_type

    @property
    def body(self) -> bytes | None:
        return self._body


class ValidationResponse:
    """A response as openapi-core's `Response` protocol sees it."""

    __slots__ = ("content_type", "data", "headers", "status_code")

    def __init__(self, status_code: int, headers: Headers, data: bytes, content_type: str) -> None:
        self.status_code = status_code
        self.headers = headers
        self.data = data
        self.content_type = content_type


def _text(exc: BaseException) -> str:
    try:
        return str(exc)
    except Exception:  # some openapi-core errors cannot render undecodable bodies
        return type(exc).__name__


def describe_error(exc: BaseException) -> str:
    """A one-line account of a validation error, naming the offending part."""
    cause = exc.__cause__
    schema_errors = getattr(cause, "schema_errors", None) or getattr(exc, "schema_errors", None)
    prefix = _text(exc)
    if schema_errors:
        if isinstance(exc, RequestBodyValidationError):
            # Its text embeds the whole offending value; the schema errors say more.
            prefix = "Request body validation error"
        details = []
        for err in [e for error in schema_errors for e in _closest_branch(error)][:3]:
            where = "/".join(str(p) for p in err.absolute_path)
            details.append(f"{where}: {err.message}" if where else err.message)
        return f"{prefix}: {'; '.join(details)}"
    if isinstance(cause, MediaTypeDeserializeError):
        return f"Request body is not valid {cause.mimetype}"
    if cause is not None and _text(cause) not in prefix:
        return f"{prefix}: {_text(cause)}"
    return prefix


def _closest_branch(error: Any) -> list[Any]:
    """The errors of the `oneOf`/`anyOf` branch the value came nearest to, or `error` itself.

    "not valid under any of the given schemas" names no field. The branch the caller meant is
    the one whose `const`/`enum` values (`destinationType`, `keyType`) the value matched, then
    the one with the fewest errors; its errors say what that kind of request still lacks.
    """
    if error.validator not in ("oneOf", "anyOf") or not error.context:
        return [error]
    branches: dict[Any, list[Any]] = {}
    for sub in error.context:
        branches.setdefault(sub.schema_path[0], []).append(sub)
    return min(
        branches.values(),
        key=lambda errors: (sum(e.validator in ("const", "enum") for e in errors), len(errors)),
    )


class ConformingInputs:
    """Requests and responses that passed validation, by everything validation reads.

    Validation is a pure function of these keys, so repeated traffic (a client polling,
    a benchmark) pays for it once. Bounded: the oldest keys go first.
    """

    def __init__(self, size: int = 4096) -> None:
        self._keys: dict[Hashable, None] = {}
        self._size = size
        self._lock = threading.Lock()

    def __contains__(self, key: Hashable) -> bool:
        return key in self._keys

    def add(self, key: Hashable) -> None:
        with self._lock:
            if len(self._keys) >= self._size:
                del self._keys[next(iter(self._keys))]
            self._keys[key] = None

    def clear(self) -> None:
        with self._lock:
            self._keys.clear()


# Shared by every app: validation depends on openapi.yaml alone.
CONFORMING = ConformingInputs()
