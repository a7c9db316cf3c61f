"""What the reader shows above an article's text that is not text: the byline, publisher, date
and address, and the title and standfirst of articles stored before headlines were blocks of
the text. It is painted in the document's top margin, never inserted into the document, so
the reader's positions stay the canonical offsets."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPainter, QTextCharFormat, QTextCursor, QTextDocument

from annotator.domain import Article


def header_lines(article: Article) -> list[tuple[str, float, bool, str]]:
    """(text, size relative to the base font, bold, colour) for each line of the header."""
    lines: list[tuple[str, float, bool, str]] = []
    if not article.has_block("headline"):
        lines.append((article.title, 1.7, True, ""))
    if article.standfirst and not article.has_block("standfirst"):
        lines.append((article.standfirst, 1.15, False, "#444444"))
    byline = " · ".join(
        part for part in (article.byline, article.publisher, article.published) if part
    )
    if byline:
        lines.append((byline, 0.9, False, "#666666"))
    if article.url:
        lines.append((article.url, 0.85, False, "#666666"))
    return lines


def fill_header(
    header: QTextDocument, article: Article, font: QFont, muted: QColor | None = None
) -> None:
    """Write the header lines into `header` as plain text (never markup); `muted`, the theme's
    secondary text colour, replaces the grey of the standfirst and byline lines."""
    header.clear()
    header.setDefaultFont(font)
    header.setDocumentMargin(0)
    cursor = QTextCursor(header)
    for number, (text, size, bold, colour) in enumerate(header_lines(article)):
        char_format = QTextCharFormat()
        char_format.setFontPointSize(font.pointSizeF() * size)
        if bold:
            char_format.setFontWeight(QFont.Weight.Bold)
        if colour:
            char_format.setForeground(muted if muted is not None else QColor(colour))
        if number:
            cursor.insertBlock()
        cursor.insertText(" ".join(text.split()), char_format)


def reserve_header_space(
    document: QTextDocument, header: QTextDocument, width: float, margin: float, gap: float
) -> None:
    """Lay the header out for `width` and make the document's top margin room for it."""
    header.setTextWidth(max(50.0, width))
    height = 0.0 if header.isEmpty() else header.size().height() + gap
    frame = document.rootFrame().frameFormat()
    if abs(frame.topMargin() - (margin + height)) > 0.5:
        frame.setTopMargin(margin + height)
        document.rootFrame().setFrameFormat(frame)


def paint_header(painter: QPainter, header: QTextDocument, x: float, y: float) -> None:
    painter.translate(x, y)
    header.drawContents(painter)
