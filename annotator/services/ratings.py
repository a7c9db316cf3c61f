"""Blind ratings and adjudication: ratings are evidence, the claim's verdict is what gets published.

A blind second reviewer rates a colleague's claim (`rate`): the rating is stored apart from the
claim, by its named rater, and never becomes a claim of its own. The passage's first rating is
the claim's own verdict, attributed to whoever set it (the claim history says who), not to the
claim's author. `adjudicate` then settles the final verdict, keeping every rating.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from annotator.domain import Claim
from annotator.domain.dates import utc_now
from annotator.domain.rating import Adjudication, Rating
from annotator.errors import ValidationError, msg
from annotator.services.changes import Change, ChangeKind
from annotator.services.project import ProjectService
from annotator.storage.ratings_store import RatingsStore
from annotator.storage.review_store import ReviewStore


def ratings_store(project: ProjectService) -> RatingsStore:
    return RatingsStore(project.store)


def _notify(project: ProjectService, claim: Claim) -> None:
    project.changes.notify(Change(ChangeKind.CLAIM_CHANGED, claim.article_id, claim.id))


def _blind(project: ProjectService, article_id: str, person_id: str) -> bool:
    state = ReviewStore(project.store).blind_state(article_id, person_id)
    return state is not None and not state[1]


def verdict_setters(project: ProjectService) -> dict[str, str]:
    """Claim id → the id of who set its current verdict, for every claim (one query)."""
    return {c: who for c, (who, _name) in ratings_store(project).verdict_setters().items()}


def verdict_setter(project: ProjectService, claim: Claim) -> str:
    """The id of who set the claim's current verdict (its author when nobody changed it)."""
    return verdict_setters(project).get(claim.id, claim.author_id)


def rate(
    project: ProjectService, claim_id: str, verdict_id: str | None, explanation: str = ""
) -> Rating:
    """Record (or replace) the project user's own rating of a colleague's claim."""
    claim = project.claim(claim_id)
    if verdict_id is not None and project.verdict(verdict_id) is None:
        raise ValidationError(msg("Unknown verdict {verdict_id!r}.", verdict_id=verdict_id))
    if verdict_setter(project, claim) == project.author_id and claim.verdict_id is not None:
        raise ValidationError(
            msg("You set this claim's verdict; a second rating must come from someone else.")
        )
    store = ratings_store(project)
    previous = my_rating(project, claim_id)
    now = utc_now()
    rating = Rating(
        id=previous.id if previous else "",
        claim_id=claim_id,
        rater=project.author,
        verdict_id=verdict_id,
        explanation=explanation,
        created=previous.created if previous else now,
        modified=now,
        rater_id=project.author_id,
    )
    project.remember_me()
    store.put_rating(rating, project.author)
    _notify(project, claim)
    stored = my_rating(project, claim_id)
    assert stored is not None
    return stored


def put_rating(
    project: ProjectService, rating: Rating | None, claim_id: str, rater_id: str
) -> None:
    """Put back a rating as it was (None: the rater `rater_id` had none) — for undo."""
    store = ratings_store(project)
    if rating is None:
        store.delete_rating(claim_id, rater_id)
    else:
        store.put_rating(rating, project.author)
    _notify(project, project.claim(claim_id))


def my_rating(
    project: ProjectService, claim_id: str, rater_id: str | None = None
) -> Rating | None:
    """The rating of the person `rater_id` (default: the project's user), found by id."""
    rater_id = rater_id or project.author_id
    ratings = ratings_store(project).ratings([claim_id])
    return next((r for r in ratings if r.rater_id == rater_id), None)


def my_ratings(project: ProjectService, claim_ids: list[str]) -> dict[str, str | None]:
    """Claim id → the verdict the project's user rated it with (claims they rated only)."""
    return {
        r.claim_id: r.verdict_id
        for r in ratings_store(project).ratings(claim_ids)
        if r.rater_id == project.author_id
    }


@dataclass
class PassageRatings:
    """One passage (claim): every rater's verdict, the final verdict and how it was settled."""

    claim: Claim
    # rater's current display name (distinct per person) -> verdict id
    ratings: dict[str, str | None] = field(default_factory=dict)
    explanations: dict[str, str] = field(default_factory=dict)
    adjudication: Adjudication | None = None

    @property
    def disputed(self) -> bool:
        """Raters gave different verdicts (or a rater's differs from the final one)."""
        values = {v for v in self.ratings.values() if v is not None}
        return len(values) > 1 or (len(self.ratings) > 1 and self.claim.verdict_id not in values)

    @property
    def needs_adjudication(self) -> bool:
        """Rated by two or more people and not yet settled."""
        return len(self.ratings) >= 2 and self.adjudication is None


