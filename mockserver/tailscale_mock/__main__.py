"""Serve the demo tailnet over HTTP until interrupted (``python -m tailscale_mock``)."""

from __future__ import annotations

import argparse
import errno
import sys

# First: without the [mock] extra, importing it ends the process with one line naming the
# install command (see _server.require_mock_extra).
from ._server import base_url, listening_socket  # isort: skip

import uvicorn

from ._app import create_app
from ._state import DEMO_API_KEY, DEMO_OAUTH_CLIENT_ID, MockTailnet


def listen_error(host: str, port: int, exc: OSError) -> str:
    """One line for a socket that cannot listen on (host, port)."""
    if exc.errno == errno.EADDRINUSE:
        return f"port {port} on {host} is in use; pass --port 0 for a free one"
    return f"cannot listen on {host} port {port}: {exc.strerror or exc}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tailscale_mock", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument(
        "--port", type=int, default=8080, help="port (default 8080; 0: any free one)"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the demo tailnet (default 0)")
    parser.add_argument(
        "--tidy",
        action="store_true",
        help="send tidy replies ([] and {}, every field, plain times) instead of Go-shaped ones",
    )
    args = parser.parse_args(argv)

    # Bound and listening before the URL is printed, so a client may connect at once.
    try:
        sock = listening_socket(args.host, args.port)
    except OSError as exc:
        print(f"{parser.prog}: {listen_error(args.host, args.port, exc)}", file=sys.stderr)
        return 1
    print(f"Tailscale API mock listening on {base_url(args.host, sock.getsockname()[1])}")
    # The demo key is a fake that only this mock accepts, so printing it is fine.
    print(f"Demo API key: {DEMO_API_KEY}")
    print(f"Demo OAuth client id: {DEMO_OAUTH_CLIENT_ID}", flush=True)
    app = create_app(MockTailnet(seed=args.seed), go_style=not args.tidy)
    config = uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False)
    uvicorn.Server(config).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
