"""Light structure over an article's plain text in the reader: headline, standfirst, headings,
bulleted list items and indented quotes, as formats that never change the text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)

from annotator.domain import Article
from annotator.ui.common.theme import muted_text

ToQt = Callable[[int], int]
"""A code-point offset of the canonical text -> its position in the document."""


def format_blocks(document: QTextDocument, article: Article, base: float, to_qt: ToQt) -> None:
    """Larger bold headings, bulleted list items and indented quotes. Bullets are list
    decorations drawn by Qt, not characters, so positions in the document stay those of the
    canonical text; `base` is the reader's font size in points. One edit block: the layout
    hears of every change at once when it ends, instead of laying out each block as it
    changes."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    try:
        _format(cursor, article, base, to_qt)
    finally:
        cursor.endEditBlock()


def _format(cursor: QTextCursor, article: Article, base: float, to_qt: ToQt) -> None:
    bullets = None
    for block in article.blocks:
        if block.kind == "paragraph":
            bullets = None
            continue
        cursor.setPosition(to_qt(block.start))
        if block.kind == "list_item":
            if bullets is None:
                bullets = cursor.createList(QTextListFormat.Style.ListDisc)
            else:
                bullets.add(cursor.block())
            continue
        bullets = None
        if block.kind in ("headline", "standfirst"):
            headline = block.kind == "headline"
            _select(cursor, block.start, block.end, to_qt).mergeCharFormat(_lead(base, headline))
        elif block.kind == "quote":
            quote = QTextBlockFormat()
            quote.setLeftMargin(24)
            cursor.mergeBlockFormat(quote)
        elif block.kind == "heading":
            heading = QTextCharFormat()
            heading.setFontWeight(QFont.Weight.Bold)
            heading.setFontPointSize(base * (1.35 if block.level <= 1 else 1.15))
            _select(cursor, block.start, block.end, to_qt).mergeCharFormat(heading)


def _lead(base: float, headline: bool) -> QTextCharFormat:
    """The headline (large, bold) or the standfirst (larger, in the palette's muted text colour)."""
    char_format = QTextCharFormat()
    char_format.setFontPointSize(base * (1.7 if headline else 1.15))
    if headline:
        char_format.setFontWeight(QFont.Weight.Bold)
    else:
        char_format.setForeground(muted_text(QGuiApplication.palette()))  # readable in dark too
    return char_format


def _select(cursor: QTextCursor, start: int, end: int, to_qt: ToQt) -> QTextCursor:
    cursor.setPosition(to_qt(start))
    cursor.setPosition(to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    return cursor
