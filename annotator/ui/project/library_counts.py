"""The library's claim counts after claim edits, from the claims list instead of the project file.

A claim edit changes the counts of one article. When every edit of a burst concerns the article
shown, its claims are all in the claims list, so its counts are made from the list in one pass
and only its library row changes; anything else (edits of other articles, a blind review in
progress, whose counts leave colleagues' verdicts out) reads every article's summary again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from annotator.domain import Claim, Verdict
from annotator.ui.project.library import ArticlesModel

VerdictOf = Callable[[str | None], Verdict | None]


def verdict_counts(claims: Iterable[Claim], verdict: VerdictOf) -> dict[str, int]:
    """Claims per verdict label ("" for unrated), in the order of the labels."""
    ids: dict[str | None, int] = {}
    for claim in claims:
        ids[claim.verdict_id] = ids.get(claim.verdict_id, 0) + 1
    counts: dict[str, int] = {}
    for verdict_id, n in ids.items():
        found = verdict(verdict_id)
        label = found.label if found else ""
        counts[label] = counts.get(label, 0) + n
    return dict(sorted(counts.items()))


class LibraryCounts:
    """Which articles a burst of claim edits touched, and the shown article's row updated."""

    def __init__(self, model: ArticlesModel) -> None:
        self._model = model
        self._edited: set[str | None] = set()

    def claims_edited(self, article_id: str | None) -> None:
        self._edited.add(article_id)

    def settle(
        self,
        shown: str | None,
        claims: list[Claim],
        blind: bool,
        verdict: VerdictOf,
    ) -> bool:
        """Update the row of the article `shown` (whose `claims` are all listed) if the burst
        edited only it and no blind review hides verdicts; False if the library must be read
        again."""
        edited, self._edited = self._edited, set()
        row = self._model.row_of(shown) if shown is not None else None
        if edited != {shown} or blind or row is None:
            return False
        summary = self._model.summary(row)
        counts = verdict_counts(claims, verdict)
        self._model.set_summary(
            row,
            dataclasses.replace(summary, claim_count=sum(counts.values()), verdict_counts=counts),
        )
        return True
