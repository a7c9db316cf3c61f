"""Qt counts UTF-16 units, the project file code points: emoji and combining marks must not shift
claims."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from annotator.ui.main_window import MainWindow
from annotator.ui.reader.block_marks import marks_in_view
from annotator.ui.reader.reader import DOCUMENT_MARGIN
from tests.ui.conftest import make_project

TEXTS = {
    "emoji": "Thread 😀🎉 by @someone 👍🏽: Ukraine would trade Kursk for land.",
    "combining": (
        "Zelenskyy said (Zelens\u0301kyj) Cafe\u0301 talks: Ukraine would trade Kursk for land."
    ),
    "flags-and-cjk": "🇺🇦🇷🇺 報道 𠀋 Ukraine would trade Kursk for land.",
}


@pytest.mark.parametrize("name", list(TEXTS))
def test_claim_after_astral_and_combining_characters_lands_on_the_selected_words(
    qtbot, tmp_path, name
):
    text = TEXTS[name]
    path = tmp_path / f"{name}.annotator"
    make_project(path, text=text)
    window = MainWindow("Tester")
    qtbot.addWidget(window)
    assert window.open_project(path)
    reader = window.reader

    # Select "Ukraine would trade Kursk" with Qt positions, as the mouse would.
    start_cp = text.index("Ukraine")
    end_cp = start_cp + len("Ukraine would trade Kursk")
    utf16_start = len(text[:start_cp].encode("utf-16-le")) // 2
    utf16_end = len(text[:end_cp].encode("utf-16-le")) // 2
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader._body_offset + utf16_start)
    cursor.setPosition(reader._body_offset + utf16_end, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "Ukraine would trade Kursk"
    reader.setTextCursor(cursor)

    claim = window.claims.new_claim_from_selection()
    assert claim is not None
    assert (claim.start, claim.end) == (start_cp, end_cp)
    assert claim.exact == "Ukraine would trade Kursk"

    # The highlight drawn covers exactly those Qt positions, and nothing before or after them.
    reader.set_current_claim(None)
    drawn = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in reader.extraSelections()]
    assert drawn == [(reader._body_offset + utf16_start, reader._body_offset + utf16_end)]
    tinted = reader.highlight_at(start_cp)
    assert tinted is not None and tinted.background().style() != Qt.BrushStyle.NoBrush
    assert reader.highlight_at(end_cp - 1) == tinted
    assert reader.highlight_at(start_cp - 1) is None and reader.highlight_at(end_cp) is None
    # Clicking the word finds the claim again.
    assert reader.claims_at(reader.to_text_offset(reader._body_offset + utf16_start + 2)) == [
        claim.id
    ]
    window.close()


def test_bullets_and_quotes_are_drawn_without_shifting_positions(qtbot, tmp_path):
    from annotator.importers import markdown
    from annotator.services import ProjectService

    draft = markdown.read(
        b"# Head\n\nIntro.\n\n- one item\n- two item\n\n> quoted text\n\nEnd.", "list.md"
    )
    path = tmp_path / "list.annotator"
    project = ProjectService.open(path, "Setup")
    project.add_article(draft)
    project.close()
    window = MainWindow("Tester")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_project(path)
    reader = window.reader
    start = draft.text.index("two item")
    reader.select_span(start, start + len("two item"))
    assert reader.textCursor().selectedText() == "two item"
    assert reader.textCursor().block().textList() is not None  # drawn as a bullet
    claim = window.claims.new_claim_from_selection()
    assert (claim.start, claim.exact) == (start, "two item")
    quote_block = reader.document().findBlock(reader.to_qt_position(draft.text.index("quoted")))
    assert quote_block.blockFormat().leftMargin() > 0
    # the plain-text layout draws neither: the reader paints them in the margin, beside the text
    marks = [(mark, block.text()) for mark, _, block in marks_in_view(reader)]
    assert marks == [("bullet", "one item"), ("bullet", "two item"), ("quote", "quoted text")]
    image = reader.viewport().grab().toImage()
    _, rect, _ = marks_in_view(reader)[0]
    first_line = range(round(rect.top()), round(rect.top()) + reader.fontMetrics().height())
    margin = [image.pixelColor(x, y) for x in range(DOCUMENT_MARGIN - 2) for y in first_line]
    assert len(set(c.name() for c in margin)) > 1  # the bullet is drawn left of the text
    window.close()
