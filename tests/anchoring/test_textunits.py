"""Word boundaries, diff tokens and the whitespace/punctuation-blind comparison key."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.anchoring.textunits import (
    comparison_key,
    is_word_boundary,
    loose_pattern,
    same_text,
    tokens,
    word_ends,
    word_starts,
)


def boundaries(text: str) -> list[int]:
    return [p for p in range(len(text) + 1) if is_word_boundary(text, p)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ab cd", [0, 2, 3, 5]),
        ("don't", [0, 5]),
        ("3.5%", [0, 3, 4]),
        ("1,000.", [0, 5, 6]),
        ("e\u0301t\u00e9", [0, 4]),  # a combining mark is part of its letter
        ("东京大", [0, 1, 2, 3]),  # each ideograph is a word
        ("a👍🏽b", [0, 1, 3, 4]),  # no cut before the skin tone
        ("👩\u200d👩\u200d👧!", [0, 5, 6]),  # no cut inside a ZWJ sequence
        ("שלום עולם", [0, 4, 5, 9]),
    ],
)
def test_word_boundaries(text, expected):
    assert boundaries(text) == expected


def test_word_starts_and_ends_skip_white_space():
    text = "one  two, three"
    assert word_starts(text, 0, len(text)) == [0, 5, 8, 10]
    assert word_ends(text, 0, len(text)) == [3, 8, 9, 15]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("taxes will fall", "taxes  will\nfall"),
        ("“We will win,” he said.", "We will win — he said"),
        ("the bridge, built in 1932, is safe", "the bridge (built in 1932) is safe"),
        ("infor\u00admation", "information"),
        ("it rose 4.2%.", "it rose 4.2%"),
    ],
)
def test_same_text_ignores_white_space_and_prose_punctuation(a, b):
    assert same_text(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("4.2%", "42%"),
        ("4.2%", "4.2"),
        ("fell -5", "fell 5"),
        ("1,000", "1000"),
        ("now here", "nowhere"),
        ("...", "!!!"),  # punctuation alone is not "the same text"
        ("Rose", "rose"),
    ],
)
def test_same_text_keeps_meaningful_differences(a, b):
    assert not same_text(a, b)


def test_comparison_key_folds_runs_to_single_spaces():
    assert comparison_key("  “Hello,  world!” — she said…  ") == "Hello world she said"


def test_loose_pattern_finds_punctuation_variants():
    pattern = loose_pattern("the bridge, built in 1932")
    match = pattern.search("Yes: the bridge — built in 1932 — stands.")
    assert match.group() == "the bridge — built in 1932"
    assert loose_pattern(" ... ") is None


@given(st.text(max_size=60))
def test_tokens_cover_the_text(text):
    assert "".join(tokens(text)) == text


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=30))
def test_boundaries_never_fall_before_a_combining_mark(text):
    import unicodedata

    for p in boundaries(text):
        if 0 < p < len(text):
            assert unicodedata.category(text[p])[0] != "M"
