"""The article reader: read-only text with claim highlights that never rewrite the text.

A QPlainTextEdit, whose layout is lazy: opening lays out only the blocks in view, as scrolling
reaches more. The body is loaded once with `setPlainText`, so Qt positions equal the UTF-16
offsets of the canonical text. The headline, standfirst and headings are character formats of
that text (styled, and claimable like any other words); list bullets and quote rules are painted
in the left margin beside the blocks in view (block_marks); what is not text (the byline, date,
address, and the title of articles imported before headlines were text) is painted in a strip
above the text (reader_header), never inserted into it. Highlights are drawn for the lines in
view only, from the span index (visible_highlights), so a claim edit costs the same at any
article size. A PDF's left margin says where each printed page begins (page_gutter).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QHelpEvent,
    QMouseEvent,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from annotator.anchoring import OffsetMap
from annotator.anchoring.offsets import display_breaks, with_breaks
from annotator.anchoring.spans import Span, SpanIndex
from annotator.domain import Article, Claim
from annotator.ui.common.theme import muted_text
from annotator.ui.reader.block_format import format_blocks
from annotator.ui.reader.block_marks import paint_marks
from annotator.ui.reader.page_gutter import PageGutter, show_page_tooltip
from annotator.ui.reader.reader_header import HeaderStrip, fill_header
from annotator.ui.reader.visible_highlights import HighlightLayers

ColourFor = Callable[[Claim], str]


class Placed(Protocol):
    """What the reader reads of a claim it highlights: a Claim, or a ClaimPlace at start-up."""

    @property
    def id(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


P = TypeVar("P", bound=Placed)
DOCUMENT_MARGIN = 28
MAX_FIND_MATCHES = 10_000
KEEP_ANCHOR = QTextCursor.MoveMode.KeepAnchor  # looked up once: Qt enum access is slow in Python


class ArticleReader(QPlainTextEdit):
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
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self._header = QTextDocument(self)  # painted above the text (HeaderStrip)
        self._header_strip = HeaderStrip(self, self._header)
        self._header_strip.hide()
        self._header_at_top = True  # the strip shows only while the text is scrolled to its top
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._article: Article | None = None
        self._offsets = OffsetMap("")
        self._body_offset = 0
        self._layers = HighlightLayers(lambda: self.palette().color(QPalette.ColorRole.Base))
        self._colours = self._layers.colours  # claim id -> its verdict colour
        self._shown_range = (0, 0)  # the code points whose highlights are in extraSelections
        self._context_actions: list[QAction] = []
        self._press_pos: QPoint | None = None
        self._gutter = PageGutter(self)  # "p. 12" beside each page start of a PDF
        self._gutter.hide()
        opaque_background(self)
        self.selectionChanged.connect(
            lambda: self.selection_changed_to_span.emit(self.selected_span() is not None)
        )

    # -- loading ----------------------------------------------------------------------

    @property
    def article(self) -> Article | None:
        return self._article

    def restyle(self) -> None:
        """Forget the formats made for the old theme or font; `show_article` makes new ones."""
        self._layers.restyle()

    def clear_article(self) -> None:
        self._clear()
        self._fit_header()  # no article: no strip above the text
        self._gutter.set_claim_positions([])
        self._gutter.set_page_starts([])

    def _clear(self) -> None:
        self._article = None
        self._layers.clear()
        self.setExtraSelections([])
        self.document().clear()
        self._header.clear()

    def show_article(
        self, article: Article, claims: Sequence[P], colour_for: Callable[[P], str]
    ) -> None:
        """Load the text once; highlights are drawn for the lines in view as they come into view.

        `setPlainText` is the whole cost of the text: the plain-text layout lays out only the
        blocks that are shown. The margins (the header strip above, the page and claim numbers
        beside) are sized first, while the document is empty, so the text is laid out once, at
        its final width. The structure (headings, lists, quotes) is a few formats on the blocks
        that have it."""
        self._clear()
        self.ensurePolished()
        breaks = display_breaks(article.text)  # keeps huge paragraphs from freezing the layout
        self._offsets = OffsetMap(article.text, breaks)
        self._body_offset = 0  # positions are those of the canonical text
        self._layers.index = SpanIndex.from_bounds([(c.start, c.end, c.id) for c in claims])
        self._colours.update({c.id: colour_for(c) for c in claims})
        self._fill_header(article)
        self._header_at_top = True  # a new article opens at its top, header shown
        self._gutter.set_page_starts(
            [(self.to_qt_position(o), page) for o, page in article.page_starts()]
        )  # the claim numbers' places too (ClaimNumbers keeps them up to date from now on):
        self._gutter.set_claim_positions(self.to_qt_positions(self._layers.index.starts()))
        self._fit_header(shown=True)  # below the strip, beside the gutter
        document = self.document()
        document.setDefaultFont(self.font())
        self.setPlainText(with_breaks(article.text, breaks))  # no article yet: no highlights
        self._article = article  # made while the document is rebuilt (they would not survive it)
        document.setDocumentMargin(DOCUMENT_MARGIN)
        format_blocks(document, article, self.font().pointSizeF(), self.to_qt_position)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.verticalScrollBar().setValue(0)
        self._refresh_highlights()

    def _fill_header(self, article: Article) -> None:
        fill_header(self._header, article, self.font(), muted_text(self.palette()))
        self.setAccessibleDescription(self._header.toPlainText())

    def _scrolled(self, value: int) -> None:
        """Scrolled away from the top (or back): the header strip goes (or comes back), so a
        long title and standfirst do not take the reader's height while one reads on. Later,
        not inside the scroll bar's signal (Qt must not re-lay out the view from there)."""
        at_top = value == 0
        if at_top != self._header_at_top:
            self._header_at_top = at_top
            QTimer.singleShot(0, self, self._fit_header)

    def _fit_header(self, *, shown: bool = False) -> None:
        """Size the strip above the text for the header, and give it the top margin (none
        while the text is scrolled away from its top, or no article is `shown`)."""
        width = self.viewport().width() - 2 * DOCUMENT_MARGIN
        height = self._header_strip.fit(DOCUMENT_MARGIN, DOCUMENT_MARGIN / 2, width)
        if not (shown or self._article is not None) or not self._header_at_top:
            height = 0
        margins = self.viewportMargins()
        if margins.top() != height:
            self.setViewportMargins(margins.left(), height, margins.right(), margins.bottom())
            self._gutter.place()
        self._header_strip.place(height)

    def header_text(self) -> str:
        """The lines shown above the text (plain text)."""
        return self._header.toPlainText()

    def header_height(self) -> int:
        """The height of the strip above the text that shows the header (0 without one)."""
        return self.viewportMargins().top()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._gutter.place()
        if self._article is not None:
            self._fit_header()
            self._refresh_highlights()

    @property
    def page_gutter(self) -> PageGutter:  # where each page of a PDF begins (hidden otherwise)
        return self._gutter

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if self._article is not None and self._visible_range() != self._shown_range:
            self._refresh_highlights()  # blocks laid out as they came into view moved the rest
        super().paintEvent(event)
        if self._article is not None:
            paint_marks(self, DOCUMENT_MARGIN)

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

    def to_qt_positions(self, text_offsets: list[int]) -> list[int]:
        """`to_qt_position` of each offset (for thousands at once)."""
        body = self._body_offset
        positions = self._offsets.to_utf16_many(text_offsets)
        return [body + position for position in positions] if body else positions

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
        """Add or update one claim's highlight; only the lines in view whose highlight changed
        are repainted."""
        self._colours[claim.id] = colour
        self._layers.index.add(Span(claim.id, claim.start, claim.end))
        self._refresh_highlights()

    def remove_claim(self, claim_id: str) -> None:
        self._layers.index.remove(claim_id)
        self._colours.pop(claim_id, None)
        if self._layers.current == claim_id:
            self._layers.current = None
        self._refresh_highlights()

    def claims_at(self, offset: int) -> list[str]:
        """Ids of the claims covering the character at `offset`, innermost first."""
        return [span.key for span in self._layers.index.covering(offset)]

    def highlight_at(self, offset: int) -> QTextCharFormat | None:
        """The format drawn over the character at code-point `offset` (the top layer: the
        selected claim, a find match, a suggestion or a claim's tint), or None where the text is
        plain. Only characters in view are drawn, so only they have one."""
        position = self.to_qt_position(offset)
        for selection in reversed(self.extraSelections()):
            cursor = selection.cursor
            if cursor.selectionStart() <= position < cursor.selectionEnd():
                return QTextCharFormat(selection.format)  # a copy: the selection is temporary
        return None

    def _visible_range(self) -> tuple[int, int]:
        """Code points [start, end) of the blocks in view (whole blocks: a line's worth more
        costs nothing and covers a block laid out taller while it is painted)."""
        if self._article is None:
            return (0, 0)
        first = self.firstVisibleBlock()
        corner = self.viewport().rect().bottomRight()
        last = self.cursorForPosition(corner).block()
        end = last.position() + last.length()
        return (self.to_text_offset(first.position()), self.to_text_offset(end))

    def _refresh_highlights(self) -> None:
        """Make the selections of the text in view again; Qt repaints those that changed."""
        self._shown_range = self._visible_range()
        if self._article is None:
            self.setExtraSelections([])
            return
        start, end = self._shown_range
        self.setExtraSelections(
            self._layers.selections(self.document(), self.to_qt_position, start, end)
        )

    # -- the selected claim ------------------------------------------------------------

    def set_current_claim(self, claim_id: str | None, *, scroll: bool = True) -> None:
        index = self._layers.index
        self._layers.current = claim_id if claim_id is not None and claim_id in index else None
        if scroll and self._layers.current:
            self.scroll_to_claim(self._layers.current)
        self._refresh_highlights()

    def current_claim(self) -> str | None:
        return self._layers.current

    def scroll_to_claim(self, claim_id: str) -> None:
        """Bring the claim's first line to a third of the way down, if it is out of view."""
        span = self._layers.index.get(claim_id)
        if span is None:
            return
        cursor = self._cursor_for(span.start, span.start)
        viewport_height = self.viewport().height()
        for _ in range(4):  # laying out the blocks passed on the way corrects the line count
            rect = self.cursorRect(cursor)
            if rect.top() >= 0 and rect.bottom() <= viewport_height:
                return
            line = self._top_line_above(cursor, viewport_height // 3)
            layout = self.document().documentLayout()  # the blocks just laid out may have more
            layout.documentSizeChanged.emit(layout.documentSize())  # lines: a new scroll range
            self.verticalScrollBar().setValue(line)

    def _top_line_above(self, cursor: QTextCursor, room: int) -> int:
        """The scroll bar value (it counts lines) that shows `cursor`'s line about `room` pixels
        below the top: whole blocks above it, measured as laid out (each is laid out here)."""
        block = cursor.block()
        layout = self.document().documentLayout()
        layout.blockBoundingRect(block)  # lays the block out, so its lines are known
        line = block.layout().lineForTextPosition(cursor.positionInBlock())
        height = line.y() if line.isValid() else 0.0
        top = block
        while top.previous().isValid():
            above = layout.blockBoundingRect(top.previous()).height()
            if height + above > room:
                break
            height += above
            top = top.previous()
        if top == block and line.isValid():
            return block.firstLineNumber() + line.lineNumber()
        return top.firstLineNumber()

    def set_suggestions(self, spans: list[tuple[int, int]]) -> None:
        """Check-worthiness suggestions: a dashed underline, distinct from claim highlights."""
        self._layers.suggestions = list(spans)
        self._refresh_highlights()

    # -- find in article -------------------------------------------------------------

    def find_all(self, needle: str) -> int:
        """Mark every case-insensitive match of `needle`; returns how many there are."""
        matches: list[tuple[int, int]] = []
        if self._article is not None and needle:
            pattern = re.compile(re.escape(needle), re.IGNORECASE)
            for match in pattern.finditer(self._article.text):
                matches.append((match.start(), match.end()))
                if len(matches) >= MAX_FIND_MATCHES:
                    break
        self._layers.set_find(matches)
        self._refresh_highlights()
        return len(matches)

    def find_step(self, forward: bool = True) -> int:
        """Go to the next (or previous) match; returns its index, or -1 if there is none."""
        matches = self._layers.find_matches
        if not matches:
            return -1
        step = 1 if forward else -1
        self._layers.find_current = (self._layers.find_current + step) % len(matches)
        start, end = matches[self._layers.find_current]
        self.setTextCursor(self._cursor_for(start, start))
        self.ensureCursorVisible()
        self._refresh_highlights()
        return self._layers.find_current

    def find_count(self) -> int:
        return len(self._layers.find_matches)

    def current_find_match(self) -> tuple[int, int] | None:
        """The span (code points) of the find match stepped to, if any."""
        matches, current = self._layers.find_matches, self._layers.find_current
        if 0 <= current < len(matches):
            return matches[current]
        return None

    def clear_find(self) -> None:
        self._layers.set_find([])
        self._refresh_highlights()

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
        current = self._layers.current
        chosen = keys[(keys.index(current) + 1) % len(keys)] if current in keys else keys[0]
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


def opaque_background(reader: ArticleReader) -> None:
    """The reader, its viewport, header strip and margin paint their own Base background, so
    that repainting a changed line repaints only that line: a style-sheet background would make
    every one of them see-through to Qt, and each change would repaint the splitter and the
    window beneath it too (`python -m benchmarks.profile_window create --paints`)."""
    for widget in (reader, reader.viewport()):
        widget.setBackgroundRole(QPalette.ColorRole.Base)
        widget.setAutoFillBackground(True)
    for strip in (reader._header_strip, reader.page_gutter):  # noqa: SLF001 - its own parts
        strip.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
