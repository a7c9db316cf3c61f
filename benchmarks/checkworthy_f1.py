"""Train the shipped check-worthiness model and measure F1 of the check-worthy class.

    python -m benchmarks.checkworthy_f1 [--eval-dir ../shared/eval] [--write-model] [--json OUT]

Needs scikit-learn (a development tool here: `pip install scikit-learn`); the application only
reads the exported JSON. Reports, on shared/eval/checkworthy/train.jsonl (ClaimBuster, GPL-3.0):
- 5-fold stratified cross-validation F1 (seed 0), as the reference figures in shared/eval/README.md;
- F1 on a 20% hold-out (stratified, seed 0) of a model trained on the other 80%, measured
  end to end through the command line as the scorer does it (one article, `import`, `show`,
  `suggest --json`, a sentence counts as suggested when spans cover half of its characters);
- that the exported pure-Python model scores exactly as scikit-learn does.
`--write-model` then trains on all of train.jsonl and writes resources/checkworthy/model.json.gz.
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

C = 4.0
SEED = 0


def vectorizer():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import make_union

    from annotator.checkworthy.features import CHAR_RANGE, preprocess

    return make_union(
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, preprocessor=preprocess),
        TfidfVectorizer(analyzer="char_wb", ngram_range=CHAR_RANGE, sublinear_tf=True, min_df=3, preprocessor=preprocess),
    )


def train(texts: list[str], labels: list[int]):
    """(scikit-learn pipeline parts, exported LinearModel)."""
    from sklearn.linear_model import LogisticRegression

    from annotator.checkworthy.model import LinearModel

    vec = vectorizer()
    matrix = vec.fit_transform(texts)
    clf = LogisticRegression(C=C, class_weight="balanced", max_iter=3000).fit(matrix, labels)
    word_vec, char_vec = (t for _, t in vec.transformer_list)
    offset = len(word_vec.vocabulary_)
    words = {t: (i, float(word_vec.idf_[i])) for t, i in word_vec.vocabulary_.items()}
    chars = {t: (offset + i, float(char_vec.idf_[i])) for t, i in char_vec.vocabulary_.items()}
    info = {"trained_on": len(texts), "data": "ClaimBuster two-class train split (GPL-3.0)", "C": C}
    model = LinearModel(words, chars, [float(c) for c in clf.coef_[0]], float(clf.intercept_[0]), 0.5, info)
    return (vec, clf), model


def f1(predicted: list[bool], labels: list[int]) -> float:
    tp = sum(1 for p, y in zip(predicted, labels, strict=True) if p and y)
    fp = sum(1 for p, y in zip(predicted, labels, strict=True) if p and not y)
    fn = sum(1 for p, y in zip(predicted, labels, strict=True) if not p and y)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def cross_validation(texts: list[str], labels: list[int]) -> list[float]:
    from sklearn.model_selection import StratifiedKFold

    scores = []
    for train_idx, test_idx in StratifiedKFold(5, shuffle=True, random_state=SEED).split(texts, labels):
        (vec, clf), _ = train([texts[i] for i in train_idx], [labels[i] for i in train_idx])
        predicted = clf.predict_proba(vec.transform([texts[i] for i in test_idx]))[:, 1] >= 0.5
        scores.append(f1(list(predicted), [labels[i] for i in test_idx]))
    return scores


def check_parity(pipeline, model, texts: list[str]) -> float:
    vec, clf = pipeline
    expected = clf.predict_proba(vec.transform(texts))[:, 1]
    return max(abs(model.probability(t) - float(e)) for t, e in zip(texts, expected, strict=True))


def end_to_end(model, texts: list[str], labels: list[int], folder: Path) -> dict[str, float]:
    """The scorer's path through the CLI, with `model` installed as the project's model."""
    from annotator.services import ProjectService
    from annotator.services.suggestions import install_model

    project = folder / "cw.annotator"
    sentences = [" ".join(unicodedata.normalize("NFC", t).split()) for t in texts]
    article = folder / "article.txt"
    article.write_text("Held-out sentences\n\n" + "\n\n".join(sentences) + "\n", encoding="utf-8")
    service = ProjectService.open(project, "benchmark")
    install_model(service, model)
    service.close()
    run = lambda *a: subprocess.run([sys.executable, "-m", "annotator", *a], capture_output=True, text=True, check=True).stdout  # noqa: E731
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
    return {"f1": round(f1(predicted, labels), 4), "suggest_seconds": round(seconds, 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--write-model", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    from sklearn.model_selection import train_test_split

    rows = [json.loads(line) for line in (args.eval_dir / "checkworthy" / "train.jsonl").open(encoding="utf-8")]
    texts, labels = [r["text"] for r in rows], [int(r["label"]) for r in rows]
    report: dict[str, object] = {}
    scores = cross_validation(texts, labels)
    report["cv_f1"] = [round(s, 4) for s in scores]
    report["cv_f1_mean"] = round(sum(scores) / len(scores), 4)
    print("5-fold CV F1", report["cv_f1_mean"], report["cv_f1"], flush=True)
    fit_t, hold_t, fit_y, hold_y = train_test_split(texts, labels, test_size=0.2, stratify=labels, random_state=SEED)
    pipeline, model = train(fit_t, fit_y)
    report["parity_max_abs_diff"] = check_parity(pipeline, model, hold_t[:500])
    with tempfile.TemporaryDirectory() as tmp:
        report["holdout"] = end_to_end(model, hold_t, hold_y, Path(tmp))
    print("hold-out (CLI)", report["holdout"], "parity", report["parity_max_abs_diff"], flush=True)
    if args.write_model:
        from annotator.checkworthy.model import SHIPPED, write_file

        _, full = train(texts, labels)
        report["model_sha256"] = write_file(full, SHIPPED)
        print("wrote", SHIPPED.relative_to(REPO), report["model_sha256"])
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
