"""Never lose work in the window: backups and restore, read-only files, another instance, other
writers."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from annotator import app_settings
from annotator.services import session
from annotator.ui.common import dialogs
from annotator.ui.main_window import MainWindow
from annotator.ui.project.restore_dialog import RestoreDialog
from tests.ui.conftest import make_project, select_text


def test_opening_makes_a_backup_and_restore_brings_it_back(
    qtbot, window, project_path, monkeypatch
):
    qtbot.waitUntil(lambda: window.files.opening_backup.done)  # made on a thread of its own
    backups = session.list_backups(app_settings.data_dir(), project_path)
    assert len(backups) == 1
    select_text(window, "Ukraine would trade Kursk")
    window.claims.new_claim_action.trigger()
    assert window.claims_model.rowCount() == 1

    monkeypatch.setattr(
        RestoreDialog, "ask", classmethod(lambda cls, parent, name, items: items[-1])
    )
    window.files.restore_action.trigger()
    assert window.service is not None
    assert window.claims_model.rowCount() == 0  # the copy made before the claim
    kept = [p for p in project_path.parent.iterdir() if "before restore" in p.name]
    assert len(kept) == 1  # the replaced file is kept, never lost
    assert "before restore" in window.statusBar().currentMessage()


def test_read_only_project_opens_read_only_and_says_so(qtbot, tmp_path):
    path = tmp_path / "locked.annotator"
    make_project(path)
    os.chmod(path, 0o444)
    try:
        window = MainWindow("Tester")
        qtbot.addWidget(window)
        assert window.open_project(path)
        assert window.service.read_only
        assert window.read_only_label.text() == "Read-only"
        assert "Read-only" in window.statusBar().currentMessage()
        assert "(read-only)" in window.windowTitle()
        assert not window.exchange.import_action.isEnabled()
        assert not window.inspector.form_widget.isEnabled()
        window.close()
    finally:
        os.chmod(path, 0o644)


def test_another_running_instance_is_reported(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "shared.annotator"
    make_project(path)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys
            from annotator.services import session
            session.other_instance_warning(__import__('pathlib').Path({str(path)!r}))
            print('held', flush=True)
            sys.stdin.read()  # holds the project until the test closes its input
        """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        warnings = []
        monkeypatch.setattr(
            dialogs, "show_warning", lambda parent, title, text: warnings.append(text)
        )
        window = MainWindow("Tester")
        qtbot.addWidget(window)
        assert window.open_project(path)
        assert len(warnings) == 1 and "already open in another Annotator" in warnings[0]
        window.close()
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def test_a_window_notices_changes_made_by_another(qtbot, tmp_path):
    path = tmp_path / "two.annotator"
    make_project(path)
    first = MainWindow("Ana")
    second = MainWindow("Ben")
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    assert first.open_project(path) and second.open_project(path)
    select_text(first, "Ukraine would trade Kursk")
    first.claims.new_claim_action.trigger()
    assert second.claims_model.rowCount() == 0
    qtbot.waitUntil(lambda: second.claims_model.rowCount() == 1, timeout=20_000)  # its poll timer
    assert "another window" in second.statusBar().currentMessage()
    first.close()
    second.close()


def test_a_full_disk_gets_a_plain_message_and_nothing_stored_is_lost(qtbot, window, monkeypatch):
    select_text(window, "Ukraine would trade Kursk")
    window.claims.new_claim_action.trigger()
    kept = window.inspector.claim_id()
    db = window.service.store.db
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")  # the file may not grow: as on a full disk
    messages = []
    monkeypatch.setattr(
        "annotator.ui.main_window.QMessageBox.warning",
        lambda parent, title, text: messages.append(text),
    )
    window.claims.edit_claim_field(kept, "explanation", "x" * 200_000)
    assert messages and "disk is full" in messages[0]
    assert "Traceback" not in messages[0]
    assert window.service.claim(kept).explanation == ""
    assert window.claims_model.row_of(kept) == 0
    db.execute("PRAGMA max_page_count = 1073741823")
    window.claims.edit_claim_field(kept, "explanation", "fits now")
    assert window.service.claim(kept).explanation == "fits now"
