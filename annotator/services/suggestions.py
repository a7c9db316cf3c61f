"""Check-worthiness suggestions: which sentences of an article to check first and why, and the
checker's accept/dismiss decisions that a newsroom can retrain on."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from annotator.checkworthy.reasons import reasons_for
from annotator.checkworthy.sentences import sentence_spans
from annotator.domain import Claim
from annotator.domain.dates import utc_now
from annotator.errors import ValidationError, msg
from annotator.services.project import ProjectService
from annotator.storage.suggestion_store import Decision, SuggestionStore

if TYPE_CHECKING:
    from annotator.checkworthy.model import LinearModel

# The model (numpy, the shipped weights) loads with the first suggestion or training, not when
# the window that offers them starts (docs/PERFORMANCE.md, start-up).

PROJECT_MODEL = "project"
MIN_WORDS = 4
"""Shorter runs (a time stamp, a byline, "Updated:") are never suggested: no check-worthy
ClaimBuster sentence has fewer than four words."""
_WORD = re.compile(r"[^\W\d_]{2,}")
MIN_DECISIONS = 10


@dataclass(frozen=True)
class Suggestion:
    start: int  # code points of the article's canonical text, end exclusive
    end: int
    score: float
    reasons: list[str]

    def as_json(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 4),
            "reasons": self.reasons,
        }


@dataclass(frozen=True)
class TrainingReport:
    sentences: int
    accepted: int
    dismissed: int
    agreement_before: float  # share of the decisions the old model already agreed with
    agreement_after: float


def _store(project: ProjectService) -> SuggestionStore:
    return SuggestionStore(project.store)


_model_cache: dict[tuple[str, str], LinearModel] = {}


def active_model(project: ProjectService) -> LinearModel:
    """The project's retrained model if it has one, else the shipped ClaimBuster model."""
    from annotator.checkworthy.model import LinearModel, shipped_model

    stored = _store(project).model(PROJECT_MODEL)
    if stored is None:
        return shipped_model()
    key = (str(project.path), stored[2])
    if key not in _model_cache:
        _model_cache.clear()
        _model_cache[key] = LinearModel.from_json(stored[0])
    return _model_cache[key]


def install_model(project: ProjectService, model: LinearModel) -> None:
    """Make `model` the project's check-worthiness model."""
    trained_on = int(cast(int, model.info.get("trained_on", 0)))
    _store(project).put_model(PROJECT_MODEL, model.to_json(), trained_on, project.author, utc_now())


def reset_model(project: ProjectService) -> None:
    """Go back to the shipped model."""
    _store(project).drop_model(PROJECT_MODEL)


def suggest(project: ProjectService, article_id: str) -> list[Suggestion]:
    """Sentences over the model's threshold, best-first order of the text; none that were
    dismissed or that already carry a claim."""
    article = project.article(article_id)
    model = active_model(project)
    decided = {(d.start, d.end) for d in _store(project).decisions(article_id)}
    claimed = sorted((c.start, c.end) for c in project.claims(article_id))
    spans = [(start, end) for start, end in sentence_spans(article.text)
             if (start, end) not in decided and not _overlaps(claimed, start, end)
             and len(_WORD.findall(article.text, start, end)) >= MIN_WORDS]  # fmt: skip
    scores = model.probabilities([article.text[start:end] for start, end in spans])
    found = []
    for (start, end), score in zip(spans, scores, strict=True):
        if score >= model.threshold:
            found.append(Suggestion(start, end, score, reasons_for(article.text[start:end])))
    return found


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def decisions(project: ProjectService, article_id: str | None = None) -> list[Decision]:
    return _store(project).decisions(article_id)


def accept(project: ProjectService, article_id: str, start: int, end: int) -> Claim:
    """Turn a suggested sentence into a claim, and remember the decision (one transaction)."""
    text = _span_text(project, article_id, start, end)
    with project.store.transaction():
        claim = project.create_claim(article_id, start, end)
        _record(project, article_id, start, end, text, "accepted", claim.id)
    return claim


def dismiss(project: ProjectService, article_id: str, start: int, end: int) -> None:
    """Hide a suggestion for good, and remember it as not check-worthy."""
    _record(
        project,
        article_id,
        start,
        end,
        _span_text(project, article_id, start, end),
        "dismissed",
        None,
    )


def undo_decision(project: ProjectService, article_id: str, start: int, end: int) -> None:
    _store(project).remove(article_id, start, end)


def decision_at(project: ProjectService, article_id: str, start: int, end: int) -> Decision | None:
    return next(
        (d for d in _store(project).decisions(article_id) if (d.start, d.end) == (start, end)), None
    )


def restore_decision(project: ProjectService, decision: Decision) -> None:
    """Put back a decision exactly as it was (redo)."""
    _store(project).record(decision)


def _span_text(project: ProjectService, article_id: str, start: int, end: int) -> str:
    text = project.article(article_id).text
    if not 0 <= start < end <= len(text):
        raise ValidationError(
            msg(
                "{start}-{end} is not a span of this article (0-{length}).",
                start=start,
                end=end,
                length=len(text),
            )
        )
    return text[start:end]


def _record(project: ProjectService, article_id: str, start: int, end: int, text: str,
            decision: str, claim_id: str | None) -> None:  # fmt: skip
    score = active_model(project).probability(text)
    _store(project).record(
        Decision(
            str(uuid.uuid4()),
            article_id,
            start,
            end,
            text,
            decision,
            score,
            claim_id,
            project.author,
            utc_now(),
        )
    )


def train(project: ProjectService) -> TrainingReport:
    """Retrain on every accepted and dismissed sentence of the project, from the shipped model."""
    from annotator.checkworthy.model import shipped_model
    from annotator.checkworthy.train import fine_tune

    texts, labels = [], []
    for d in _store(project).decisions():
        texts.append(d.text)
        labels.append(1 if d.decision == "accepted" else 0)
    accepted = sum(labels)
    if len(texts) < MIN_DECISIONS or accepted == 0 or accepted == len(texts):
        raise ValidationError(
            msg(
                "Retraining needs at least {minimum} decisions, some accepted and some "
                "dismissed (this project has {accepted} accepted, {value} dismissed).",
                minimum=MIN_DECISIONS,
                accepted=accepted,
                value=len(texts) - accepted,
            )
        )
    base = shipped_model()
    model = fine_tune(base, texts, labels)
    model.info["trained_on"] = len(texts)
    before = _agreement(base, texts, labels)
    after = _agreement(model, texts, labels)
    install_model(project, model)
    return TrainingReport(len(texts), accepted, len(texts) - accepted, before, after)


def _agreement(model: LinearModel, texts: list[str], labels: list[int]) -> float:
    right = sum(
        1
        for t, y in zip(texts, labels, strict=True)
        if (model.probability(t) >= model.threshold) == bool(y)
    )
    return right / len(texts)


__all__ = ["Suggestion", "TrainingReport", "accept", "dismiss", "suggest", "train"]