def passage_ratings(project: ProjectService, claims: list[Claim]) -> list[PassageRatings]:
    """The ratings of each claim: the stored ratings, and the claim's own verdict by its setter.

    A stored rating wins over the claim's verdict for the same person. An adjudicated passage
    keeps only the stored ratings (adjudication stores the setter's verdict as a rating first),
    so the adjudicator's final verdict is never counted as a rating.
    """
    store = ratings_store(project)
    setters = store.verdict_setters()
    adjudications = store.adjudications()
    by_claim: dict[str, list[Rating]] = {}
    for rating in store.ratings([c.id for c in claims]):
        by_claim.setdefault(rating.claim_id, []).append(rating)
    result = []
    for claim in claims:
        passage = PassageRatings(claim, adjudication=adjudications.get(claim.id))
        for rating in by_claim.get(claim.id, []):
            name = project.display_name(rating.rater_id, rating.rater)
            passage.ratings[name] = rating.verdict_id
            passage.explanations[name] = rating.explanation
        setter_id, setter = setters.get(claim.id, (claim.author_id, claim.author))
        rater = project.display_name(setter_id, setter)
        if (
            passage.adjudication is None
            and claim.verdict_id is not None
            and rater not in passage.ratings
        ):
            passage.ratings[rater] = claim.verdict_id
            passage.explanations[rater] = claim.explanation
        passage.ratings = dict(sorted(passage.ratings.items(), key=lambda item: item[0].casefold()))
        result.append(passage)
    return result


@dataclass(frozen=True)
class AdjudicationUndo:
    """What `adjudicate` changed, so the window can take it back as one step."""

    claim_before: Claim
    adjudication_before: Adjudication | None
    added_rating: Rating | None
    claim_after: Claim | None = None  # what redo puts back, exactly (times included)
    adjudication_after: Adjudication | None = None


def adjudicate(
    project: ProjectService, claim_id: str, verdict_id: str | None, note: str = ""
) -> AdjudicationUndo:
    """Settle the passage's final verdict, keeping every rating (the setter's included) as
    evidence."""
    claim = project.claim(claim_id)
    if verdict_id is not None and project.verdict(verdict_id) is None:
        raise ValidationError(msg("Unknown verdict {verdict_id!r}.", verdict_id=verdict_id))
    if _blind(project, claim.article_id, project.author_id):
        raise ValidationError(
            msg("You are rating this article blind: reveal colleagues' verdicts before "
                "adjudicating.")
        )
    store = ratings_store(project)
    (passage,) = passage_ratings(project, [claim])
    if len(passage.ratings) < 2:
        raise ValidationError(msg("Only a passage rated by two or more people needs adjudicating."))
    added = None
    with project.store.transaction():
        if passage.adjudication is None and claim.verdict_id is not None:
            setter = verdict_setter(project, claim)
            setter_name = store.verdict_setters().get(claim_id, ("", claim.author))[1]
            if my_rating(project, claim_id, setter) is None:
                added = Rating("", claim_id, project.display_name(setter, setter_name),
                               claim.verdict_id, claim.explanation, claim.modified,
                               claim.modified, rater_id=setter)  # fmt: skip
                store.put_rating(added, project.author)
        if claim.verdict_id != verdict_id:
            project.update_claim(claim_id, verdict_id=verdict_id)
        project.remember_me()
        settled = Adjudication(
            claim_id, verdict_id, project.author, note, utc_now(), project.author_id
        )
        store.put_adjudication(settled)
        after = project.claim(claim_id)
    _notify(project, claim)
    return AdjudicationUndo(claim, passage.adjudication, added, after, settled)


def redo_adjudication(project: ProjectService, undo: AdjudicationUndo) -> None:
    """Put back what `adjudicate` wrote, row for row (not a new adjudication with new times)."""
    store = ratings_store(project)
    with project.store.transaction():
        if undo.added_rating is not None:
            store.put_rating(undo.added_rating, project.author)
        if undo.claim_after is not None and project.claim(undo.claim_after.id) != undo.claim_after:
            project.put_claim(undo.claim_after)
        if undo.adjudication_after is not None:
            store.put_adjudication(undo.adjudication_after)
    _notify(project, undo.claim_before)


def undo_adjudication(project: ProjectService, undo: AdjudicationUndo) -> None:
    """Put back the verdict, the earlier adjudication and the ratings as they were (the
    setter's rating that adjudicating added is removed: the verdict is theirs again)."""
    store = ratings_store(project)
    claim = undo.claim_before
    with project.store.transaction():
        if project.claim(claim.id).verdict_id != claim.verdict_id:
            project.put_claim(claim)
        if undo.adjudication_before is None:
            store.delete_adjudication(claim.id)
        else:
            store.put_adjudication(undo.adjudication_before)
        if undo.added_rating is not None:
            store.delete_rating(claim.id, undo.added_rating.rater_id)
    _notify(project, claim)


def awaiting_adjudication(
    project: ProjectService, article_id: str | None = None
) -> list[PassageRatings]:
    """Passages rated by two or more people whose final verdict nobody has settled yet."""
    ids = [article_id] if article_id else project.article_ids()
    claims = [c for a in ids for c in project.claims(a)]
    return [p for p in passage_ratings(project, claims) if p.needs_adjudication]
