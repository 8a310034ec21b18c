"""Timing helpers: interleaved rounds, medians, spreads, and the figures ``make bench`` reports.

Timing follows ``timeit``: a function is run many times and the median is kept. The machines
are noisy (2 cores, other work running), so a figure is never an absolute time but a ratio
against a baseline measured in the same run, round by round: each round runs the baseline
and the candidate back to back (alternating which goes first), the round's ratio is taken,
and the figure is the median of those ratios, with their interquartile range as the spread.
"""

from __future__ import annotations

import contextlib
import gc
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Figure:
    """One reported number: ``ratio`` of the candidate against ``baseline``, same run."""

    key: str
    title: str
    ratio: float
    spread: tuple[float, float]  # interquartile range of the per-round ratios
    baseline: str
    target: str = ""  # e.g. "<= 2.0"; empty: reported, no target
    met: bool | None = None
    absolute: dict[str, Any] = field(default_factory=dict)
    notes: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "ratio": round(self.ratio, 4),
            "spread": [round(self.spread[0], 4), round(self.spread[1], 4)],
            "baseline": self.baseline,
            "target": self.target,
            "met": self.met,
            "absolute": self.absolute,
            "notes": self.notes,
        }


def at_most(limit: float, ratio: float) -> tuple[str, bool]:
    return f"<= {limit:g}", ratio <= limit


def at_least(limit: float, ratio: float) -> tuple[str, bool]:
    return f">= {limit:g}", ratio >= limit


def quartiles(values: list[float]) -> tuple[float, float]:
    if len(values) < 2:
        return values[0], values[0]
    q1, _, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q1, q3


@dataclass
class Rounds:
    """Per-round measurements of a baseline and a candidate (seconds, or any unit)."""

    baseline: list[float]
    candidate: list[float]

    @property
    def ratios(self) -> list[float]:
        return [c / b for b, c in zip(self.baseline, self.candidate, strict=True)]

    def ratio(self) -> float:
        return statistics.median(self.ratios)

    def spread(self) -> tuple[float, float]:
        return quartiles(self.ratios)

    def medians(self) -> tuple[float, float]:
        return statistics.median(self.baseline), statistics.median(self.candidate)


def interleave(
    baseline: Callable[[], float], candidate: Callable[[], float], rounds: int, warmup: int = 1
) -> Rounds:
    """Run both ``rounds`` times, alternating which goes first (ABBA), after ``warmup``
    unrecorded rounds. Each callable times itself and returns its measurement."""
    for _ in range(warmup):
        baseline()
        candidate()
    result = Rounds([], [])
    for index in range(rounds):
        if index % 2:
            c = candidate()
            b = baseline()
        else:
            b = baseline()
            c = candidate()
        result.baseline.append(b)
        result.candidate.append(c)
    return result


def cpu_timed(fn: Callable[[], object], *, collect: bool = True, gc_enabled: bool = True) -> float:
    """CPU seconds of this thread spent in ``fn()`` (immune to other processes' load).

    The cyclic GC is collected first, so every run starts from the same heap, and stays on
    unless ``gc_enabled=False`` (what ``timeit`` does). The result is freed after timing.
    """
    if collect:
        gc.collect()
    was_enabled = gc.isenabled()
    if not gc_enabled:
        gc.disable()
    try:
        start = time.thread_time()
        result = fn()
        elapsed = time.thread_time() - start
    finally:
        if was_enabled:
            gc.enable()
    del result
    return elapsed


@dataclass
class GcCount:
    """Collections of the cyclic GC, and the time spent in them, per generation."""

    collections: dict[int, int] = field(default_factory=dict)
    seconds: dict[int, float] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            f"gen{gen}": {"collections": n, "ms": round(self.seconds[gen] * 1000, 1)}
            for gen, n in sorted(self.collections.items())
        }


def gc_count(fn: Callable[[], object]) -> GcCount:
    """Run ``fn()`` once and count the cyclic GC's collections during it."""
    counted = GcCount()
    started = [0.0]

    def callback(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
            return
        gen = info["generation"]
        counted.collections[gen] = counted.collections.get(gen, 0) + 1
        counted.seconds[gen] = counted.seconds.get(gen, 0.0) + time.perf_counter() - started[0]

    gc.collect()
    gc.callbacks.append(callback)
    try:
        result = fn()
    finally:
        gc.callbacks.remove(callback)
    del result
    return counted


class Server:
    """A benchmark server (``bench._server``) running in a child process."""

    def __init__(self, base_url: str, pid: int) -> None:
        self.base_url = base_url  # http://127.0.0.1:PORT/api/v2
        self.root = base_url.rsplit("/api/v2", 1)[0]
        self.pid = pid
        self._control = httpx.Client(timeout=30.0)

    def cpu_seconds(self) -> float | None:
        """CPU time (user + system) the server process has used so far (Linux /proc)."""
        try:
            fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        # After the command name: state is field 3, utime and stime are fields 14 and 15.
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stats(self) -> dict[str, Any]:
        stats: dict[str, Any] = self._control.get(f"{self.root}/__bench__/stats").json()
        return stats

    def reset(self) -> None:
        self._control.post(f"{self.root}/__bench__/reset").raise_for_status()

    def close(self) -> None:
        self._control.close()


@contextlib.contextmanager
def server(app: str) -> Iterator[Server]:
    """Start ``python -m bench._server --app APP``; stop it (by closing its stdin) on exit."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench._server", "--app", app],
        cwd=REPO_ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None and proc.stdout is not None
    handle: Server | None = None
    try:
        line = proc.stdout.readline().strip()
        if not line.startswith("http://"):
            raise RuntimeError(f"bench server ({app}) did not start: {line!r}")
        handle = Server(line, proc.pid)
        yield handle
    finally:
        if handle is not None:
            handle.close()
        proc.stdin.close()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.terminate()
            proc.wait(timeout=10)
