"""The ASGI app: spec-driven routing, auth, fault injection and validation of both directions."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from openapi_core.exceptions import OpenAPIError
from starlette.applications import Starlette
from starlette.datastructures import State
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Match, NoMatchFound
from starlette.types import Receive, Scope, Send
from werkzeug.datastructures import Headers, ImmutableMultiDict

from . import tags  # noqa: F401  (importing the tag modules registers their handlers)
from ._access import Principal
from ._common import ApiError
from ._faults import Faults
from ._gostyle import GoStyle, response_schema
from ._operations import HANDLERS, Context, Reply
from ._spec import (
    CONFORMING,
    JSON,
    ValidationRequest,
    ValidationResponse,
    describe_error,
    openapi,
    route_table,
    server_url,
)
from ._state import (
    DEMO_API_KEY,
    DEMO_OAUTH_CLIENT_ID,
    DEMO_OAUTH_CLIENT_SECRET,
    MockTailnet,
    Tailnets,
)

BASE_PATH = server_url()[1]  # "/api/v2", as on the real service
SECRET_HEADERS = frozenset({"authorization", "cookie", "proxy-authorization"})


@dataclass(frozen=True)
class RequestRecord:
    """One request the mock answered (secrets redacted), in `app.state.log`."""

    method: str
    path: str
    query: str
    operation_id: str | None
    status: int
    headers: Mapping[str, str]


def _redact(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    redacted = {}
    for name, value in headers:
        if name.lower() in SECRET_HEADERS:
            scheme = value.split(" ", 1)[0] if " " in value else ""
            value = f"{scheme} [redacted]".strip()
        redacted[name.lower()] = value
    return redacted


class _Mock:
    """Per-app configuration and the request pipeline."""

    def __init__(self, state: State, token_ttl: float, seed: int) -> None:
        missing = route_table().operation_ids - HANDLERS.keys()
        if missing:
            raise RuntimeError(f"operations without a handler: {sorted(missing)}")
        # Read per request, so tests may swap `app.state.tailnet` or `app.state.faults`.
        self.state = state
        self.token_ttl = token_ttl
        self.go_style = GoStyle(seed)
        self.api = openapi()
        self.routes = route_table()
        # Each handler gets the state of its operation's tag: `tailnet.<tag in snake_case>`.
        self.state_names = {
            route.operation_id: route.node["tags"][0].replace("-", "_")
            for methods in self.routes.by_template.values()
            for route in methods.values()
        }

    def authenticate(self, authorization: str | None) -> Principal | None:
        if not authorization:
            return None
        scheme, _, credential = authorization.partition(" ")
        credential = credential.strip()
        if scheme.lower() == "basic":
            try:
                credential = base64.b64decode(credential, validate=True).decode().partition(":")[0]
            except (binascii.Error, UnicodeDecodeError):
                return None
        elif scheme.lower() != "bearer":
            return None
        return self.tailnets.principal(credential)

    @property
    def tailnets(self) -> Tailnets:
        tailnets: Tailnets = self.state.tailnets
        return tailnets

    @property
    def faults(self) -> Faults:
        faults: Faults = self.state.faults
        return faults

    async def handle(self, request: Request) -> Response:
        raw_path = request.scope.get("raw_path") or request.scope["path"].encode()
        path = raw_path.decode("latin-1").split("?", 1)[0]
        method = request.method
        operation_id: str | None = None
        if not path.startswith(BASE_PATH + "/"):
            response = _json_response(404, {"message": "not found"})
        else:
            matched = self.routes.match(path[len(BASE_PATH) :])
            if matched is None:
                response = _json_response(404, {"message": "not found"})
            else:
                template, params = matched
                methods = self.routes.by_template[template]
                route = methods.get(method)
                if route is None:
                    response = _json_response(405, {"message": "method not allowed"})
                    response.headers["Allow"] = ", ".join(sorted(methods))
                else:
                    operation_id = route.operation_id
                    response = await self._operation(
                        request, route.operation_id, template, params, route.node
                    )
        self.state.log.append(
            RequestRecord(
                method,
                path,
                request.url.query,
                operation_id,
                response.status_code,
                _redact(request.headers.items()),
            )
        )
        return response

    async def _operation(
        self,
        request: Request,
        operation_id: str,
        template: str,
        params: dict[str, str],
        node: Mapping[str, Any],
    ) -> Response:
        fault = self.faults.draw(operation_id)
        if fault is not None:
            status, headers = fault
            return _json_response(status, {"message": f"injected fault {status}"}, headers)
        body = await request.body()
        content_type = request.headers.get("content-type", "")
        vreq = ValidationRequest(
            method=request.method,
            template=template,
            path_params=params,
            query=ImmutableMultiDict(request.query_params.multi_items()),
            headers=Headers(request.headers.items()),
            body=body or None,
            content_type=content_type or "application/octet-stream",
        )
        reply = self._reply(request, operation_id, vreq, params, node, body, content_type)
        return self._send(vreq, reply, operation_id, template)

    def _reply(
        self,
        request: Request,
        operation_id: str,
        vreq: ValidationRequest,
        params: dict[str, str],
        node: Mapping[str, Any],
        body: bytes,
        content_type: str,
    ) -> Reply:
        principal = None
        if node.get("security", True) != []:
            authorization = request.headers.get("authorization")
            principal = self.authenticate(authorization)
            if principal is None:
                message = "API token invalid or expired" if authorization else "API token required"
                return Reply(status=401, body={"message": message})
        key = (
            request.method,
            request.url.path,
            request.url.query,
            tuple((k, v) for k, v in request.headers.items() if k not in SECRET_HEADERS),
            body,
        )
        if key not in CONFORMING:
            try:
                self.api.validate_request(vreq)
            except OpenAPIError as exc:
                return Reply(status=400, body={"message": describe_error(exc)})
            CONFORMING.add(key)
        try:
            with self.tailnets.lock:
                tailnet = self.tailnets.resolve(params.get("tailnet"), principal)
                state = (
                    self.tailnets
                    if tailnet is None
                    else getattr(tailnet, self.state_names[operation_id])
                )
                ctx = Context(
                    principal=principal,
                    path=params,
                    query={k: v for k, v in request.query_params.items()},
                    query_items=tuple(request.query_params.multi_items()),
                    headers=request.headers,
                    body=body,
                    content_type=content_type.split(";", 1)[0].strip().lower(),
                    token_ttl=self.token_ttl,
                )
                return HANDLERS[operation_id](ctx, state)
        except ApiError as exc:
            return Reply(status=exc.status, body=exc.body(), headers=exc.headers)

    def _go_shaped(self, reply: Reply, operation_id: str) -> Reply:
        """The reply as Tailscale's Go server would send it (`_gostyle`)."""
        if reply.text is not None or reply.media_type != JSON or reply.verbatim:
            return reply
        schema, has_content = response_schema(operation_id, reply.status)
        if not has_content:
            if not 200 <= reply.status < 300:
                return reply
            text = self.go_style.bodiless().decode()
            return replace(reply, body=None, text=text, media_type=JSON if text else None)
        if schema is None:
            return reply
        return replace(reply, body=self.go_style.encode(reply.body, schema, operation_id))

    def _send(
        self, vreq: ValidationRequest, reply: Reply, operation_id: str, template: str
    ) -> Response:
        if self.state.go_style:
            reply = self._go_shaped(reply, operation_id)
        data = reply.encode()
        headers = dict(reply.headers)
        if reply.media_type is not None:
            headers["Content-Type"] = reply.media_type
        key = (vreq.method, template, reply.status, tuple(headers.items()), data)
        if key in CONFORMING:
            return Response(data, status_code=reply.status, headers=headers)
        vresp = ValidationResponse(reply.status, Headers(headers), data, reply.media_type or "")
        try:
            self.api.validate_response(vreq, vresp)
            CONFORMING.add(key)
        except OpenAPIError as exc:
            message = (
                f"mock bug: {operation_id} response {reply.status} does not conform to "
                f"openapi.yaml: {describe_error(exc)}"
            )
            self.state.mock_errors.append(message)
            return _json_response(500, {"message": message})
        return Response(data, status_code=reply.status, headers=headers)


