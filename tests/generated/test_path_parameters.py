"""Every path parameter of every operation stays one segment of that operation's path.

For each operation of openapi.yaml with path parameters, the generated ``_get_kwargs`` either
refuses a value (ValueError/TypeError, so nothing is sent) or builds a URL that httpx keeps as
it is: the operation's template with exactly one segment per parameter, which percent-decodes
back to the value, and which the mock's router maps back to the same operation and value.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable
from datetime import UTC, datetime
from types import ModuleType
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_python_client.strings import snake_case
from spectools import Operation, load_spec, operations, resolve

import tailscale_sdk_generated.api
from tailscale_mock._spec import route_table
from tailscale_sdk_generated.types import MAX_PATH_PARAMETER_LENGTH, path_segment

BASE_URL = "https://api.tailscale.com/api/v2"
BASE_PATH = "/api/v2"
# Only builds requests (as the generated sync_detailed does), never sends one.
_CLIENT = httpx.Client(base_url=BASE_URL)

# Values that have sent requests elsewhere, or that a careless encoder mangles.
HOSTILE = [
    ".",
    "..",
    "...",
    "%2e%2e",
    "%2E%2E",
    "%2e",
    ".%2e",
    "../x",
    "a/../..",
    "../../../etc/passwd",
    "/",
    "//",
    "a/b",
    "\\",
    "..\\..",
    "a\\..\\b",
    "?",
    "a?b=c",
    "#",
    "a#b",
    "%",
    "%zz",
    "%00",
    ";",
    "a;b=c",
    "{deviceId}",
    "{}",
    "-",
    "~",
    "@",
    "a:b",
    "svc:web",
    "tag:prod",
    "\u2024",  # one dot leader
    "\u2024\u2024",
    "\u2025",  # two dot leader
    "\uff0e",  # fullwidth full stop
    "\uff0e\uff0e",
    "\uff0e\uff0e\u2215x",
    "\u2215",  # division slash
    "\u2044",  # fraction slash
    "\uff0f",  # fullwidth solidus
    "\uff3c",  # fullwidth reverse solidus
    "\u200b",  # zero width space
    "\u202e..",  # right-to-left override
    "e\u0301",
    "\U0001f600",
    "\x00",
    "a\x00b",
    "\x1f",
    "\x7f",
    "\x85",
    "\n",
    "a\r\nX-Injected: 1",
    "\t",
    "",
    " ",
    "   ",
    "\u00a0",
    "\u3000",
    "\u2028",
    " .. ",
    " a",
    "\ud800",
    "a" * MAX_PATH_PARAMETER_LENGTH,
    "a" * (MAX_PATH_PARAMETER_LENGTH + 1),
    "\u2024" * MAX_PATH_PARAMETER_LENGTH,
    "x" * 100_000,
]


def refused(value: str) -> bool:
    """The documented refusals: empty, only whitespace, too long, a control character."""
    return (
        not value
        or value.isspace()
        or len(value) > MAX_PATH_PARAMETER_LENGTH
        or any(c < "\x20" or "\x7f" <= c <= "\x9f" or "\ud800" <= c <= "\udfff" for c in value)
    )


class _AnyBody:
    """Stands in for a request body: the URL is built before the body, from other arguments."""

    payload = b""

    def to_dict(self) -> dict[str, Any]:
        return {}

    def __iter__(self) -> Any:
        return iter(())


def _endpoint_modules() -> dict[str, ModuleType]:
    package = tailscale_sdk_generated.api
    found = {}
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        module = importlib.import_module(info.name)
        if hasattr(module, "_get_kwargs"):
            found[info.name.rpartition(".")[2]] = module
    return found


def _path_parameters(operation: Operation) -> list[str]:
    spec = load_spec()
    item = spec["paths"][operation.path]
    names = []
    for parameter in [*item.get("parameters", []), *operation.node.get("parameters", [])]:
        node, _ = resolve(spec, parameter, "")
        if node["in"] == "path":
            names.append(node["name"])
    return names


class Case:
    """One operation: its template, path parameters and a way to build its request."""

    def __init__(self, operation: Operation, module: ModuleType) -> None:
        self.operation = operation
        self.parameters = _path_parameters(operation)
        self.get_kwargs: Callable[..., dict[str, Any]] = module._get_kwargs
        self.others: dict[str, Any] = {}
        for name, parameter in inspect.signature(module._get_kwargs).parameters.items():
            if (
                parameter.kind is not parameter.KEYWORD_ONLY
                or parameter.default is not parameter.empty
            ):
                continue
            if name == "body":
                self.others[name] = _AnyBody()
            elif parameter.annotation in (datetime, "datetime.datetime"):
                self.others[name] = datetime(2026, 1, 1, tzinfo=UTC)
            else:
                self.others[name] = "user"

    def __repr__(self) -> str:
        return self.operation.operation_id

    def request(self, values: dict[str, str]) -> httpx.Request:
        arguments = {snake_case(name): value for name, value in values.items()}
        return _CLIENT.build_request(**self.get_kwargs(**arguments, **self.others))


def _cases() -> list[Case]:
    modules = _endpoint_modules()
    return [
        Case(op, modules[snake_case(op.operation_id)])
        for op in operations()
        if _path_parameters(op)
    ]


CASES = _cases()


def test_every_operation_with_path_parameters_is_covered() -> None:
    with_parameters = {op.operation_id for op in operations() if _path_parameters(op)}
    assert {case.operation.operation_id for case in CASES} == with_parameters
    assert len(CASES) >= 60  # guards the discovery itself


def check_one_segment_each(case: Case, values: dict[str, str]) -> None:
    """Refused before sending exactly when documented; otherwise one faithful segment each."""
    try:
        request = case.request(values)
    except (ValueError, TypeError) as exc:
        assert any(refused(v) for v in values.values()), f"{values!r} refused: {exc}"
        return
    assert not any(refused(v) for v in values.values()), f"{values!r} was not refused"
    raw_path, _, query = request.url.raw_path.decode("ascii").partition("?")
    assert request.url.fragment == ""
    assert query == request.url.query.decode("ascii")
    assert raw_path.startswith(BASE_PATH + "/")
    below = raw_path[len(BASE_PATH) :]
    segments = below.split("/")[1:]
    template = case.operation.path.split("/")[1:]
    assert len(segments) == len(template), (values, raw_path)
    decoded = {}
    for segment, part in zip(segments, template, strict=True):
        if part.startswith("{"):
            assert segment not in (".", "..")
            decoded[part[1:-1]] = unquote(segment, errors="strict")
        else:
            assert segment == part, (values, raw_path)
    assert decoded == values
    # The mock routes the same request to the same operation, with the same values.
    assert route_table().match(below) == (case.operation.path, values)


@pytest.mark.parametrize("case", CASES, ids=repr)
def test_hostile_values_in_every_parameter(case: Case) -> None:
    for name in case.parameters:
        for value in HOSTILE:
            values = {other: "ok" for other in case.parameters}
            values[name] = value
            check_one_segment_each(case, values)


VALUES = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(st.characters(exclude_categories=()), max_size=40),
    st.text(st.sampled_from("./\\%2eE \u2024\uff0e\u2215"), min_size=1, max_size=12),
    st.integers(MAX_PATH_PARAMETER_LENGTH - 2, MAX_PATH_PARAMETER_LENGTH + 2).map("é".__mul__),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_values_in_all_parameters_at_once(data: st.DataObject) -> None:
    case = data.draw(st.sampled_from(CASES))
    values = {name: data.draw(VALUES, label=name) for name in case.parameters}
    check_one_segment_each(case, values)


@pytest.mark.parametrize(
    ("value", "segment"),
    [
        (".", "%2E"),
        ("..", "%2E%2E"),
        ("...", "..."),
        ("%2e%2e", "%252e%252e"),
        ("../x", "..%2Fx"),
        ("a\\b", "a%5Cb"),
        ("\u2024\u2024", "%E2%80%A4%E2%80%A4"),
        ("n5SUKe8CNTRL", "n5SUKe8CNTRL"),
        ("svc:web", "svc%3Aweb"),
        ("-", "-"),
    ],
)
def test_path_segment_encodings(value: str, segment: str) -> None:
    assert path_segment(value, "id") == segment


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "must not be empty or only whitespace"),
        (" \t", "must not be empty or only whitespace"),
        ("a\x00", "control character U+0000"),
        ("a\x85", "control character U+0085"),
        ("x" * 257, "longer than 256 characters (257)"),
    ],
)
def test_path_segment_refusals(value: str, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        path_segment(value, "device_id")
    with pytest.raises(TypeError, match="device_id must be a str, not int"):
        path_segment(1, "device_id")  # type: ignore[arg-type]


def test_the_low_level_client_refuses_before_sending() -> None:
    from tailscale_sdk_generated.api.devices import delete_device
    from tailscale_sdk_generated.client import Client

    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200)

    transport = httpx.MockTransport(answer)
    client = Client(base_url=BASE_URL).set_httpx_client(
        httpx.Client(base_url=BASE_URL, transport=transport)
    )
    with pytest.raises(ValueError):
        delete_device.sync_detailed("\x00", client=client)
    assert sent == []
    delete_device.sync_detailed("..", client=client)
    assert [r.url.raw_path for r in sent] == [b"/api/v2/device/%2E%2E"]
