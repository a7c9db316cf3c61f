"""The reader draws highlights for the lines in view only, from the span index: they follow the
view as it scrolls, a claim out of view costs no repaint, nesting keeps the inner tint and the
outer claim's underline, and positions stay exact in RTL and CJK paragraphs."""

from __future__ import annotations

from PySide6.QtGui import QColor

from annotator.domain import Article, Claim
from annotator.ui.reader.highlight_style import TINT_NESTED, tint
from annotator.ui.reader.reader import ArticleReader

PARAGRAPHS = [f"Paragraph {n} says the budget grew by {n} percent last year." for n in range(400)]
LONG = "\n\n".join(PARAGRAPHS)


def claim(key: str, text: str, words: str, occurrence: int = 0) -> Claim:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    return Claim(key, "a", start, start + len(words), words)


def shown_reader(qtbot, text: str, claims: list[Claim], colours: dict[str, str]) -> ArticleReader:  # noqa: ANN001
    reader = ArticleReader()
    qtbot.addWidget(reader)
    reader.resize(600, 400)
    reader.show()
    qtbot.waitExposed(reader)
    reader.show_article(Article("a", "Title", text), claims, lambda c: colours[c.id])
    return reader


def drawn(reader: ArticleReader) -> list[tuple[int, int]]:
    return [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in reader.extraSelections()]


def test_highlights_follow_the_view_as_it_scrolls(qtbot) -> None:  # noqa: ANN001
    top = claim("top", LONG, "Paragraph 1 says")
    bottom = claim("bottom", LONG, "Paragraph 399 says")
    reader = shown_reader(qtbot, LONG, [top, bottom], {"top": "#2ca02c", "bottom": "#d62728"})
    assert reader.highlight_at(top.start) is not None
    assert reader.highlight_at(bottom.start) is None  # not in view: nothing made for it
    assert drawn(reader) == [(top.start, top.end)]
    bar = reader.verticalScrollBar()
    bar.setValue(bar.maximum())
    reader.viewport().repaint()
    qtbot.waitUntil(lambda: reader.highlight_at(bottom.start) is not None, timeout=3000)
    assert drawn(reader) == [(bottom.start, bottom.end)]
    assert reader.claims_at(bottom.start + 1) == ["bottom"]


def test_a_claim_out_of_view_changes_nothing_drawn(qtbot) -> None:  # noqa: ANN001
    top = claim("top", LONG, "Paragraph 1 says")
    reader = shown_reader(qtbot, LONG, [top], {"top": "#2ca02c", "far": "#d62728"})
    before = drawn(reader)
    far = claim("far", LONG, "Paragraph 350 says")
    reader.set_claim(far, "#d62728")
    assert drawn(reader) == before
    assert reader.claims_at(far.start) == ["far"]
    reader.set_claim(far, "#1f77b4")  # a verdict change out of view
    reader.remove_claim("top")  # and one in view
    assert drawn(reader) == []
    assert reader.claims_at(top.start) == []


def test_nested_claims_keep_the_inner_tint_and_the_outer_underline(qtbot) -> None:  # noqa: ANN001
    text = "The deal would give access to $500 billion of rare earths, the White House said."
    outer = claim("outer", text, "access to $500 billion of rare earths")
    inner = claim("inner", text, "$500 billion")
    reader = shown_reader(qtbot, text, [outer, inner], {"outer": "#d62728", "inner": "#1f77b4"})
    page = reader.palette().color(reader.palette().ColorRole.Base)
    nested = reader.highlight_at(inner.start + 1)
    assert nested is not None
    assert nested.background().color() == tint("#1f77b4", TINT_NESTED, page)
    assert nested.underlineColor() == QColor("#d62728").darker(130)  # the outer claim's colour
    alone = reader.highlight_at(outer.start)
    assert alone is not None and alone.background().color() != nested.background().color()
    reader.set_current_claim("inner", scroll=False)  # the selected claim is drawn on top
    selected = reader.highlight_at(inner.start + 1)
    assert selected is not None and selected.background().color() == QColor("#1f77b4")
    assert reader.highlight_at(outer.start) == alone


def test_rtl_and_cjk_paragraphs_keep_exact_positions(qtbot) -> None:  # noqa: ANN001
    text = (
        "قال الوزير إن الأسعار انخفضت 😀 بنسبة خمسة بالمئة.\n\n"
        "報道によると、物価は𠀋五パーセント下がった。"
    )
    arabic = claim("ar", text, "انخفضت 😀 بنسبة")
    japanese = claim("ja", text, "物価は𠀋五")
    reader = shown_reader(qtbot, text, [arabic, japanese], {"ar": "#2ca02c", "ja": "#d62728"})

    def utf16(offset: int) -> int:
        return len(text[:offset].encode("utf-16-le")) // 2

    assert drawn(reader) == [
        (utf16(arabic.start), utf16(arabic.end)),
        (utf16(japanese.start), utf16(japanese.end)),
    ]
    assert reader.claims_at(japanese.end - 1) == ["ja"] and reader.claims_at(japanese.end) == []
    reader.select_span(japanese.start, japanese.end)
    assert reader.selected_span() == (japanese.start, japanese.end)


def test_margins_fit_the_text_as_shown_after_a_short_article(qtbot) -> None:  # noqa: ANN001
    """The header strip, page and claim numbers are sized before the text is loaded; a long
    article after a short one (a scroll bar appears) still has them fit the final width."""
    from annotator.ui.reader.reader import DOCUMENT_MARGIN

    reader = shown_reader(qtbot, "Short.", [], {})
    assert not reader.verticalScrollBar().isVisible()
    claims = [claim(f"c{n}", LONG, f"Paragraph {n} says") for n in range(150)]
    article = Article("b", "A title long enough to wrap in the strip above the text " * 3, LONG)
    reader.show_article(article, claims, lambda _c: "#2ca02c")
    qtbot.waitUntil(reader.verticalScrollBar().isVisible, timeout=3000)
    assert reader.header_height() > 0
    width = reader.viewport().width() - 2 * DOCUMENT_MARGIN
    assert reader._header.textWidth() == width  # noqa: SLF001 - laid out for the width shown
    gutter = reader.page_gutter
    assert gutter.isVisible() and gutter.width() == reader.viewportMargins().left()
    assert gutter.visible_numbers()[0][1] == "1"  # claim 1 beside the first line