class _EveryPath(BaseRoute):
    """Hands every HTTP request to the mock, which routes by the spec itself.

    (Starlette's own path patterns do not match every path, e.g. one holding a newline.)
    """

    def __init__(self, mock: _Mock) -> None:
        self.mock = mock

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        return (Match.FULL, {}) if scope["type"] == "http" else (Match.NONE, {})

    def url_path_for(self, name: str, /, **path_params: Any) -> Any:
        raise NoMatchFound(name, path_params)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = await self.mock.handle(Request(scope, receive))
        await response(scope, receive, send)


def _json_response(status: int, body: Any, headers: Mapping[str, str] | None = None) -> Response:
    data = json.dumps(body, separators=(",", ":")).encode()
    return Response(data, status_code=status, headers=dict(headers or {}), media_type=JSON)


class _MockState(State):
    """`app.state`, whose `tailnet` is the default one of `tailnets`.

    Assigning `app.state.tailnet` serves the new tailnet in place of the one of the same
    name, to the same credentials (tests use it to start over on a fresh tailnet).
    """

    @property
    def tailnet(self) -> MockTailnet:
        tailnets: Tailnets = self.tailnets
        return tailnets.default

    def __setattr__(self, key: Any, value: Any) -> None:
        if key == "tailnet":
            self.tailnets.replace(value)
        else:
            super().__setattr__(key, value)


