"""Read-only projects: opened for reading, saying so; never written, even by root."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from annotator.errors import ProjectReadOnlyError
from annotator.services import ProjectService
from annotator.storage.database import read_only_notice
from tests.safety.conftest import file_state, mount_tmpfs, populate, run_cli, unmount


@pytest.fixture
def write_protected(populated: Path) -> Path:
    os.chmod(populated, 0o444)
    return populated


def test_write_protected_project_opens_read_only_and_refuses_edits(write_protected: Path) -> None:
    before = file_state(write_protected)
    service = ProjectService.open(write_protected, "Tester", create=False)
    try:
        assert service.read_only
        assert "Read-only" in read_only_notice(write_protected)
        assert "write-protected" in read_only_notice(write_protected)
        article_id = service.article_ids()[0]
        claim = service.claims(article_id)[0]
        with pytest.raises(ProjectReadOnlyError, match="read-only"):
            service.update_claim(claim.id, explanation="changed")
        assert service.claim(claim.id).explanation == claim.explanation
    finally:
        service.close()
    assert file_state(write_protected) == before


def test_cli_lists_a_write_protected_project_without_touching_it(write_protected: Path) -> None:
    before = file_state(write_protected)
    result = run_cli("list", write_protected)
    assert result.returncode == 0, result.stderr
    assert "Sample" in result.stdout
    notice = result.stderr.splitlines()
    assert len(notice) == 1 and "Read-only" in notice[0]  # reading works, and it says so
    assert file_state(write_protected) == before


def test_cli_refuses_to_import_into_a_write_protected_project(
    write_protected: Path, tmp_path: Path
) -> None:
    article = tmp_path / "new.txt"
    article.write_text("A new article.\n\nWith two paragraphs.\n", encoding="utf-8")
    before = file_state(write_protected)
    result = run_cli("import", write_protected, article)
    assert result.returncode != 0
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "read-only" in lines[0] and write_protected.name in lines[0]
    assert file_state(write_protected) == before


@pytest.fixture
def read_only_disk(tmp_path: Path):
    """A project on a file system mounted read-only; one copy left in WAL mode."""
    directory = tmp_path / "cdrom"
    mount_tmpfs(directory, "4m")
    populate(directory / "p.annotator")
    shutil.copyfile(directory / "p.annotator", directory / "wal.annotator")
    conn = sqlite3.connect(directory / "wal.annotator")
    conn.execute("PRAGMA journal_mode = WAL")  # header says WAL; no -wal, no -shm
    conn.close()
    remount = subprocess.run(["mount", "-o", "remount,ro", str(directory)], capture_output=True)
    if remount.returncode != 0:
        unmount(directory)
        pytest.skip(f"cannot remount the test tmpfs read-only: {remount.stderr.decode().strip()}")
    yield directory
    unmount(directory)


@pytest.mark.parametrize("name", ["p.annotator", "wal.annotator"])
def test_project_on_read_only_disk_opens_read_only(read_only_disk: Path, name: str) -> None:
    path = read_only_disk / name
    before = file_state(path)
    service = ProjectService.open(path, "Tester", create=False)
    try:
        assert service.read_only
        assert "read-only disk" in read_only_notice(path)
        assert len(service.claims(service.article_ids()[0])) == 5
    finally:
        service.close()
    result = run_cli("list", path)
    assert result.returncode == 0, result.stderr
    assert file_state(path) == before
