"""Comments, articles, their versions, sources and settings are written with plain SQL
(storage/sql_database.py `insert_rows`, `update_row`, `upsert_rows`): the same rows, and the
same rows written by triggers, as sqlite-utils' `Table.insert`, `insert_all`, `update` and
`upsert_all` wrote; and a session's first comment, article import, text update, source edit
and the rest do not import sqlite-utils (about 0.15 s of the first, docs/PERFORMANCE.md)."""

from __future__ import annotations

import dataclasses
import re
import shutil
import sqlite3
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from annotator.domain import Comment, Source
from annotator.services import ProjectService
from annotator.services.demo import create_demo_project
from annotator.storage.review_store import ReviewStore
from annotator.storage.sql_database import Database
from tests.storage.fresh_process import output_on_demo

FIXED = "2020-01-02T03:04:05.678Z"
_REV = re.compile(r"^[0-9a-f]{16}([0-9a-f]{16})?$")
_NOW = re.compile(r"^20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")


def old_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Route the plain-SQL writes back through sqlite-utils, as the code wrote before."""

    def insert_rows(db: Database, table: str, rows: list[dict[str, Any]]) -> None:
        if len(rows) == 1:
            db.table(table).insert(rows[0])
        elif rows:
            db.table(table).insert_all(rows)

    def update_row(db: Database, table: str, key: Any, values: dict[str, Any], pk: str = "id"):  # noqa: ANN202
        db.table(table).update(key, values)

    def upsert_rows(db: Database, table: str, rows: list[dict[str, Any]], pk: str) -> None:
        db.table(table).upsert_all(rows, pk=pk)

    monkeypatch.setattr(Database, "insert_rows", insert_rows)
    monkeypatch.setattr(Database, "update_row", update_row)
    monkeypatch.setattr(Database, "upsert_rows", upsert_rows)


def edits(project: ProjectService) -> None:
    """Every converted write, with fixed ids and times (the same inputs in both files)."""
    store, reviews = project.store, ReviewStore(project.store)
    first = project.article(project.article_ids()[0])
    new = dataclasses.replace(first, id="new-article", title="New", created=FIXED, modified=FIXED)
    store.add_article(new)
    second = dataclasses.replace(new, version=2, text=new.text + " More.", modified=FIXED)
    store.add_article_version(second)
    store.replace_article_version(new, [])
    store.add_article_version(second)
    store.update_article_metadata(dataclasses.replace(second, title="Renamed"))
    project.restore_article(project.remove_article(first.id))
    claim = project.claims(first.id)[0]
    comment = Comment(
        id="c1", claim_id=claim.id, body="Body", parent_id=None, author="Tester",
        created=FIXED, modified=FIXED, author_id=project.author_id,
    )  # fmt: skip
    reviews.insert_comment(comment, "Tester", project.author_id)
    reviews.insert_comment(dataclasses.replace(comment, id="c2", parent_id="c1"), "T", "", 77)
    reviews.update_comment("c1", {"body": "Edited", "resolved": 1, "resolved_at": FIXED})
    source = Source(id="s1", claim_id=claim.id, url="https://example.org", created=FIXED)
    store.insert_source(source)
    store.put_source(dataclasses.replace(source, title="Retitled", modified=FIXED))
    store.set_settings({"report_url": "https://example.org/r", "new_setting": "x"})
    store.set_settings({"new_setting": "y"})


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, random revisions and the clock's times masked."""
    conn = sqlite3.connect(path)
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    tables = {}
    for name in names:
        try:
            rows = conn.execute(f'SELECT rowid, * FROM "{name}" ORDER BY rowid').fetchall()
        except sqlite3.OperationalError:  # WITHOUT ROWID
            rows = sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
        tables[name] = [tuple(_masked(v) for v in row) for row in rows]
    conn.close()
    return tables


def _masked(value: Any) -> Any:
    if isinstance(value, str) and _REV.match(value):
        return "<rev>"
    if isinstance(value, str) and _NOW.match(value) and value != FIXED:
        return "<now>"
    return value


def test_the_rows_written_are_those_sqlite_utils_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_demo_project(tmp_path / "demo.annotator", "Tester")
    for name in ("old", "new"):
        shutil.copy(tmp_path / "demo.annotator", tmp_path / f"{name}.annotator")
    with monkeypatch.context() as patch:
        old_writes(patch)
        project = ProjectService.open(tmp_path / "old.annotator", "Tester")
        edits(project)
        project.close()
    assert "sqlite_utils" in sys.modules  # the old way was taken
    project = ProjectService.open(tmp_path / "new.annotator", "Tester")
    edits(project)
    project.close()
    old, new = dump(tmp_path / "old.annotator"), dump(tmp_path / "new.annotator")
    assert old.keys() == new.keys()
    for table in old:
        assert new[table] == old[table], table
    comments = [r for r in new["comments"] if r[1] in ("c1", "c2")]
    assert [r[0] for r in comments][1] == 77  # the rowid an undo asks for
    assert any("Renamed" in r for r in new["articles"])


def test_an_update_of_a_row_that_is_gone_writes_nothing(service: ProjectService) -> None:
    db = service.store.db
    with service.store.transaction(), pytest.raises(KeyError):
        db.update_row("sources", "no-such-source", {"title": "x"})
    with service.store.transaction():
        db.upsert_rows("project_meta", [{"key": "k", "value": "1"}], pk="key")
        db.upsert_rows("project_meta", [{"key": "k", "value": "2"}], pk="key")
    assert service.store.setting("k") == "2"
    with pytest.raises(KeyError):
        ReviewStore(service.store).update_comment("no-such-comment", {"body": "x"})


CHILD = textwrap.dedent("""
    import sys
    from annotator.domain import ArticleDraft
    from annotator.services import ProjectService, ratings, review, verdict_scale, versions
    project = ProjectService.open(sys.argv[1], "Someone New")
    article = project.articles()[0]
    claim = project.claims(article.id)[0]
    source = project.add_source(claim.id, url="https://example.org/s", title="S")
    comment = review.add_comment(project, claim.id, "A first comment")
    review.reply(project, comment.id, "A reply")
    review.edit_comment(project, comment.id, "Edited")
    review.resolve_comment(project, comment.id)
    review.reopen_comment(project, comment.id)
    review.delete_comment(project, comment.id)
    new = project.add_article(ArticleDraft(title="Imported", text="Some imported text."))
    text = project.article(new.id).text + " More."
    update = versions.update_article_text(project, new.id, ArticleDraft(title="I", text=text))
    project.store.replace_article_version(update.before, update.claims_before)  # its undo
    project.update_article(new.id, title="Renamed")
    project.restore_article(project.remove_article(article.id))
    project.update_source(source.id, title="Retitled")
    verdict_scale.edit_verdict(project, project.verdicts()[0].id, label="Renamed verdict")
    ratings.rate(project, claim.id, project.verdicts()[1].id, "A rating")
    project.update_settings({"report_url": "https://example.org/r"})
    project.close()
    print("sqlite_utils" in sys.modules)
""")


def test_everyday_edits_do_not_import_sqlite_utils(tmp_path: Path) -> None:
    assert output_on_demo(CHILD, tmp_path) == ["False"]
