"""Marks the reader paints in its left document margin beside the blocks in view: a bullet
before each list item and a rule beside each quote.

The reader's plain-text layout (QPlainTextEdit) lays out each block as a run of lines and does
not draw Qt's list decorations or block indents, so the structure `block_format` records in the
document (a text list, a quote's left margin) is drawn here, for the visible blocks only.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QPalette, QTextBlock
from PySide6.QtWidgets import QPlainTextEdit

BULLET = "•"
RULE_WIDTH = 3.0


def block_mark(block: QTextBlock) -> str | None:
    """ "bullet" for a list item, "quote" for a quoted block, None for any other block."""
    if block.textList() is not None:
        return "bullet"
    if block.blockFormat().leftMargin() > 0:
        return "quote"
    return None


def marks_in_view(editor: QPlainTextEdit) -> list[tuple[str, QRectF, QTextBlock]]:
    """(mark, block rectangle in viewport coordinates, block) for each marked block in view."""
    found = []
    offset = editor.contentOffset()
    bottom = editor.viewport().height()
    block = editor.firstVisibleBlock()
    while block.isValid():
        rect = editor.blockBoundingGeometry(block).translated(offset)
        if rect.top() > bottom:
            break
        mark = block_mark(block) if block.isVisible() else None
        if mark is not None:
            found.append((mark, rect, block))
        block = block.next()
    return found


def paint_marks(editor: QPlainTextEdit, margin: float) -> None:
    """Draw the marks of the blocks in view in the margin left of the text (`margin` wide)."""
    marks = marks_in_view(editor)
    if not marks:
        return
    painter = QPainter(editor.viewport())
    colour = editor.palette().color(QPalette.ColorRole.PlaceholderText)
    metrics = editor.fontMetrics()
    for mark, rect, block in marks:
        layout = block.layout()
        first = layout.lineAt(0) if layout is not None and layout.lineCount() else None
        if mark == "bullet":
            painter.setPen(editor.palette().color(QPalette.ColorRole.Text))
            baseline = rect.top() + (first.ascent() if first is not None else metrics.ascent())
            x = rect.left() + (margin - metrics.horizontalAdvance(BULLET)) / 2
            painter.drawText(QPointF(x, baseline), BULLET)
        else:
            left = rect.left() + margin - 2 * RULE_WIDTH - 4
            painter.fillRect(QRectF(left, rect.top(), RULE_WIDTH, rect.height()), colour)
    painter.end()
