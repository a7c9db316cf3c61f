"""Selections widened to whole words before they become a claim's quote (worked examples)."""

from __future__ import annotations

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from annotator.anchoring.textunits import SNAP_REACH, is_word_boundary, snap_to_words

STORY = "President Donald Trump announced a £42 million fund on Tuesday."


def snapped(text: str, part: str) -> str:
    start = text.index(part)
    a, b = snap_to_words(text, start, start + len(part))
    return text[a:b]


@pytest.mark.parametrize(
    ("text", "selected", "expected"),
    [
        (STORY, "onald Trump announced", "Donald Trump announced"),
        (STORY, "£42 millio", "£42 million"),
        (STORY, "resident D", "President Donald"),
        (STORY, " Trump ", "Trump"),  # white space at the ends is dropped, nothing added
        (STORY, "Tuesday.", "Tuesday."),  # already whole: unchanged
        (STORY, "uesda", "Tuesday"),
        ("It rose 3.5% in 2024.", "5%", "3.5%"),  # a number is one word
        ("It rose 3.5% in 2024.", "3.", "3.5%"),  # with its percent sign
        ("It costs $500 billion.", "00 bil", "$500 billion"),  # and its currency sign
        ("It costs US$500.", "US$5", "US$500"),
        ("They don't agree.", "n't", "don't"),
        ("Le café ouvre.", "caf", "café"),  # precomposed é
        ("Le cafe\u0301 ouvre.", "cafe", "cafe\u0301"),  # e + combining acute: kept whole
        ("東京都の人口は増えた。", "京都", "京都"),  # CJK: every character is a word
        ("האיש אמר שלום לכולם", "מר של", "אמר שלום"),  # Hebrew, right to left
        ("قال الرئيس إن الاقتصاد", "رئيس إن الاقت", "الرئيس إن الاقتصاد"),  # Arabic
        ("family 👩\u200d👩\u200d👧 here", "👩\u200d👩", "👩\u200d👩\u200d👧"),  # one emoji
        ("thumbs 👍🏽 up", "👍", "👍🏽"),  # with its skin tone
        ("a lone 🏽 swatch", "🏽", "🏽"),  # a skin tone after a space modifies nothing
    ],
)
def test_selections_snap_to_whole_words(text, selected, expected):
    assert snapped(text, selected) == expected


def test_only_white_space_gives_an_empty_span():
    assert snap_to_words("a   b", 1, 4) == (4, 4)


def test_a_word_longer_than_the_reach_is_cut_where_the_selection_ends():
    blob = "see " + "x" * (3 * SNAP_REACH) + " end"
    middle = 4 + SNAP_REACH + 10
    assert snap_to_words(blob, middle, middle + 10) == (middle, middle + 10)
    assert snap_to_words(blob, 10, 20) == (4, 20)  # the word's start is within reach


TEXTS = st.text(alphabet="ab é\u0301東.'3,👍🏽", max_size=30)


@given(TEXTS, st.integers(0, 30), st.integers(0, 30))
@example(" 🏽", 0, 2)  # found by hypothesis: the space was taken in with the skin tone
def test_snapped_spans_cover_the_selection_and_end_on_boundaries(text, a, b):
    assume(" \u0301" not in text)  # a combining mark on a space belongs to the space
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    new_start, new_end = snap_to_words(text, start, end)
    if new_start == new_end:
        assert text[start:end].strip() == ""
        return
    assert new_start <= start + len(text[start:end]) - len(text[start:end].lstrip())
    assert new_end >= end - (len(text[start:end]) - len(text[start:end].rstrip()))
    assert is_word_boundary(text, new_start) and is_word_boundary(text, new_end)
    assert not text[new_start].isspace() and not text[new_end - 1].isspace()
