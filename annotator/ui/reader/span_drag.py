"""Dragging an end of the selected claim's highlight: press within a few pixels of its first or
last character's edge (the pointer becomes a resize arrow), drag, release. The new span is shown
as the selection while dragging and handed to `moved(claim_id, start, end, exact)` on release
(`exact`: Alt was held, so the span is not to be snapped to words)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QMouseEvent, QTextCursor

from annotator.ui.reader.reader import ArticleReader

GRAB_PIXELS = 4
Moved = Callable[[str, int, int, bool], None]
SpanOf = Callable[[str], tuple[int, int] | None]


class SpanDrag(QObject):
    """The drag of one end of the selected claim; every other mouse use is the reader's."""

    def __init__(self, reader: ArticleReader, span_of: SpanOf, moved: Moved) -> None:
        super().__init__(reader)
        self.reader = reader
        self._span_of = span_of  # the claim's (start, end) in code points, if it is placed
        self._moved = moved
        self._grab: tuple[str, int, int, bool] | None = None  # claim, start, end, dragging start
        reader.viewport().setMouseTracking(True)
        reader.viewport().installEventFilter(self)

    def edge_point(self, offset: int) -> QPoint:
        """The viewport point of the caret position before the character at `offset`."""
        cursor = QTextCursor(self.reader.document())
        cursor.setPosition(self.reader.to_qt_position(offset))
        return self.reader.cursorRect(cursor).center()

    def handle_at(self, point: QPoint) -> bool | None:
        """True over the selected claim's start, False over its end, None elsewhere."""
        claim_id = self.reader.current_claim()
        span = self._span_of(claim_id) if claim_id else None
        if span is None:
            return None
        height = self.reader.fontMetrics().height()
        for is_start, offset in ((True, span[0]), (False, span[1])):
            edge = self.edge_point(offset)
            if abs(edge.x() - point.x()) <= GRAB_PIXELS and abs(edge.y() - point.y()) <= height:
                return is_start
        return None

    def _span_to(self, point: QPoint) -> tuple[int, int]:
        assert self._grab is not None
        _, start, end, dragging_start = self._grab
        position = self.reader.to_text_offset(self.reader.cursorForPosition(point).position())
        if dragging_start:
            return min(position, end - 1), end
        return start, max(position, start + 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not isinstance(event, QMouseEvent):
            return False
        point = event.position().toPoint()
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            return self._press(point)
        if kind == QEvent.Type.MouseMove:
            if self._grab is None:  # over a handle the arrow shows (the reader's I-beam not)
                free = event.buttons() == Qt.MouseButton.NoButton
                over = free and self.handle_at(point) is not None
                if over:
                    self.reader.viewport().setCursor(Qt.CursorShape.SizeHorCursor)
                return over
            self.reader.select_span(*self._span_to(point))
            return True
        if kind == QEvent.Type.MouseButtonRelease and self._grab is not None:
            claim_id = self._grab[0]
            span = self._span_to(point)
            self._grab = None
            self._moved(claim_id, *span, bool(event.modifiers() & Qt.KeyboardModifier.AltModifier))
            return True
        return False

    def _press(self, point: QPoint) -> bool:
        handle = self.handle_at(point)
        claim_id = self.reader.current_claim()
        span = self._span_of(claim_id) if claim_id else None
        if handle is None or claim_id is None or span is None:
            return False
        self._grab = (claim_id, span[0], span[1], handle)
        return True
