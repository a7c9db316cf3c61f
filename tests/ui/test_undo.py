"""Undo and redo of every kind of edit: after undo the database is exactly as before the edit."""

from __future__ import annotations

import sqlite3
from collections import Counter

import pytest

from annotator.storage.history_values import history_rows
from annotator.ui.evidence.source_dialog import SourceDialog
from annotator.ui.inspector.inspector import SOURCE_ID_ROLE
from tests.ui.conftest import select_text


def database_state(window) -> dict[str, list[tuple]]:
    """Every row of every table of the project (full-text indexes aside: they are derived
    from these rows, and their internal pages legitimately differ after a delete/re-insert)."""
    db = window.service.store.db
    virtual = [
        name
        for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"
        )
    ]
    shadows = {
        f"{name}_{part}"
        for name in virtual
        for part in ("data", "idx", "docsize", "config", "content")
    }
    tables = [
        name
        for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%_fts%' ORDER BY name"
        )
        if name not in shadows
    ]
    assert {"articles", "claims", "sources", "comments", "claim_history", "revisions"} <= set(
        tables
    )
    return {table: sorted(_rows(db.conn, table), key=repr) for table in tables}


def _rows(conn: sqlite3.Connection, table: str) -> list[tuple]:
    """A table's rows; history lines as every reader gets them: a line the file keeps pending
    (schema 16) with the value it stands for, the quote or source as it is now."""
    if table == "claim_history":
        return [tuple(row.values()) for row in history_rows(conn)]
    return list(map(tuple, conn.execute(f"SELECT * FROM {table}")))


APPEND_ONLY = {"claim_history", "review_records", "revisions", "item_revs", "tombstones", "people"}
"""Logs an undo adds to rather than rewinds: the audit trails (claim history, review records)
record the undo as a change, and
merge bookkeeping gives the restored row a new revision so colleagues who merged the edit
receive the undo too; `people` names everyone those logs name, so whoever wrote stays in it.
They are checked to only grow; every other table must be restored."""


def _history_entries(rows: list[tuple]) -> Counter:
    """Claim history by what was logged (claim, field, old, new, by whom), not its row id or time:
    a redone deletion is logged again at its own time (an undone one is rewound by its snapshot)."""
    return Counter(row[1:6] + row[7:] for row in rows)  # id, claim, field, old, new, by, at, by_id


def assert_restored(now: dict[str, list[tuple]], then: dict[str, list[tuple]]) -> None:
    assert set(now) == set(then)
    for table in now:
        if table == "claim_history":
            assert not _history_entries(then[table]) - _history_entries(now[table]), (
                f"{table} lost rows"
            )
        elif table in ("review_records", "revisions", "people"):
            assert set(then[table]) <= set(now[table]), f"{table} lost rows"
        if table in APPEND_ONLY:
            continue
        assert now[table] == then[table], f"{table} was not restored"


def make_claim(window, needle: str = "Ukraine would trade Kursk") -> str:
    select_text(window, needle)
    window.claims.new_claim_action.trigger()
    return window.inspector.claim_id()


def check_undo_redo(window, edit) -> None:
    """Run `edit`, then undo → state before, redo → state after, undo again → before."""
    before = database_state(window)
    edit()
    after = database_state(window)
    assert after != before, "the edit changed nothing"
    window.undo_action.trigger()
    assert_restored(database_state(window), before)
    window.redo_action.trigger()
    assert_restored(database_state(window), after)
    window.undo_action.trigger()
    assert_restored(database_state(window), before)


def test_undo_redo_create_claim(qtbot, window):
    check_undo_redo(window, lambda: make_claim(window))
    assert window.claims_model.rowCount() == 0
    assert window.undo_action.isEnabled() is False or window.undo_stack.index() == 0


def test_undo_redo_delete_claim(qtbot, window):
    claim_id = make_claim(window)
    window.undo_stack.clear()
    check_undo_redo(window, window.claims.delete_claim_action.trigger)
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

    def drawn() -> str:  # the tint drawn behind the claim's fourth character
        char_format = window.reader.highlight_at(3)
        assert char_format is not None
        return char_format.background().color().name()

    neutral = drawn()
    index = window.inspector.verdict.findText("False")
    window.inspector.verdict.setCurrentIndex(index)
    window.inspector.verdict.activated.emit(index)
    rated = drawn()
    assert rated != neutral
    window.undo_action.trigger()
    assert drawn() == neutral
    assert window.service.claim(claim_id).verdict_id is None


def source_values(**overrides):
    values = {
        "url": "https://example.org/report",
        "title": "Report",
        "kind": "official",
        "stance": "refutes",
    }
    values.update(overrides)
    return values


