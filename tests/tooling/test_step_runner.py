"""scripts/step.py, which runs each step of `make check`: one line when the step passes, its whole
output and its exit status when it fails."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from scripts.fuzz import summary_warnings

STEP = Path(__file__).resolve().parents[2] / "scripts" / "step.py"


def step(*args: str) -> subprocess.CompletedProcess[str]:
    # stdin: a pipe nobody writes to or closes, like a terminal nobody types at.
    read_end, write_end = os.pipe()
    try:
        return subprocess.run(
            [sys.executable, str(STEP), *args],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            stdin=read_end,
        )
    finally:
        os.close(read_end)
        os.close(write_end)


def test_a_passing_step_prints_one_line() -> None:
    result = step(
        "--detail",
        r"^=* ?(\d+ passed.*) in [\d.]+s",
        "demo (two commands)",
        "echo noise; echo 'a warning' >&2",
        "echo '12 passed, 1 skipped in 0.50s'",
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert re.fullmatch(
        r"ok +demo \(two commands\): 12 passed, 1 skipped +\d+\.\d s\n", result.stdout
    ), result.stdout


def test_a_failing_step_replays_everything_and_keeps_the_exit_status() -> None:
    result = step(
        "demo",
        "echo first-out; echo first-err >&2",
        "echo second-out; exit 7",
        "echo never-run",
    )
    assert result.returncode == 7
    lines = result.stdout.splitlines()
    assert lines[:-1] == [
        "$ echo first-out; echo first-err >&2",
        "first-out",
        "first-err",
        "$ echo second-out; exit 7",
        "second-out",
    ]
    assert re.fullmatch(r"FAIL +demo +\d+\.\d s \(exit 7: echo second-out; exit 7\)", lines[-1])


def test_commands_run_with_the_makefile_shell_flags() -> None:
    # bash -eu -o pipefail: a failing command inside a pipeline or an unset variable fails.
    assert step("pipe", "false | cat").returncode == 1
    assert step("unset", "echo $UNSET_VARIABLE_OF_STEP_TEST").returncode != 0


def test_show_lines_follow_the_ok_line_and_stdin_is_closed() -> None:
    result = step(
        "--show",
        "^  warning: ",
        "demo",
        "cat",  # reads stdin: must not wait for a terminal
        "echo '  warning:    Missing test data: 3 operations'; echo other",
    )
    lines = result.stdout.splitlines()
    assert result.returncode == 0
    assert lines[0].startswith("ok    demo ")
    assert lines[1:] == ["  warning:    Missing test data: 3 operations"]


def test_verbose_lets_the_output_through() -> None:
    result = step("--verbose", "demo", "echo through")
    assert result.stdout.splitlines()[0] == "through"
    assert result.stdout.splitlines()[1].startswith("ok    demo ")


WARN = "\N{WARNING SIGN}\N{VARIATION SELECTOR-16}"
SCHEMATHESIS_SUMMARY = f"""
=================================== SUMMARY ====================================

Warnings:
  {WARN} Missing test data: 4 operations repeatedly returned 404 responses
  {WARN} Schema validation mismatch: 12 operations mostly rejected generated data

Test cases:
  7722 generated, 7722 passed, 253 skipped
"""


def test_fuzz_keeps_schemathesis_warnings_for_its_summary() -> None:
    assert summary_warnings(SCHEMATHESIS_SUMMARY) == [
        "Missing test data: 4 operations repeatedly returned 404 responses",
        "Schema validation mismatch: 12 operations mostly rejected generated data",
    ]
    assert summary_warnings(SCHEMATHESIS_SUMMARY.replace("Warnings:", "")) == []
