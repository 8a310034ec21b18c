"""Figure 4: import time in fresh interpreters, against ``import httpx``.

``import tailscale_sdk`` loads almost nothing (its names load on first use), so the figures a
user feels are "ready to call": ``from tailscale_sdk import Tailscale``, a client and its
``ts.devices`` (the target applies here, as in issue 13), and a first call,
``ts.devices.get(id)`` on top (reported without a target: each device operation loads its
generated modules when first called, and this figure shows that cost is not hidden). The
client sends through an ``httpx.MockTransport``, so that no socket is opened and no TLS
context is built (a raw httpx client builds the same one); the ~1 ms the construction and
the call themselves cost is counted.

A statement's time is the CPU time (``time.process_time``) the child interpreter spends
running it, read inside the child (interpreter start-up and exit are not in it), the best of
``BEST_OF`` runs in a row, as ``timeit`` advises: importing is deterministic work, and on this
shared machine the same ``import httpx`` took 57 to 99 ms of CPU from one run to the next,
noise that only ever adds (the wall-clock sums of ``-X importtime`` swung as much).
httpx's command line (``httpx._main``: click, rich, pygments) is kept out on both sides, as
if those were not installed: httpx imports it whenever they are, as they are in this dev
environment (for other tools) and not in a user's, usually. Bytecode caches are written by a
warm-up run first (PYTHONDONTWRITEBYTECODE is unset), as they are in any installed
environment.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass

from ._harness import REPO_ROOT, Figure, Rounds, at_most, quartiles

TARGET = 1.5
BEST_OF = 3
BASELINE = "import httpx"
_READY = (
    "import httpx\n"
    "from tailscale_sdk import Tailscale\n"
    "answer = httpx.MockTransport(lambda request: httpx.Response(200, json={}))\n"
    "ts = Tailscale(api_key='tskey-api-bench', http_client=httpx.Client(transport=answer))\n"
    "ts.devices"
)
STATEMENTS = {
    "import_sdk": "import tailscale_sdk",
    "import_client": _READY,
    "import_first_call": _READY + ".get('nBENCHCNTRL')",
}
# The figures the target applies to; the others are reported only.
TARGETED = ("import_sdk", "import_client")
# Runs around the statement in the child; prints CPU seconds and the number of new modules.
_BEFORE = (
    "import sys, time\n"
    "sys.modules['httpx._main'] = None  # an ImportError for httpx: no command line\n"
    "_modules = len(sys.modules)\n"
    "_started = time.process_time()\n"
)
_AFTER = "\nprint(time.process_time() - _started, len(sys.modules) - _modules)\n"
TITLES = {
    "import_sdk": "import tailscale_sdk",
    "import_client": "from tailscale_sdk import Tailscale, ready: ts.devices",
    "import_first_call": "... and a first ts.devices.get",
}


@dataclass
class ImportTime:
    seconds: float
    modules: int


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def measure(statement: str) -> ImportTime:
    """CPU seconds ``statement`` takes in a fresh interpreter (best of ``BEST_OF``), and the
    modules it loads."""
    runs = []
    for _ in range(BEST_OF):
        proc = subprocess.run(
            [sys.executable, "-c", _BEFORE + statement + _AFTER],
            cwd=REPO_ROOT,
            env=_env(),
            capture_output=True,
            text=True,
            check=True,
        )
        seconds, modules = proc.stdout.split()[-2:]
        runs.append(ImportTime(float(seconds), int(modules)))
    return min(runs, key=lambda run: run.seconds)


def run(*, rounds: int = 11) -> list[Figure]:
    for statement in (BASELINE, *STATEMENTS.values()):
        measure(statement)  # writes the bytecode caches
    figures = []
    for key, statement in STATEMENTS.items():
        timing = Rounds([], [])
        modules = {}
        for index in range(rounds):
            order = (BASELINE, statement) if index % 2 == 0 else (statement, BASELINE)
            for stmt in order:
                took = measure(stmt)
                modules[stmt] = took.modules
                (timing.baseline if stmt == BASELINE else timing.candidate).append(took.seconds)
        base, cand = timing.medians()
        ratio = timing.ratio()
        target, met = at_most(TARGET, ratio) if key in TARGETED else ("", None)
        figures.append(
            Figure(
                key=key,
                title=f"import time: {TITLES[key]}",
                ratio=ratio,
                spread=timing.spread(),
                baseline=f"{BASELINE} (fresh interpreter, CPU time)",
                target=target,
                met=met,
                absolute={
                    "httpx_ms": round(base * 1000, 1),
                    "sdk_ms": round(cand * 1000, 1),
                    "httpx_modules": modules[BASELINE],
                    "sdk_modules": modules[statement],
                    "rounds": rounds,
                    "best_of": BEST_OF,
                    "sdk_ms_iqr": [round(x * 1000, 1) for x in quartiles(timing.candidate)],
                },
            )
        )
    return figures
