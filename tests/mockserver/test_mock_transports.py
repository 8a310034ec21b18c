"""The mock runs in-process (sync and async, no sockets), as a thread server and as a process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette

from tailscale_mock import DEMO_API_KEY, MockServer, create_app, sync_transport

AUTH = {"Authorization": f"Bearer {DEMO_API_KEY}"}
REPO = Path(__file__).resolve().parents[2]


def test_sync_transport(app: Starlette) -> None:
    transport = sync_transport(app)
    with httpx.Client(
        transport=transport, base_url="http://127.0.0.1/api/v2", headers=AUTH
    ) as client:
        assert client.get("/tailnet/-/dns/nameservers").json() == {"dns": ["8.8.8.8", "1.1.1.1"]}
        created = client.post("/tailnet/-/keys", json={"capabilities": {"devices": {}}})
        assert client.get(f"/tailnet/-/keys/{created.json()['id']}").status_code == 200
    # Closing the client stopped the transport; a new request starts it again.
    with httpx.Client(
        transport=transport, base_url="http://127.0.0.1/api/v2", headers=AUTH
    ) as client:
        assert client.get("/tailnet/-/dns/preferences").status_code == 200


async def test_asgi_transport(app: Starlette) -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://127.0.0.1/api/v2", headers=AUTH
    ) as client:
        response = await client.post("/tailnet/-/dns/searchpaths", json={"searchPaths": ["a.b"]})
        assert response.json() == {"searchPaths": ["a.b"]}
        assert (await client.get("/tailnet/-/dns/searchpaths")).json() == {"searchPaths": ["a.b"]}


def test_mock_server_starts_and_stops() -> None:
    app = create_app()
    server = MockServer(app)
    with server as base_url:
        assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/api/v2")
        response = httpx.get(f"{base_url}/tailnet/-/devices", headers=AUTH)
        assert response.status_code == 200
        assert len(response.json()["devices"]) == 12
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{base_url}/tailnet/-/devices", headers=AUTH)
    assert app.state.mock_errors == []


def test_python_m_tailscale_mock_starts() -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "tailscale_mock", "--port", "0", "--seed", "3"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=REPO,
        env=env,
    )
    try:
        assert proc.stdout is not None
        url_line = proc.stdout.readline()
        key_line = proc.stdout.readline()
        assert url_line.startswith("Tailscale API mock listening on http://127.0.0.1:"), url_line
        base_url = url_line.rsplit(" ", 1)[1].strip()
        assert key_line.startswith("Demo API key: tskey-api-")
        deadline = time.monotonic() + 20
        while True:
            try:
                response = httpx.get(
                    f"{base_url}/tailnet/-/dns/nameservers", auth=(DEMO_API_KEY, "")
                )
                break
            except httpx.ConnectError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        assert response.status_code == 200
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
