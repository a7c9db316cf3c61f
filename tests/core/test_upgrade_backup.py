"""An older project is backed up, as it was, before its schema is upgraded; no backup, no
upgrade."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from annotator.domain import ArticleDraft
from annotator.errors import ProjectError
from annotator.services import ProjectService, session
from annotator.storage.backups import list_backups
from annotator.storage.schema import LATEST_VERSION
from tests.older_schema import schema_1_copy


@pytest.fixture
def old_project(tmp_path: Path) -> Path:
    """A schema-1 project holding one article (rows copied from a current one)."""
    current = ProjectService.open(tmp_path / "current.annotator", "Ana")
    current.add_article(ArticleDraft(title="Economy", text="Exports doubled since 2020."))
    current.close()
    return schema_1_copy(tmp_path / "current.annotator", tmp_path / "old.annotator")


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
