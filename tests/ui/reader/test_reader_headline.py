"""The reader shows the headline block of the text as a heading and lets a claim be made on
it; Qt positions are the canonical offsets (no header text inserted before the body); the
byline, and the title of older articles whose text has no headline, are drawn above it."""

from __future__ import annotations

from PySide6.QtGui import QFont

from annotator.importers import markdown
from annotator.services import ProjectService
from annotator.ui.main_window import MainWindow
from tests.ui.conftest import make_project

POST = (
    "---\ntitle: Prices fell by 5% 😀\nauthor: Ana Lima\n---\n\n"
    "The minister said prices fell by 5% last year.\n"
)


def _open(qtbot, path):  # noqa: ANN001, ANN202
    window = MainWindow("Tester")
    qtbot.addWidget(window)
    assert window.open_project(path)
    return window


def test_claim_on_the_headline_at_canonical_offsets(qtbot, tmp_path) -> None:  # noqa: ANN001
    draft = markdown.read(POST.encode(), "post.md")
    path = tmp_path / "p.annotator"
    project = ProjectService.open(path, "Setup")
    project.add_article(draft)
    project.close()
    window = _open(qtbot, path)
    reader = window.reader
    assert reader.to_qt_position(0) == 0  # nothing is inserted before the text
    assert reader.document().toPlainText().startswith("Prices fell by 5% 😀\n")
    reader.select_span(0, len("Prices fell by 5%"))
    assert reader.textCursor().selectedText() == "Prices fell by 5%"
    assert (
        reader.textCursor().charFormat().fontWeight() == QFont.Weight.Bold
    )  # styled as the headline
    claim = window.claims.new_claim_from_selection()
    assert (claim.start, claim.end, claim.exact) == (0, 17, "Prices fell by 5%")
    assert "Prices fell" not in reader.header_text()  # the headline is shown once
    assert reader.header_text() == "Ana Lima"
    window.close()


def test_an_article_stored_without_a_headline_block_keeps_its_title_above(qtbot, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "old.annotator"
    make_project(path, text="Ukraine would trade Kursk for land.", title="Kursk swap")
    window = _open(qtbot, path)
    reader = window.reader
    assert reader.document().toPlainText() == "Ukraine would trade Kursk for land."
    assert reader.header_text().splitlines() == ["Kursk swap", "Example News"]
    assert reader.header_height() > 0  # room for the header, above the text
    assert reader.viewportMargins().top() == reader.header_height()
    reader.select_span(0, len("Ukraine"))
    assert window.claims.new_claim_from_selection().exact == "Ukraine"
    reader.clear_article()  # no article: no header, and its room goes back to the text
    assert reader.header_text() == "" and reader.header_height() == 0
    window.close()


def test_header_text_is_plain_text_never_markup(qtbot, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "markup.annotator"
    make_project(path, text="Body.", title="<b>Bold</b> <img src='x.png'> title")
    window = _open(qtbot, path)
    assert window.reader.header_text().splitlines()[0] == "<b>Bold</b> <img src='x.png'> title"
    window.close()


def test_tooltip_over_a_pdf_claim_gives_its_page(qtbot, tmp_path) -> None:  # noqa: ANN001
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    from annotator.domain import ArticleDraft, Block

    text = "First page paragraph.\n\nSecond page paragraph."
    blocks = [Block(0, 21, "paragraph", 0, 1), Block(23, 45, "paragraph", 0, 2)]
    path = tmp_path / "pdf.annotator"
    project = ProjectService.open(path, "Setup")
    project.add_article(ArticleDraft(title="Report", text=text, blocks=blocks, source_format="pdf"))
    project.close()
    window = _open(qtbot, path)
    reader = window.reader
    point = reader.point_for_offset(text.index("Second") + 2)
    event = QHelpEvent(QEvent.Type.ToolTip, point, reader.viewport().mapToGlobal(point))
    reader.viewportEvent(event)
    qtbot.waitUntil(lambda: QToolTip.isVisible() and QToolTip.text() == "p. 2", timeout=3000)
    first = reader.point_for_offset(3)
    reader.viewportEvent(
        QHelpEvent(QEvent.Type.ToolTip, first, reader.viewport().mapToGlobal(first))
    )
    qtbot.waitUntil(lambda: QToolTip.text() == "p. 1", timeout=3000)
    window.close()


def test_pdf_pages_are_marked_in_the_margin_where_each_begins(qtbot, tmp_path) -> None:  # noqa: ANN001
    from PySide6.QtGui import QTextCursor

    from annotator.domain import ArticleDraft, Block

    paragraphs = [f"Paragraph {n} of the report, printed on page {1 + n // 20}." for n in range(60)]
    text = "\n\n".join(paragraphs)
    blocks, start = [], 0
    for n, paragraph in enumerate(paragraphs):
        blocks.append(Block(start, start + len(paragraph), "paragraph", 0, 1 + n // 20))
        start += len(paragraph) + 2
    path = tmp_path / "pages.annotator"
    project = ProjectService.open(path, "Setup")
    project.add_article(ArticleDraft(title="Report", text=text, blocks=blocks, source_format="pdf"))
    project.close()
    window = _open(qtbot, path)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    reader, gutter = window.reader, window.reader.page_gutter
    assert gutter.isVisible() and gutter.width() > 0
    assert reader.viewportMargins().left() == gutter.width()  # the text does not run under it
    assert [label for _, label in gutter.visible_labels()] == ["p. 1"]
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.to_qt_position(text.index("Paragraph 20 ")))
    reader.setTextCursor(cursor)  # the keyboard caret moved there: the view follows
    reader.ensureCursorVisible()
    qtbot.waitUntil(lambda: "p. 2" in [label for _, label in gutter.visible_labels()], timeout=3000)
    line_top = reader.viewport().mapTo(reader, reader.cursorRect(cursor).topLeft()).y() - gutter.y()
    shown = gutter.visible_labels()
    assert dict((label, y) for y, label in shown).get("p. 2") == line_top, (shown, line_top)
    image = gutter.grab().toImage()
    background = image.pixelColor(1, 1)
    row = min(line_top + gutter.fontMetrics().ascent() // 2, image.height() - 1)
    assert any(image.pixelColor(x, row) != background for x in range(image.width()))  # drawn
    window.close()


def test_articles_without_pages_have_no_page_margin(qtbot, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "plain.annotator"
    make_project(path, text="A paragraph.\n\nAnother one.", title="Plain")
    window = _open(qtbot, path)
    window.show()
    qtbot.waitExposed(window)
    assert not window.reader.page_gutter.isVisible()
    assert window.reader.viewportMargins().left() == 0
    window.close()


def test_the_header_gives_its_room_to_the_text_once_scrolled_away(qtbot, tmp_path) -> None:  # noqa: ANN001
    text = "\n\n".join(f"Paragraph {n} says the budget rose by {n} per cent." for n in range(300))
    path = tmp_path / "long.annotator"
    make_project(path, text=text, title="A long title for a long read")
    window = _open(qtbot, path)
    window.resize(900, 600)
    reader = window.reader
    shown = reader.header_height()
    assert shown > 0 and reader.header_text().startswith("A long title")
    reader.verticalScrollBar().setValue(40)  # reading on, far below the title
    qtbot.waitUntil(lambda: reader.header_height() == 0)
    assert reader.viewportMargins().top() == 0  # the room is the text's
    reader.verticalScrollBar().setValue(0)  # back at the top: the title is there again
    qtbot.waitUntil(lambda: reader.header_height() == shown)
    window.close()
