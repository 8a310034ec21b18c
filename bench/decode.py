"""Figure 1: decoding a large ``GET /tailnet/-/devices?fields=all`` response into the SDK's
models, against ``json.loads`` of the same bytes; and the peak memory of both.

The SDK side is exactly what ``ts.devices.list(fields="all")`` runs on a response: the
generated ``_parse_response`` (``response.json()``, then ``DeviceList.from_dict``).

Both sides are timed in CPU time of the benchmark's thread, twice: with the cyclic GC on (what
a program gets) and off (what ``timeit`` does). The GC's full collections are a large share
of both, and a larger one of the SDK's, which builds ~14 objects per device.
"""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import Callable
from functools import partial

import httpx

from tailscale_sdk_generated.api.devices import list_tailnet_devices
from tailscale_sdk_generated.client import Client
from tailscale_sdk_generated.models import DeviceClientConnectivity, DeviceList

from . import payload
from ._harness import Figure, at_most, cpu_timed, gc_count, interleave

TARGET = 2.0
_CLIENT = Client(base_url="http://127.0.0.1/api/v2")


def sdk_decode(raw: bytes) -> DeviceList:
    """What the SDK does with the body of a device list response."""
    response = httpx.Response(200, content=raw, headers={"content-type": "application/json"})
    parsed = list_tailnet_devices._parse_response(client=_CLIENT, response=response)
    assert isinstance(parsed, DeviceList)
    return parsed


def _peak(fn: Callable[[], object]) -> tuple[int, int]:
    """(peak, retained) bytes allocated by ``fn()``, by tracemalloc."""
    tracemalloc.start()
    try:
        result = fn()
        retained, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del result
    return peak, retained


def run(*, devices: int = 10_000, rounds: int = 9) -> list[Figure]:
    raw = payload.encode(payload.device_list(devices))
    decoded = sdk_decode(raw)
    assert isinstance(decoded.devices, list) and len(decoded.devices) == devices
    latencies = 0
    for device in decoded.devices:
        connectivity = device.client_connectivity
        if isinstance(connectivity, DeviceClientConnectivity) and connectivity.latency:
            latencies += len(connectivity.latency.additional_properties)
    del decoded
    size = {"devices": devices, "json_mb": round(len(raw) / 1e6, 2), "latency_entries": latencies}

    figures = []
    for gc_on in (True, False):
        timing = interleave(
            partial(cpu_timed, partial(json.loads, raw), gc_enabled=gc_on),
            partial(cpu_timed, partial(sdk_decode, raw), gc_enabled=gc_on),
            rounds,
        )
        base, cand = timing.medians()
        ratio = timing.ratio()
        target, met = at_most(TARGET, ratio)
        absolute = {
            **size,
            "json_loads_ms": round(base * 1000, 1),
            "sdk_ms": round(cand * 1000, 1),
            "models_ms": round((cand - base) * 1000, 1),
            "rounds": rounds,
            "clock": "thread CPU time",
        }
        if gc_on:
            absolute["gc_json_loads"] = gc_count(lambda: json.loads(raw)).as_json()
            absolute["gc_sdk"] = gc_count(lambda: sdk_decode(raw)).as_json()
        figures.append(
            Figure(
                key="decode" if gc_on else "decode_gc_off",
                title=f"decode {devices:,} devices ({'GC on' if gc_on else 'GC off, as timeit'})",
                ratio=ratio,
                spread=timing.spread(),
                baseline="json.loads of the same bytes",
                target=target,
                met=met,
                absolute=absolute,
            )
        )

    loads_peak, loads_kept = _peak(lambda: json.loads(raw))
    sdk_peak, sdk_kept = _peak(lambda: sdk_decode(raw))
    figures.append(
        Figure(
            key="decode_memory",
            title="decode: peak memory",
            ratio=sdk_peak / loads_peak,
            spread=(sdk_peak / loads_peak, sdk_peak / loads_peak),
            baseline="peak of json.loads of the same bytes",
            absolute={
                "json_mb": size["json_mb"],
                "json_loads_peak_mb": round(loads_peak / 1e6, 1),
                "sdk_peak_mb": round(sdk_peak / 1e6, 1),
                "json_loads_peak_per_json_byte": round(loads_peak / len(raw), 2),
                "sdk_peak_per_json_byte": round(sdk_peak / len(raw), 2),
                "json_loads_retained_mb": round(loads_kept / 1e6, 1),
                "sdk_retained_mb": round(sdk_kept / 1e6, 1),
                "tool": "tracemalloc (one run each)",
            },
        )
    )
    return figures
