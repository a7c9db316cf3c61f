"""Files that are not projects, or come from a newer version, get a dialog and are left
untouched."""

from __future__ import annotations

import sqlite3

import pytest

from annotator.storage import APPLICATION_ID, LATEST_VERSION
from annotator.ui.common import dialogs
from annotator.ui.main_window import MainWindow


@pytest.fixture
def errors(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        dialogs, "show_error", lambda parent, title, message: shown.append((title, message))
    )
    return shown


def make_newer_project(path):
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.execute("CREATE TABLE future_things (id TEXT)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("newer", "newer version of Annotator"),
        ("text", "not a SQLite database"),
        ("foreign", "another application"),
    ],
)
def test_refused_file_shows_a_dialog_and_is_not_modified(qtbot, tmp_path, errors, kind, expected):
    path = tmp_path / f"{kind}.annotator"
    if kind == "newer":
        make_newer_project(path)
    elif kind == "text":
        path.write_text("just some notes, not a project\n")
    else:
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.commit()
        conn.close()
    before = path.read_bytes()
    mtime = path.stat().st_mtime_ns
    window = MainWindow("Tester")
    qtbot.addWidget(window)
    assert window.open_project(path) is False
    assert len(errors) == 1 and expected in errors[0][1]
    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == mtime
    assert not (tmp_path / f"{kind}.annotator-wal").exists()
    assert window.service is None


def test_a_stale_wal_set_aside_is_told_in_a_dialog(qtbot, tmp_path, monkeypatch):
    from annotator.services import ProjectService

    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(
        dialogs, "show_warning", lambda parent, title, message: warnings.append((title, message))
    )
    path = tmp_path / "p.annotator"
    ProjectService.open(path, "Ana").close()
    (tmp_path / "p.annotator-wal").write_bytes(b"not a change log of this file" * 200)
    window = MainWindow("Tester")
    qtbot.addWidget(window)
    window.interactive = True
    assert window.open_project(path) is True
    assert [t for t, _ in warnings] == ["Leftover Change Log Not Applied"]
    assert "p.annotator-wal" in warnings[0][1] and "not applied" in warnings[0][1]
    assert [p.name for p in tmp_path.iterdir() if ".not-applied-" in p.name]
    window.close_project()
