"""Item model of the claims of one article: a thin adapter over the project service.

Sorting and filtering happen here in Python on plain lists (a proxy model would
call back into Python for every comparison, too slow at 20,000 claims). A claim's edit
inserts, updates or removes its one row; the model is reset only when an article is
(re)loaded: another one shown, or the shown one changed as a whole (a new version, a
reload after a merge or another window's change).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from annotator.domain import Claim, ReviewStatus, Verdict
from annotator.ui.common import plain_text
from annotator.ui.common.i18n import mark, translator
from annotator.ui.common.review_text import status_label
from annotator.ui.common.table_model import RowsTableModel
from annotator.ui.common.verdict_badge import VERDICT_COLOUR_ROLE, unrated_label

tr = translator("claims.claims_model")

ClaimPredicate = Callable[[Claim], bool]
ModelIndex = QModelIndex | QPersistentModelIndex

COLUMNS = ("", mark("Quote"), mark("Claimant"), mark("Status"), mark("Author"), "#")
ALL_CLAIMS_COLUMNS = (mark("Article"),)  # added by the project-wide list (all_claims.py)
VERDICT, QUOTE, CLAIMANT, STATUS, AUTHOR, COMMENTS = range(len(COLUMNS))
CLAIM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
QUOTE_SHOWN = 400  # characters of a long quote kept for the list, which elides it in the middle


def middle_cut(text: str, limit: int) -> str:
    """`text`, or its start and end around "…" when longer than `limit` characters."""
    if len(text) <= limit:
        return text
    half = (limit - 1) // 2
    return f"{text[:half].rstrip()}…{text[len(text) - half :].lstrip()}"


@dataclass
class ClaimFilter:
    """What the claims list shows; empty fields match everything."""

    text: str = ""
    verdict_id: str | None = None  # "" means "unrated"
    status: str = ""
    author: str = ""
    tag: str = ""

    def is_empty(self) -> bool:
        return not (
            self.text or self.verdict_id is not None or self.status or self.author or self.tag
        )

    def matches(self, claim: Claim, author: str | None = None) -> bool:
        """`author`: the claim's author as shown (default: the stored name)."""
        if self.verdict_id is not None and (claim.verdict_id or "") != self.verdict_id:
            return False
        if self.status and str(claim.status) != self.status:
            return False
        if self.author and (claim.author if author is None else author) != self.author:
            return False
        if self.tag and self.tag.casefold() not in (t.casefold() for t in claim.tags):
            return False
        if self.text:
            needle = self.text.casefold()
            texts = (claim.exact, claim.claim_reviewed, claim.claimant, claim.explanation)
            haystack = "\n".join(texts).casefold()
            if needle not in haystack:
                return False
        return True


