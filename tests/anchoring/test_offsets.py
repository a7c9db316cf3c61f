"""OffsetMap: code points (the data) <-> UTF-16 units (Qt), with emoji and other astral text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.anchoring import OffsetMap

TEXT = "Go 🎉 team 👩‍👩‍👧 won 𝔘 cafe\u0301 东京!"


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_emoji_count_once_in_code_points_and_twice_in_utf16():
    m = OffsetMap(TEXT)
    assert m.length == len(TEXT)
    assert m.utf16_length == _utf16_length(TEXT)
    after_party = TEXT.index("🎉") + 1
    assert m.to_utf16(after_party) == after_party + 1


def test_every_offset_round_trips():
    m = OffsetMap(TEXT)
    for cp in range(len(TEXT) + 1):
        assert m.to_utf16(cp) == _utf16_length(TEXT[:cp])
        assert m.to_codepoint(m.to_utf16(cp)) == cp


def test_an_offset_inside_a_surrogate_pair_maps_to_the_character_start():
    m = OffsetMap(TEXT)
    emoji = TEXT.index("🎉")
    assert m.to_codepoint(m.to_utf16(emoji) + 1) == emoji


@given(
    st.lists(st.sampled_from(list("ab é东") + ["😀", "𝔘", "\u0301", "👍🏽"]), max_size=40).map(
        "".join
    )
)
def test_round_trips_on_random_text(text):
    m = OffsetMap(text)
    assert m.utf16_length == _utf16_length(text)
    for cp in range(len(text) + 1):
        assert m.to_utf16(cp) == _utf16_length(text[:cp])
        assert m.to_codepoint(m.to_utf16(cp)) == cp
