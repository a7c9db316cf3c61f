"""Claim numbers in the reader's margin, beside the line where each claim starts: the number a
report of this article gives the claim (placed claims in text order, then orphans; drafts
included), so a report's "[3]" is found in the text at a glance."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject

from annotator.domain import AnchorState, Claim
from annotator.domain.claim import report_order
from annotator.ui.claims.claims_model import COMMENTS, ClaimsModel
from annotator.ui.common.timers import coalescing_timer
from annotator.ui.reader.reader import ArticleReader


def claim_numbers(claims: list[Claim]) -> dict[str, int]:
    """Claim id → its number in a report of the article, from 1."""
    return {claim.id: number for number, claim in enumerate(report_order(claims), start=1)}


class ClaimNumbers(QObject):
    """Keeps the gutter's numbers in step with the claims model (a burst of changes is
    renumbered once, when the event loop next runs)."""

    def __init__(self, reader: ArticleReader, model: ClaimsModel) -> None:
        super().__init__(reader)
        self.reader = reader
        self.model = model
        self._timer = coalescing_timer(self, 0, self.refresh)
        self._placed: dict[str, tuple[int, int, bool]] = {}  # what the numbers were made from
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(lambda *_: self._timer.start())
        model.dataChanged.connect(self._rows_changed)

    def _rows_changed(self, top: QModelIndex, bottom: QModelIndex) -> None:
        """A row's fields changed: renumber only if a claim's place did (a verdict, a comment
        count or a claimant edit leaves the numbers as they are)."""
        if top.column() == bottom.column() == COMMENTS:
            return  # the comment counts of every row
        for row in range(top.row(), bottom.row() + 1):
            claim = self.model.claim_at(row)
            if claim is not None and self._placed.get(claim.id) != _place(claim):
                self._timer.start()
                return

    def refresh(self) -> None:
        """Give the gutter one (Qt position, number) per placed claim of the article."""
        claims = self.model.all_claims() if self.reader.article is not None else []
        self._placed = {c.id: _place(c) for c in claims}
        numbers = claim_numbers(claims)
        self.reader.page_gutter.set_claim_starts(
            sorted(
                (self.reader.to_qt_position(c.start), numbers[c.id])
                for c in claims
                if c.anchor_state != AnchorState.ORPHANED
            )
        )


def _place(claim: Claim) -> tuple[int, int, bool]:
    return claim.start, claim.end, claim.anchor_state == AnchorState.ORPHANED
