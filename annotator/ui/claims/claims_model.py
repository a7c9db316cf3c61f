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
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)

from annotator.domain import Claim, Verdict
from annotator.ui.claims.claim_index import ClaimFilter as ClaimFilter  # the model's API
from annotator.ui.claims.claim_index import ClaimTable, SortKey, matching
from annotator.ui.claims.claim_index import middle_cut as middle_cut  # the model's API
from annotator.ui.claims.claim_keys import AUTHOR as AUTHOR  # the columns: the model's API
from annotator.ui.claims.claim_keys import CLAIMANT as CLAIMANT
from annotator.ui.claims.claim_keys import COMMENTS as COMMENTS
from annotator.ui.claims.claim_keys import QUOTE as QUOTE
from annotator.ui.claims.claim_keys import STATUS as STATUS
from annotator.ui.claims.claim_keys import VERDICT as VERDICT
from annotator.ui.claims.claim_keys import KeptStatuses, first_elements
from annotator.ui.common import plain_text
from annotator.ui.common.i18n import mark, number, translator
from annotator.ui.common.table_model import RowsTableModel
from annotator.ui.common.verdict_badge import VERDICT_COLOUR_ROLE, unrated_label

tr = translator("claims.claims_model")

ClaimPredicate = Callable[[Claim], bool]
ModelIndex = QModelIndex | QPersistentModelIndex

COLUMNS = ("", mark("Quote"), mark("Claimant"), mark("Status"), mark("Author"), "#")
ALL_CLAIMS_COLUMNS = (mark("Article"),)  # added by the project-wide list (all_claims.py)
CLAIM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
QUOTE_SHOWN = 400  # characters of a long quote kept for the list, which elides it in the middle
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ACCESSIBLE_TEXT = int(Qt.ItemDataRole.AccessibleTextRole)
ROLES_ANSWERED = frozenset(
    {DISPLAY, TOOLTIP, ACCESSIBLE_TEXT, int(CLAIM_ID_ROLE), int(VERDICT_COLOUR_ROLE)}
)
PERSISTENT_SEARCHED = 16  # more persistent indexes than this are found in one pass


