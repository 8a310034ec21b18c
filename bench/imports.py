"""Figure 4: import time, ``python -X importtime`` in fresh interpreters, against ``import httpx``.

``import tailscale_sdk`` loads almost nothing (its names load on first use), so the figure a
user feels is the one for a first call: ``from tailscale_sdk import Tailscale``, a client, and
``ts.devices.get(id)``, answered by an ``httpx.MockTransport`` so that no socket is opened
(only imports are timed; whatever the call imports on its way counts). Both are measured.

A statement's time is the sum of the cumulative times ``-X importtime`` gives the modules it
imported at the top level (modules the interpreter imported at start-up are not imported
again, so they are not counted), less ``NOT_COUNTED``. Bytecode caches are written by a warm-up
run first (PYTHONDONTWRITEBYTECODE is unset), as they are in any installed environment.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass

from ._harness import REPO_ROOT, Figure, Rounds, at_most, quartiles

TARGET = 1.5
BASELINE = "import httpx"
# httpx's command line (click, rich, pygments): httpx imports it whenever those are installed,
# as they are in this dev environment (for other tools), and not in a user's, usually. It would
# add ~60 ms to both sides here; it is subtracted from both.
NOT_COUNTED = ("httpx._main",)
STATEMENTS = {
    "import_sdk": "import tailscale_sdk",
    "import_client": (
        "import httpx\n"
        "from tailscale_sdk import Tailscale\n"
        "answer = httpx.MockTransport(lambda request: httpx.Response(200, json={}))\n"
        "ts = Tailscale(api_key='tskey-api-bench', http_client=httpx.Client(transport=answer))\n"
        "ts.devices.get('nBENCHCNTRL')"
    ),
}


TITLES = {
    "import_sdk": "import tailscale_sdk",
    "import_client": "from tailscale_sdk import Tailscale, first ts.devices.get",
}


@dataclass
class ImportTime:
    seconds: float
    modules: int


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _startup_modules() -> set[str]:
    return {module for module, _ in _parse(_importtime("pass"))[1]}


def _importtime(statement: str) -> str:
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement],
        cwd=REPO_ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        check=True,
    )
    return proc.stderr


def _parse(stderr: str) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """(top-level entries, every entry) of -X importtime output: (module, cumulative us)."""
    top, every = [], []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _, cumulative, name = line.split("|", 2)
        if not cumulative.strip().isdigit():
            continue  # the header
        entry = (name.strip(), int(cumulative))
        every.append(entry)
        if not name[1:].startswith(" "):  # nested imports are indented
            top.append(entry)
    return top, every


def measure(statement: str, startup: set[str]) -> ImportTime:
    top, every = _parse(_importtime(statement))
    micros = sum(us for module, us in top if module not in startup)
    micros -= sum(us for module, us in every if module in NOT_COUNTED)
    modules = {module for module, _ in every} - startup
    return ImportTime(micros / 1e6, len(modules))


def run(*, rounds: int = 11) -> list[Figure]:
    startup = _startup_modules()
    for statement in (BASELINE, *STATEMENTS.values()):
        measure(statement, startup)  # writes the bytecode caches
    figures = []
    for key, statement in STATEMENTS.items():
        timing = Rounds([], [])
        modules = {}
        for index in range(rounds):
            order = (BASELINE, statement) if index % 2 == 0 else (statement, BASELINE)
            for stmt in order:
                took = measure(stmt, startup)
                modules[stmt] = took.modules
                (timing.baseline if stmt == BASELINE else timing.candidate).append(took.seconds)
        base, cand = timing.medians()
        ratio = timing.ratio()
        target, met = at_most(TARGET, ratio)
        figures.append(
            Figure(
                key=key,
                title=f"import time: {TITLES[key]}",
                ratio=ratio,
                spread=timing.spread(),
                baseline=f"{BASELINE} (fresh interpreter, -X importtime)",
                target=target,
                met=met,
                absolute={
                    "httpx_ms": round(base * 1000, 1),
                    "sdk_ms": round(cand * 1000, 1),
                    "httpx_modules": modules[BASELINE],
                    "sdk_modules": modules[statement],
                    "rounds": rounds,
                    "sdk_ms_iqr": [round(x * 1000, 1) for x in quartiles(timing.candidate)],
                },
            )
        )
    return figures
