"""Undo and redo of every kind of edit: after undo the database is exactly as before the edit."""

from __future__ import annotations

import pytest

from annotator.ui.inspector import SOURCE_ID_ROLE
from annotator.ui.source_dialog import SourceDialog
from tests.ui.conftest import select_text


def database_state(window) -> dict[str, list[tuple]]:
    db = window.service.store.db
    return {
        table: [tuple(row.values()) for row in db.query(f"SELECT * FROM {table} ORDER BY id")]
        for table in ("claims", "sources", "articles")
    }


def make_claim(window, needle: str = "Ukraine would trade Kursk") -> str:
    select_text(window, needle)
    window.new_claim_action.trigger()
    return window.inspector.claim_id()


def check_undo_redo(window, edit) -> None:
    """Run `edit`, then undo → state before, redo → state after, undo again → before."""
    before = database_state(window)
    edit()
    after = database_state(window)
    assert after != before, "the edit changed nothing"
    window.undo_action.trigger()
    assert database_state(window) == before
    window.redo_action.trigger()
    assert database_state(window) == after
    window.undo_action.trigger()
    assert database_state(window) == before


def test_undo_redo_create_claim(qtbot, window):
    check_undo_redo(window, lambda: make_claim(window))
    assert window.claims_model.rowCount() == 0
    assert window.undo_action.isEnabled() is False or window.undo_stack.index() == 0


def test_undo_redo_delete_claim(qtbot, window):
    claim_id = make_claim(window)
    window.undo_stack.clear()
    check_undo_redo(window, window.delete_claim_action.trigger)
    assert window.claims_model.row_of(claim_id) == 0
    assert window.reader.claims_at(0) == [claim_id]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("claim_reviewed", "Ukraine offered to swap Kursk"),
        ("claimant", "Volodymyr Zelenskyy"),
        ("claim_date", "2025-02"),
        ("tags", "territory, war"),
        ("explanation", "The Guardian interview says so.\nSecond line."),
        ("internal_note", "ask the desk"),
    ],
)
def test_undo_redo_each_text_field(qtbot, window, field, value):
    make_claim(window)
    widget = getattr(window.inspector, field)

    def edit():
        if hasattr(widget, "setModified"):
            widget.setText(value)
            widget.setModified(True)
            widget.editingFinished.emit()
        else:
            widget.setPlainText(value)
            window.inspector.flush()

    check_undo_redo(window, edit)
    # the inspector follows the database after undo
    shown = widget.text() if hasattr(widget, "setModified") else widget.toPlainText()
    assert shown == ""


@pytest.mark.parametrize(("field", "label"), [("verdict", "False"), ("status", "Ready for review")])
def test_undo_redo_verdict_and_status(qtbot, window, field, label):
    make_claim(window)
    combo = getattr(window.inspector, field)

    def edit():
        index = combo.findText(label)
        combo.setCurrentIndex(index)
        combo.activated.emit(index)

    check_undo_redo(window, edit)
    assert combo.currentText() in ("Unrated", "Draft")


def test_verdict_colours_the_highlight_and_undo_restores_neutral(qtbot, window):
    claim_id = make_claim(window)
    window.reader.set_current_claim(None)
    cursor = window.reader._cursor_for(3, 4)
    neutral = cursor.charFormat().background().color().name()
    index = window.inspector.verdict.findText("False")
    window.inspector.verdict.setCurrentIndex(index)
    window.inspector.verdict.activated.emit(index)
    rated = window.reader._cursor_for(3, 4).charFormat().background().color().name()
    assert rated != neutral
    window.undo_action.trigger()
    assert window.reader._cursor_for(3, 4).charFormat().background().color().name() == neutral
    assert window.service.claim(claim_id).verdict_id is None


def source_values(**overrides):
    values = {"url": "https://example.org/report", "title": "Report", "kind": "official", "stance": "refutes"}
    values.update(overrides)
    return values


def test_undo_redo_add_edit_remove_source(qtbot, window, monkeypatch):
    make_claim(window)
    monkeypatch.setattr(SourceDialog, "ask", classmethod(lambda cls, parent, source=None: source_values()))
    check_undo_redo(window, window.add_source_action.trigger)
    window.redo_action.trigger()
    assert window.inspector.sources.count() == 1
    source_id = window.inspector.sources.item(0).data(SOURCE_ID_ROLE)

    monkeypatch.setattr(SourceDialog, "ask", classmethod(lambda cls, parent, source=None: source_values(title="Report (2025 edition)")))
    check_undo_redo(window, lambda: window.edit_source_dialog(source_id))
    assert "Report" in window.inspector.sources.item(0).text()

    check_undo_redo(window, lambda: window.remove_source(source_id))
    assert window.inspector.sources.count() == 1


def test_typing_in_explanation_merges_into_one_undo_step(qtbot, window):
    make_claim(window)
    editor = window.inspector.explanation
    editor.setFocus()
    for text in ("Fi", "First", "First draft"):
        editor.setPlainText(text)
        window.inspector.flush()
    assert window.service.claim(window.inspector.claim_id()).explanation == "First draft"
    window.undo_action.trigger()
    assert window.service.claim(window.inspector.claim_id()).explanation == ""


def test_typing_is_saved_after_a_pause_without_leaving_the_field(qtbot, window):
    claim_id = make_claim(window)
    window.inspector.explanation.setFocus()
    qtbot.keyClicks(window.inspector.explanation, "Typed text")
    qtbot.waitUntil(lambda: window.service.claim(claim_id).explanation == "Typed text", timeout=20_000)


def test_an_invalid_date_is_refused_with_a_message_and_nothing_is_stored(qtbot, window, monkeypatch):
    claim_id = make_claim(window)
    messages = []
    monkeypatch.setattr("annotator.ui.main_window.QMessageBox.warning", lambda parent, title, text: messages.append(text))
    window.inspector.claim_date.setText("11/02/2025")
    window.inspector.claim_date.setModified(True)
    window.inspector.claim_date.editingFinished.emit()
    assert messages and "YYYY-MM-DD" in messages[0]
    assert window.service.claim(claim_id).claim_date == ""
    assert window.inspector.claim_date.text() == ""
    assert window.undo_stack.count() == 1  # only the claim's creation


def test_approving_your_own_claim_is_refused_with_a_message(qtbot, window, monkeypatch):
    claim_id = make_claim(window)
    messages = []
    monkeypatch.setattr("annotator.ui.main_window.QMessageBox.warning", lambda parent, title, text: messages.append(text))
    window.edit_claim_field(claim_id, "status", "approved")
    assert messages, "the refusal was not shown"
    assert window.service.claim(claim_id).status == "draft"
    approved_row = window.inspector.status.findData("approved")
    assert not window.inspector.status.model().item(approved_row).isEnabled()


def test_an_undo_that_cannot_be_saved_is_reported_not_raised(qtbot, window, monkeypatch):
    make_claim(window)
    messages = []
    monkeypatch.setattr("annotator.ui.main_window.QMessageBox.warning", lambda parent, title, text: messages.append(text))
    db = window.service.store.db
    db.execute("PRAGMA query_only = ON")  # every write now fails, as on a file that became read-only
    window.undo_action.trigger()
    db.execute("PRAGMA query_only = OFF")
    assert messages and messages[0].startswith("Could not undo “New claim”")
    assert window.claims_model.rowCount() == 1  # nothing changed, and the window still agrees
