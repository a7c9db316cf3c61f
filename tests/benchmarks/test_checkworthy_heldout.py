"""Reading and scoring of `checkworthy_f1 --test-file` on tiny made-up files."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.checkworthy_heldout import in_training, read_test_file, split_scores

SPOTTER_STYLE = [
    {"sentence_id": 11, "label": 1, "text": "Unemployment fell to 5 percent last year."},
    {"sentence_id": 12, "label": 0, "text": "I think we can do better."},
    {"sentence_id": 13, "label": -1, "text": "Thank you, and good evening."},
    {"sentence_id": 14, "label": 1, "text": "We cut the deficit in half."},
]
TRAIN = [
    {"id": 11, "text": "Unemployment fell to 5 percent last year.", "label": 1},
    {"id": 99, "text": "We cut the deficit in half.", "label": 1},
    {"id": 50, "text": "Something else entirely.", "label": 0},
]


def test_a_spotter_json_list_is_read_with_minus_one_as_not_check_worthy(tmp_path: Path) -> None:
    path = tmp_path / "test.json"
    path.write_text(json.dumps(SPOTTER_STYLE, indent=2), encoding="utf-8")
    rows = read_test_file(path)
    assert [r["id"] for r in rows] == [11, 12, 13, 14]
    assert [r["label"] for r in rows] == [1, 0, 0, 1]
    assert rows[2]["text"] == "Thank you, and good evening."


def test_our_json_lines_read_the_same(tmp_path: Path) -> None:
    path = tmp_path / "test.jsonl"
    lines = [json.dumps({"id": r["sentence_id"], "text": r["text"], "label": r["label"]})
             for r in SPOTTER_STYLE]  # fmt: skip
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    rows = read_test_file(path)
    assert [(r["id"], r["label"]) for r in rows] == [(11, 1), (12, 0), (13, 0), (14, 1)]


def test_a_row_counts_as_seen_in_training_by_its_id_or_by_its_text(tmp_path: Path) -> None:
    path = tmp_path / "test.json"
    path.write_text(json.dumps(SPOTTER_STYLE), encoding="utf-8")
    # 11 by id (and text), 14 by text under another id; 12 and 13 are held out
    assert in_training(read_test_file(path), TRAIN) == [True, False, False, True]


def test_scores_on_all_rows_and_on_the_rows_not_in_training() -> None:
    labels = [1, 0, 0, 1, 1, 0]
    predicted = [True, True, False, False, True, False]
    seen = [True, False, False, True, False, False]
    result = split_scores(predicted, labels, seen)
    # all: tp 2 (rows 0, 4), fp 1 (row 1), fn 1 (row 3): F1 = 4 / (4 + 1 + 1)
    assert result["all"] == {"rows": 6, "positives": 3, "tp": 2, "fp": 1, "fn": 1, "f1": 0.6667}
    # rows 1, 2, 4, 5: tp 1 (row 4), fp 1 (row 1), fn 0: F1 = 2 / (2 + 1)
    assert result["not_in_train"] == {
        "rows": 4, "positives": 1, "tp": 1, "fp": 1, "fn": 0, "f1": 0.6667
    }  # fmt: skip


def test_no_true_positive_scores_zero() -> None:
    result = split_scores([False, True], [1, 0], [False, False])
    assert result["all"]["f1"] == 0.0 and result["all"]["fn"] == 1
