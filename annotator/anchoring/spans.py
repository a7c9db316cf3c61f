"""An index of claim spans over one text: which claims cover a position, which overlap a range,
and how overlapping spans split into uniformly coloured segments for drawing.

Pure Python, so the window can update highlights incrementally (only the range an
edit touches) and tests can check overlap handling without Qt.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    key: str
    start: int
    end: int


Bounds = tuple[int, int, str]
"""A span as (start, end, key): how the index keeps it, in its sort order."""


@dataclass(frozen=True)
class Segment:
    """A stretch of text covered by the same set of spans; `keys` innermost (shortest) first."""

    start: int
    end: int
    keys: tuple[str, ...]


class SpanIndex:
    """Spans sorted by start; overlap queries in O(log n + k) using the longest span's length.

    Kept as (start, end, key) triples, one per span: a reader opening thousands of claims makes
    no `Span` for each (`from_bounds`); `Span`s are made for the few a query returns."""

    def __init__(self, spans: list[Span] | None = None) -> None:
        self._load((s.start, s.end, s.key) for s in spans or [])

    @classmethod
    def from_bounds(cls, bounds: Iterable[Bounds]) -> SpanIndex:
        """An index of (start, end, key) triples (a repeated key keeps its last triple)."""
        index = cls.__new__(cls)
        index._load(bounds)
        return index

    def _load(self, bounds: Iterable[Bounds]) -> None:
        self._spans: dict[str, Bounds] = {item[2]: item for item in bounds}
        self._order: list[Bounds] = sorted(self._spans.values())
        self._max_length = max((end - start for start, end, _ in self._order), default=0)

    def __len__(self) -> int:
        return len(self._spans)

    def __contains__(self, key: str) -> bool:
        return key in self._spans

    def get(self, key: str) -> Span | None:
        item = self._spans.get(key)
        return Span(key, item[0], item[1]) if item is not None else None

    def add(self, span: Span) -> None:
        if span.key in self._spans:
            self.remove(span.key)
        item = (span.start, span.end, span.key)
        self._spans[span.key] = item
        insort(self._order, item)
        self._max_length = max(self._max_length, span.end - span.start)

    def remove(self, key: str) -> Span | None:
        item = self._spans.pop(key, None)
        if item is None:
            return None
        index = bisect_left(self._order, item)
        if index < len(self._order) and self._order[index] == item:
            del self._order[index]
        return Span(key, item[0], item[1])

    def overlapping(self, start: int, end: int) -> list[Span]:
        """Spans that share at least one character with [start, end) (or touch `start` if empty)."""
        low = bisect_left(self._order, (start - self._max_length, -1, ""))
        high = bisect_right(self._order, (end, float("inf"), ""))
        found = []
        for span_start, span_end, key in self._order[low:high]:
            if span_end > start and (span_start < end or (start == end and span_start <= start)):
                found.append(Span(key, span_start, span_end))
        return found

    def covering(self, position: int) -> list[Span]:
        """Spans containing the character at `position`, innermost (shortest) first."""
        spans = [s for s in self.overlapping(position, position + 1) if s.start <= position < s.end]
        return sorted(spans, key=lambda s: (s.end - s.start, s.start))

    def starts(self) -> list[int]:
        """Every span's start, ascending."""
        return [start for start, _, _ in self._order]

    def in_order(self) -> list[str]:
        return [key for _, _, key in self._order]


def segments(spans: list[Span], start: int | None = None, end: int | None = None) -> list[Segment]:
    """Split the union of `spans` (clipped to [start, end)) into segments covered by the same spans.

    A sweep over the span boundaries: O(n log n + total overlap), so a whole article with
    thousands of claims is split in one pass.
    """
    if not spans:
        return []
    low = min(s.start for s in spans) if start is None else start
    high = max(s.end for s in spans) if end is None else end
    events: list[tuple[int, int, int]] = []  # (position, 0 = end / 1 = start, index)
    for index, span in enumerate(spans):
        left = span.start if span.start > low else low
        right = span.end if span.end < high else high
        if left < right:
            events.append((left, 1, index))
            events.append((right, 0, index))
    events.sort()
    active: dict[int, Span] = {}
    result: list[Segment] = []
    previous = -1
    for position, is_start, index in events:
        if active and position > previous:
            if len(active) == 1:
                keys: tuple[str, ...] = (next(iter(active.values())).key,)
            else:
                ordered = sorted(active.values(), key=lambda s: (s.end - s.start, s.start))
                keys = tuple(s.key for s in ordered)
            result.append(Segment(previous, position, keys))
        if is_start:
            active[index] = spans[index]
        else:
            del active[index]
        previous = position
    return result
