"""Plain text split into paragraphs: line ends decide joins (the end of the paragraph so far, and
a word hyphenated across a line)."""

from __future__ import annotations

from annotator.importers.canonical import split_plain_paragraphs

WRAPPED = (
    "The ministry said on Tuesday that the budget deficit had fallen to 3.1 per\n"
    "cent of output, the lowest figure since 2019, and that spending on the new\n"
    "energy programme would be kept at the level agreed in the spring. Its fore-\n"
    "cast for next year is unchanged at 2.8 per cent, the minister told reporters\n"
    "in Brussels, and the figures for 1990-\n"
    "2000 will be revised.\n"
)


def test_a_hard_wrapped_paragraph_is_one_with_its_hyphenated_word_made_whole() -> None:
    [paragraph] = split_plain_paragraphs(WRAPPED)
    assert paragraph.text == (
        "The ministry said on Tuesday that the budget deficit had fallen to 3.1 per cent of "
        "output, the lowest figure since 2019, and that spending on the new energy programme "
        "would be kept at the level agreed in the spring. Its forecast for next year is "
        "unchanged at 2.8 per cent, the minister told reporters in Brussels, and the figures "
        "for 1990- 2000 will be revised."
    )


def test_a_lower_case_line_joins_only_a_sentence_left_open() -> None:
    text = "Prices rose\nby four per cent.\nthen they fell.\nA new line"
    assert [p.text for p in split_plain_paragraphs(text)] == [
        "Prices rose by four per cent.",
        "then they fell.",
        "A new line",
    ]
