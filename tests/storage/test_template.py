"""New project files copied from the test template are new projects, as if the migrations had
made them: same schema and rows, their own random identities (annotator/storage/template.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from annotator.domain import ArticleDraft
from annotator.services import ProjectService
from annotator.services.merge import merge_projects
from annotator.services.verdict_scale import edit_verdict
from annotator.storage import database
from annotator.storage.store import ProjectStore


def made_by_migrations(path: Path) -> Path:
    """A new project file made by running every migration (the application's own way)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.delattr(database.migrations, "apply", raising=False)  # the class's own method
        ProjectStore.open(path).close()
    return path


def made_from_template(path: Path) -> Path:
    """A new project file made the way this test process makes one (tests/conftest.py)."""
    ProjectStore.open(path).close()
    return path


def identities(path: Path) -> dict[str, str]:
    """What is random in a new file, named by what it is: {role: value}."""
    conn = sqlite3.connect(path)
    try:
        found = {
            "project": conn.execute(
                "SELECT value FROM project_meta WHERE key = 'project_id'"
            ).fetchone()[0]
        }
        for verdict_id, label in conn.execute("SELECT id, label FROM verdicts"):
            found[f"verdict {label}"] = verdict_id
            for table in ("item_revs", "revisions"):
                [(rev,)] = conn.execute(
                    f"SELECT rev FROM {table} WHERE kind = 'verdict' AND item_id = ?", [verdict_id]
                ).fetchall()
                found[f"{table} rev of {label}"] = rev
        return found
    finally:
        conn.close()


def contents(path: Path) -> list[str]:
    """Every schema object, header field and row, with each identity replaced by its role and
    the migrations' times by a placeholder: equal for any two new files."""
    names = {value: f"<{role}>" for role, value in identities(path).items()}
    conn = sqlite3.connect(path)
    try:
        lines = [
            f"{pragma} = {conn.execute(f'PRAGMA {pragma}').fetchone()[0]}"
            for pragma in ("application_id", "user_version", "page_size", "encoding")
        ]
        lines += [repr(row) for row in conn.execute("SELECT * FROM sqlite_master ORDER BY name")]
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                cells = [names.get(cell, cell) if isinstance(cell, str) else cell for cell in row]
                if table == "_sqlite_migrations":
                    cells[-1] = "<applied at>"
                lines.append(f"{table}: {sorted(map(repr, cells))}")
        return sorted(lines)
    finally:
        conn.close()


def applied_times(path: Path) -> list[datetime]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT applied_at FROM _sqlite_migrations ORDER BY rowid")
        return [datetime.fromisoformat(at) for (at,) in rows]
    finally:
        conn.close()


def test_a_template_copy_holds_what_a_file_the_migrations_make_holds(tmp_path: Path) -> None:
    fresh = made_by_migrations(tmp_path / "fresh.annotator")
    copy = made_from_template(tmp_path / "copy.annotator")
    assert contents(copy) == contents(fresh)
    assert len(identities(copy)) == 1 + 7 * 3  # project id; 7 verdicts, each with two revs


def test_every_identity_of_a_copy_is_its_own(tmp_path: Path, project_template: Path) -> None:
    first = identities(made_from_template(tmp_path / "first.annotator"))
    second = identities(made_from_template(tmp_path / "second.annotator"))
    given = identities(project_template)
    for role, value in first.items():
        assert value not in (second[role], given[role]), role
        if "rev" in role:
            assert len(value) == 32 and value == value.lower() and int(value, 16) >= 0
    assert len(set(first.values())) == len(first) - 7  # a verdict's two revs are one rev
    assert applied_times(tmp_path / "first.annotator") > applied_times(project_template)


def test_two_copies_merge_as_two_new_projects_do(tmp_path: Path) -> None:
    """Ben renames his "True" and Ana merges his file: in two new projects his verdict is not
    hers (its id differs), so she gets it as an eighth verdict and keeps her "True"; had the
    copies shared the template's ids, the merge would have renamed hers instead."""

    def merged_scale(make: Callable[[Path], Path]) -> tuple[list[str], dict[str, int]]:
        folder = tmp_path / make.__name__
        folder.mkdir()
        ana_path, ben_path = (make(folder / f"{name}.annotator") for name in ("ana", "ben"))
        ben = ProjectService.open(ben_path, "Ben")
        ben.add_article(ArticleDraft(title="Ben's article", text="The sky is green."))
        edit_verdict(ben, "True", label="Accurate")
        ben.close()
        ana = ProjectService.open(ana_path, "Ana")
        try:
            report = merge_projects(ana, ben_path)
            assert [a.title for a in ana.articles()] == ["Ben's article"]
            return [v.label for v in ana.verdicts()], report.counts["verdict"]
        finally:
            ana.close()

    labels, counts = merged_scale(made_by_migrations)
    assert labels[0] == "True" and "Accurate" in labels and len(labels) == 8
    assert counts["added"] == 1 and counts["updated"] == 0
    assert merged_scale(made_from_template) == (labels, counts)
