"""The span index behind highlights: overlap queries and segments for nested and overlapping
claims."""

from __future__ import annotations

import random

from annotator.anchoring.spans import Span, SpanIndex, segments


def brute_overlapping(spans, start, end):
    return {s.key for s in spans if s.start < end and s.end > start}


def test_segments_of_nested_and_overlapping_spans():
    spans = [Span("outer", 0, 10), Span("cross", 5, 15), Span("inner", 6, 8)]
    assert [(s.start, s.end, s.keys) for s in segments(spans)] == [
        (0, 5, ("outer",)),
        (5, 6, ("outer", "cross")),
        (6, 8, ("inner", "outer", "cross")),
        (8, 10, ("outer", "cross")),
        (10, 15, ("cross",)),
    ]


def test_covering_lists_innermost_first():
    index = SpanIndex([Span("outer", 0, 20), Span("inner", 5, 8)])
    assert [s.key for s in index.covering(6)] == ["inner", "outer"]
    assert [s.key for s in index.covering(8)] == ["outer"]
    assert index.covering(20) == []


def test_overlap_queries_match_brute_force_after_random_changes():
    rng = random.Random(7)
    index = SpanIndex()
    spans: dict[str, Span] = {}
    for step in range(600):
        if spans and rng.random() < 0.3:
            key = rng.choice(list(spans))
            index.remove(key)
            del spans[key]
        else:
            start = rng.randrange(1000)
            span = Span(f"k{step}", start, start + rng.randrange(1, 80))
            index.add(span)
            spans[span.key] = span
        query_start = rng.randrange(1000)
        query_end = query_start + rng.randrange(1, 50)
        assert {s.key for s in index.overlapping(query_start, query_end)} == brute_overlapping(
            spans.values(), query_start, query_end
        )
