"""Figure 5: the mock under load: mixed reads and writes from several clients for a bounded
time, with zero errors and a consistency check of the state afterwards.

Each of ``CLIENTS`` httpx clients runs ``WORKERS`` workers; every worker loops over a fixed
mix (70 % reads: devices, routes, keys, posture; 30 % writes: tags, posture attributes, auth
keys) until the time is up. A worker owns one device (only it sets that device's tags) and
one posture attribute key, so the final state is known: after the run it must equal the last
write each worker saw acknowledged, every created and undeleted key must be listed and no
deleted one, the mock must have seen exactly the requests sent, and it must have logged no
response of its own that broke the spec (``mock_errors``).

The baseline is the same load against an app that answers ``200 {}`` to everything on the
same server stack (uvicorn on loopback): the ratio is the share of that capacity the mock
keeps while doing its work (routing, validation against openapi.yaml, state).
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

from tailscale_mock import DEMO_API_KEY

from ._harness import Figure, Server, server

CLIENTS = 4
WORKERS = 2  # per client
TAGS = ("tag:server", "tag:prod", "tag:ci", "tag:foo", "tag:bar", "tag:example")
READS = ("get_device", "list_devices", "get_routes", "list_keys", "get_posture")
WRITES = ("set_tags", "set_posture", "create_key", "delete_key")
# (operation, weight): 70 % reads, 30 % writes.
MIX = (
    ("get_device", 30),
    ("list_devices", 10),
    ("get_routes", 10),
    ("list_keys", 10),
    ("get_posture", 10),
    ("set_tags", 10),
    ("set_posture", 10),
    ("create_key", 5),
    ("delete_key", 5),
)
KEY_REQUEST = {
    "capabilities": {
        "devices": {
            "create": {"reusable": False, "ephemeral": True, "preauthorized": False, "tags": []}
        }
    },
    "expirySeconds": 3600,
    "description": "bench",
}


@dataclass
class Worker:
    """One worker's view: what it sent, and the writes it saw acknowledged."""

    index: int
    own_device: str
    rng: random.Random
    sent: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    tags: list[str] | None = None  # last acknowledged tags of own_device
    posture: dict[str, int] = field(default_factory=dict)  # device -> last value of own key
    live_keys: list[str] = field(default_factory=list)
    deleted_keys: list[str] = field(default_factory=list)
    counter: int = 0

    @property
    def posture_key(self) -> str:
        return f"custom:benchW{self.index}"


async def _step(client: httpx.AsyncClient, base: str, worker: Worker, devices: list[str]) -> None:
    names = [name for name, _ in MIX]
    weights = [weight for _, weight in MIX]
    op = worker.rng.choices(names, weights)[0]
    if op == "delete_key" and not worker.live_keys:
        op = "create_key"
    device = worker.rng.choice(devices)
    worker.counter += 1
    if op == "get_device":
        response = await client.get(f"{base}/device/{device}")
    elif op == "list_devices":
        response = await client.get(f"{base}/tailnet/-/devices")
    elif op == "get_routes":
        response = await client.get(f"{base}/device/{device}/routes")
    elif op == "list_keys":
        response = await client.get(f"{base}/tailnet/-/keys")
    elif op == "get_posture":
        response = await client.get(f"{base}/device/{device}/attributes")
    elif op == "set_tags":
        tags = sorted(worker.rng.sample(TAGS, worker.rng.randint(0, 3)))
        response = await client.post(f"{base}/device/{worker.own_device}/tags", json={"tags": tags})
        if response.is_success:
            worker.tags = tags
    elif op == "set_posture":
        value = worker.counter
        url = f"{base}/device/{device}/attributes/{worker.posture_key}"
        response = await client.post(url, json={"value": value})
        if response.is_success:
            worker.posture[device] = value
    elif op == "create_key":
        response = await client.post(f"{base}/tailnet/-/keys", json=KEY_REQUEST)
        if response.is_success:
            key_id = response.json().get("id") or f"k{worker.index}-{worker.counter}"  # bare app
            worker.live_keys.append(key_id)
    else:
        key_id = worker.live_keys.pop(worker.rng.randrange(len(worker.live_keys)))
        response = await client.delete(f"{base}/tailnet/-/keys/{key_id}")
        if response.is_success:
            worker.deleted_keys.append(key_id)
    worker.sent[op] = worker.sent.get(op, 0) + 1
    if not response.is_success:
        worker.errors.append(f"{op}: HTTP {response.status_code} {response.text[:200]}")
    elif response.content:
        json.loads(response.content)


async def _worker(
    client: httpx.AsyncClient, base: str, worker: Worker, devices: list[str], deadline: float
) -> None:
    while time.perf_counter() < deadline:
        try:
            await _step(client, base, worker, devices)
        except httpx.HTTPError as exc:
            worker.sent["failed"] = worker.sent.get("failed", 0) + 1
            worker.errors.append(f"{type(exc).__name__}: {exc}")


async def _drive(base: str, devices: list[str], seconds: float) -> tuple[list[Worker], float]:
    headers = {"Authorization": f"Bearer {DEMO_API_KEY}"}
    clients = [httpx.AsyncClient(headers=headers, timeout=60.0) for _ in range(CLIENTS)]
    workers = [
        Worker(index=i, own_device=devices[i % len(devices)], rng=random.Random(i))
        for i in range(CLIENTS * WORKERS)
    ]
    start = time.perf_counter()
    deadline = start + seconds
    try:
        await asyncio.gather(
            *(_worker(clients[w.index % CLIENTS], base, w, devices, deadline) for w in workers)
        )
    finally:
        for client in clients:
            await client.aclose()
    return workers, time.perf_counter() - start


