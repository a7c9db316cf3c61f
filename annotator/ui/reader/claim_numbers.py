"""Claim numbers in the reader's margin, beside the line where each claim starts: the number a
report of this article gives the claim (placed claims in text order, then orphans; drafts
included), so a report's "[3]" is found in the text at a glance."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from annotator.domain import AnchorState, Claim
from annotator.domain.claim import report_order
from annotator.ui.claims.claims_model import ClaimsModel
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
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        for signal in (
            model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged,
        ):  # fmt: skip
            signal.connect(lambda *_: self._timer.start())

    def refresh(self) -> None:
        """Give the gutter one (Qt position, number) per placed claim of the article."""
        claims = self.model.all_claims() if self.reader.article is not None else []
        numbers = claim_numbers(claims)
        self.reader.page_gutter.set_claim_starts(
            sorted(
                (self.reader.to_qt_position(c.start), numbers[c.id])
                for c in claims
                if c.anchor_state != AnchorState.ORPHANED
            )
        )
