"""Convert between code-point offsets (Python, the project file) and UTF-16 offsets (Qt).

Qt counts text positions in UTF-16 code units, so every character outside the
Basic Multilingual Plane (most emoji, some CJK) takes two Qt positions but one
Python index. Combining marks are one code point and one UTF-16 unit, so they
need no correction; only astral characters do.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class OffsetMap:
    """Two-way offset conversion for one text, in O(log n) per call."""

    def __init__(self, text: str) -> None:
        # Code-point indices of characters that take two UTF-16 units.
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if not text.isascii() else []
        # The UTF-16 offset of each of them.
        self._astral_utf16 = [i + n for n, i in enumerate(self._astral)]
        self.length = len(text)
        self.utf16_length = len(text) + len(self._astral)

    def to_utf16(self, codepoint_offset: int) -> int:
        return codepoint_offset + bisect_left(self._astral, codepoint_offset)

    def to_codepoint(self, utf16_offset: int) -> int:
        """Inverse of `to_utf16`; an offset inside a surrogate pair maps to its character's start."""
        passed = bisect_right(self._astral_utf16, utf16_offset - 2)  # pairs wholly before the offset
        inside_pair = passed < len(self._astral_utf16) and self._astral_utf16[passed] == utf16_offset - 1
        return utf16_offset - passed - (1 if inside_pair else 0)