def _internal_devices(base: str) -> list[str]:
    with httpx.Client(headers={"Authorization": f"Bearer {DEMO_API_KEY}"}) as client:
        response = client.get(f"{base}/tailnet/-/devices")
        response.raise_for_status()
        return [d["nodeId"] for d in response.json()["devices"] if not d.get("isExternal")]


def check_consistency(base: str, workers: list[Worker]) -> list[str]:
    """What the mock holds after the run against what the workers saw acknowledged."""
    problems = []
    with httpx.Client(headers={"Authorization": f"Bearer {DEMO_API_KEY}"}) as client:
        for w in workers:
            if w.tags is not None:
                got = client.get(f"{base}/device/{w.own_device}").json().get("tags")
                if sorted(got or []) != w.tags:
                    problems.append(f"worker {w.index}: tags of {w.own_device} {got} != {w.tags}")
            for device, value in w.posture.items():
                attrs = client.get(f"{base}/device/{device}/attributes").json()["attributes"]
                if attrs.get(w.posture_key) != value:
                    problems.append(
                        f"worker {w.index}: {w.posture_key} of {device} is "
                        f"{attrs.get(w.posture_key)!r}, last write {value!r}"
                    )
        listed = {k["id"] for k in client.get(f"{base}/tailnet/-/keys").json()["keys"]}
        for w in workers:
            missing = set(w.live_keys) - listed
            revived = set(w.deleted_keys) & listed
            if missing:
                problems.append(f"worker {w.index}: created keys not listed: {sorted(missing)}")
            if revived:
                problems.append(f"worker {w.index}: deleted keys still listed: {sorted(revived)}")
    return problems


def _run(srv: Server, seconds: float, check: bool) -> dict[str, Any]:
    devices = _internal_devices(srv.base_url) if check else [f"n{i}" for i in range(10)]
    if len(devices) < CLIENTS * WORKERS:
        raise RuntimeError(f"need {CLIENTS * WORKERS} devices of the tailnet, not {len(devices)}")
    srv.reset()
    cpu_before = srv.cpu_seconds()
    workers, elapsed = asyncio.run(_drive(srv.base_url, devices, seconds))
    cpu_after = srv.cpu_seconds()
    stats = srv.stats()
    sent: dict[str, int] = {}
    for w in workers:
        for op, n in w.sent.items():
            sent[op] = sent.get(op, 0) + n
    total = sum(sent.values())
    errors = [e for w in workers for e in w.errors]
    result: dict[str, Any] = {
        "seconds": round(elapsed, 2),
        "requests": total,
        "requests_per_s": round(total / elapsed, 1),
        "reads": sum(sent.get(op, 0) for op in READS),
        "writes": sum(sent.get(op, 0) for op in WRITES),
        "by_operation": dict(sorted(sent.items())),
        "errors": len(errors),
        "first_errors": errors[:5],
        "server_requests": stats["requests"],
        "server_connections": stats["connections"],
        # The server's own CPU per request: its cost, whoever the bottleneck was.
        "server_cpu_us_per_request": None
        if cpu_before is None or cpu_after is None
        else round((cpu_after - cpu_before) / total * 1e6, 1),
    }
    if check:
        problems = check_consistency(srv.base_url, workers)
        if stats["requests"] != total:
            problems.append(f"the mock saw {stats['requests']} requests, clients sent {total}")
        problems += [f"mock error: {m}" for m in srv.stats()["mock_errors"] or []]
        result["consistency_problems"] = problems
    return result


def run(*, seconds: float = 10.0, baseline_seconds: float = 5.0) -> list[Figure]:
    with server("bare") as srv:
        bare = _run(srv, baseline_seconds, check=False)
    with server("mock") as srv:
        mock = _run(srv, seconds, check=True)
    ratio = mock["requests_per_s"] / bare["requests_per_s"]
    met = mock["errors"] == 0 and not mock["consistency_problems"] and bare["errors"] == 0
    return [
        Figure(
            key="mock_load",
            title=f"mock under load: {CLIENTS} clients x {WORKERS}, 70/30 read/write",
            ratio=ratio,
            spread=(ratio, ratio),
            baseline="same load against a bare '200 {}' app on the same server stack",
            target="0 errors, consistent",
            met=met,
            absolute={
                "mock_requests_per_s": mock["requests_per_s"],
                "bare_requests_per_s": bare["requests_per_s"],
                "mock_requests": mock["requests"],
                "mock_writes": mock["writes"],
                "errors": mock["errors"] + bare["errors"],
                "consistency_problems": len(mock["consistency_problems"]),
                "mock_server_cpu_us_per_request": mock["server_cpu_us_per_request"],
                "bare_server_cpu_us_per_request": bare["server_cpu_us_per_request"],
                "mock": mock,
                "bare": bare,
            },
            notes="one bounded run each; the ratio is of requests per second. When the clients "
            "(one process, 2 cores shared with the server) are the bottleneck it stays near 1; "
            "server CPU per request is the mock's own cost",
        )
    ]
