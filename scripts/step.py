"""Run one step of a make target quietly: one line when it passes, everything when it fails.

    python3 scripts/step.py [--detail REGEX [--detail-format TEMPLATE]] [--show REGEX]
                            [--verbose] LABEL COMMAND [COMMAND ...]

Each COMMAND is a shell command run with ``bash -eu -o pipefail -c`` (the Makefile's shell), in
order, stopping at the first that fails. Their output (stdout and stderr, each preceded by the
command as ``$ COMMAND``) goes to a temporary file; nothing reaches the terminal while they run.

* Passed: one line, ``ok    LABEL[: DETAIL]   12.3 s``. DETAIL comes from the last output line
  matching --detail (``\\1`` of the match unless --detail-format says otherwise); lines matching
  --show follow it, for the things a passing step must still say (fuzzing's warnings).
* Failed: the whole output, then ``FAIL  LABEL   12.3 s (exit N: COMMAND)``; the exit status is
  the command's, so the make target fails.

--verbose (``make ... VERBOSE=1``) lets the output through as it comes, for debugging.
Standard library only, and no syntax newer than Python 3.8: make runs it with ``$(PYTHON)``
before the project's venv exists.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from typing import IO

WIDTH = 72  # label column; the time follows, right-aligned


def _line(status: str, text: str, seconds: float, suffix: str = "") -> str:
    return f"{status:<5} {text:<{WIDTH}} {seconds:6.1f} s{suffix}"


def _detail(output: str, pattern: str | None, template: str) -> str:
    if not pattern:
        return ""
    regex = re.compile(pattern)
    found = ""
    for line in output.splitlines():
        match = regex.search(line)
        if match:
            found = match.expand(template) if regex.groups else match.group(0)
    return found.strip()


def _run(commands: Sequence[str], log: IO[str] | None) -> tuple[int, str]:
    """Run the commands in order; (exit status, the failing command or "")."""
    for command in commands:
        if log is not None:
            log.write(f"$ {command}\n")
            log.flush()
        returncode = subprocess.call(
            ["bash", "-eu", "-o", "pipefail", "-c", command],
            stdin=subprocess.DEVNULL if log is not None else None,
            stdout=log,
            stderr=subprocess.STDOUT if log is not None else None,
        )
        if returncode != 0:
            return returncode, command
    return 0, ""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--detail", metavar="REGEX", help="on success, show this from the output")
    parser.add_argument("--detail-format", metavar="TEMPLATE", default=r"\1")
    parser.add_argument("--show", metavar="REGEX", help="on success, also print matching lines")
    parser.add_argument("--verbose", action="store_true", help="let the output through")
    parser.add_argument("label")
    parser.add_argument("commands", nargs="+", metavar="command")
    args = parser.parse_args(argv)

    started = time.monotonic()
    if args.verbose:
        returncode, failed = _run(args.commands, None)
        output = ""
    else:
        if sys.stdout.isatty():  # a placeholder the result line overwrites
            print(f"..    {args.label}", end="\r", flush=True)
        with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as log:
            try:
                returncode, failed = _run(args.commands, log)
            finally:
                log.seek(0)
                output = log.read()
                if sys.exc_info()[0] is not None:  # interrupted: show what there is
                    sys.stdout.write(output)
    seconds = time.monotonic() - started

    if returncode != 0:
        sys.stdout.write(output if not output or output.endswith("\n") else output + "\n")
        print(_line("FAIL", args.label, seconds, f" (exit {returncode}: {failed})"), flush=True)
        return returncode
    detail = _detail(output, args.detail, args.detail_format)
    shown: list[str] = []
    if args.show:
        show = re.compile(args.show)
        shown = [line for line in output.splitlines() if show.search(line)]
    print(_line("ok", f"{args.label}: {detail}" if detail else args.label, seconds))
    for line in shown:
        print(line)
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