class ClaimsModel(RowsTableModel):
    columns: tuple[str, ...] = COLUMNS
    column_tips = {VERDICT: mark("Verdict"), COMMENTS: mark("Unresolved comment threads")}

    def __init__(self, verdict_lookup: Callable[[Claim], Verdict | None]) -> None:
        super().__init__()
        self.columns = tuple(tr(c) if c else c for c in type(self).columns)
        self.column_tips = {c: tr(t) for c, t in type(self).column_tips.items()}
        self._verdict_of = verdict_lookup
        self.person_name: Callable[[Claim], str] = lambda claim: claim.author
        """The author as shown (the window maps the identity to its current display name)."""
        self.status_text: Callable[[Claim], str] = lambda claim: status_label(claim.status)
        """The status as shown (the window adds when an approval was voided)."""
        self._comment_counts: dict[str, int] = {}
        self._claims: dict[str, Claim] = {}
        self._rows: list[Claim] = []
        self._filter = ClaimFilter()
        self._sort_column = -1  # -1: text order
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- loading -----------------------------------------------------------------------

    def set_claims(self, claims: list[Claim]) -> None:
        self.beginResetModel()
        self._claims = {c.id: c for c in claims}
        self._rows = self._visible_sorted()
        self.endResetModel()

    def _visible_sorted(self) -> list[Claim]:
        rows = (
            [c for c in self._claims.values() if self._filter.matches(c, self.person_name(c))]
            if not self._filter.is_empty()
            else list(self._claims.values())
        )
        rows.sort(
            key=self._sort_key,
            reverse=self._sort_column >= 0 and self._sort_order == Qt.SortOrder.DescendingOrder,
        )
        return rows

    def _sort_key(self, claim: Claim) -> tuple[object, ...]:
        column = self._sort_column
        if column == VERDICT:
            verdict = self._verdict_of(claim)
            return (verdict.position if verdict else 1_000, claim.start, claim.end)
        if column == QUOTE:
            return (claim.exact.casefold(), claim.start)
        if column == CLAIMANT:
            return (claim.claimant.casefold(), claim.start)
        if column == STATUS:
            return (list(ReviewStatus).index(claim.status), claim.start)
        if column == AUTHOR:
            return (self.person_name(claim).casefold(), claim.start)
        if column == COMMENTS:
            return (self._comment_counts.get(claim.id, 0), claim.start)
        return (claim.start, claim.end, claim.created, claim.id)

    def set_filter(self, claim_filter: ClaimFilter) -> None:
        self.layoutAboutToBeChanged.emit()
        self._filter = claim_filter
        old_persistent = self.persistentIndexList()
        old_ids = [
            self._rows[i.row()].id if 0 <= i.row() < len(self._rows) else None
            for i in old_persistent
        ]
        self._rows = self._visible_sorted()
        self._remap_persistent(old_persistent, old_ids)
        self.layoutChanged.emit()

    def claim_filter(self) -> ClaimFilter:
        return self._filter

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # noqa: D401 - Qt override
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_ids = [
            self._rows[i.row()].id if 0 <= i.row() < len(self._rows) else None
            for i in old_persistent
        ]
        self._sort_column = column
        self._sort_order = order
        self._rows = self._visible_sorted()
        self._remap_persistent(old_persistent, old_ids)
        self.layoutChanged.emit()

    def _remap_persistent(
        self, old_persistent: list[QModelIndex], old_ids: list[str | None]
    ) -> None:
        positions = {c.id: i for i, c in enumerate(self._rows)}
        new = []
        for index, claim_id in zip(old_persistent, old_ids, strict=True):
            row = positions.get(claim_id) if claim_id else None
            new.append(self.index(row, index.column()) if row is not None else QModelIndex())
        self.changePersistentIndexList(old_persistent, new)

    # -- incremental updates -----------------------------------------------------------

    def _insert_position(self, claim: Claim) -> int:
        """Binary search for `claim`'s row under the current sort (O(log n) key computations)."""
        key = self._sort_key(claim)
        descending = self._sort_column >= 0 and self._sort_order == Qt.SortOrder.DescendingOrder
        low, high = 0, len(self._rows)
        while low < high:
            middle = (low + high) // 2
            other = self._sort_key(self._rows[middle])
            if (other > key) if descending else (other < key):
                low = middle + 1
            else:
                high = middle
        return low

    def upsert(self, claim: Claim) -> None:
        """Add a claim or refresh its row (moving it if its sort position changed)."""
        existing = self._claims.get(claim.id)
        self._claims[claim.id] = claim
        row = self.row_of(claim.id) if existing is not None else None
        visible = self._filter.matches(claim, self.person_name(claim))
        if row is not None:
            if not visible:
                self._remove_row(row)
                return
            self._rows[row] = claim
            if existing is None or self._sort_key(existing) != self._sort_key(claim):
                self._remove_row(row)
                self._insert_row(claim)
            else:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        elif visible:
            self._insert_row(claim)

    def _insert_row(self, claim: Claim) -> None:
        position = self._insert_position(claim)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, claim)
        self.endInsertRows()

    def _remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def remove(self, claim_id: str) -> None:
        row = self.row_of(claim_id)
        self._claims.pop(claim_id, None)
        if row is not None:
            self._remove_row(row)

    def set_comment_counts(self, counts: dict[str, int]) -> None:
        """Unresolved comment threads per claim; repaints only the column."""
        if counts == self._comment_counts:
            return
        self._comment_counts = dict(counts)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, COMMENTS), self.index(len(self._rows) - 1, COMMENTS)
            )

    def refresh_all(self) -> None:
        """Repaint every row (verdict colours or labels changed)."""
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1)
            )

    # -- lookups -------------------------------------------------------------------------

    def row_of(self, claim_id: str) -> int | None:
        claim = self._claims.get(claim_id)
        if claim is None:
            return None
        position = self._insert_position(claim)
        if position < len(self._rows) and self._rows[position].id == claim_id:
            return position
        for row, candidate in enumerate(self._rows):
            if candidate.id == claim_id:
                return row
        return None

    def claim_at(self, row: int) -> Claim | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def claim(self, claim_id: str) -> Claim | None:
        return self._claims.get(claim_id)

    def all_claims(self) -> list[Claim]:
        return list(self._claims.values())

    def visible_ids(self) -> list[str]:
        return [c.id for c in self._rows]

    # -- Qt model interface -------------------------------------------------------------

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        claim = self._rows[index.row()]
        column = index.column()
        if role == CLAIM_ID_ROLE:
            return claim.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == VERDICT:
                verdict = self._verdict_of(claim)
                return verdict.label if verdict else unrated_label()
            if column == QUOTE:
                quote = middle_cut(" ".join(claim.exact.split()), QUOTE_SHOWN)
                prefix = "⚠ " if claim.anchor_state == "orphaned" else ""
                return prefix + quote
            if column == CLAIMANT:
                return claim.claimant
            if column == STATUS:
                return self.status_text(claim)
            if column == AUTHOR:
                return self.person_name(claim)
            if column == COMMENTS:
                count = self._comment_counts.get(claim.id, 0)
                return str(count) if count else ""
        if role == Qt.ItemDataRole.AccessibleTextRole and column == VERDICT:
            verdict = self._verdict_of(claim)
            return verdict.label if verdict else tr("Unrated")
        if role == VERDICT_COLOUR_ROLE and column == VERDICT:
            verdict = self._verdict_of(claim)
            return verdict.colour if verdict else None
        if role == Qt.ItemDataRole.ToolTipRole:
            verdict = self._verdict_of(claim)
            shown = verdict.label if verdict else tr("unrated")
            lines = [tr("Verdict: {verdict}").format(verdict=shown), claim.exact]
            if claim.claim_reviewed:
                lines.append(tr("Claim as checked: {text}").format(text=claim.claim_reviewed))
            if claim.claimant:
                lines.append(tr("Claimant: {claimant}").format(claimant=claim.claimant))
            lines.append(
                tr("By {person} · {status}").format(
                    person=self.person_name(claim), status=self.status_text(claim)
                )
            )
            if claim.anchor_state != "exact":
                lines.append(tr("Anchor: {anchor_state}").format(anchor_state=claim.anchor_state))
            return plain_text.tooltip("\n".join(lines))
        return None
