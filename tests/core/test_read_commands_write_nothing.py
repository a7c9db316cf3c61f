"""Read commands (list, show, export, search) and a refused merge change no byte, header or
mtime of the project file; an older project is read from an upgraded copy, not in place."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.domain import ArticleDraft
from annotator.services import ProjectService
from tests.older_schema import schema_1_copy

TEXT = "The minister said unemployment fell by half. Exports doubled since 2020."


def fingerprint(path: Path) -> tuple[str, int, bytes, list[str]]:
    """Hash, mtime (ns), header and the sidecar files present: what a reader must not change."""
    data = path.read_bytes()
    sidecars = sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))
    return hashlib.sha256(data).hexdigest(), path.stat().st_mtime_ns, data[:100], sidecars


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "mine.annotator"
    service = ProjectService.open(path, "Ana")
    article = service.add_article(ArticleDraft(title="Economy", text=TEXT))
    claim = service.create_claim(article.id, 0, 44)
    service.update_claim(claim.id, explanation="Halved is wrong", tags="jobs")
    service.close()
    old = path.stat().st_mtime_ns - 5_000_000_000  # so that any write would show in the mtime
    os.utime(path, ns=(old, old))
    return path, article.id


@pytest.mark.parametrize(
    "command",
    [
        ["list"],
        ["list", "--json"],
        ["show", "ARTICLE"],
        ["export", "--format", "json"],
        ["export", "--format", "html"],
        ["export", "--format", "w3c"],
        ["search", "minister"],
    ],
)
def test_a_read_command_changes_nothing(project, command, capsys):
    path, article_id = project
    before = fingerprint(path)
    argv = [command[0], str(path), *[article_id if a == "ARTICLE" else a for a in command[1:]]]
    assert main(argv) == 0
    assert capsys.readouterr().out.strip()
    assert fingerprint(path) == before


@pytest.mark.parametrize("damage", ["garbage", "empty", "foreign", "missing", "itself"])
def test_a_refused_merge_leaves_my_file_byte_for_byte(project, tmp_path, damage, capsys):
    path, _ = project
    other = tmp_path / "other.annotator"
    if damage == "garbage":
        other.write_bytes(b"this is not a project at all\n" * 100)
    elif damage == "empty":
        other.write_bytes(b"")
    elif damage == "foreign":
        conn = sqlite3.connect(other)
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
        conn.close()
    elif damage == "itself":
        other = path
    before = fingerprint(path)
    assert main(["merge", str(path), str(other)]) != 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert fingerprint(path) == before


def test_an_older_project_is_listed_from_an_upgraded_copy_and_left_as_it_was(
    project, tmp_path, capsys
):
    path, _ = project
    old = schema_1_copy(path, tmp_path / "old.annotator")
    conn = sqlite3.connect(old)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.close()
    before = fingerprint(old)
    assert main(["list", str(old)]) == 0
    assert "Economy" in capsys.readouterr().out
    assert fingerprint(old) == before
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version
    conn.close()
