"""The reader's left margin for PDF articles: "p. 12" beside the line where each printed page
begins, so a claim can be cited by page without hovering (the tooltip says it too)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent, QPalette, QTextCursor
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from annotator.ui.common.i18n import translator

tr = translator("reader.page_gutter")

GUTTER_PADDING = 6


class PageGutter(QWidget):
    """Paints page labels for the page starts whose line is in view (a few per screen)."""

    def __init__(self, reader: QTextEdit) -> None:
        super().__init__(reader)
        self.setObjectName("pageGutter")
        self.setAccessibleName(tr("Page numbers"))
        self._reader = reader
        self._starts: list[tuple[int, int]] = []  # (Qt position, page)
        reader.verticalScrollBar().valueChanged.connect(self.update)

    def set_page_starts(self, starts: list[tuple[int, int]]) -> None:
        """Page starts as (Qt document position, page number); an empty list hides the gutter
        and gives its margin back to the text."""
        self._starts = starts
        self.setVisible(bool(starts))
        self._reader.setViewportMargins(self.preferred_width(), 0, 0, 0)
        self.place()
        self.update()

    def preferred_width(self) -> int:
        """Room for the widest label, or 0 when there are no pages."""
        if not self._starts:
            return 0
        widest = max(self._starts, key=lambda start: len(str(start[1])))
        return self.fontMetrics().horizontalAdvance(label(widest[1])) + 2 * GUTTER_PADDING

    def place(self) -> None:
        """Cover the reader's left viewport margin (kept as wide as the widest label)."""
        area = self._reader.contentsRect()
        self.setGeometry(area.left(), area.top(), self.preferred_width(), area.height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.preferred_width(), 0)

    def visible_labels(self) -> list[tuple[int, str]]:
        """(y in the gutter, label) of each page start whose line is in view, top to bottom."""
        viewport = self._reader.viewport()
        top = self._reader.cursorForPosition(viewport.rect().topLeft()).position()
        bottom = self._reader.cursorForPosition(viewport.rect().bottomRight()).position()
        shown = []
        for position, page in self._starts:
            if top <= position <= bottom:
                cursor = QTextCursor(self._reader.document())
                cursor.setPosition(position)
                y = self._reader.cursorRect(cursor).top() + viewport.y() - self.y()
                shown.append((y, label(page)))
        return shown

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        height = self.fontMetrics().height()
        for y, text in self.visible_labels():
            area = QRect(0, y, self.width() - GUTTER_PADDING, height)
            painter.drawText(area, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, text)
        painter.end()


def show_page_tooltip(reader: QTextEdit, event: QHelpEvent, page: int | None) -> None:
    """The reader's tooltip: the page the hovered text is printed on, or none."""
    if page is not None:
        QToolTip.showText(event.globalPos(), label(page), reader.viewport())
    else:
        QToolTip.hideText()


def label(page: int) -> str:
    return tr("p. {page}").format(page=page)
