"""The article reader: read-only text with claim highlights that never rewrite the text.

The body is loaded once with `setPlainText`, so Qt positions equal the UTF-16 offsets of the
canonical text. The headline and standfirst are blocks of that text (styled, and claimable
like any other words); what is not text (the byline, date, address, and the title of articles
imported before headlines were text) is painted in the document's top margin, never inserted
into it. Highlights are character formats applied per segment, computed only for the range an
edit touches; the selected claim and find matches are extra selections on top. A PDF's left
margin says where each printed page begins (page_gutter).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QContextMenuEvent,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from annotator.anchoring import OffsetMap
from annotator.anchoring.offsets import display_breaks, with_breaks
from annotator.anchoring.spans import Segment, Span, SpanIndex, segments
from annotator.domain import UNRATED_COLOUR, Article, Claim
from annotator.ui.common.theme import muted_text
from annotator.ui.reader import highlight_style
from annotator.ui.reader.block_format import format_blocks
from annotator.ui.reader.highlight_style import TINT_NESTED, TINT_SINGLE, text_colour_on, tint
from annotator.ui.reader.page_gutter import PageGutter, show_page_tooltip
from annotator.ui.reader.reader_header import fill_header, paint_header, reserve_header_space

ColourFor = Callable[[Claim], str]
DOCUMENT_MARGIN = 28
MAX_FIND_MATCHES = 10_000
KEEP_ANCHOR = QTextCursor.MoveMode.KeepAnchor  # looked up once: Qt enum access is slow in Python


class ArticleReader(QTextEdit):
    """Shows one article; emits `claim_clicked` when a highlight is clicked."""

    claim_clicked = Signal(str)
    selection_changed_to_span = Signal(bool)  # True when a claim could be made from the selection

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleReader")
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.document().setUndoRedoEnabled(False)
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self.setAcceptRichText(False)
        self._header = QTextDocument(self)  # painted above the text, in the top margin
        self._article: Article | None = None
        self._offsets = OffsetMap("")
        self._body_offset = 0
        self._index = SpanIndex()
        self._colours: dict[str, str] = {}
        self._current: str | None = None
        self._find_matches: list[tuple[int, int]] = []
        self._suggestions: list[tuple[int, int]] = []  # check-worthiness, dashed underlines
        self._find_current = -1
        self._context_actions: list[QAction] = []
        self._press_pos: QPoint | None = None
        self._formats: dict[tuple[str, str, bool], QTextCharFormat] = {}
        self._plain_format: QTextCharFormat | None = None
        self._painter = QTextCursor(self.document())
        self._gutter = PageGutter(self)  # "p. 12" beside each page start of a PDF
        self._gutter.hide()
        self.selectionChanged.connect(
            lambda: self.selection_changed_to_span.emit(self.selected_span() is not None)
        )

    # -- loading ----------------------------------------------------------------------

    @property
    def article(self) -> Article | None:
        return self._article

    def restyle(self) -> None:
        """Forget the formats made for the old theme or font; `show_article` makes new ones."""
        self._formats.clear()
        self._plain_format = None

    def clear_article(self) -> None:
        self._article = None
        self._index = SpanIndex()
        self._colours.clear()
        self._current = None
        self._find_matches = []
        self._suggestions = []
        self.setExtraSelections([])
        self.document().clear()
        self._gutter.set_page_starts([])

    def show_article(self, article: Article, claims: list[Claim], colour_for: ColourFor) -> None:
        """Load the text once and draw every claim's highlight in one sweep.

        The document is filled before the view sees it: an unattached document is not laid
        out, so formatting it is cheap, and the view then lays out lazily (only what is
        shown), as a plain text widget does. Refilling the shown document would lay out all of it.
        """
        self.clear_article()
        self.ensurePolished()
        self._article = article
        breaks = display_breaks(article.text)  # keeps huge paragraphs from freezing the layout
        self._offsets = OffsetMap(article.text, breaks)
        document = QTextDocument(self)
        document.setUndoRedoEnabled(False)
        document.setDocumentMargin(DOCUMENT_MARGIN)
        document.setDefaultFont(self.font())
        document.setPlainText(with_breaks(article.text, breaks))
        self._body_offset = 0  # positions are those of the canonical text
        self._fill_header(article)
        self._apply_reading_format(document)
        format_blocks(document, article, self.font().pointSizeF(), self.to_qt_position)
        self._painter = QTextCursor(document)
        self._index = SpanIndex([Span(c.id, c.start, c.end) for c in claims])
        self._colours = {c.id: colour_for(c) for c in claims}
        self._paint_segments(segments(self._index_spans()))
        previous = self.document()
        self.setDocument(document)
        self._fit_header()
        self._gutter.set_page_starts(
            [(self.to_qt_position(o), page) for o, page in article.page_starts()]
        )
        document.documentLayout().documentSizeChanged.connect(self._gutter.update)
        if shiboken6.isValid(previous) and previous.parent() is self:
            previous.deleteLater()  # the view only deletes documents it created itself
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.verticalScrollBar().setValue(0)

    def _index_spans(self) -> list[Span]:
        return [s for key in self._index.in_order() if (s := self._index.get(key))]

    def _apply_reading_format(self, document: QTextDocument) -> None:
        cursor = QTextCursor(document)
        cursor.setPosition(self._body_offset)
        cursor.movePosition(QTextCursor.MoveOperation.End, KEEP_ANCHOR)
        block = QTextBlockFormat()
        block.setLineHeight(145, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.mergeBlockFormat(block)

    def _fill_header(self, article: Article) -> None:
        fill_header(self._header, article, self.font(), muted_text(self.palette()))
        self.setAccessibleDescription(self._header.toPlainText())

    def _fit_header(self) -> None:
        gap = 1.6 * self.font().pointSizeF()
        reserve_header_space(
            self.document(),
            self._header,
            self.viewport().width() - 2 * DOCUMENT_MARGIN,
            DOCUMENT_MARGIN,
            gap,
        )

    def header_text(self) -> str:
        """The lines shown above the text (plain text)."""
        return self._header.toPlainText()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._gutter.place()
        if self._article is not None:
            self._fit_header()

    @property
    def page_gutter(self) -> PageGutter:  # where each page of a PDF begins (hidden otherwise)
        return self._gutter

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self._article is None or self._header.isEmpty():
            return
        painter = QPainter(self.viewport())
        x = DOCUMENT_MARGIN - self.horizontalScrollBar().value()
        paint_header(painter, self._header, x, DOCUMENT_MARGIN - self.verticalScrollBar().value())
        painter.end()

    # -- positions -------------------------------------------------------------------

    def _cursor_for(self, start: int, end: int) -> QTextCursor:
        return self._select(QTextCursor(self.document()), start, end)

    def _select(self, cursor: QTextCursor, start: int, end: int) -> QTextCursor:
        """Select code points [start, end) of the canonical text with `cursor`."""
        cursor.setPosition(self.to_qt_position(start))
        cursor.setPosition(self.to_qt_position(end), KEEP_ANCHOR)
        return cursor

    def to_qt_position(self, text_offset: int) -> int:
        """A code-point offset of the canonical text as a Qt document position."""
        return self._body_offset + self._offsets.to_utf16(text_offset)

    def to_text_offset(self, qt_position: int) -> int:
        """A Qt document position as a code-point offset into the canonical text."""
        relative = max(0, qt_position - self._body_offset)
        return min(self._offsets.to_codepoint(relative), self._offsets.length)

    def selected_span(self) -> tuple[int, int] | None:
        """The selection as code-point offsets of the canonical text, trimmed of white space at
        its ends; None if nothing but white space is selected."""
        cursor = self.textCursor()
        if self._article is None or not cursor.hasSelection():
            return None
        if cursor.selectionEnd() <= self._body_offset:
            return None
        start = self.to_text_offset(cursor.selectionStart())
        end = self.to_text_offset(cursor.selectionEnd())
        text = self._article.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def select_span(self, start: int, end: int) -> None:
        self.setTextCursor(self._cursor_for(start, end))

    # -- highlights ------------------------------------------------------------------

    def set_claim(self, claim: Claim, colour: str) -> None:
        """Add or update one claim's highlight, repainting only the text it touches."""
        old = self._index.get(claim.id)
        unchanged = (
            old is not None
            and (old.start, old.end) == (claim.start, claim.end)
            and self._colours.get(claim.id) == colour
        )
        self._colours[claim.id] = colour
        self._index.add(Span(claim.id, claim.start, claim.end))
        if not unchanged:
            ranges = [(claim.start, claim.end)]
            if old is not None and (old.start, old.end) != (claim.start, claim.end):
                ranges.append((old.start, old.end))
            self._painter.beginEditBlock()  # one layout update for the whole change
            for start, end in ranges:
                self._repaint_range(start, end)
            self._painter.endEditBlock()
        if self._current == claim.id:
            self._update_extra_selections()

    def remove_claim(self, claim_id: str) -> None:
        old = self._index.remove(claim_id)
        self._colours.pop(claim_id, None)
        if old is not None:
            self._painter.beginEditBlock()
            self._repaint_range(old.start, old.end)
            self._painter.endEditBlock()
        if self._current == claim_id:
            self._current = None
            self._update_extra_selections()

    def _repaint_range(self, start: int, end: int) -> None:
        self._clear_format(start, end)
        self._paint_segments(segments(self._index.overlapping(start, end), start, end))

    def _clear_format(self, start: int, end: int) -> None:
        if self._plain_format is None:
            self._plain_format = QTextCharFormat()
            self._plain_format.setBackground(QBrush(Qt.BrushStyle.NoBrush))
            self._plain_format.setForeground(self.palette().text())
            self._plain_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)
        self._select(self._painter, start, end).mergeCharFormat(self._plain_format)

    def _paint_segments(self, parts: list[Segment]) -> None:
        cursor = self._painter
        to_utf16 = self._offsets.to_utf16
        body = self._body_offset
        colours = self._colours
        cursor.beginEditBlock()  # inside an edit block Qt skips layout work on every setPosition
        for segment in parts:
            inner = colours.get(segment.keys[0])
            outer = colours.get(segment.keys[-1])
            if inner is None or outer is None:
                continue
            cursor.setPosition(body + to_utf16(segment.start))
            cursor.setPosition(body + to_utf16(segment.end), KEEP_ANCHOR)
            cursor.mergeCharFormat(self._highlight_format(inner, outer, len(segment.keys) > 1))
        cursor.endEditBlock()

    def _highlight_format(self, inner: str, outer: str, nested: bool) -> QTextCharFormat:
        key = (inner, outer, nested)
        char_format = self._formats.get(key)
        if char_format is None:
            page = self.palette().color(QPalette.ColorRole.Base)
            background = tint(inner, TINT_NESTED if nested else TINT_SINGLE, page)
            char_format = QTextCharFormat()
            char_format.setBackground(background)
            char_format.setForeground(text_colour_on(background))
            unrated = inner.lower() == UNRATED_COLOUR  # dashed: not to be taken for "Half true"
            style = QTextCharFormat.UnderlineStyle
            char_format.setUnderlineStyle(style.DashUnderline if unrated else style.SingleUnderline)
            char_format.setUnderlineColor(QColor(outer).darker(130 if not unrated else 250))
            self._formats[key] = char_format
        return char_format

    def claims_at(self, offset: int) -> list[str]:
        """Ids of the claims covering the character at `offset`, innermost first."""
        return [span.key for span in self._index.covering(offset)]

    # -- the selected claim ------------------------------------------------------------

    def set_current_claim(self, claim_id: str | None, *, scroll: bool = True) -> None:
        self._current = claim_id if claim_id is not None and claim_id in self._index else None
        self._update_extra_selections()
        if scroll and self._current:
            self.scroll_to_claim(self._current)

    def current_claim(self) -> str | None:
        return self._current

    def scroll_to_claim(self, claim_id: str) -> None:
        span = self._index.get(claim_id)
        if span is None:
            return
        cursor = self._cursor_for(span.start, span.start)
        rect = self.cursorRect(cursor)
        viewport_height = self.viewport().height()
        if rect.top() < 0 or rect.bottom() > viewport_height:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - viewport_height // 3)

    def set_suggestions(self, spans: list[tuple[int, int]]) -> None:
        """Check-worthiness suggestions: a dashed underline, distinct from claim highlights."""
        self._suggestions = list(spans)
        self._update_extra_selections()

    def _update_extra_selections(self) -> None:
        selections = []
        for start, end in self._suggestions:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._cursor_for(start, end)
            selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            selection.format.setUnderlineColor(QColor("#6a3d9a"))
            selections.append(selection)
        for index, (start, end) in enumerate(self._find_matches):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._cursor_for(start, end)
            current = index == self._find_current
            colour = QColor(highlight_style.FIND_CURRENT if current else highlight_style.FIND_MATCH)
            selection.format.setBackground(colour)
            selection.format.setForeground(text_colour_on(colour))
            selections.append(selection)
        span = self._index.get(self._current) if self._current else None
        if span is not None:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._cursor_for(span.start, span.end)
            background = QColor(self._colours.get(span.key, "#cccccc"))
            selection.format.setBackground(background)
            selection.format.setForeground(text_colour_on(background))
            selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            selection.format.setUnderlineColor(QColor("#000000"))
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, False)
            selections.append(selection)
        self.setExtraSelections(selections)

    # -- find in article -------------------------------------------------------------

    def find_all(self, needle: str) -> int:
        """Mark every case-insensitive match of `needle`; returns how many there are."""
        self._find_matches = []
        self._find_current = -1
        if self._article is not None and needle:
            pattern = re.compile(re.escape(needle), re.IGNORECASE)
            for match in pattern.finditer(self._article.text):
                self._find_matches.append((match.start(), match.end()))
                if len(self._find_matches) >= MAX_FIND_MATCHES:
                    break
        self._update_extra_selections()
        return len(self._find_matches)

    def find_step(self, forward: bool = True) -> int:
        """Go to the next (or previous) match; returns its index, or -1 if there is none."""
        if not self._find_matches:
            return -1
        step = 1 if forward else -1
        self._find_current = (self._find_current + step) % len(self._find_matches)
        start, end = self._find_matches[self._find_current]
        self._update_extra_selections()
        self.setTextCursor(self._cursor_for(start, start))
        self.ensureCursorVisible()
        return self._find_current

    def find_count(self) -> int:
        return len(self._find_matches)

    def current_find_match(self) -> tuple[int, int] | None:
        """The span (code points) of the find match stepped to, if any."""
        if 0 <= self._find_current < len(self._find_matches):
            return self._find_matches[self._find_current]
        return None

    def clear_find(self) -> None:
        self._find_matches = []
        self._find_current = -1
        self._update_extra_selections()

    # -- mouse -----------------------------------------------------------------------

    def set_context_actions(self, actions: list[QAction]) -> None:
        self._context_actions = actions

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        menu = self.createStandardContextMenu(event.pos())
        if self._context_actions:
            existing = menu.actions()
            if existing:
                for action in self._context_actions:
                    menu.insertAction(existing[0], action)
                menu.insertSeparator(existing[0])
            else:
                menu.addActions(self._context_actions)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._press_pos = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        moved = self._press_pos is not None and (point - self._press_pos).manhattanLength() > 3
        if (
            event.button() == Qt.MouseButton.LeftButton
            and not moved
            and not self.textCursor().hasSelection()
        ):
            self.click_at(point)

    def click_at(self, point: QPoint) -> str | None:
        """Select the claim under `point`; clicking again cycles through overlapping claims."""
        offset = self.offset_at(point)
        if offset is None:
            return None
        keys = self.claims_at(offset)
        if not keys:
            return None
        if self._current in keys:
            chosen = keys[(keys.index(self._current) + 1) % len(keys)]
        else:
            chosen = keys[0]
        self.claim_clicked.emit(chosen)
        return chosen

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """A tooltip over a PDF article's text says the page it is printed on ("p. 12")."""
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip and self._article:
            offset = self.offset_at(event.pos())
            show_page_tooltip(
                self, event, self._article.page_at(offset) if offset is not None else None
            )
            return True
        return super().viewportEvent(event)

    def offset_at(self, point: QPoint) -> int | None:
        """The code-point offset of the character under a viewport point."""
        cursor = self.cursorForPosition(point)
        position = cursor.position()
        if self.cursorRect(cursor).left() > point.x() and position > 0:
            position -= 1  # the click fell on the right half of the previous character
        if position < self._body_offset:
            return None
        return self.to_text_offset(position)

    def point_for_offset(self, offset: int) -> QPoint:
        """The viewport point at the middle of the character at `offset` (for tests and
        tooltips)."""
        cursor = self._cursor_for(offset, offset)
        left = self.cursorRect(cursor)
        cursor_after = self._cursor_for(offset + 1, offset + 1)
        right = self.cursorRect(cursor_after)
        x = (left.left() + right.left()) // 2 if right.top() == left.top() else left.left() + 2
        return QPoint(x, left.center().y())