def create_app(
    tailnet: MockTailnet | None = None,
    *,
    api_keys: Iterable[str] = (DEMO_API_KEY,),
    oauth_clients: Mapping[str, str] | None = None,
    token_ttl: float = 3600.0,
    faults: Faults | None = None,
    go_style: bool = True,
) -> Starlette:
    """The mock Tailscale API as a Starlette app, serving every operation under /api/v2.

    It serves `tailnet` (the demo tailnet by default) to holders of `api_keys` (acting as
    the tailnet's owner) and of OAuth access tokens from `oauth_clients` (id to secret; the
    demo client by default). `app.state.tailnets` holds the tailnets served
    (`app.state.tailnet` is the default one), `app.state.faults` the (mutable) fault
    injection, `app.state.log` a `RequestRecord` per request, and `app.state.mock_errors` the
    responses the mock had to replace with a 500 because they broke the spec (a mock bug).

    With `go_style` (the default) replies are shaped as Tailscale's Go server sends them:
    empty lists and maps and absent objects as `null`, some empty fields left out, times
    with nanoseconds or as the zero time, bodiless successes with no body, `{}` or `null`
    (seeded by the tailnet's seed; see `tailscale_mock._gostyle`). `go_style=False` sends
    the handlers' tidy replies. `app.state.go_style` switches it per request.
    """
    app = Starlette()
    clients = (
        {DEMO_OAUTH_CLIENT_ID: DEMO_OAUTH_CLIENT_SECRET} if oauth_clients is None else oauth_clients
    )
    tailnets = Tailnets()
    tailnet = tailnet if tailnet is not None else MockTailnet()
    tailnets.add(
        tailnet,
        api_keys=api_keys,
        oauth_clients=clients,
    )
    app.state = _MockState(
        {
            "tailnets": tailnets,
            "faults": faults if faults is not None else Faults(),
            "log": [],
            "mock_errors": [],
            "go_style": go_style,
        }
    )
    app.router.routes.append(_EveryPath(_Mock(app.state, token_ttl, tailnet.seed)))
    return app
