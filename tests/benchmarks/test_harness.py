"""The benchmark harness's arithmetic and the determinism of its generated data."""

from __future__ import annotations

import random

import pytest

from benchmarks import data
from benchmarks.harness import Result, Timings, not_yet, repeat, repeat_pair, table
from benchmarks.timing import IDLE, measure


def test_status_follows_the_warm_median_and_the_ratio() -> None:
    # the first sample is the cold run: reported apart, not part of the warm median
    assert Result("a", "", "s", [5.0, 0.4, 0.5, 0.9], limit=0.6).status == "pass"
    assert Result("a", "", "s", [0.1, 0.7, 0.8, 0.1], limit=0.6).status == "miss"
    within = Result("b", "", "s", [9.0, 2.0], ratio_limit=1.3, floor=[9.0, 1.6])
    beyond = Result("b", "", "s", [0.0, 2.2], ratio_limit=1.3, floor=[0.0, 1.6])
    assert within.ratio == 1.25 and within.status == "pass"
    assert beyond.status == "miss"
    assert not_yet("c", "", "ms", "later", limit=50).status == "not yet"


def test_cold_and_worst_runs_count_where_the_target_says_so() -> None:
    assert Result("e", "", "s", [0.9, 0.4, 0.4], limit=0.5).status == "pass"
    assert Result("e", "", "s", [0.9, 0.4, 0.4], limit=0.5, cold_counts=True).status == "miss"
    assert Result("s", "", "ms", [10.0, 20.0, 40.0, 20.0], limit=30).status == "pass"
    assert (
        Result("s", "", "ms", [10.0, 20.0, 40.0, 20.0], limit=30, worst_counts=True).status
        == "miss"
    )


def test_json_row_has_the_documented_fields() -> None:
    timings = Timings([4.0, 3.0, 1.0, 2.0], [8.0, 6.0, 2.0, 4.0])
    row = Result.timed(
        "b", "t", "s", timings, limit=5, ratio_limit=2, floor=Timings([9.0, 1.0, 1.0], [0, 0, 0])
    ).as_dict()
    assert (row["cold"], row["median"], row["min"], row["max"], row["ratio"]) == (
        4.0,
        2.0,
        1.0,
        3.0,
        2.0,
    )
    assert (row["wall_cold"], row["wall_median"]) == (8.0, 4.0)
    assert row["status"] == "pass" and row["unit"] == "s" and "2×" in row["target"]
    assert "ratio" not in Result("c", "t", "s", [1.0], limit=5).as_dict()
    in_ms = Result.timed("m", "t", "ms", Timings([0.002, 0.001], [0.004, 0.003]))
    assert (in_ms.cold, in_ms.median, in_ms.wall_median) == (2.0, 1.0, 3.0)


@pytest.mark.timeout(30)
def test_settle_waits_for_the_deferred_refresh_without_counting_the_wait(qapp) -> None:  # noqa: ANN001
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    from benchmarks.qtenv import settle

    window = QWidget()
    window.show()
    settle()  # the window's own first paint is not part of the action
    refreshed: list[str] = []
    deferred = QTimer(window)
    deferred.setSingleShot(True)
    deferred.setInterval(500)
    deferred.timeout.connect(lambda: refreshed.append("library counts"))
    poll = QTimer(window)  # a repeating poll never ends: it is not part of the action
    poll.start(60_000)
    waited = IDLE.waited
    cpu, wall = measure(lambda: (deferred.start(), settle()))
    assert refreshed == ["library counts"]
    assert IDLE.waited - waited >= 0.2  # asleep until the timer was due: not busy time
    assert cpu >= 0 and wall >= 0
    poll.stop()
    window.close()


@pytest.mark.timeout(60)
def test_settle_waits_until_a_text_edit_has_laid_out_its_last_block(qapp) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QTextEdit

    from benchmarks.qtenv import fully_laid_out, settle

    editor = QTextEdit()
    editor.resize(600, 400)
    editor.show()
    editor.setPlainText("\n\n".join(f"Paragraph {n} " + "word " * 60 for n in range(4000)))
    settle(editor)
    assert fully_laid_out(editor)
    editor.close()


def test_table_lists_every_row() -> None:
    text = table([Result("first", "", "ms", [1.0], limit=2), not_yet("second", "", "s", "x")])
    assert "first" in text and "second" in text and "not yet" in text


def test_repeat_keeps_the_cold_run_and_runs_setup_each_time() -> None:
    calls: list[str] = []
    samples = repeat(lambda: calls.append("run"), runs=3, setup=lambda: calls.append("setup"))
    assert len(samples.cpu) == len(samples.wall) == 4 and calls == ["setup", "run"] * 4
    mine, floor = repeat_pair(lambda: calls.append("m"), lambda: calls.append("f"), runs=2)
    assert len(mine.cpu) == len(floor.cpu) == 3
    assert calls[8:] == ["m", "f"] * 3  # interleaved


def test_generated_data_is_deterministic_and_anchored() -> None:
    text_a, blocks_a = data.article_text(random.Random(7), 20_000)
    text_b, _ = data.article_text(random.Random(7), 20_000)
    assert text_a == text_b and len(text_a.encode()) >= 20_000
    assert all(text_a[b.start : b.end].strip() == text_a[b.start : b.end] for b in blocks_a)
    spans = data.claim_spans(random.Random(3), text_a, 200)
    assert len(spans) == 200 and spans == data.claim_spans(random.Random(3), text_a, 200)
    assert all(0 <= s < e <= len(text_a) for s, e in spans)
    nested = sum(
        1 for s, e in spans if any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2 in spans)
    )
    assert nested > 0  # overlapping claims, as real annotation has


@pytest.mark.timeout(30)
def test_modal_guard_closes_a_dialog_and_fails_instead_of_hanging(qapp) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    from benchmarks.qtenv import ModalGuard

    with pytest.raises(RuntimeError, match="Cannot Open Project"), ModalGuard():
        QMessageBox.warning(None, "Cannot Open Project", "demo.annotator is damaged")


def test_failing_scenario_is_reported_as_an_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:  # noqa: ANN001
    import json

    from benchmarks.__main__ import main
    from benchmarks.scenarios import reanchor

    def broken(config):  # noqa: ANN001, ANN202
        raise ValueError("boom")

    monkeypatch.setattr(reanchor, "run", broken)
    out = tmp_path / "r.json"
    assert main(["--quick", "--only", "reanchor", "--json", str(out)]) == 1
    [row] = json.loads(out.read_text(encoding="utf-8"))["scenarios"]
    assert row["status"] == "error" and "boom" in row["error"]
