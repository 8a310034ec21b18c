"""Figures 2 and 3: what a call costs through the SDK against raw httpx, over loopback.

2. ``ts.devices.get(id)`` against ``httpx.Client.get(url)`` + ``json.loads`` of the body, one
   call after another on a kept-alive connection. The mock's own time per request is in both
   and dominates; the difference of the medians is what the SDK adds per call.
3. 1,000 concurrent ``AsyncTailscale.devices.get`` calls against 1,000 concurrent
   ``httpx.AsyncClient.get`` + ``json.loads``: throughput, and the TCP connections the mock
   saw for each batch. Both clients use the same connection pool (see ``POOL``).

The mock runs in a process of its own (``bench._server``), so it does not share the GIL with
the client being measured; both clients get the same timeouts.
"""

from __future__ import annotations

import asyncio
import gc
import json
import statistics
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from tailscale_mock import DEMO_API_KEY
from tailscale_sdk import AsyncTailscale, Tailscale
from tailscale_sdk.client import DEFAULT_TIMEOUT

from ._harness import Figure, Rounds, Server, at_least, at_most, interleave, server

PER_CALL_TARGET = 1.10
ASYNC_PER_CALL_TARGET = 1.15
FANOUT_TARGET = 0.9
AUTH = {"Authorization": f"Bearer {DEMO_API_KEY}"}
# Both clients of the fan-out get the same pool: at most 20 connections, all kept alive. With
# httpx's defaults (100 open, 20 kept alive) httpcore 1.0.9 closes every connection that goes
# idle while the pool holds more than 20 in any state, so a burst of 1,000 may open a new
# connection per request (here ~1,000 connections and ~30 s for one batch), or not, depending
# on timing; either client. Throughput is bound by httpcore's pool either way: it scans every
# queued request on every change, and fails to `import sniffio` (not installed) each time.
POOL = httpx.Limits(max_connections=20, max_keepalive_connections=20, keepalive_expiry=None)
# 1,000 requests queue for those connections; on a busy machine a batch can outlast the
# default 30 s pool timeout, for either client. Same (long) timeouts on both sides.
FANOUT_TIMEOUT = httpx.Timeout(180.0, connect=10.0)


def _first_device(base_url: str) -> str:
    with httpx.Client(headers=AUTH) as client:
        response = client.get(f"{base_url}/tailnet/-/devices")
        response.raise_for_status()
        node_id: str = response.json()["devices"][0]["nodeId"]
        return node_id


def _per_call_figure(
    key: str, title: str, baseline: str, limit: float, timing: Rounds, *, rounds: int, block: int
) -> Figure:
    base, cand = timing.medians()
    ratio = timing.ratio()
    target, met = at_most(limit, ratio)
    return Figure(
        key=key,
        title=title,
        ratio=ratio,
        spread=timing.spread(),
        baseline=baseline,
        target=target,
        met=met,
        absolute={
            "raw_us": round(base * 1e6, 1),
            "sdk_us": round(cand * 1e6, 1),
            "sdk_adds_us": round((cand - base) * 1e6, 1),
            "rounds": rounds,
            "calls_per_round_each": block,
            "clock": "wall time",
        },
    )


def per_call(srv: Server, device_id: str, *, rounds: int, block: int) -> Figure:
    url = f"{srv.base_url}/device/{device_id}"
    with (
        Tailscale(api_key=DEMO_API_KEY, base_url=srv.base_url) as ts,
        httpx.Client(headers=AUTH, timeout=DEFAULT_TIMEOUT) as raw,
    ):

        def raw_block() -> float:
            start = time.perf_counter()
            for _ in range(block):
                json.loads(raw.get(url).content)
            return (time.perf_counter() - start) / block

        def sdk_block() -> float:
            start = time.perf_counter()
            for _ in range(block):
                ts.devices.get(device_id)
            return (time.perf_counter() - start) / block

        assert ts.devices.get(device_id).node_id == device_id
        timing = interleave(raw_block, sdk_block, rounds, warmup=2)
    return _per_call_figure(
        "per_call",
        "per call: ts.devices.get (loopback)",
        "httpx.Client.get + json.loads, same URL",
        PER_CALL_TARGET,
        timing,
        rounds=rounds,
        block=block,
    )


def async_per_call(srv: Server, device_id: str, *, rounds: int, block: int) -> Figure:
    url = f"{srv.base_url}/device/{device_id}"
    # One event loop for the whole figure, as an application has; each block runs in it.
    with asyncio.Runner() as loop:
        raw = httpx.AsyncClient(headers=AUTH, timeout=DEFAULT_TIMEOUT)
        ats = AsyncTailscale(api_key=DEMO_API_KEY, base_url=srv.base_url)

        async def raw_calls() -> float:
            start = time.perf_counter()
            for _ in range(block):
                json.loads((await raw.get(url)).content)
            return (time.perf_counter() - start) / block

        async def sdk_calls() -> float:
            start = time.perf_counter()
            for _ in range(block):
                await ats.devices.get(device_id)
            return (time.perf_counter() - start) / block

        try:
            assert loop.run(ats.devices.get(device_id)).node_id == device_id
            timing = interleave(
                lambda: loop.run(raw_calls()), lambda: loop.run(sdk_calls()), rounds, warmup=2
            )
        finally:
            loop.run(raw.aclose())
            loop.run(ats.close())
    return _per_call_figure(
        "async_per_call",
        "per call: await ats.devices.get (loopback)",
        "httpx.AsyncClient.get + json.loads, same URL",
        ASYNC_PER_CALL_TARGET,
        timing,
        rounds=rounds,
        block=block,
    )


