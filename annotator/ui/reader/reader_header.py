"""What the reader shows above an article's text that is not text: the byline, publisher, date
and address, and the title and standfirst of articles stored before headlines were blocks of
the text. It is painted in a strip above the text (the reader's top viewport margin) while the
text is scrolled to its top, and gives its room to the text once the reader scrolls away; it is
never inserted into the document, so the reader's positions stay the canonical offsets."""

from __future__ import annotations

from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

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


class HeaderStrip(QWidget):
    """The header, painted in the reader's top viewport margin, as wide as the text."""

    def __init__(self, reader: QAbstractScrollArea, header: QTextDocument) -> None:
        super().__init__(reader)
        self.setObjectName("readerHeader")
        self._reader = reader
        self._header = header
        self._left = 0.0
        self._top = 0.0

    def fit(self, left: float, top: float, width: float) -> int:
        """Lay the header out for `width` with its text at (left, top); the strip's height
        (0 when the header is empty)."""
        self._left, self._top = left, top
        self._header.setTextWidth(max(50.0, width))
        return 0 if self._header.isEmpty() else round(top + self._header.size().height())

    def place(self, height: int) -> None:
        """Cover the reader's top margin above the text, right of any left margin."""
        area = self._reader.contentsRect()
        left = self._reader.viewportMargins().left()
        self.setGeometry(area.left() + left, area.top(), area.width() - left, height)
        self.setVisible(height > 0)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._reader.palette().color(QPalette.ColorRole.Base))
        painter.translate(self._left, self._top)
        self._header.drawContents(painter)
        painter.end()
