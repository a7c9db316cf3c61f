"""The shipped check-worthiness model, unchanged, on a held-out test file.

    python -m benchmarks.checkworthy_f1 --test-file PATH [--eval-dir ../shared/eval] [--json OUT]

PATH is a claimbuster-spotter style JSON list of {"sentence_id", "label", "text"} (such as
`data/two_class/test.json` of utaresearch/claimbuster-spotter, GPL-3.0: never put it in this
repository) or our JSON Lines of {"id", "text", "label"}. Label 1 is check-worthy; any other
label (0, and the -1 some splits carry for non-factual sentences) is not.

Nothing is trained or tuned on the file. Reported: its rows and check-worthy rows, how many of
them also occur in shared/eval's train.jsonl (same sentence id or same text: those were seen by
the shipped model in training, so they are not held out), and F1 of the check-worthy class of
the shipped model at its own threshold, in process and through the command line the scorer's
way (`cli_predictions`), on all rows and on the rows not in train.jsonl. With scikit-learn
installed, also the reference baseline of shared/eval/README.md (TF-IDF word 1-2-grams,
sublinear, min_df 2, LR C = 4 balanced, threshold 0.5, trained on all of train.jsonl), so a
reader can check that the file is read as the reference figures were.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path


def read_test_file(path: Path) -> list[dict[str, object]]:
    """Rows {"id", "text", "label"} with label 1 (check-worthy) or 0 (anything else)."""
    text = path.read_text(encoding="utf-8")
    if text.lstrip().startswith("["):
        raw = json.loads(text)
    else:
        raw = [json.loads(line) for line in text.splitlines() if line.strip()]
    return [
        {
            "id": r["sentence_id"] if "sentence_id" in r else r.get("id"),
            "text": r["text"],
            "label": 1 if int(r["label"]) == 1 else 0,
        }
        for r in raw
    ]


def in_training(rows: list[dict[str, object]], train_rows: list[dict[str, object]]) -> list[bool]:
    """For each test row, whether its sentence id or its exact text is in the training rows."""
    ids = {r["id"] for r in train_rows}
    texts = {r["text"] for r in train_rows}
    return [r["id"] in ids or r["text"] in texts for r in rows]


def scores(predicted: list[bool], labels: list[int]) -> dict[str, float | int]:
    """F1 of the check-worthy class with its counts (precision and recall follow from them)."""
    tp = sum(1 for p, y in zip(predicted, labels, strict=True) if p and y)
    fp = sum(1 for p, y in zip(predicted, labels, strict=True) if p and not y)
    fn = sum(1 for p, y in zip(predicted, labels, strict=True) if not p and y)
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return {"rows": len(labels), "positives": sum(labels), "tp": tp, "fp": fp, "fn": fn,
            "f1": round(f1, 4)}  # fmt: skip


def split_scores(
    predicted: list[bool], labels: list[int], seen: list[bool]
) -> dict[str, dict[str, float | int]]:
    """Scores on all rows and on the rows not seen in training."""
    unseen = [i for i, s in enumerate(seen) if not s]
    return {
        "all": scores(predicted, labels),
        "not_in_train": scores([predicted[i] for i in unseen], [labels[i] for i in unseen]),
    }


def reference_predictions(train_rows: list[dict[str, object]], texts: list[str]) -> list[bool]:
    """The reference baseline of shared/eval/README.md, trained on all of train.jsonl."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)
    matrix = vec.fit_transform([str(r["text"]) for r in train_rows])
    labels = [int(str(r["label"])) for r in train_rows]
    clf = LogisticRegression(C=4, class_weight="balanced", max_iter=3000).fit(matrix, labels)
    return [bool(p >= 0.5) for p in clf.predict_proba(vec.transform(texts))[:, 1]]


def measure(test_file: Path, train_file: Path) -> dict[str, object]:
    """The whole report for one test file; the shipped model is used exactly as shipped."""
    from annotator.checkworthy.model import shipped_model
    from benchmarks.checkworthy_f1 import cli_predictions

    rows = read_test_file(test_file)
    train_rows = [json.loads(line) for line in train_file.open(encoding="utf-8")]
    texts = [str(r["text"]) for r in rows]
    labels = [int(str(r["label"])) for r in rows]
    seen = in_training(rows, train_rows)
    model = shipped_model()
    report: dict[str, object] = {"test_file": str(test_file), "in_train": sum(seen),
                                 "threshold": model.threshold}  # fmt: skip
    in_process = [p >= model.threshold for p in model.probabilities(texts)]
    report["shipped_in_process"] = split_scores(in_process, labels, seen)
    with tempfile.TemporaryDirectory() as tmp:
        through_cli, seconds = cli_predictions(None, texts, Path(tmp))
    report["shipped_cli"] = split_scores(through_cli, labels, seen)
    report["cli_agrees_with_in_process"] = sum(
        a == b for a, b in zip(through_cli, in_process, strict=True)
    )
    report["suggest_seconds"] = round(seconds, 2)
    try:
        reference = reference_predictions(train_rows, texts)
    except ImportError:
        report["reference"] = "scikit-learn not installed"
    else:
        report["reference"] = split_scores(reference, labels, seen)
    return report
