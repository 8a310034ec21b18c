"""Run the benchmarks: ``python -m bench`` (``make bench``).

Prints each figure as a ratio against its baseline measured in the same run (median of the
per-round ratios, interquartile range as the spread, absolute medians beside it) and writes
everything to ``bench/results/<UTC timestamp>.json`` (gitignored) for comparisons over time.
Targets missed are listed at the end; with ``--strict`` the exit status is then 1.

    python -m bench                  # everything, ~2-3 minutes on 2 cores
    python -m bench --quick          # fewer rounds, smaller payload: a smoke test (~1 minute)
    python -m bench --only decode,calls
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import calls, decode, imports, load
from ._harness import REPO_ROOT, Figure

RESULTS = REPO_ROOT / "bench" / "results"


def suites(quick: bool) -> dict[str, Callable[[], list[Figure]]]:
    if quick:
        return {
            "decode": lambda: decode.run(devices=2_000, rounds=3, sustained_rounds=3),
            "calls": lambda: calls.run(rounds=6, block=10, fanout_rounds=2),
            "imports": lambda: imports.run(rounds=3),
            "load": lambda: load.run(seconds=3.0, baseline_seconds=2.0),
        }
    return {
        "decode": decode.run,
        "calls": calls.run,
        "imports": imports.run,
        "load": load.run,
    }


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    names = ("httpx", "httpcore", "attrs", "openapi-python-client", "uvicorn", "starlette")
    found = {name: version(name) for name in names}
    for optional in ("msgspec", "tailscale"):  # the decoder; the peer (bench extra)
        try:
            found[optional] = version(optional)
        except PackageNotFoundError:
            found[optional] = "not installed"
    return found


def render(figure: Figure) -> str:
    if math.isnan(figure.ratio):  # not measured, e.g. the peer reference is not installed
        return f"{figure.title:<58} unavailable: {figure.notes}"
    verdict = {True: "ok", False: "MISSED", None: ""}[figure.met]
    low, high = figure.spread
    target = f"{figure.target} {verdict}".strip()
    head = f"{figure.title:<58} {figure.ratio:6.2f}x  [{low:.2f}-{high:.2f}]  {target}"
    absolute = ", ".join(
        f"{k}={v}" for k, v in figure.absolute.items() if not isinstance(v, dict | list)
    )
    return f"{head}\n    vs {figure.baseline}\n    {absolute}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="fewer rounds: a smoke test")
    parser.add_argument("--only", default="", help="comma-separated: decode,calls,imports,load")
    parser.add_argument("--out", type=Path, default=RESULTS, help="directory for the JSON")
    parser.add_argument("--strict", action="store_true", help="exit 1 if a target is missed")
    args = parser.parse_args(argv)

    available = suites(args.quick)
    chosen = [name.strip() for name in args.only.split(",") if name.strip()] or list(available)
    unknown = sorted(set(chosen) - set(available))
    if unknown:
        parser.error(f"unknown suite(s) {unknown}; choose from {sorted(available)}")

    started = datetime.now(UTC)
    load_before = os.getloadavg()
    figures: list[Figure] = []
    timings: dict[str, float] = {}
    for name in chosen:
        print(f"== {name}", flush=True)
        t0 = time.perf_counter()
        for figure in available[name]():
            figures.append(figure)
            print(render(figure), flush=True)
        timings[name] = round(time.perf_counter() - t0, 1)

    missed = [f.key for f in figures if f.met is False]
    result: dict[str, Any] = {
        "started": started.isoformat(timespec="seconds"),
        "quick": args.quick,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "versions": _versions(),
        "suite_seconds": timings,
        "figures": [f.as_json() for f in figures],
        "missed": missed,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"{started.strftime('%Y%m%dT%H%M%SZ')}.json"
    path.write_text(json.dumps(result, indent=2) + "\n")
    total = sum(timings.values())
    print(f"\n{len(figures)} figures in {total:.0f} s; results: {path}")
    if result["load_average_before"][0] > (os.cpu_count() or 1):
        print(f"note: the machine was busy (load average {load_before[0]:.1f}); ratios are noisier")
    if missed:
        print(f"targets missed: {', '.join(missed)}")
    return 1 if missed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
