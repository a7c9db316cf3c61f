"""Convert between code-point offsets (Python, the project file) and Qt document positions.

Qt counts text positions in UTF-16 code units, so every character outside the
Basic Multilingual Plane (most emoji, some CJK) takes two Qt positions but one
Python index. Combining marks are one code point and one UTF-16 unit, so they
need no correction; only astral characters do.

The reader may also insert display-only line breaks into very long paragraphs
(Qt lays out one paragraph at a time, and a paragraph of a million characters
would freeze the window); each inserted break is one more Qt position, and the
map accounts for it the same way.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")

LONG_PARAGRAPH = 3_000
"""Paragraphs longer than this get display-only breaks."""
DISPLAY_CHUNK = 1_500
"""About how many characters lie between two display-only breaks."""


class OffsetMap:
    """Two-way conversion for one text, O(log n) to Qt and O(log² n) back."""

    def __init__(self, text: str, breaks: list[int] | None = None) -> None:
        self.length = len(text)
        self._astral = [m.start() for m in _ASTRAL.finditer(text)] if not text.isascii() else []
        self._astral_set = set(self._astral)
        # Each extra Qt unit shifts every code point at or after its threshold by one:
        # an astral character at a shifts a+1 onwards; a break inserted before k shifts k onwards.
        self._thresholds = sorted([a + 1 for a in self._astral] + list(breaks or []))
        self.breaks = sorted(breaks or [])
        self.utf16_length = self.to_utf16(self.length)

    def to_utf16(self, codepoint_offset: int) -> int:
        """The Qt position of the boundary before code point `codepoint_offset`."""
        return codepoint_offset + bisect_right(self._thresholds, codepoint_offset)

    def to_utf16_many(self, offsets: list[int]) -> list[int]:
        """`to_utf16` of each offset (for thousands at once: none to add in an ASCII text)."""
        thresholds = self._thresholds
        if not thresholds:
            return list(offsets)
        return [offset + bisect_right(thresholds, offset) for offset in offsets]

    def to_codepoint(self, qt_position: int) -> int:
        """Inverse of `to_utf16`; a position inside a surrogate pair maps to its character's
        start, a position on a display-only break to the character after it."""
        low, high = 0, self.length
        while low < high:  # the last code point whose position is at or before qt_position
            middle = (low + high + 1) // 2
            if self.to_utf16(middle) <= qt_position:
                low = middle
            else:
                high = middle - 1
        if low < self.length:
            width = 2 if low in self._astral_set else 1
            if qt_position >= self.to_utf16(low) + width:
                return low + 1
        return low


def display_breaks(text: str) -> list[int]:
    """Where to insert display-only line breaks so no displayed paragraph is too long to lay out.

    A break goes after a space where one is near, else anywhere (a line with no spaces).
    Returns code-point offsets k meaning "a break before text[k]".
    """
    breaks: list[int] = []
    start = 0
    length = len(text)
    while start < length:
        end = text.find("\n", start)
        end = length if end == -1 else end
        if end - start > LONG_PARAGRAPH:
            position = start + DISPLAY_CHUNK
            while position < end - DISPLAY_CHUNK // 2:
                space = text.find(" ", position, min(end, position + 200))
                cut = space + 1 if space != -1 else position
                breaks.append(cut)
                position = cut + DISPLAY_CHUNK
        start = end + 1
    return breaks


def with_breaks(text: str, breaks: list[int]) -> str:
    """`text` with a newline inserted before each offset in `breaks` (the displayed text)."""
    if not breaks:
        return text
    pieces = []
    previous = 0
    for cut in breaks:
        pieces.append(text[previous:cut])
        previous = cut
    pieces.append(text[previous:])
    return "\n".join(pieces)
