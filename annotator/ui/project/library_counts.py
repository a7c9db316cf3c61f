"""The library's claim counts after claim edits, from the change notices instead of the file.

The window tells `LibraryCounts` the claims of the article it shows (their verdicts) and which
claims each change notice names. After a burst of edits that all concern the article shown, the
verdicts of just the claims named are looked up in the claims list and the article's counts are
adjusted by those claims alone, so an edit costs the same with 500 or 50,000 claims, and only
its library row repaints. Anything else (edits of other articles, a blind review in progress,
whose counts leave colleagues' verdicts out) reads every article's summary again.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterable

from annotator.domain import Claim, Verdict
from annotator.ui.project.library import ArticlesModel

VerdictOf = Callable[[str | None], Verdict | None]
ClaimOf = Callable[[str], Claim | None]


def label_counts(by_verdict: dict[str | None, int], verdict: VerdictOf) -> dict[str, int]:
    """Claims per verdict label ("" for unrated), in the order of the labels."""
    counts: dict[str, int] = {}
    for verdict_id, n in by_verdict.items():
        if n:
            found = verdict(verdict_id)
            label = found.label if found else ""
            counts[label] = counts.get(label, 0) + n
    return dict(sorted(counts.items()))


class LibraryCounts:
    """The shown article's claims by verdict, kept up to date from the change notices."""

    def __init__(self, model: ArticlesModel) -> None:
        self._model = model
        self._article: str | None = None
        self._verdict_of: dict[str, str | None] = {}  # claim id -> verdict id
        self._by_verdict: dict[str | None, int] = {}
        self._edited_articles: set[str | None] = set()
        self._edited_claims: set[str] = set()

    def reset(self, article_id: str | None, claims: Iterable[Claim]) -> None:
        """The article shown now and all its claims (as listed)."""
        self._article = article_id
        self._verdict_of = {c.id: c.verdict_id for c in claims}
        self._by_verdict = dict(Counter(self._verdict_of.values()))  # counted in C

    def claims_edited(self, article_id: str | None, claim_id: str | None) -> None:
        """A change notice about claims of `article_id` (`claim_id`, if it names one)."""
        self._edited_articles.add(article_id)
        if claim_id is not None:
            self._edited_claims.add(claim_id)

    def settle(self, claim_of: ClaimOf, blind: bool, verdict: VerdictOf) -> bool:
        """After a burst: adjust the counts by the claims named, as `claim_of` (the claims
        list) now has them, and update the shown article's row if the burst edited only it and
        no blind review hides verdicts; False if the library must be read again."""
        articles, self._edited_articles = self._edited_articles, set()
        claims, self._edited_claims = self._edited_claims, set()
        for claim_id in claims:
            self._recount(claim_id, claim_of(claim_id))
        row = self._model.row_of(self._article) if self._article is not None else None
        if articles != {self._article} or blind or row is None:
            return False
        counts = label_counts(self._by_verdict, verdict)
        summary = dataclasses.replace(
            self._model.summary(row), claim_count=sum(counts.values()), verdict_counts=counts
        )
        self._model.set_summary(row, summary)
        return True

    def _recount(self, claim_id: str, claim: Claim | None) -> None:
        by_verdict = self._by_verdict
        if claim_id in self._verdict_of:
            old = self._verdict_of.pop(claim_id)
            by_verdict[old] = by_verdict.get(old, 0) - 1
        if claim is not None:  # listed: a claim of the article shown
            self._verdict_of[claim_id] = claim.verdict_id
            by_verdict[claim.verdict_id] = by_verdict.get(claim.verdict_id, 0) + 1