class ClaimsModel(RowsTableModel):
    columns: tuple[str, ...] = COLUMNS
    column_tips = {VERDICT: mark("Verdict"), COMMENTS: mark("Unresolved comment threads")}

    def __init__(
        self,
        verdict_lookup: Callable[[Claim], Verdict | None],
        verdicts_lookup: Callable[[list[Claim]], list[Verdict | None]] | None = None,
    ) -> None:
        """`verdict_lookup(claim)`: the verdict shown for a claim (none while a blind review
        hides it); `verdicts_lookup(claims)`: the same for many claims at once (default: the
        first asked per claim)."""
        super().__init__()
        self.columns = tuple(tr(c) if c else c for c in type(self).columns)
        self.column_tips = {c: tr(t) for c, t in type(self).column_tips.items()}
        self._verdict_of = verdict_lookup
        self._verdicts_of = verdicts_lookup or (lambda claims: list(map(verdict_lookup, claims)))
        self.person_name: Callable[[Claim], str] = lambda claim: claim.author
        """The author as shown (the window maps the identity to its current display name);
        it depends only on the claim's `author_id` and `author`."""
        self._statuses = KeptStatuses()  # the status as shown, per slot (see status_text)
        self._unrated_texts: tuple[str, str] | None = None
        self._comment_counts: dict[str, int] = {}
        self._table = ClaimTable()  # the claims in slots, with what is made per claim
        self._table.base = (-1, partial(self._keys_of, -1))  # ties: by place in the text
        self._all_sorted: list[int] = []  # the slot of every claim, in the sort order
        self._rows: list[int] = []  # those the filter lets through, in that order
        self._quotes: dict[str, str] = {}  # the quote as listed, per claim id
        self._stale_all = False  # every key of the sorted column changed since it was sorted
        self._stale: set[int] = set()  # the slots whose key of the sorted column changed
        self._filter = ClaimFilter()
        self._sort_column = -1  # -1: text order
        self._sort_order = Qt.SortOrder.AscendingOrder

    @property
    def status_text(self) -> Callable[[Claim], str]:
        """The status as shown (the window adds when an approval was voided), kept per row
        until the row's claim is replaced (`upsert`), removed or all reloaded: what else it
        depends on (review records) changes only with the claim's own row (a status move; a
        source's change that voids an approval sends the claim back to review, a notice)."""
        return self._statuses.one

    @status_text.setter
    def status_text(self, status_text: Callable[[Claim], str]) -> None:
        self._statuses.tell_one(status_text)

    @property
    def status_texts(self) -> Callable[[list[Claim]], list[str]]:
        """`status_text` of many claims at once (set after `status_text`)."""
        return self._statuses.many

    @status_texts.setter
    def status_texts(self, status_texts: Callable[[list[Claim]], list[str]]) -> None:
        self._statuses.tell_many(status_texts)

    # -- loading -----------------------------------------------------------------------

    def set_claims(self, claims: list[Claim]) -> None:
        self.beginResetModel()
        slots = self._table.load(claims)
        self._quotes.clear()
        self._statuses.kept.clear()
        self._unrated_texts = None
        self._stale_all, self._stale = False, set()
        self._all_sorted = self._sorted(slots)
        self._rows = self._matching(self._all_sorted)
        self.endResetModel()

    def _descending(self) -> bool:
        return self._sort_column >= 0 and self._sort_order == Qt.SortOrder.DescendingOrder

    def _sorted(self, slots: list[int]) -> list[int]:
        """`slots` in the list's sort order (equal keys keep their order in `slots`)."""
        self._forget_stale()
        return self._table.sorted(
            self._sort_column, slots, self._sort_keys, descending=self._descending()
        )

    @property
    def _stale_keys(self) -> bool:
        """What the sorted column shows changed since it was sorted."""
        return self._stale_all or bool(self._stale)

    def _forget_stale(self) -> None:
        """The sorted column's changed keys made again at its next sort (see _keys_changed)."""
        if self._stale_all:
            self._table.forget_column(self._sort_column)
        elif self._stale:
            self._table.changed(self._sort_column, self._stale)
        self._stale_all, self._stale = False, set()

    def _keys(self) -> list[SortKey]:
        return self._table.keys(self._sort_column, self._sort_keys)

    def _matching(self, slots: list[int]) -> list[int]:
        """Those of `slots` (in the sort order) whose claims the filter lets through."""
        if self._filter.is_empty():
            return list(slots)
        return matching(slots, self._filter, self._table, self.person_name)

    def _sort_keys(self, claims: list[Claim]) -> list[Any]:
        """What each of `claims` sorts by in the sorted column (see _keys_of)."""
        return self._keys_of(self._sort_column, claims)

    def _keys_of(self, column: int, claims: list[Claim]) -> list[Any]:
        """The text order's keys of `claims` or what each sorts by first (claim_keys); the
        quotes of every claim casefolded with the searched texts (after a load, while idle)."""
        if column == QUOTE and claims is self._table.claims:
            return list(self._table.folded_quotes())
        return first_elements(
            column, claims, self._verdicts_of, self.person_name, self._comment_counts
        )

    def set_filter(self, claim_filter: ClaimFilter) -> None:
        """Show the claims `claim_filter` lets through; typing on at the end of the text
        (`ClaimFilter.narrows`) tests only the rows shown already. When the rows shown stay
        the same (a letter more of a word), the view is told nothing and repaints nothing."""
        if claim_filter == self._filter and not self._stale_keys:
            return
        if self._stale_keys:  # sorted again first, then filtered
            self.layoutAboutToBeChanged.emit()
            moved = self._persistent_claims()
            self._all_sorted = self._sorted(self._all_sorted)
            self._filter = replace(claim_filter)
            self._rows = self._matching(self._all_sorted)
            self._remap_persistent(*moved)
            self.layoutChanged.emit()
            return
        narrower = claim_filter.narrows(self._filter)
        previous, self._filter = self._filter, replace(claim_filter)
        rows = self._matching(self._rows if narrower else self._all_sorted)
        if rows == self._rows:
            return
        self._filter = previous  # as the view last saw it, until the layout change is signalled
        self.layoutAboutToBeChanged.emit()
        moved = self._persistent_claims()
        self._filter, self._rows = replace(claim_filter), rows
        self._remap_persistent(*moved)
        self.layoutChanged.emit()

    def prepare_text_filter(self) -> None:
        """Make every claim's searched text now (the filter box got the focus), so that the
        first keystroke does not."""
        self._table.prepare_texts()

    def prepare_some_texts(self, limit: int) -> bool:
        """Make `limit` more of the claims' searched texts; True if some are still to make."""
        return self._table.prepare_texts(limit)

    def claim_filter(self) -> ClaimFilter:
        return replace(self._filter)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # noqa: D401 - Qt override
        self.layoutAboutToBeChanged.emit()
        moved = self._persistent_claims()
        self._forget_stale()  # made again when that column is sorted by
        self._sort_column = column
        self._sort_order = order
        self._all_sorted = self._sorted(self._all_sorted)
        if len(self._rows) == len(self._all_sorted):
            self._rows = list(self._all_sorted)
        else:
            shown = bytearray(len(self._table.claims))
            for slot in self._rows:
                shown[slot] = 1
            self._rows = [s for s in self._all_sorted if shown[s]]
        self._remap_persistent(*moved)
        self.layoutChanged.emit()

    def _persistent_claims(self) -> tuple[list[QModelIndex], list[int | None]]:
        """The persistent indexes (the view's selection and current row) and their slots."""
        persistent = self.persistentIndexList()
        rows = self._rows
        return persistent, [rows[i.row()] if 0 <= i.row() < len(rows) else None for i in persistent]

    def _remap_persistent(self, old_persistent: list[QModelIndex], slots: list[int | None]) -> None:
        if len(slots) > PERSISTENT_SEARCHED:  # many: one pass over the rows
            positions = {s: i for i, s in enumerate(self._rows)}
            row_of: Callable[[int], int | None] = positions.get
        else:  # a few (the current row's cells): a search each
            row_of = partial(self._find, self._rows)
        new = []
        for index, slot in zip(old_persistent, slots, strict=True):
            row = row_of(slot) if slot is not None else None
            new.append(self.index(row, index.column()) if row is not None else QModelIndex())
        self.changePersistentIndexList(old_persistent, new)

    # -- incremental updates -----------------------------------------------------------

    def _position(self, rows: list[int], slot: int) -> int:
        """Binary search for `slot`'s place in `rows` under the current sort: before the
        slots whose key equals its."""
        keys = self._keys()
        key = keys[slot]
        descending = self._descending()
        low, high = 0, len(rows)
        while low < high:
            middle = (low + high) // 2
            other = keys[rows[middle]]
            if (other > key) if descending else (other < key):
                low = middle + 1
            else:
                high = middle
        return low

    def _find(self, rows: list[int], slot: int) -> int | None:
        """The position of `slot` in `rows` (which are in the sort order), or None."""
        keys = self._keys()
        position = self._position(rows, slot)
        while position < len(rows) and keys[rows[position]] == keys[slot]:
            if rows[position] == slot:
                return position
            position += 1
        # Keys made after the rows were sorted (stale counts) may not lead to it: look through.
        try:
            return rows.index(slot)
        except ValueError:
            return None

    def upsert(self, claim: Claim) -> None:
        """Add a claim or refresh its row (moving it if its sort position changed)."""
        slot = self._table.slot_of.get(claim.id)
        row, placed, moved = None, None, True
        if slot is not None:
            row, placed = self._find(self._rows, slot), self._find(self._all_sorted, slot)
            old_key = self._keys()[slot]
        slot = self._table.put(claim)
        self._statuses.kept.pop(slot, None)
        if placed is not None:
            moved = old_key != self._keys()[slot]
        self._quotes.pop(claim.id, None)
        self._place_in_order(slot, placed, moved)
        visible = bool(self._matching([slot]))
        if row is not None:
            if not visible:
                self._remove_row(row)
            elif moved:
                self._remove_row(row)
                self._insert_row(slot)
            else:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        elif visible:
            self._insert_row(slot)

    def _place_in_order(self, slot: int, placed: int | None, moved: bool) -> None:
        if placed is not None and not moved:
            return
        if placed is not None:
            del self._all_sorted[placed]
        self._all_sorted.insert(self._position(self._all_sorted, slot), slot)

    def _insert_row(self, slot: int) -> None:
        position = self._position(self._rows, slot)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, slot)
        self.endInsertRows()

    def _remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def remove(self, claim_id: str) -> None:
        slot = self._table.slot_of.get(claim_id)
        if slot is None:
            return
        row, placed = self._find(self._rows, slot), self._find(self._all_sorted, slot)
        self._table.drop(claim_id)
        self._quotes.pop(claim_id, None)
        self._statuses.kept.pop(slot, None)
        self._stale.discard(slot)
        if placed is not None:
            del self._all_sorted[placed]
        if row is not None:
            self._remove_row(row)

    def set_comment_counts(self, counts: dict[str, int]) -> None:
        """Unresolved comment threads per claim; repaints only the column (a list sorted by
        it is sorted again at the next filter or sort, the claims whose count changed placed
        again among the others)."""
        if counts == self._comment_counts:
            return
        previous, self._comment_counts = self._comment_counts, dict(counts)
        slot_of = self._table.slot_of
        changed = {
            slot_of[i]
            for i in previous.keys() | counts.keys()
            if i in slot_of and previous.get(i, 0) != counts.get(i, 0)
        }
        self._keys_changed(COMMENTS, changed)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, COMMENTS), self.index(len(self._rows) - 1, COMMENTS)
            )

    def refresh_all(self) -> None:
        """Repaint every row (verdict colours or labels changed)."""
        self._quotes.clear()
        self._statuses.kept.clear()
        self._unrated_texts = None
        self._keys_changed(VERDICT)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1)
            )

    def _keys_changed(self, column: int, slots: set[int] | None = None) -> None:
        """What `column` sorts by changed for the claims of `slots` (None: for any claim).
        The rows stay where they are until the next filter or sort (as a repaint alone leaves
        them), and keep the keys they were placed by until then, so that a row is still found
        by its key."""
        if column == self._sort_column:
            if slots is None:
                self._stale_all = True
            else:
                self._stale |= slots
        elif slots is None:
            self._table.forget_column(column)
        else:
            self._table.changed(column, slots)

    # -- lookups -------------------------------------------------------------------------

    def row_of(self, claim_id: str) -> int | None:
        slot = self._table.slot_of.get(claim_id)
        return self._find(self._rows, slot) if slot is not None else None

    def claim_at(self, row: int) -> Claim | None:
        return self._table.claims[self._rows[row]] if 0 <= row < len(self._rows) else None

    def claim(self, claim_id: str) -> Claim | None:
        slot = self._table.slot_of.get(claim_id)
        return self._table.claims[slot] if slot is not None else None

    def all_claims(self) -> list[Claim]:
        return self._table.live()

    def visible_ids(self) -> list[str]:
        claims = self._table.claims
        return [claims[s].id for s in self._rows]

    def _unrated(self) -> tuple[str, str]:
        """(shown, accessible) text of an unrated verdict, translated once per load (a
        translation asked per cell painted costs more than the rest of the cell)."""
        if self._unrated_texts is None:
            self._unrated_texts = (unrated_label(), tr("Unrated"))
        return self._unrated_texts

    def _status(self, claim: Claim, row: int = -1) -> str:
        slot = self._table.slot_of.get(claim.id, -1)
        return self._statuses.text(claim, slot, self._rows, row, self._table.claims)

    def _quote_shown(self, claim: Claim) -> str:
        shown = self._quotes.get(claim.id)
        if shown is None:
            quote = middle_cut(" ".join(claim.exact.split()), QUOTE_SHOWN)
            prefix = "⚠ " if claim.anchor_state == "orphaned" else ""
            shown = self._quotes[claim.id] = prefix + quote
        return shown

    # -- Qt model interface -------------------------------------------------------------

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        role = int(role)
        if role not in ROLES_ANSWERED or not index.isValid():  # most roles a paint asks for
            return None
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        return self._answer(self._table.claims[self._rows[row]], index.column(), role, row)

    def multiData(
        self, index: ModelIndex, roleDataSpan: QModelRoleDataSpan | QModelRoleData
    ) -> None:  # noqa: N802, N803 - Qt override
        """Every role a cell is painted with, in one call from Qt (a delegate asks for seven;
        one call into Python a cell instead of seven)."""
        row, column = index.row(), index.column()
        if not index.isValid() or not 0 <= row < len(self._rows) or column >= len(COLUMNS):
            super().multiData(index, roleDataSpan)  # a subclass's own column: data() per role
            return
        claim = self._table.claims[self._rows[row]]
        span: Any = roleDataSpan  # PySide's span has len() and [] (its stubs do not say so)
        for position in range(len(span)):
            role_data = span[position]
            role = role_data.role()
            if role in ROLES_ANSWERED:
                role_data.setData(self._answer(claim, column, role, row))
            else:
                role_data.clearData()

    def _answer(self, claim: Claim, column: int, role: int, row: int = -1) -> object:
        """`role` of `claim`'s cell in `column`; `row`: where it is listed (-1: not known)."""
        if role == DISPLAY:
            return self._display(claim, column, row)
        if role == CLAIM_ID_ROLE:
            return claim.id
        if role == TOOLTIP:
            return self._tooltip(claim, row)
        if column != VERDICT:
            return None
        verdict = self._verdict_of(claim)
        if role == ACCESSIBLE_TEXT:
            return verdict.label if verdict else self._unrated()[1]
        return verdict.colour if verdict else None  # VERDICT_COLOUR_ROLE

    def _display(self, claim: Claim, column: int, row: int = -1) -> str | None:
        if column == VERDICT:
            verdict = self._verdict_of(claim)
            return verdict.label if verdict else self._unrated()[0]
        if column == QUOTE:
            return self._quote_shown(claim)
        if column == CLAIMANT:
            return claim.claimant
        if column == STATUS:
            return self._status(claim, row)
        if column == AUTHOR:
            return self.person_name(claim)
        if column == COMMENTS:
            count = self._comment_counts.get(claim.id, 0)
            return number(count) if count else ""
        return None

    def _tooltip(self, claim: Claim, row: int = -1) -> str:
        verdict = self._verdict_of(claim)
        shown = verdict.label if verdict else tr("unrated")
        lines = [tr("Verdict: {verdict}").format(verdict=shown), claim.exact]
        if claim.claim_reviewed:
            lines.append(tr("Claim as checked: {text}").format(text=claim.claim_reviewed))
        if claim.claimant:
            lines.append(tr("Claimant: {claimant}").format(claimant=claim.claimant))
        lines.append(
            tr("By {person} · {status}").format(
                person=self.person_name(claim), status=self._status(claim, row)
            )
        )
        if claim.anchor_state != "exact":
            lines.append(tr("Anchor: {anchor_state}").format(anchor_state=claim.anchor_state))
        return plain_text.tooltip("\n".join(lines))
