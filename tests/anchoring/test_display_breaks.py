"""Display-only line breaks in huge paragraphs never shift a claim."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.anchoring.offsets import (
    DISPLAY_CHUNK,
    LONG_PARAGRAPH,
    OffsetMap,
    display_breaks,
    with_breaks,
)


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(["a", " ", "😀", "\u0301", "\n", "\u200b"]), max_size=80),
    st.data(),
)
def test_map_round_trips_and_matches_the_displayed_text(text, data):
    breaks = (
        sorted(
            set(
                data.draw(
                    st.lists(st.integers(min_value=1, max_value=max(1, len(text) - 1)), max_size=4)
                )
            )
        )
        if len(text) > 1
        else []
    )
    offsets = OffsetMap(text, breaks)
    shown = with_breaks(text, breaks)
    for codepoint in range(len(text) + 1):
        qt = offsets.to_utf16(codepoint)
        inserted = sum(1 for b in breaks if b <= codepoint)
        assert qt == len(text[:codepoint].encode("utf-16-le")) // 2 + inserted
        assert offsets.to_codepoint(qt) == codepoint
    assert len(shown.encode("utf-16-le")) // 2 == offsets.utf16_length


def test_long_paragraphs_get_breaks_after_spaces_and_lines_without_spaces_anyway():
    words = "word " * 2000
    breaks = display_breaks(words)
    assert breaks and all(words[b - 1] == " " for b in breaks)
    solid = "x" * (LONG_PARAGRAPH * 3)
    assert display_breaks(solid)[0] == DISPLAY_CHUNK
    assert display_breaks("short paragraph\n\nanother") == []
