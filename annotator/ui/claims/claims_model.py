"""Item model of the claims of one article: a thin adapter over the project service.

Sorting and filtering happen here in Python on plain lists (a proxy model would
call back into Python for every comparison, too slow at 20,000 claims), with what they compare
made once per claim (claim_index.py): the model keeps every claim in the sort order, and the
filter picks the rows shown from that order without sorting again. A claim's edit inserts,
updates or removes its one row; the model is reset only when an article is (re)loaded: another
one shown, or the shown one changed as a whole (a new version, a reload after a merge or
another window's change).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from annotator.domain import Claim, ReviewStatus, Verdict
from annotator.ui.claims.claim_index import ClaimFilter, ClaimIndex, SortKey, matching
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
STATUS_ORDER = {status: i for i, status in enumerate(ReviewStatus)}
PERSISTENT_SEARCHED = 16  # more persistent indexes than this are found in one pass


def middle_cut(text: str, limit: int) -> str:
    """`text`, or its start and end around "…" when longer than `limit` characters."""
    if len(text) <= limit:
        return text
    half = (limit - 1) // 2
    return f"{text[:half].rstrip()}…{text[len(text) - half :].lstrip()}"


class ClaimsModel(RowsTableModel):
    columns: tuple[str, ...] = COLUMNS
    column_tips = {VERDICT: mark("Verdict"), COMMENTS: mark("Unresolved comment threads")}

    def __init__(self, verdict_lookup: Callable[[Claim], Verdict | None]) -> None:
        super().__init__()
        self.columns = tuple(tr(c) if c else c for c in type(self).columns)
        self.column_tips = {c: tr(t) for c, t in type(self).column_tips.items()}
        self._verdict_of = verdict_lookup
        self.person_name: Callable[[Claim], str] = lambda claim: claim.author
        """The author as shown (the window maps the identity to its current display name);
        it depends only on the claim's `author_id` and `author`."""
        self.status_text: Callable[[Claim], str] = lambda claim: status_label(claim.status)
        """The status as shown (the window adds when an approval was voided)."""
        self._comment_counts: dict[str, int] = {}
        self._claims: dict[str, Claim] = {}
        self._all_sorted: list[Claim] = []  # every claim, in the sort order
        self._rows: list[Claim] = []  # those the filter lets through, in that order
        self._index = ClaimIndex()
        self._quotes: dict[str, str] = {}  # the quote as listed, per claim id
        self._stale_keys = False  # the sorted column's keys changed since it was sorted
        self._filter = ClaimFilter()
        self._sort_column = -1  # -1: text order
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- loading -----------------------------------------------------------------------

    def set_claims(self, claims: list[Claim]) -> None:
        self.beginResetModel()
        self._claims = {c.id: c for c in claims}
        self._index.clear()
        self._quotes.clear()
        self._stale_keys = False
        self._all_sorted = self._sorted(list(self._claims.values()))
        self._rows = self._matching(self._all_sorted)
        self.endResetModel()

    def _descending(self) -> bool:
        return self._sort_column >= 0 and self._sort_order == Qt.SortOrder.DescendingOrder

    def _sorted(self, claims: list[Claim]) -> list[Claim]:
        """`claims` in the list's sort order (equal keys keep their order in `claims`)."""
        if self._stale_keys:  # what the sorted column shows changed since it was sorted
            self._index.forget_column(self._sort_column)
            self._stale_keys = False
        return self._index.sorted(
            self._sort_column, claims, self._sort_key, descending=self._descending()
        )

    def _key(self, claim: Claim) -> SortKey:
        return self._index.key(self._sort_column, claim, self._sort_key)

    def _matching(self, claims: list[Claim]) -> list[Claim]:
        """Those of `claims` (in the sort order) that the filter lets through."""
        if self._filter.is_empty():
            return list(claims)
        if self._filter.text:
            self._index.prepare_texts(claims)
        return matching(claims, self._filter, self._index.text, self.person_name)

    def _sort_key(self, claim: Claim) -> SortKey:
        """What `claim` sorts by in the sorted column; made once per claim (ClaimIndex)."""
        column = self._sort_column
        if column == VERDICT:
            verdict = self._verdict_of(claim)
            return (verdict.position if verdict else 1_000, claim.start, claim.end)
        if column == QUOTE:
            return (claim.exact.casefold(), claim.start)
        if column == CLAIMANT:
            return (claim.claimant.casefold(), claim.start)
        if column == STATUS:
            return (STATUS_ORDER.get(claim.status, len(STATUS_ORDER)), claim.start)
        if column == AUTHOR:
            return (self.person_name(claim).casefold(), claim.start)
        if column == COMMENTS:
            return (self._comment_counts.get(claim.id, 0), claim.start)
        return (claim.start, claim.end, claim.created, claim.id)

    def set_filter(self, claim_filter: ClaimFilter) -> None:
        """Show the claims `claim_filter` lets through; typing on at the end of the text
        (`ClaimFilter.narrows`) tests only the rows shown already."""
        if claim_filter == self._filter and not self._stale_keys:
            return
        self.layoutAboutToBeChanged.emit()
        moved = self._persistent_claims()
        narrower = claim_filter.narrows(self._filter) and not self._stale_keys
        if self._stale_keys:
            self._all_sorted = self._sorted(self._all_sorted)
        self._filter = replace(claim_filter)
        self._rows = self._matching(self._rows if narrower else self._all_sorted)
        self._remap_persistent(*moved)
        self.layoutChanged.emit()

    def claim_filter(self) -> ClaimFilter:
        return replace(self._filter)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # noqa: D401 - Qt override
        self.layoutAboutToBeChanged.emit()
        moved = self._persistent_claims()
        if self._stale_keys:  # made again when that column is sorted by
            self._index.forget_column(self._sort_column)
            self._stale_keys = False
        self._sort_column = column
        self._sort_order = order
        self._all_sorted = self._sorted(self._all_sorted)
        if len(self._rows) == len(self._all_sorted):
            self._rows = list(self._all_sorted)
        else:
            shown = {c.id for c in self._rows}
            self._rows = [c for c in self._all_sorted if c.id in shown]
        self._remap_persistent(*moved)
        self.layoutChanged.emit()

    def _persistent_claims(self) -> tuple[list[QModelIndex], list[str | None]]:
        """The persistent indexes (the view's selection and current row) and their claims."""
        persistent = self.persistentIndexList()
        rows = self._rows
        return persistent, [
            rows[i.row()].id if 0 <= i.row() < len(rows) else None for i in persistent
        ]

    def _remap_persistent(self, old_persistent: list[QModelIndex], ids: list[str | None]) -> None:
        if len(ids) > PERSISTENT_SEARCHED:  # many: one pass over the rows
            positions = {c.id: i for i, c in enumerate(self._rows)}
            row_of: Callable[[str], int | None] = positions.get
        else:  # a few (the current row's cells): a binary search each
            row_of = self.row_of
        new = []
        for index, claim_id in zip(old_persistent, ids, strict=True):
            row = row_of(claim_id) if claim_id else None
            new.append(self.index(row, index.column()) if row is not None else QModelIndex())
        self.changePersistentIndexList(old_persistent, new)

    # -- incremental updates -----------------------------------------------------------

    def _position(self, rows: list[Claim], claim: Claim) -> int:
        """Binary search for `claim`'s place in `rows` under the current sort: before the
        claims whose key equals its (O(log n) keys, each made once)."""
        key = self._key(claim)
        descending = self._descending()
        low, high = 0, len(rows)
        while low < high:
            middle = (low + high) // 2
            other = self._key(rows[middle])
            if (other > key) if descending else (other < key):
                low = middle + 1
            else:
                high = middle
        return low

    def _find(self, rows: list[Claim], claim: Claim) -> int | None:
        """The position of `claim` in `rows` (which are in the sort order), or None."""
        key = self._key(claim)
        position = self._position(rows, claim)
        while position < len(rows) and self._key(rows[position]) == key:
            if rows[position].id == claim.id:
                return position
            position += 1
        # Keys made after the rows were sorted (stale counts) may not lead to it: look through.
        ids = [c.id for c in rows]
        return ids.index(claim.id) if claim.id in ids else None

    def upsert(self, claim: Claim) -> None:
        """Add a claim or refresh its row (moving it if its sort position changed)."""
        existing = self._claims.get(claim.id)
        row, placed, moved = None, None, True
        if existing is not None:
            row, placed = self._find(self._rows, existing), self._find(self._all_sorted, existing)
            old_key = self._key(existing)
            self._index.forget(claim.id)
            moved = old_key != self._key(claim)
        self._claims[claim.id] = claim
        self._quotes.pop(claim.id, None)
        self._place_in_order(claim, placed, moved)
        visible = bool(self._matching([claim]))
        if row is not None:
            if not visible:
                self._remove_row(row)
            elif moved:
                self._remove_row(row)
                self._insert_row(claim)
            else:
                self._rows[row] = claim
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        elif visible:
            self._insert_row(claim)

    def _place_in_order(self, claim: Claim, placed: int | None, moved: bool) -> None:
        if placed is not None and not moved:
            self._all_sorted[placed] = claim
            return
        if placed is not None:
            del self._all_sorted[placed]
        self._all_sorted.insert(self._position(self._all_sorted, claim), claim)

    def _insert_row(self, claim: Claim) -> None:
        position = self._position(self._rows, claim)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, claim)
        self.endInsertRows()

    def _remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def remove(self, claim_id: str) -> None:
        claim = self._claims.get(claim_id)
        if claim is None:
            return
        row, placed = self._find(self._rows, claim), self._find(self._all_sorted, claim)
        del self._claims[claim_id]
        self._index.forget(claim_id)
        self._quotes.pop(claim_id, None)
        if placed is not None:
            del self._all_sorted[placed]
        if row is not None:
            self._remove_row(row)

    def set_comment_counts(self, counts: dict[str, int]) -> None:
        """Unresolved comment threads per claim; repaints only the column (a list sorted by
        it is sorted again at the next filter or sort)."""
        if counts == self._comment_counts:
            return
        self._comment_counts = dict(counts)
        self._keys_changed(COMMENTS)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, COMMENTS), self.index(len(self._rows) - 1, COMMENTS)
            )

    def refresh_all(self) -> None:
        """Repaint every row (verdict colours or labels changed)."""
        self._quotes.clear()
        self._keys_changed(VERDICT)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1)
            )

    def _keys_changed(self, column: int) -> None:
        """What `column` sorts by changed for any claim. The rows stay where they are until
        the next filter or sort (as a repaint alone leaves them), and keep the keys they were
        placed by until then, so that a row is still found by its key."""
        if column == self._sort_column:
            self._stale_keys = True
        else:
            self._index.forget_column(column)

    # -- lookups -------------------------------------------------------------------------

    def row_of(self, claim_id: str) -> int | None:
        claim = self._claims.get(claim_id)
        return self._find(self._rows, claim) if claim is not None else None

    def claim_at(self, row: int) -> Claim | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def claim(self, claim_id: str) -> Claim | None:
        return self._claims.get(claim_id)

    def all_claims(self) -> list[Claim]:
        return list(self._claims.values())

    def visible_ids(self) -> list[str]:
        return [c.id for c in self._rows]

    def _quote_shown(self, claim: Claim) -> str:
        shown = self._quotes.get(claim.id)
        if shown is None:
            quote = middle_cut(" ".join(claim.exact.split()), QUOTE_SHOWN)
            prefix = "⚠ " if claim.anchor_state == "orphaned" else ""
            shown = self._quotes[claim.id] = prefix + quote
        return shown

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
                return self._quote_shown(claim)
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
