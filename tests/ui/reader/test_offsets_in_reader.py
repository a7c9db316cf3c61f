"""Qt counts UTF-16 units, the project file code points: emoji and combining marks must not shift
claims."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from annotator.ui.main_window import MainWindow
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

    # The highlight covers exactly those Qt positions, and nothing before them.
    reader.set_current_claim(None)
    inside = QTextCursor(reader.document())
    inside.setPosition(reader._body_offset + utf16_start + 1)
    before = QTextCursor(reader.document())
    before.setPosition(reader._body_offset + utf16_start - 1)
    assert inside.charFormat().background().style() != before.charFormat().background().style()
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
    window.close()
