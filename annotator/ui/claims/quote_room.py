"""The quote keeps room to be read in a narrow claims list.

The quote is the one column that stretches: on a laptop's left pane, with the author column
shown and long claimants, the name and status columns at their fitted widths left it about
50 px ("rate … rovince"). Here the claimant, status and author columns give up width in
proportion, down to `NARROWEST`, before the quote falls under `QUOTE_MIN`; they get their
widths back when the list widens. A width the user drags a column to becomes its wanted width.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView

from annotator.ui.claims.claims_model import AUTHOR, CLAIMANT, QUOTE, STATUS

QUOTE_MIN = 140
NARROWEST = 60
GIVING = (CLAIMANT, STATUS, AUTHOR)


class QuoteRoom(QObject):
    """The wanted widths of the columns that give way, and their shares of a narrow list."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        self._wanted: dict[int, int] = {}
        self._sharing = False
        view.viewport().installEventFilter(self)
        view.horizontalHeader().sectionResized.connect(self._resized)

    def want(self, column: int, width: int) -> None:
        """`column`'s width when the list has room (call `share` after the last one)."""
        self._wanted[column] = width

    def wanted(self, column: int) -> int | None:
        return self._wanted.get(column)

    def share(self) -> None:
        """Every wanted width, shrunk in proportion where the quote would get under QUOTE_MIN."""
        view, header = self._view, self._view.horizontalHeader()
        giving = [c for c in GIVING if c in self._wanted and not view.isColumnHidden(c)]
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != QUOTE and c not in giving and not view.isColumnHidden(c)
        )
        room = view.viewport().width() - others - QUOTE_MIN
        wanted = sum(self._wanted[c] for c in giving)
        scale = min(1.0, room / wanted) if wanted > 0 else 1.0
        self._sharing = True
        try:
            for column in giving:
                width = self._wanted[column]
                header.resizeSection(column, max(min(width, NARROWEST), int(width * scale)))
        finally:
            self._sharing = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.share()
        return False

    def _resized(self, column: int, _old: int, new: int) -> None:
        """A drag of the column's edge by the user: the width they chose is the one wanted."""
        if not self._sharing and column in self._wanted:
            self._wanted[column] = new
