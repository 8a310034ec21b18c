"""The server side of the benchmarks, in a process of its own (so that it does not share the
GIL with the clients being measured).

    python -m bench._server [--app mock|bare]

prints its base URL (``http://127.0.0.1:PORT/api/v2``) on one line, then serves until its
standard input is closed. ``mock`` is the Tailscale API mock (``tailscale_mock``), ``bare``
an app that answers every request with ``200 {}``: what uvicorn and the loopback cost.

Both are wrapped in :class:`Counting`, which counts requests and TCP connections (each
connection has its own client address) and answers ``/__bench__/stats`` and
``POST /__bench__/reset`` itself, without the app seeing them.
"""

from __future__ import annotations

import argparse
import json
import socket
import sys
import threading
from typing import Any

import uvicorn
from starlette.types import ASGIApp, Receive, Scope, Send

from tailscale_mock import MockTailnet, create_app

STATS_PATH = "/__bench__/stats"
RESET_PATH = "/__bench__/reset"
# uvicorn closes a connection idle for 5 s by default. A fan-out batch of one client can take
# longer than that on a busy machine, so the other client's pooled connections were closed
# while it waited its turn, and it paid for reconnecting (a different number of connections
# each time): one cause of the fan-out figure's swings. Connections live as long as the run.
KEEP_ALIVE_SECONDS = 3600


class Counting:
    """ASGI middleware: counts requests and distinct client connections."""

    def __init__(self, app: ASGIApp, mock_errors: list[str] | None = None) -> None:
        self.app = app
        self.mock_errors = mock_errors
        self.connections: set[tuple[str, int]] = set()
        self.requests = 0

    def stats(self) -> dict[str, Any]:
        return {
            "connections": len(self.connections),
            "requests": self.requests,
            "mock_errors": None if self.mock_errors is None else list(self.mock_errors),
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        if path == STATS_PATH:
            await _json(send, self.stats())
            return
        if path == RESET_PATH:
            self.connections.clear()
            self.requests = 0
            await _json(send, {})
            return
        client = scope.get("client")
        if client is not None:
            self.connections.add((client[0], client[1]))
        self.requests += 1
        await self.app(scope, receive, send)


async def _json(send: Send, body: Any) -> None:
    data = json.dumps(body).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(data))]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": data})


async def bare_app(scope: Scope, receive: Receive, send: Send) -> None:
    """Answers every HTTP request with ``200 {}`` after reading its body."""
    if scope["type"] != "http":
        return
    more = True
    while more:
        message = await receive()
        more = message.get("more_body", False)
    await _json(send, {})


def build(kind: str) -> Counting:
    if kind == "bare":
        return Counting(bare_app)
    app = create_app(MockTailnet(seed=0))
    return Counting(app, app.state.mock_errors)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--app", choices=("mock", "bare"), default="mock")
    args = parser.parse_args(argv)
    # IPPROTO_TCP explicitly, as tailscale_mock's MockServer does: asyncio turns Nagle off only
    # on sockets whose proto says TCP; with Nagle on, each keep-alive response waits ~40 ms.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    sock.listen(1024)
    config = uvicorn.Config(
        build(args.app),
        log_level="warning",
        lifespan="off",
        access_log=False,
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("the bench server failed to start")
        thread.join(0.01)
    print(f"http://127.0.0.1:{sock.getsockname()[1]}/api/v2", flush=True)
    try:
        sys.stdin.read()  # until the benchmark closes our stdin (or exits)
    finally:
        server.should_exit = True
        thread.join(10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
