"""Retraining on a newsroom's own decisions, in pure Python: logistic regression started from
the current model's weights and pulled back towards them (L2), so a few hundred decisions
adjust the model instead of replacing what it learned from ClaimBuster."""

from __future__ import annotations

import random

from annotator.checkworthy.model import LinearModel, _sigmoid

EPOCHS = 40
LEARNING_RATE = 0.3
PULL_TO_BASE = 0.01


def fine_tune(
    base: LinearModel, texts: list[str], labels: list[int], *, seed: int = 0
) -> LinearModel:
    """A new model that fits `labels` (1 check-worthy, 0 not) on `texts`, starting from `base`."""
    vectors = [base.vector(text) for text in texts]
    positives = sum(labels)
    weight = {
        1: len(labels) / (2 * max(1, positives)),
        0: len(labels) / (2 * max(1, len(labels) - positives)),
    }
    coef, prior, intercept = list(base.coef), base.coef, base.intercept
    order = list(range(len(texts)))
    rng = random.Random(seed)
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        rate = LEARNING_RATE / (1 + epoch * 0.1)
        for i in order:
            vector, label = vectors[i], labels[i]
            margin = intercept + sum(coef[j] * v for j, v in vector.items())
            gradient = (_sigmoid(margin) - label) * weight[label]
            for j, v in vector.items():
                coef[j] -= rate * (gradient * v + PULL_TO_BASE * (coef[j] - prior[j]))
            intercept -= rate * gradient * 0.1
    info = dict(base.info, fine_tuned_on=len(texts), base=str(base.info.get("data", "")))
    return LinearModel(
        base.words, base.chars, coef, intercept, base.threshold, info, base.analysis, base.embedding
    )
