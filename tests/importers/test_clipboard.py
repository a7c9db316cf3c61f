"""Paste as New Article: clipboard HTML fragments keep all their text; plain text works too."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.errors import ArticleImportError
from annotator.importers import import_clipboard


def test_short_html_fragment_keeps_all_its_text() -> None:
    draft = import_clipboard("<span>The minister <b>said</b> prices rose 20%.</span>", None)
    assert draft.text == "The minister said prices rose 20%."
    assert draft.source_format == "clipboard"
    assert draft.title == "The minister said prices rose 20%."


def test_html_structure_is_kept_even_in_navigation_like_markup() -> None:
    html = (
        "<meta charset='utf-8'><h2>Opposition disputes the figures</h2>"
        "<p>Councillors questioned the estimate.</p>"
        "<ul><li>replace the deck</li><li>build a new bridge<ul><li>alongside</li></ul></li></ul>"
        "<blockquote><p>We have not seen the evidence.</p></blockquote>"
        "<nav>Read more: Old Mill Bridge closed to lorries</nav>"
        "<table><tr><th>Option</th><th>Cost</th></tr><tr><td>Deck</td><td>£48m</td></tr></table>"
        "<script>alert(1)</script>"
    )
    draft = import_clipboard(html, "ignored because the HTML has the text")
    assert draft.text.split("\n\n") == [
        "Opposition disputes the figures",
        "Councillors questioned the estimate.",
        "replace the deck",
        "build a new bridge",
        "alongside",
        "We have not seen the evidence.",
        "Read more: Old Mill Bridge closed to lorries",
        "Option | Cost",
        "Deck | £48m",
    ]
    assert [(b.kind, b.level) for b in draft.blocks][:6] == [
        ("headline", 1),  # the fragment's title, in the text once
        ("paragraph", 0),
        ("list_item", 1),
        ("list_item", 1),
        ("list_item", 2),
        ("quote", 0),
    ]
    assert draft.title == "Opposition disputes the figures"


def test_windows_cf_html_header_is_removed_and_gives_the_source() -> None:
    html = (
        "Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000199\r\nStartFragment:0000000141\r\n"
        "EndFragment:0000000163\r\nSourceURL:https://news.example/story\r\n"
        "<html><body><!--StartFragment--><p>Copied sentence.</p><!--EndFragment--></body></html>"
    )
    draft = import_clipboard(html, None)
    assert draft.text == "Copied sentence."
    assert draft.url == "https://news.example/story"


def test_language_from_wrapping_document() -> None:
    draft = import_clipboard('<html lang="uk"><body><p>Ціни зростуть.</p></body></html>', None)
    assert draft.language == "uk"


def test_plain_text_only() -> None:
    draft = import_clipboard(None, "Headline\r\n\r\nFirst paragraph.\r\nSecond paragraph.")
    assert draft.text == "Headline\n\nFirst paragraph.\n\nSecond paragraph."
    assert draft.title == "Headline"


def test_plain_text_wins_when_html_is_only_a_stub() -> None:
    draft = import_clipboard('<img src="chart.png">', "The chart shows a rise of 20% since 2019.")
    assert draft.text == "The chart shows a rise of 20% since 2019."


@pytest.mark.parametrize(
    ("html", "text"), [(None, None), ("", ""), ("<p> </p>", "  \n "), ("<img src=x>", None)]
)
def test_nothing_to_paste(html: str | None, text: str | None) -> None:
    with pytest.raises(ArticleImportError, match="^Clipboard: .*no text"):
        import_clipboard(html, text)


@settings(max_examples=60, deadline=None)
@given(html=st.none() | st.text(max_size=300), text=st.none() | st.text(max_size=300))
def test_any_clipboard_contents_give_a_draft_or_an_import_error(
    html: str | None, text: str | None
) -> None:
    try:
        draft = import_clipboard(html, text)
    except ArticleImportError as error:
        assert str(error).startswith("Clipboard: ")
    else:
        assert draft.text == draft.text.strip() and draft.text
        for block in draft.blocks:
            piece = draft.text[block.start : block.end]
            assert piece and piece == piece.strip() and "\n\n" not in piece
