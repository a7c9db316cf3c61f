"""Carry offsets in an old version of a text over to the new version, through their diff."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from annotator.anchoring.diff import raw_diff


class PositionMap:
    """Maps code-point offsets in `old` to `new`.

    An offset inside unchanged text moves with it. A span's start that falls in a
    changed run goes to the start of its replacement and an end to its end, so the
    mapped span covers what the old text became. Text inserted exactly at a span's
    edge stays outside the span.
    """

    def __init__(self, old: str, new: str) -> None:
        # Only runs with old text matter for lookups (pure insertions have none).
        self._runs = [c for c in raw_diff(old, new) if c[1] < c[2]]
        self._old_starts = [c[1] for c in self._runs]
        self._old_ends = [c[2] for c in self._runs]
        self._new_length = len(new)

    def start(self, old_offset: int) -> int:
        i = bisect_right(self._old_ends, old_offset)  # first run whose old text ends after it
        if i == len(self._runs):
            return self._new_length
        equal, o1, _o2, n1, _n2 = self._runs[i]
        return n1 + (old_offset - o1) if equal else n1

    def end(self, old_offset: int) -> int:
        i = (
            bisect_left(self._old_starts, old_offset) - 1
        )  # last run whose old text starts before it
        if i < 0:
            return 0
        equal, o1, _o2, n1, n2 = self._runs[i]
        return n1 + (old_offset - o1) if equal else n2

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.start(start), self.end(end)
