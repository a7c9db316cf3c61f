"""Carrying old offsets through a diff to the new text."""

from __future__ import annotations

from annotator.anchoring.posmap import PositionMap

OLD = "Alpha beta gamma. Delta epsilon zeta."


def test_offsets_in_unchanged_text_move_with_it():
    new = "Intro. " + OLD
    m = PositionMap(OLD, new)
    start, end = OLD.index("Delta"), OLD.index("zeta") + 4
    assert m.span(start, end) == (start + 7, end + 7)


def test_text_inserted_at_a_span_edge_stays_outside_it():
    start, end = OLD.index("beta"), OLD.index("beta") + 4
    new = OLD[:start] + "new " + OLD[start:end] + " extra" + OLD[end:]
    s, e = PositionMap(OLD, new).span(start, end)
    assert new[s:e] == "beta"


def test_a_replaced_word_inside_a_span_is_covered_by_its_replacement():
    start, end = OLD.index("Delta"), OLD.index("zeta") + 4
    new = OLD.replace("epsilon", "upsilon and more")
    s, e = PositionMap(OLD, new).span(start, end)
    assert new[s:e] == "Delta upsilon and more zeta"


def test_a_deleted_span_maps_to_an_empty_place():
    start, end = OLD.index("Delta"), len(OLD)
    new = OLD[:start]
    s, e = PositionMap(OLD, new).span(start, end)
    assert s == e == len(new)
