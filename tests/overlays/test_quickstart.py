"""`make run`'s job: examples/quickstart.py runs on the embedded mock without credentials."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tailscale_mock import DEMO_API_KEY

QUICKSTART = Path(__file__).resolve().parents[2] / "examples" / "quickstart.py"


def test_quickstart_runs_on_the_embedded_mock() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TAILSCALE_")}
    done = subprocess.run(
        [sys.executable, str(QUICKSTART)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "embedded mock API" in out
    assert "12 devices:" in out
    header = next(line for line in out.splitlines() if line.startswith("HOSTNAME"))
    assert header.split() == ["HOSTNAME", "OS", "IPV4", "OWNER", "TAGS", "LAST", "SEEN"]
    assert "pangolin       linux" in out
    assert "Created auth key k" in out and "Deleted auth key k" in out
    assert "tskey-" not in out + done.stderr  # neither the new key's secret nor the API key
    assert DEMO_API_KEY not in out
    assert "Rules that apply to amelie@example.com:" in out
    assert "line 30: group:admins -> *:*" in out
    assert out.rstrip().endswith("Done.")
