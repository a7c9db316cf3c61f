"""Claim numbers in the reader's margin, beside the line where each claim starts: the number a
report of this article gives the claim (placed claims in text order, then orphans; drafts
included), so a report's "[3]" is found in the text at a glance.

The numbers are kept incrementally: the placed claims' report keys in report order, with their
Qt positions beside them (report order of placed claims is text order, so the positions are
sorted too and a claim's number is its index + 1). A new, moved or removed claim costs a binary
search and a list insertion or deletion, not a sort of every claim of the article; only a new
article (the model reset) numbers them all again.
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex

from annotator.domain import AnchorState, Claim
from annotator.domain.claim import report_order
from annotator.ui.claims.claims_model import COMMENTS, ClaimsModel
from annotator.ui.common.timers import coalescing_timer
from annotator.ui.reader.reader import ArticleReader

Key = tuple[bool, int, int, str, str]  # the report order's key (domain.claim.report_order)
ModelIndex = QModelIndex | QPersistentModelIndex


def claim_numbers(claims: list[Claim]) -> dict[str, int]:
    """Claim id → its number in a report of the article, from 1."""
    return {claim.id: number for number, claim in enumerate(report_order(claims), start=1)}


def report_key(claim: Claim) -> Key:
    """The key `report_order` sorts by."""
    orphaned = claim.anchor_state == AnchorState.ORPHANED
    return (orphaned, claim.start, claim.end, claim.created, claim.id)


class ClaimNumbers(QObject):
    """Keeps the gutter's numbers in step with the claims model (a burst of changes is
    renumbered once, when the event loop next runs)."""

    def __init__(self, reader: ArticleReader, model: ClaimsModel) -> None:
        super().__init__(reader)
        self.reader = reader
        self.model = model
        self._timer = coalescing_timer(self, 0, self.refresh)
        self._keys: list[Key] = []  # the placed claims' keys, in report order
        self._positions: list[int] = []  # their Qt positions, in the same (= text) order
        self._key_of: dict[str, Key] = {}  # claim id -> its key in _keys (placed claims)
        self._pending: set[str] | None = None  # claims to renumber; None: every claim
        model.modelReset.connect(self._reset)
        model.rowsInserted.connect(self._rows_touched)
        model.rowsAboutToBeRemoved.connect(self._rows_touched)
        model.dataChanged.connect(self._rows_changed)

    def _reset(self) -> None:
        self._pending = None
        self._timer.start()

    def _rows_touched(self, _parent: ModelIndex, first: int, last: int) -> None:
        """Rows inserted or about to be removed: their claims are looked at again."""
        for row in range(first, last + 1):
            claim = self.model.claim_at(row)
            if claim is not None:
                self._touch(claim.id)

    def _rows_changed(self, top: ModelIndex, bottom: ModelIndex) -> None:
        """A row's fields changed: renumber only if a claim's place did (a verdict, a comment
        count or a claimant edit leaves the numbers as they are)."""
        if top.column() == bottom.column() == COMMENTS:
            return  # the comment counts of every row
        for row in range(top.row(), bottom.row() + 1):
            claim = self.model.claim_at(row)
            if claim is not None and self._key_of.get(claim.id) != _placed_key(claim):
                self._touch(claim.id)

    def _touch(self, claim_id: str) -> None:
        if self._pending is not None:
            self._pending.add(claim_id)
        self._timer.start()

    def refresh(self) -> None:
        """Give the gutter the Qt position of each placed claim, in number order."""
        pending, self._pending = self._pending, set()
        if pending is None or self.reader.article is None:
            self._number_all()
        else:
            for claim_id in pending:
                self._renumber(claim_id, self.model.claim(claim_id))
        self.reader.page_gutter.set_claim_positions(self._positions)

    def _number_all(self) -> None:
        """The placed claims' keys sorted (report order: orphans, numbered last, are left out),
        made in one pass, without a Claim sort."""
        claims = self.model.all_claims() if self.reader.article is not None else []
        orphaned = AnchorState.ORPHANED
        self._keys = sorted(
            [(False, c.start, c.end, c.created, c.id) for c in claims if c.anchor_state != orphaned]
        )
        self._positions = self.reader.to_qt_positions([key[1] for key in self._keys])
        self._key_of = {key[4]: key for key in self._keys}

    def _renumber(self, claim_id: str, claim: Claim | None) -> None:
        """Take the claim out of the numbering and put it back where its key now places it."""
        old = self._key_of.pop(claim_id, None)
        if old is not None:
            index = bisect_left(self._keys, old)
            del self._keys[index]
            del self._positions[index]
        key = _placed_key(claim) if claim is not None else None
        if claim is not None and key is not None:
            index = bisect_left(self._keys, key)
            self._keys.insert(index, key)
            self._positions.insert(index, self.reader.to_qt_position(claim.start))
            self._key_of[claim_id] = key


def _placed_key(claim: Claim) -> Key | None:
    """The claim's key while it has a place in the text (None for an orphan: no number shown)."""
    return None if claim.anchor_state == AnchorState.ORPHANED else report_key(claim)
