"""Blind second review in the window: whose judgement to hide while a reviewer rates blind.

While `me` reviews an article blind, a colleague's claim (one `me` did not write, or whose
verdict someone else set) shows no verdict, explanation, internal note or sources anywhere in
the window: reader colours, claims list, inspector, library bar and tooltip, search results,
comments and history, review mode, the dashboard, and exports started from the window. Its
span stays visible so the reviewer can rate the passage (`rate_blind_command`): the rating is
stored as a rating of the colleague's claim, never as a claim of its own.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from operator import attrgetter

from annotator.domain import Claim, Verdict
from annotator.errors import ValidationError
from annotator.services import ArticleSummary, ProjectService
from annotator.services.agreement import is_blind
from annotator.services.ratings import my_ratings, verdict_setters
from annotator.services.search import SearchResult
from annotator.ui.common.i18n import translator
from annotator.ui.review.rating_commands import RateCommand

tr = translator("review.blind")


def verdict_hidden(service: ProjectService, claim: Claim, me: str) -> bool:
    """True if `claim`'s judgement must be hidden from `me` (a colleague's claim, me blind)."""
    return claim.id in hidden_claim_ids(service, claim.article_id, me)


def hidden_claim_ids(service: ProjectService, article_id: str, me: str) -> set[str]:
    """All claims of the article whose judgement `me` must not see (read once for the article,
    not claim by claim)."""
    me_id = service.identity_for(me)  # decided by id: a rename or a namesake changes nothing
    if not is_blind(service, article_id, me_id):
        return set()
    claims = service.claims(article_id)
    mine = [c for c in claims if c.author_id == me_id and c.verdict_id]
    setters = verdict_setters(service) if mine else {}
    return {
        c.id for c in claims
        if c.author_id != me_id or (c.verdict_id and setters.get(c.id, me_id) != me_id)
    }


def blind_view(claim: Claim, my_verdict_id: str | None = None) -> Claim:
    """The claim as a blind rater sees it: the passage and what it says, no colleague's
    judgement; its verdict is the rater's own rating (None until they rate it)."""
    return dataclasses.replace(claim, verdict_id=my_verdict_id, explanation="", internal_note="")


def blind_library_rows(service: ProjectService, rows: list[ArticleSummary]) -> list[ArticleSummary]:
    """Library rows whose verdict counts (bar and tooltip) leave out colleagues' hidden verdicts."""
    result = []
    for row in rows:
        hidden = hidden_claim_ids(service, row.id, service.author)
        if not hidden:
            result.append(row)
            continue
        counts: dict[str, int] = {}
        for claim in service.claims(row.id):
            verdict = None if claim.id in hidden else service.verdict(claim.verdict_id)
            label = verdict.label if verdict else ""
            counts[label] = counts.get(label, 0) + 1
        result.append(dataclasses.replace(row, verdict_counts=counts))
    return result


def visible_results(service: ProjectService, results: list[SearchResult]) -> list[SearchResult]:
    """Search results without hits in colleagues' claims that the user rates blind."""
    hidden: dict[str, set[str]] = {}
    kept = []
    for result in results:
        if result.claim_id is not None:
            if result.article_id not in hidden:
                hidden[result.article_id] = hidden_claim_ids(
                    service, result.article_id, service.author
                )
            if result.claim_id in hidden[result.article_id]:
                continue
        kept.append(result)
    return kept


def shown_verdict_id(service: ProjectService, claim: Claim, me: str) -> str | None:
    """The verdict id to colour and list the claim with: None while it is hidden from `me`."""
    return None if verdict_hidden(service, claim, me) else claim.verdict_id


def blind_article_in_scope(service: ProjectService, article_id: str | None) -> None:
    """Refuse an export from the window while I rate an article it would contain blind."""
    for candidate in [article_id] if article_id else service.article_ids():
        if is_blind(service, candidate):
            title = service.article(candidate).title
            raise ValidationError(
                tr("You are rating “{title}” blind: an export would show colleagues' verdicts. "
                   "Reveal them in the Review Dashboard first.").format(title=title)
            )


def rate_blind_command(
    service: ProjectService, claim_id: str, verdict_id: str | None
) -> RateCommand:
    """Rate a colleague's passage with my verdict, as one undoable step."""
    return RateCommand.perform(service, claim_id, verdict_id)


class BlindMask:
    """The window's blind state for the article shown: which claims hide a colleague's
    judgement from me, and my own ratings of them (shown in place of their verdicts)."""

    def __init__(self) -> None:
        self.hidden: set[str] = set()
        self.ratings: dict[str, str | None] = {}

    def load(self, service: ProjectService, article_id: str, me: str) -> None:
        self.hidden = hidden_claim_ids(service, article_id, me)
        self.ratings = my_ratings(service, sorted(self.hidden))

    def load_all(self, service: ProjectService, article_ids: list[str], me: str) -> None:
        """The state for several articles at once (the list of all claims)."""
        self.hidden = set().union(*(hidden_claim_ids(service, a, me) for a in article_ids))
        self.ratings = my_ratings(service, sorted(self.hidden)) if self.hidden else {}

    def hides(self, claim_id: str | None) -> bool:
        return claim_id is not None and claim_id in self.hidden

    def rating_changed(self, service: ProjectService, claim_id: str) -> None:
        if claim_id in self.hidden:  # an undone rating is no rating: not the one before
            self.ratings[claim_id] = my_ratings(service, [claim_id]).get(claim_id)

    def as_shown(self, claim: Claim) -> Claim:
        """The claim as this user may see it (no colleague's judgement while rating blind)."""
        if claim.id not in self.hidden:
            return claim
        return blind_view(claim, self.ratings.get(claim.id))

    def verdict_of(self, service: ProjectService, claim: Claim) -> Verdict | None:
        """The verdict shown for `claim`: my own rating while a colleague's is hidden."""
        if claim.id in self.hidden:
            return service.verdict(self.ratings.get(claim.id))
        return service.verdict(claim.verdict_id)

    def verdicts_of(
        self, service: ProjectService | None, claims: list[Claim]
    ) -> list[Verdict | None]:
        """`verdict_of` of each of `claims`, at once (the claims list's sort by verdict);
        none without a project."""
        if service is None:
            return [None] * len(claims)
        by_id = {v.id: v for v in service.verdicts()}
        if not self.hidden:
            return list(map(by_id.get, map(attrgetter("verdict_id"), claims)))
        hidden, ratings = self.hidden, self.ratings
        return [
            by_id.get(ratings.get(c.id) if c.id in hidden else c.verdict_id)  # type: ignore[arg-type]
            for c in claims
        ]

    def per_verdict(self, colour_for: Callable[[Claim], str]) -> Callable[[Claim], str]:
        """`colour_for` asked once per verdict, for colouring thousands of claims at once: a
        claim's colour is its verdict's, or, while its verdict is hidden, my rating's (asked
        for that claim)."""
        hidden = self.hidden
        known: dict[str | None, str] = {}

        def colour(claim: Claim) -> str:
            if claim.id in hidden:
                return colour_for(claim)
            shown = known.get(claim.verdict_id)
            if shown is None:
                shown = known[claim.verdict_id] = colour_for(claim)
            return shown

        return colour
