"""The reader's highlights for the text in view only: claim tints, check-worthiness suggestions,
find matches and the selected claim, made from the span index as extra selections of the lines
on screen.

Nothing is written into the document: a claim added, changed or removed changes the selections
of the lines in view, and Qt repaints only the selections that differ (`setExtraSelections`
compares the old list with the new one), so an edit costs the same in a 1 KB or a 5 MB article.
Layers, bottom to top: claim tints (the innermost claim's colour, stronger where claims nest,
underlined in the colour of the outermost claim), suggestions, find matches, the selected claim.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from annotator.anchoring.spans import SpanIndex, segments
from annotator.domain import UNRATED_COLOUR
from annotator.ui.reader.highlight_style import (
    FIND_CURRENT,
    FIND_MATCH,
    TINT_NESTED,
    TINT_SINGLE,
    text_colour_on,
    tint,
)

ToQt = Callable[[int], int]
"""A code-point offset of the canonical text -> its position in the document."""
Selection = QTextEdit.ExtraSelection
KEEP_ANCHOR = QTextCursor.MoveMode.KeepAnchor  # looked up once: Qt enum access is slow in Python
SUGGESTION_COLOUR = "#6a3d9a"


class HighlightLayers:
    """What is highlighted where (code-point ranges), and its selections for a range in view."""

    def __init__(self, page: Callable[[], QColor]) -> None:
        self._page = page  # the theme's page colour, which tints are mixed with
        self.index = SpanIndex()
        self.colours: dict[str, str] = {}
        self.current: str | None = None
        self.suggestions: list[tuple[int, int]] = []
        self.find_matches: list[tuple[int, int]] = []  # in text order, never overlapping
        self._find_ends: list[int] = []
        self.find_current = -1
        self._formats: dict[tuple[str, str, bool], QTextCharFormat] = {}
        self._fixed: dict[str, QTextCharFormat] = {}

    def clear(self) -> None:
        self.index = SpanIndex()
        self.colours.clear()
        self.current = None
        self.suggestions = []
        self.set_find([])

    def set_find(self, matches: list[tuple[int, int]]) -> None:
        """The find matches, in text order; none of them is the current one yet."""
        self.find_matches = matches
        self._find_ends = [high for _, high in matches]
        self.find_current = -1

    def restyle(self) -> None:
        """Forget the formats made for the old theme; the next selections make new ones."""
        self._formats.clear()
        self._fixed.clear()

    def selections(
        self, document: QTextDocument, to_qt: ToQt, start: int, end: int
    ) -> list[Selection]:
        """Every layer's selections for the code points [start, end), bottom layer first."""
        made: list[Selection] = []

        def add(low: int, high: int, char_format: QTextCharFormat) -> None:
            low, high = max(low, start), min(high, end)
            if low < high:
                selection = Selection()
                cursor = QTextCursor(document)
                cursor.setPosition(to_qt(low))
                cursor.setPosition(to_qt(high), KEEP_ANCHOR)
                selection.cursor = cursor
                selection.format = char_format
                made.append(selection)

        colours = self.colours
        for part in segments(self.index.overlapping(start, end), start, end):
            inner, outer = colours.get(part.keys[0]), colours.get(part.keys[-1])
            if inner is not None and outer is not None:
                add(part.start, part.end, self.claim_format(inner, outer, len(part.keys) > 1))
        for low, high in self.suggestions:
            add(low, high, self._fixed_format("suggestion"))
        first = bisect_right(self._find_ends, start)
        for number in range(first, len(self.find_matches)):
            low, high = self.find_matches[number]
            if low >= end:
                break
            current = number == self.find_current
            add(low, high, self._fixed_format("find current" if current else "find"))
        span = self.index.get(self.current) if self.current else None
        if span is not None:
            add(span.start, span.end, self.current_format(self.colours.get(span.key, "#cccccc")))
        return made

    def claim_format(self, inner: str, outer: str, nested: bool) -> QTextCharFormat:
        """The tint of the innermost claim's colour, underlined in the outermost's (dashed and
        dark when unrated, so it is not taken for a verdict's colour)."""
        key = (inner, outer, nested)
        char_format = self._formats.get(key)
        if char_format is None:
            background = tint(inner, TINT_NESTED if nested else TINT_SINGLE, self._page())
            char_format = QTextCharFormat()
            char_format.setBackground(background)
            char_format.setForeground(text_colour_on(background))
            unrated = inner.lower() == UNRATED_COLOUR
            style = QTextCharFormat.UnderlineStyle
            char_format.setUnderlineStyle(style.DashUnderline if unrated else style.SingleUnderline)
            char_format.setUnderlineColor(QColor(outer).darker(130 if not unrated else 250))
            self._formats[key] = char_format
        return char_format

    def current_format(self, colour: str) -> QTextCharFormat:
        """The selected claim: its full colour, underlined in black."""
        char_format = QTextCharFormat()
        background = QColor(colour)
        char_format.setBackground(background)
        char_format.setForeground(text_colour_on(background))
        char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        char_format.setUnderlineColor(QColor("#000000"))
        return char_format

    def _fixed_format(self, kind: str) -> QTextCharFormat:
        char_format = self._fixed.get(kind)
        if char_format is None:
            char_format = QTextCharFormat()
            if kind == "suggestion":
                char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
                char_format.setUnderlineColor(QColor(SUGGESTION_COLOUR))
            else:
                colour = QColor(FIND_CURRENT if kind == "find current" else FIND_MATCH)
                char_format.setBackground(colour)
                char_format.setForeground(text_colour_on(colour))
            self._fixed[kind] = char_format
        return char_format
