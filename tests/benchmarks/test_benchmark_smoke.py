"""The benchmark suite must keep running: `python -m benchmarks --quick` on small sizes.

Only that it runs and reports every scenario with the documented fields is checked;
whether a target is met is the benchmark's result, not the test's.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.__main__ import GROUPS

ROOT = Path(__file__).resolve().parents[2]
SMOKE_TIMEOUT_S = 480  # a hang guard, not a speed limit: the quick run starts ~12 Qt children
FLOORED = {  # scenarios that name a floor
    "startup",
    "startup_last_project",
    "open_article",
    "create_claim",
    "change_verdict",
    "file_size",
}


def all_scenarios() -> list[str]:
    return [
        name
        for group in GROUPS
        for name in importlib.import_module(f"benchmarks.scenarios.{group}").SCENARIOS
    ]


@pytest.mark.slow
@pytest.mark.timeout(SMOKE_TIMEOUT_S + 20)
def test_quick_run_reports_every_scenario(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    completed = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--json", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=SMOKE_TIMEOUT_S,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["quick"] is True
    assert report["machine"]["cores"] >= 1
    rows = {row["name"]: row for row in report["scenarios"]}
    assert sorted(rows) == sorted(all_scenarios())
    for name, row in rows.items():
        assert {"name", "median", "unit", "target", "status"} <= set(row), name
        assert row["status"] in ("pass", "miss", "not yet"), (name, row)
        assert row["unit"] and row["target"], name
        if row["status"] != "not yet":
            assert isinstance(row["median"], float) and row["median"] > 0, (name, row)
            assert row["min"] <= row["median"] <= row["max"], (name, row)
        if name in FLOORED and row["status"] != "not yet":
            assert isinstance(row["ratio"], float) and row["ratio"] > 0, (name, row)
            assert row["ratio"] == pytest.approx(row["median"] / row["floor_median"], rel=0.01), (
                name
            )
        assert name in completed.stdout  # the table lists it too


def test_only_runs_the_named_scenarios(tmp_path: Path) -> None:
    from benchmarks.__main__ import main

    out = tmp_path / "only.json"
    assert main(["--quick", "--only", "reanchor", "search", "--json", str(out)]) == 0
    names = [row["name"] for row in json.loads(out.read_text(encoding="utf-8"))["scenarios"]]
    assert names == ["search", "reanchor"]


def test_unknown_scenario_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks.__main__ import main

    assert main(["--quick", "--only", "no_such_scenario"]) == 2
    assert "no_such_scenario" in capsys.readouterr().err