async def _batch(call: Callable[[], Awaitable[Any]], calls: int) -> tuple[float, float]:
    """Wall seconds of ``calls`` concurrent calls, and the CPU seconds this thread spent."""
    # Every batch starts from the same heap: the other client's garbage is not collected on
    # this one's time.
    gc.collect()
    start, cpu = time.perf_counter(), time.thread_time()
    await asyncio.gather(*(call() for _ in range(calls)))
    return time.perf_counter() - start, time.thread_time() - cpu


async def _fanout(
    srv: Server, device_id: str, rounds: int, calls: int
) -> tuple[Rounds, dict[str, list[int]], dict[str, list[float]]]:
    url = f"{srv.base_url}/device/{device_id}"
    connections: dict[str, list[int]] = {"raw": [], "sdk": []}
    cpu: dict[str, list[float]] = {"raw": [], "sdk": []}
    async with (
        httpx.AsyncClient(headers=AUTH, timeout=FANOUT_TIMEOUT, limits=POOL) as raw,
        httpx.AsyncClient(timeout=FANOUT_TIMEOUT, limits=POOL) as pool,
        AsyncTailscale(
            api_key=DEMO_API_KEY, base_url=srv.base_url, timeout=FANOUT_TIMEOUT, http_client=pool
        ) as ats,
    ):

        async def raw_get() -> object:
            return json.loads((await raw.get(url)).content)

        async def measure(
            name: str, call: Callable[[], Awaitable[Any]], size: int = calls
        ) -> float:
            srv.reset()
            elapsed, seconds = await _batch(call, size)
            stats = srv.stats()
            if stats["requests"] != size:
                raise RuntimeError(f"{name}: the mock saw {stats['requests']} of {size} requests")
            connections[name].append(stats["connections"])
            cpu[name].append(seconds / size)
            return elapsed

        # Warm-up: both pools open their connections.
        await measure("raw", raw_get, POOL.max_connections or 1)
        await measure("sdk", lambda: ats.devices.get(device_id), POOL.max_connections or 1)
        for counts in connections.values():
            counts.clear()
        for seconds in cpu.values():
            seconds.clear()
        timing = Rounds([], [])
        for index in range(rounds):
            order = ("raw", "sdk") if index % 2 == 0 else ("sdk", "raw")
            took: dict[str, float] = {}
            for name in order:
                call = raw_get if name == "raw" else (lambda: ats.devices.get(device_id))
                took[name] = await measure(name, call)
            # Throughput ratio: the same number of calls, so raw time / SDK time.
            timing.baseline.append(1 / took["raw"])
            timing.candidate.append(1 / took["sdk"])
    return timing, connections, cpu


def fanout(srv: Server, device_id: str, *, rounds: int, calls: int) -> Figure:
    timing, connections, cpu = asyncio.run(_fanout(srv, device_id, rounds, calls))
    base, cand = timing.medians()
    ratio = timing.ratio()
    target, met = at_least(FANOUT_TARGET, ratio)
    return Figure(
        key="async_fanout",
        title=f"async fan-out: {calls:,} concurrent gets",
        ratio=ratio,
        spread=timing.spread(),
        baseline="httpx.AsyncClient.get + json.loads, same concurrency",
        target=target,
        met=met,
        absolute={
            "raw_calls_per_s": round(base * calls),
            "sdk_calls_per_s": round(cand * calls),
            "raw_connections_per_batch": statistics.median(connections["raw"]),
            "sdk_connections_per_batch": statistics.median(connections["sdk"]),
            "sdk_connections_all_batches": connections["sdk"],
            "raw_cpu_us_per_call": round(statistics.median(cpu["raw"]) * 1e6),
            "sdk_cpu_us_per_call": round(statistics.median(cpu["sdk"]) * 1e6),
            "rounds": rounds,
            "clock": "wall time",
        },
        notes="both clients on the same pool: httpx.Limits(max_connections=20, "
        "max_keepalive_connections=20, keepalive_expiry=None); the SDK's through http_client=. "
        "connections: TCP connections the mock saw during one batch; cpu: this process's CPU "
        "time per call (mostly httpcore's pool, which rescans every queued request)",
    )


def run(
    *, rounds: int = 60, block: int = 25, fanout_rounds: int = 10, calls: int = 1000
) -> list[Figure]:
    with server("mock") as srv:
        device_id = _first_device(srv.base_url)
        return [
            per_call(srv, device_id, rounds=rounds, block=block),
            async_per_call(srv, device_id, rounds=rounds, block=block),
            fanout(srv, device_id, rounds=fanout_rounds, calls=calls),
        ]
