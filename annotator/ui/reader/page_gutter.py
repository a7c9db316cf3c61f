"""The reader's left margin: for PDF articles "p. 12" beside the line where each printed page
begins, so a claim can be cited by page without hovering (the tooltip says it too); and the
claims' report numbers beside the line where each claim starts (claim_numbers.py)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent, QPalette, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from annotator.ui.common.i18n import number, translator

tr = translator("reader.page_gutter")

GUTTER_PADDING = 6
NUMBERS_SHOWN = "888,888"  # the number column fits two numbers; more on one line are elided


class PageGutter(QWidget):
    """Paints page labels for the page starts whose line is in view (a few per screen)."""

    width_changed = Signal()  # the margin it takes from the text grew or shrank

    def __init__(self, reader: QPlainTextEdit) -> None:
        super().__init__(reader)
        self.setObjectName("pageGutter")
        self.setAccessibleName(tr("Page and claim numbers"))
        self._reader = reader
        self._starts: list[tuple[int, int]] = []  # (Qt position, page)
        self._claims: list[int] = []  # the Qt position of claim number i + 1, ascending
        reader.verticalScrollBar().valueChanged.connect(self.update)

    def set_page_starts(self, starts: list[tuple[int, int]]) -> None:
        """Page starts as (Qt document position, page number); with no claim numbers either,
        an empty list hides the gutter and gives its margin back to the text."""
        self._starts = starts
        self._changed()

    def set_claim_positions(self, positions: list[int]) -> None:
        """Where each claim starts (Qt document position), ascending: claim number i + 1 starts
        at `positions[i]`. The gutter keeps the list (its owner updates it and calls again)."""
        self._claims = positions
        self._changed()

    def _changed(self) -> None:
        self.setVisible(bool(self._starts or self._claims))
        width = self.preferred_width()
        margins = self._reader.viewportMargins()
        grew_or_shrank = width != margins.left()
        if grew_or_shrank:
            self._reader.setViewportMargins(width, margins.top(), margins.right(), margins.bottom())
            self.place()
        self.update()
        if grew_or_shrank:
            self.width_changed.emit()

    def page_width(self) -> int:
        """Room for the widest page label (0 without pages)."""
        if not self._starts:
            return 0
        widest = max(self._starts, key=lambda start: len(str(start[1])))
        return self.fontMetrics().horizontalAdvance(label(widest[1])) + 2 * GUTTER_PADDING

    def number_width(self) -> int:
        """Room for two claim numbers on a line (0 without claims)."""
        if not self._claims:
            return 0
        digits = max(2, len(str(len(self._claims))))  # the highest number; 9 → 10: no shift
        shown = NUMBERS_SHOWN[:digits] + "," + NUMBERS_SHOWN[:digits]
        return self.fontMetrics().horizontalAdvance(shown) + 2 * GUTTER_PADDING + 2

    def preferred_width(self) -> int:
        """Room for the widest page label and claim numbers, or 0 when there are neither."""
        return self.page_width() + self.number_width()

    def place(self) -> None:
        """Cover the reader's left viewport margin (kept as wide as the widest label), below
        the header strip in its top margin."""
        area = self._reader.contentsRect()
        top = self._reader.viewportMargins().top()
        # Mirrored (an Arabic interface): the vertical scroll bar is on the left, beside the margin
        left = self._reader.viewport().x() - self.preferred_width()
        left = left if self._reader.isRightToLeft() else area.left()
        self.setGeometry(left, area.top() + top, self.preferred_width(), area.height() - top)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.preferred_width(), 0)

    def _in_view(
        self, positions: list[int], values: list[int] | None = None
    ) -> list[tuple[int, int]]:
        """(y in the gutter, value) of the ascending `positions` whose line is in view, top to
        bottom; the value of `positions[i]` is `values[i]`, or i + 1 without values."""
        viewport = self._reader.viewport()
        top = self._reader.cursorForPosition(viewport.rect().topLeft()).position()
        bottom = self._reader.cursorForPosition(viewport.rect().bottomRight()).position()
        shown = []
        first, last = bisect_left(positions, top), bisect_right(positions, bottom)
        for index in range(first, last):
            position = positions[index]
            value = values[index] if values is not None else index + 1
            cursor = QTextCursor(self._reader.document())
            cursor.setPosition(position)
            shown.append((self._reader.cursorRect(cursor).top() + viewport.y() - self.y(), value))
        return shown

    def visible_labels(self) -> list[tuple[int, str]]:
        """(y in the gutter, label) of each page start whose line is in view, top to bottom."""
        starts = sorted(self._starts)
        shown = self._in_view([p for p, _ in starts], [page for _, page in starts])
        return [(y, label(page)) for y, page in shown]

    def visible_numbers(self) -> list[tuple[int, str]]:
        """(y in the gutter, "3,4") of each line in view where claims start, top to bottom."""
        lines: dict[int, list[str]] = {}
        for y, claim_number in self._in_view(self._claims):
            lines.setdefault(y, []).append(number(claim_number))
        return [(y, ",".join(numbers)) for y, numbers in lines.items()]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(event.rect(), self._reader.palette().color(QPalette.ColorRole.Base))
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        metrics = self.fontMetrics()
        right = (
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignAbsolute
        )
        pages = self.page_width()
        for y, text in self.visible_labels():
            painter.drawText(QRect(0, y, pages - GUTTER_PADDING, metrics.height()), right, text)
        width = self.number_width() - 2 * GUTTER_PADDING
        for y, text in self.visible_numbers():
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            area = QRect(pages + GUTTER_PADDING, y, width, metrics.height())
            painter.drawText(area, right, shown)
        painter.end()


def show_page_tooltip(reader: QPlainTextEdit, event: QHelpEvent, page: int | None) -> None:
    """The reader's tooltip: the page the hovered text is printed on, or none."""
    if page is not None:
        QToolTip.showText(event.globalPos(), label(page), reader.viewport())
    else:
        QToolTip.hideText()


def label(page: int) -> str:
    return tr("p. {page}").format(page=page)