def test_undo_redo_add_edit_remove_source(qtbot, window, monkeypatch):
    make_claim(window)
    monkeypatch.setattr(
        SourceDialog,
        "ask",
        classmethod(lambda cls, parent, source=None, **_context: source_values()),
    )
    check_undo_redo(window, window.evidence.add_source_action.trigger)
    window.redo_action.trigger()
    assert window.inspector.sources.count() == 1
    source_id = window.inspector.sources.item(0).data(SOURCE_ID_ROLE)

    monkeypatch.setattr(
        SourceDialog,
        "ask",
        classmethod(
            lambda cls, parent, source=None, **_context: source_values(
                title="Report (2025 edition)"
            )
        ),
    )
    check_undo_redo(window, lambda: window.evidence.edit_source_dialog(source_id))
    assert "Report" in window.inspector.sources.item(0).text()

    check_undo_redo(window, lambda: window.evidence.remove_source(source_id))
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
    qtbot.waitUntil(
        lambda: window.service.claim(claim_id).explanation == "Typed text", timeout=20_000
    )


def test_an_invalid_date_is_refused_with_a_message_and_nothing_is_stored(
    qtbot, window, monkeypatch
):
    claim_id = make_claim(window)
    messages = []
    monkeypatch.setattr(
        "annotator.ui.main_window.QMessageBox.warning",
        lambda parent, title, text: messages.append(text),
    )
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
    monkeypatch.setattr(
        "annotator.ui.main_window.QMessageBox.warning",
        lambda parent, title, text: messages.append(text),
    )
    window.claims.edit_claim_field(claim_id, "status", "approved")
    assert messages, "the refusal was not shown"
    assert window.service.claim(claim_id).status == "draft"
    approved_row = window.inspector.status.findData("approved")
    assert not window.inspector.status.model().item(approved_row).isEnabled()


def test_an_undo_that_cannot_be_saved_is_reported_not_raised(qtbot, window, monkeypatch):
    make_claim(window)
    messages = []
    monkeypatch.setattr(
        "annotator.ui.main_window.QMessageBox.warning",
        lambda parent, title, text: messages.append(text),
    )
    db = window.service.store.db
    db.execute(
        "PRAGMA query_only = ON"
    )  # every write now fails, as on a file that became read-only
    window.undo_action.trigger()
    db.execute("PRAGMA query_only = OFF")
    assert messages and messages[0].startswith("Could not undo “New claim”")
    assert window.claims_model.rowCount() == 1  # nothing changed, and the window still agrees


def test_typing_merges_only_edits_of_the_same_field(qtbot, window):
    """Explanation, then internal note, then explanation again: three undo steps, not one."""
    claim_id = make_claim(window)
    steps = window.undo_stack.index()
    inspector = window.inspector
    for editor, text in (
        (inspector.explanation, "Why"), (inspector.explanation, "Why not"),
        (inspector.internal_note, "ask"), (inspector.internal_note, "ask desk"),
        (inspector.explanation, "Why not, says the desk"),
    ):  # fmt: skip
        editor.setFocus()
        editor.setPlainText(text)
        inspector.flush()
    assert window.undo_stack.index() == steps + 3
    claim = window.service.claim(claim_id)
    assert (claim.explanation, claim.internal_note) == ("Why not, says the desk", "ask desk")
    window.undo_action.trigger()
    claim = window.service.claim(claim_id)
    assert (claim.explanation, claim.internal_note) == ("Why not", "ask desk")
    window.undo_action.trigger()
    claim = window.service.claim(claim_id)
    assert (claim.explanation, claim.internal_note) == ("Why not", "")
    window.undo_action.trigger()
    claim = window.service.claim(claim_id)
    assert (claim.explanation, claim.internal_note) == ("", "")


def test_saving_the_same_tags_again_in_another_form_makes_no_undo_step(qtbot, window):
    """Tags a,b saved as the list ["a", "b"] change nothing: no write, no revision, no undo step."""
    claim_id = make_claim(window)
    window.claims.edit_claim_field(claim_id, "tags", "a, b")
    assert window.service.claim(claim_id).tags == ["a", "b"]
    steps = window.undo_stack.count()
    revisions = window.service.store.db.execute("SELECT count(*) FROM revisions").fetchone()[0]
    window.claims.edit_claim_field(claim_id, "tags", ["a", "b"])
    assert window.undo_stack.count() == steps
    assert (
        window.service.store.db.execute("SELECT count(*) FROM revisions").fetchone()[0] == revisions
    )
