"""Ways to reach the app: a synchronous in-process transport and a real loopback server.

Needs nothing of the ``[mock]`` extra itself (httpx comes with the SDK), so that it can check
for the extra before the package imports anything that does: `require_mock_extra`.
"""

from __future__ import annotations

import asyncio
import importlib
import itertools
import socket
import sys
import threading
from types import TracebackType
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    import uvicorn
    from starlette.types import ASGIApp

BASE_PATH = "/api/v2"

# What the package imports from the [mock] extra (pyproject.toml, optional-dependencies.mock).
MOCK_EXTRA_IMPORTS = (
    "openapi_core",
    "starlette",
    "uvicorn",
    "yaml",
    "json5",
    "jsonschema_rs",
    "werkzeug",
    "jwt",
)
INSTALL_MOCK_EXTRA = "pip install 'tailscale-sdk[mock]'"


def _run_as_main() -> bool:
    """Whether this process is `python -m tailscale_mock`."""
    return any(
        flag == "-m" and module in ("tailscale_mock", "tailscale_mock.__main__")
        for flag, module in itertools.pairwise(sys.orig_argv)
    )


def require_mock_extra() -> None:
    """Fail with one clear line, naming the install command, when the [mock] extra is missing.

    Under ``python -m tailscale_mock`` the line goes to stderr and the process exits with
    status 2; the first name imported from ``tailscale_mock`` raises ModuleNotFoundError with
    the same message.
    """
    for name in MOCK_EXTRA_IMPORTS:
        try:
            importlib.import_module(name)
        except ImportError as exc:
            message = (
                f"tailscale_mock needs the [mock] extra ({name} is missing): {INSTALL_MOCK_EXTRA}"
            )
            if _run_as_main():
                print(f"python -m tailscale_mock: {message}", file=sys.stderr)
                raise SystemExit(2) from None
            raise ModuleNotFoundError(message, name=exc.name or name) from exc


# The package imports this module before any other (__init__.__getattr__, __main__), so that a
# missing extra ends in this one line rather than in a traceback from deep inside other imports.
require_mock_extra()


class SyncASGITransport(httpx.BaseTransport):
    """Runs an ASGI app for a synchronous `httpx.Client`, without sockets.

    httpx ships only an async ASGI transport; this one drives `httpx.ASGITransport` on an
    event loop of its own, in a daemon thread started on first use (so a client that is
    never closed cannot keep the interpreter alive), and `close()` stops it.
    """

    def __init__(self, app: ASGIApp) -> None:
        self._asgi = httpx.ASGITransport(app=app)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(
                    target=loop.run_forever, name="tailscale-mock-asgi", daemon=True
                )
                thread.start()
                self._loop, self._thread = loop, thread
            return self._loop

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        future = asyncio.run_coroutine_threadsafe(self._send(request), self._running_loop())
        status, headers, content = future.result()
        return httpx.Response(status, headers=headers, content=content, request=request)

    async def _send(self, request: httpx.Request) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        response = await self._asgi.handle_async_request(request)
        content = await response.aread()
        return response.status_code, response.headers.raw, content

    def close(self) -> None:
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is not None and thread is not None:
            loop.call_soon_threadsafe(loop.stop)
            thread.join()
            loop.close()


def sync_transport(app: ASGIApp) -> httpx.BaseTransport:
    """A transport for `httpx.Client(transport=..., base_url="http://127.0.0.1/api/v2")`."""
    return SyncASGITransport(app)


def listening_socket(host: str, port: int) -> socket.socket:
    """A TCP socket bound to (host, port) and listening; port 0 picks a free port."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio turns Nagle off (TCP_NODELAY) only on sockets whose
    # proto says TCP, and with Nagle on every keep-alive response waits ~40 ms.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    return sock


def base_url(host: str, port: int) -> str:
    """The mock's base URL on a host and port."""
    host = f"[{host}]" if ":" in host else host
    return f"http://{host}:{port}{BASE_PATH}"


class MockServer:
    """Serves an app with uvicorn on 127.0.0.1 in a background thread.

    `with MockServer(app) as base_url:` yields the base URL (ending in /api/v2) once the
    server accepts connections, and stops the server on exit. `port=0` picks a free port.
    """

    def __init__(
        self, app: ASGIApp, *, host: str = "127.0.0.1", port: int = 0, log_level: str = "warning"
    ) -> None:
        self.app = app
        self.host = host
        self.port = port
        self.log_level = log_level
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return base_url(self.host, self.port)

    def start(self) -> str:
        """Start serving; return the base URL."""
        import uvicorn  # the [mock] extra; this module is imported before it is checked

        sock = listening_socket(self.host, self.port)
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app, log_level=self.log_level, lifespan="off", access_log=False
        )
        server = uvicorn.Server(config)
        self._server = server
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="tailscale-mock", daemon=True
        )
        self._thread.start()
        while not server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the mock server failed to start")
            self._thread.join(0.01)
        return self.base_url

    def stop(self) -> None:
        """Stop serving and wait for the thread to end."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(10)
        self._server = self._thread = None

    def __enter__(self) -> str:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"MockServer({self.base_url!r})"
