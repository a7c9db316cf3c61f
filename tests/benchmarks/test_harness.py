"""The benchmark harness's arithmetic and the determinism of its generated data."""

from __future__ import annotations

import random

import pytest

from benchmarks import data
from benchmarks.harness import Result, not_yet, repeat, repeat_pair, table


def test_status_follows_the_limit_and_the_ratio() -> None:
    assert Result("a", "", "s", [0.4, 0.5, 0.9], limit=0.6).status == "pass"  # the median counts
    assert Result("a", "", "s", [0.7, 0.8, 0.1], limit=0.6).status == "miss"
    within = Result("b", "", "s", [2.0], ratio_limit=1.3, floor=[1.6])
    beyond = Result("b", "", "s", [2.2], ratio_limit=1.3, floor=[1.6])
    assert within.ratio == 1.25 and within.status == "pass"
    assert beyond.status == "miss"
    assert not_yet("c", "", "ms", "later", limit=50).status == "not yet"


def test_json_row_has_the_documented_fields() -> None:
    row = Result("b", "t", "s", [3.0, 1.0, 2.0], limit=5, ratio_limit=2, floor=[1.0, 1.0]).as_dict()
    assert (row["median"], row["min"], row["max"], row["ratio"]) == (2.0, 1.0, 3.0, 2.0)
    assert row["status"] == "pass" and row["unit"] == "s" and "2×" in row["target"]
    assert "ratio" not in Result("c", "t", "s", [1.0], limit=5).as_dict()


def test_table_lists_every_row() -> None:
    text = table([Result("first", "", "ms", [1.0], limit=2), not_yet("second", "", "s", "x")])
    assert "first" in text and "second" in text and "not yet" in text


def test_repeat_discards_warmup_and_runs_setup_each_time() -> None:
    calls: list[str] = []
    samples = repeat(
        lambda: calls.append("run"), runs=3, warmup=2, setup=lambda: calls.append("setup")
    )
    assert len(samples) == 3 and calls == ["setup", "run"] * 5
    mine, floor = repeat_pair(
        lambda: calls.append("m"), lambda: calls.append("f"), runs=2, warmup=1
    )
    assert len(mine) == len(floor) == 2
    assert calls[10:] == ["m", "f"] * 3  # interleaved


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
