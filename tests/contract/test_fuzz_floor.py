"""scripts/fuzz.py's 2xx share per operation, its floor, and how the phases are split in runs."""

from __future__ import annotations

import pytest

from scripts import fuzz
from tailscale_mock import RequestRecord

NAMESERVERS_ONLY = ["--include-operation-id", "getDnsNameservers"]


def record(operation_id: str | None, status: int) -> RequestRecord:
    return RequestRecord("GET", "/api/v2/x", "", operation_id, status, {})


def test_shares_count_2xx_answers_per_operation() -> None:
    log = [
        record("getDevice", 200),
        record("getDevice", 404),
        record("getDevice", 204),
        record("getDevice", 400),
        record("deleteTailnet", 403),
        record(None, 404),  # no operation at that path: counts for none
    ]
    assert fuzz.success_shares(log) == {"getDevice": (0.5, 4), "deleteTailnet": (0.0, 1)}


def test_below_floor_names_rare_and_never_called_operations() -> None:
    shares = {"getDevice": (0.5, 4), "restoreUser": (0.019, 100), "suspendUser": (0.02, 100)}
    wanted = ["getDevice", "restoreUser", "suspendUser", "approveUser"]
    assert fuzz.below_floor(shares, wanted) == ["approveUser", "restoreUser"]
    assert fuzz.below_floor(shares, wanted, floor=0.0) == []
    assert fuzz.FLOOR == 0.02


def test_operations_that_take_data_away_run_last_in_each_unit_phase() -> None:
    first, last = fuzz.selections("coverage", [])
    assert first == [a for op in fuzz.RUN_LAST for a in ("--exclude-operation-id", op)]
    assert last == [a for op in fuzz.RUN_LAST for a in ("--include-operation-id", op)]
    assert {"setPolicyFile", "deleteUser", "deleteDevice"} <= set(fuzz.RUN_LAST)
    # Stateful links need the operations together; a narrowed run is the caller's choice.
    assert fuzz.selections("stateful", []) == [[]]
    assert fuzz.selections("fuzzing", NAMESERVERS_ONLY) == [[]]


def test_an_operation_below_the_floor_fails_the_run() -> None:
    code, output, figures = fuzz.run(
        phases=["examples,coverage,fuzzing"], max_examples=5, extra=NAMESERVERS_ONLY, quiet=True
    )
    assert code == 0, output[-3000:]
    share, calls = figures["shares"]["getDnsNameservers"]  # type: ignore[index]
    assert 0 < share < 1 and calls > 0
    code, _, figures = fuzz.run(
        phases=["examples,coverage,fuzzing"],
        max_examples=5,
        extra=NAMESERVERS_ONLY,
        quiet=True,
        floor=share + 0.01,
    )
    assert code != 0
    assert figures["below_floor"] == ["getDnsNameservers"]


def test_phases_choose_the_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    chosen: list[object] = []

    def fake_run(**kwargs: object) -> tuple[int, str, dict[str, object]]:
        chosen.append(kwargs["phases"])
        figures: dict[str, object] = {
            "operations": 0,
            "cases": 0,
            "cases_per_phase": {},
            "seconds": 0.0,
            "commands": [],
            "warnings": [],
            "shares": {},
            "below_floor": [],
            "mock_errors": [],
        }
        return 0, "", figures

    monkeypatch.setattr(fuzz, "run", fake_run)
    fuzz.main(["--phases", "examples,fuzzing", "--", "--include-operation-id", "getDevice"])
    fuzz.main([])
    assert chosen == [("examples", "fuzzing"), fuzz.PHASE_GROUPS]
