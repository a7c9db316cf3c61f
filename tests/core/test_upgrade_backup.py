"""An older project is backed up, as it was, before its schema is upgraded; no backup, no
upgrade."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from annotator.domain import ArticleDraft
from annotator.errors import ProjectError
from annotator.services import ProjectService, session
from annotator.storage.backups import list_backups
from annotator.storage.schema import LATEST_VERSION, migrations


@pytest.fixture
def old_project(tmp_path: Path) -> Path:
    """A schema-1 project holding one article (rows copied from a current one)."""
    current = ProjectService.open(tmp_path / "current.annotator", "Ana")
    current.add_article(ArticleDraft(title="Economy", text="Exports doubled since 2020."))
    current.close()
    old = tmp_path / "old.annotator"
    db = Database(sqlite3.connect(old))
    migrations.apply(db, stop_before="0002_review_and_merge")
    db.execute("PRAGMA application_id = 1097756271")
    base = sqlite3.connect(tmp_path / "current.annotator")
    for table in ("articles", "article_versions"):
        # Only the columns schema 1 has: later migrations added some (0007: articles.report_url).
        old_columns = {row[1] for row in db.conn.execute(f"PRAGMA table_info({table})")}
        current = [d[0] for d in base.execute(f"SELECT * FROM {table}").description]
        columns = [c for c in current if c in old_columns]
        db.conn.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            base.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall(),
        )
    db.conn.commit()
    db.conn.close()
    base.close()
    return old


def user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_the_backup_holds_the_file_as_it_was_before_the_upgrade(old_project, tmp_path):
    version = user_version(old_project)
    assert version < LATEST_VERSION
    data_dir = tmp_path / "data"
    service = session.open_project(old_project, "Ana", data_dir)
    try:
        assert [a.title for a in service.articles()] == ["Economy"]
    finally:
        service.close()
    assert user_version(old_project) == LATEST_VERSION
    (backup,) = list_backups(session.backup_dir(data_dir), old_project)
    assert user_version(backup.path) == version
    conn = sqlite3.connect(backup.path)
    assert conn.execute("SELECT title FROM articles").fetchall() == [("Economy",)]
    conn.close()


def test_no_backup_no_upgrade(old_project, tmp_path):
    blocked = tmp_path / "data"
    blocked.write_text("a file where the backups folder should be", encoding="utf-8")
    digest = hashlib.sha256(old_project.read_bytes()).hexdigest()
    with pytest.raises(ProjectError, match="Could not back up"):
        session.open_project(old_project, "Ana", blocked)
    assert hashlib.sha256(old_project.read_bytes()).hexdigest() == digest


def test_a_current_project_is_not_backed_up_on_every_open(tmp_path):
    path = tmp_path / "p.annotator"
    ProjectService.open(path, "Ana").close()
    session.open_project(path, "Ana", tmp_path / "data").close()
    assert list_backups(session.backup_dir(tmp_path / "data"), path) == []
