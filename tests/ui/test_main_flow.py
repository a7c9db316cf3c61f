"""The foundation flow through real widgets: select → new claim → describe → source → reopen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.services import ProjectService
from annotator.ui.evidence.source_dialog import SourceDialog
from annotator.ui.main_window import MainWindow
from tests.ui.conftest import select_text


def set_line(edit, text: str) -> None:
    edit.setFocus()
    edit.setText(text)
    edit.setModified(True)
    edit.editingFinished.emit()


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not offered"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_select_text_make_claim_describe_it_add_source_and_reopen(
    qtbot, window, project_path, monkeypatch
):
    start, end = select_text(window, "$500 billion of rare earths")
    assert window.claims.new_claim_action.isEnabled()
    window.claims.new_claim_action.trigger()

    claim_id = window.inspector.claim_id()
    assert claim_id is not None
    assert window.claims_panel.current_claim_id() == claim_id
    assert window.inspector.quote.text() == "$500 billion of rare earths"
    assert window.reader.claims_at(start) == [claim_id]

    set_line(window.inspector.claim_reviewed, "Ukraine has $500bn of rare earths")
    set_line(window.inspector.claimant, "Donald Trump")
    set_line(window.inspector.claim_date, "2025-02-11")
    set_line(window.inspector.tags, "minerals, economy")
    choose(window.inspector.verdict, "Mostly false")
    window.inspector.explanation.setFocus()
    window.inspector.explanation.setPlainText("No survey supports that figure.")
    choose(window.inspector.status, "Ready for review")

    monkeypatch.setattr(
        SourceDialog,
        "ask",
        classmethod(
            lambda cls, parent, source=None, **_context: {
                "url": "https://example.org/usgs",
                "title": "USGS summary",
                "publisher": "USGS",
                "accessed": "2025-02-12",
                "excerpt": "Reserves are uncertain.",
                "kind": "official",
                "stance": "refutes",
            }
        ),
    )
    window.evidence.add_source_action.trigger()
    qtbot.waitUntil(lambda: window.inspector.sources.count() == 1)
    assert "USGS summary" in window.inspector.sources.item(0).text()

    window.close()  # flushes the explanation still being typed, closes the file

    project = ProjectService.open(project_path, "Checker")
    try:
        article_id = project.article_ids()[0]
        [claim] = project.claims(article_id)
        assert (claim.start, claim.end) == (start, end)
        assert claim.exact == "$500 billion of rare earths"
        assert claim.claim_reviewed == "Ukraine has $500bn of rare earths"
        assert claim.claimant == "Donald Trump"
        assert claim.claim_date == "2025-02-11"
        assert claim.tags == ["minerals", "economy"]
        assert project.verdict(claim.verdict_id).label == "Mostly false"
        assert claim.explanation == "No survey supports that figure."
        assert claim.status == "ready_for_review"
        assert claim.author == "Tester"
        [source] = project.sources(claim.id)
        assert (source.url, source.kind, source.stance, source.author) == (
            "https://example.org/usgs",
            "official",
            "refutes",
            "Tester",
        )
    finally:
        project.close()

    again = MainWindow("Tester")
    qtbot.addWidget(again)
    assert again.open_project(project_path)
    assert again.claims_model.rowCount() == 1
    again.claims_panel.select_claim(claim.id)
    assert again.inspector.claimant.text() == "Donald Trump"
    assert again.inspector.verdict.currentText() == "Mostly false"
    assert again.inspector.explanation.toPlainText() == "No survey supports that figure."
    assert again.inspector.sources.count() == 1
    again.close()


def test_clicking_a_highlight_selects_its_claim_and_list_selection_scrolls(qtbot, window):
    select_text(window, "China is the world's largest supplier")
    window.claims.new_claim_action.trigger()
    china = window.inspector.claim_id()
    select_text(window, "Ukraine would trade Kursk")
    window.claims.new_claim_action.trigger()
    ukraine = window.inspector.claim_id()
    assert window.claims_model.visible_ids() == [ukraine, china]  # text order

    text = window.reader.article.text
    offset = text.index("largest")
    clicked = window.reader.click_at(window.reader.point_for_offset(offset))
    assert clicked == china
    assert window.inspector.claim_id() == china
    assert window.claims_panel.current_claim_id() == china

    window.claims_panel.select_claim(ukraine)
    assert window.reader.current_claim() == ukraine
    assert window.inspector.claim_id() == ukraine


def test_overlapping_and_nested_claims_are_both_visible_and_clickable(qtbot, window):
    outer_start, _ = select_text(
        window, "The deal would give access to $500 billion of rare earths"
    )
    window.claims.new_claim_action.trigger()
    outer = window.inspector.claim_id()
    select_text(window, "$500 billion")
    window.claims.new_claim_action.trigger()
    inner = window.inspector.claim_id()

    offset = window.reader.article.text.index("500")
    assert window.reader.claims_at(offset) == [inner, outer]
    point = window.reader.point_for_offset(offset)
    window.reader.set_current_claim(None)
    assert window.reader.click_at(point) == inner
    assert window.reader.click_at(point) == outer  # clicking again reaches the enclosing claim
    assert window.reader.click_at(window.reader.point_for_offset(outer_start + 2)) == outer

    # both highlights are drawn: the nested part differs from the outer-only part
    window.reader.set_current_claim(None)  # the selected claim's colour covers both
    doc = window.reader.document()

    def background(cp: int):
        char_format = window.reader.highlight_at(cp)
        assert char_format is not None
        return char_format.background().color().name()

    assert background(outer_start + 2) != "#000000"
    assert background(offset) != background(outer_start + 2)
    assert doc.toPlainText().count("$500") == 1  # the text itself is never rewritten


def test_delete_claim_and_undo_brings_it_back_with_its_sources(qtbot, window, monkeypatch):
    select_text(window, "Ukraine would trade Kursk")
    window.claims.new_claim_action.trigger()
    claim_id = window.inspector.claim_id()
    monkeypatch.setattr(
        SourceDialog,
        "ask",
        classmethod(
            lambda cls, parent, source=None, **_context: {
                "url": "https://example.org/a",
                "kind": "primary",
                "stance": "context",
            }
        ),
    )
    window.evidence.add_source_action.trigger()
    service = window.service
    assert len(service.sources(claim_id)) == 1

    window.claims_panel.view.setFocus()
    window.claims.delete_claim_action.trigger()
    assert window.claims_model.rowCount() == 0
    assert window.reader.claims_at(0) == []
    assert service.store.get_claim(claim_id) is None
    assert window.undo_action.text() == "&Undo Delete claim"

    window.undo_stack.undo()
    assert window.claims_model.row_of(claim_id) == 0
    assert window.reader.claims_at(0) == [claim_id]
    assert [s.url for s in service.sources(claim_id)] == ["https://example.org/a"]


def test_status_bar_explains_new_claim_needs_a_selection(qtbot, window):
    window.reader.moveCursor(window.reader.textCursor().MoveOperation.Start)
    assert not window.claims.new_claim_action.isEnabled()
    assert window.claims.new_claim_from_selection() is None
    assert "Select some text" in window.statusBar().currentMessage()


def test_find_marks_matches_and_steps_through_them(qtbot, window):
    window.finder.find_action.trigger()
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar.field, "the")
    assert window.reader.find_count() == 4
    assert window.find_bar.count.text() == "1 of 4"
    window.finder.find_next_action.trigger()
    assert window.find_bar.count.text() == "2 of 4"
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert window.reader.find_count() == 0


def test_layout_and_last_project_are_restored(qtbot, window, project_path):
    # The offscreen screen is 800x800, so stay inside it: a restored geometry is clamped to the
    # screen.
    window.resize(780, 640)
    window.splitter.setSizes([200, 380, 180])
    qtbot.waitUntil(lambda: window.size().width() == 780)
    sizes = window.splitter.sizes()
    window.close()

    again = MainWindow("Tester")
    qtbot.addWidget(again)
    again.restore_layout()
    again.show()
    qtbot.waitExposed(again)
    assert again.size().width() == 780
    assert again.splitter.sizes() == sizes
    from annotator import app_settings

    assert app_settings.qsettings().value("last_project") == str(project_path)
    assert str(project_path.resolve()) in app_settings.recent_projects()
    again.close()


def test_a_mouse_click_on_a_highlight_and_list_selection_scrolling(qtbot, tmp_path):
    from PySide6.QtCore import Qt

    from tests.ui.conftest import make_project

    text = (
        "\n\n".join(f"Paragraph {i} with some words to read." for i in range(300))
        + "\n\nThe last claim is here."
    )
    path = tmp_path / "long.annotator"
    make_project(path, text=text)
    window = MainWindow("Tester")
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    assert window.open_project(path)
    top = window.service.create_claim(window.article_id, 0, 11)
    bottom_start = text.index("The last claim")
    bottom = window.service.create_claim(window.article_id, bottom_start, bottom_start + 14)
    window.reader.verticalScrollBar().setValue(0)

    qtbot.mouseClick(
        window.reader.viewport(), Qt.MouseButton.LeftButton, pos=window.reader.point_for_offset(3)
    )
    assert window.inspector.claim_id() == top.id

    window.claims_panel.select_claim(bottom.id)
    assert window.reader.verticalScrollBar().value() > 0
    point = window.reader.point_for_offset(bottom_start + 4)
    assert window.reader.viewport().rect().contains(point)
    window.close()


def test_keyboard_shortcuts_reach_the_actions_but_not_over_text_fields(qtbot, window):
    from PySide6.QtCore import Qt

    select_text(window, "Ukraine would trade Kursk")
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.claims_model.rowCount() == 1

    # Delete in a text field edits the text; it must not delete the claim.
    field = window.inspector.claimant
    field.setFocus()
    qtbot.keyClicks(field, "Kyiv")
    field.setCursorPosition(0)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.text() == "yiv"
    assert window.claims_model.rowCount() == 1

    window.claims_panel.view.setFocus()
    qtbot.keyClick(window.claims_panel.view, Qt.Key.Key_Delete)
    assert window.claims_model.rowCount() == 0
    qtbot.keyClick(window.claims_panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.claims_model.rowCount() == 1


def test_new_tags_and_authors_become_filter_choices(qtbot, window):
    select_text(window, "Ukraine would trade Kursk")
    window.claims.new_claim_action.trigger()
    window.claims.edit_claim_field(window.inspector.claim_id(), "tags", "territory")
    qtbot.waitUntil(
        lambda: window.claims_panel.tag_filter.findData("territory") >= 0, timeout=20_000
    )
    assert window.claims_panel.author_filter.findData("Tester") >= 0
