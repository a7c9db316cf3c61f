"""Schema 16 (storage/migrations/m0016_compact_file.py): history lines that do not copy the quote
or the source read exactly what the old triggers copied, everywhere they are read; the passage
index holds no copy of the text; and an older project upgrades keeping every row."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from annotator.domain import ArticleDraft, Source
from annotator.services import ProjectService
from annotator.services.merge import merge_projects
from annotator.services.search import search
from annotator.services.versions import update_article_text
from annotator.storage import hub_local
from annotator.storage.history_values import history_rows
from annotator.storage.schema import LATEST_VERSION
from tests.older_schema import OLD_NOW, old_claim, older_file

TEXT = "Alpha beta gamma delta epsilon.\n"


def _json(source: Source) -> str:
    """What the 0002 triggers copied into a history line for `source`."""
    values = {"url": source.url, "title": source.title, "stance": source.stance,
              "kind": source.kind, "excerpt": source.excerpt}  # fmt: skip
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"))


def _lines(conn: sqlite3.Connection, claim_id: str) -> list[tuple[str, Any, Any]]:
    rows = history_rows(conn, "WHERE claim_id = ? ORDER BY h.rowid", [claim_id])
    return [(r["field"], r["old_value"], r["new_value"]) for r in rows]


def _raw(conn: sqlite3.Connection, claim_id: str) -> list[tuple[Any, ...]]:
    return conn.execute(
        "SELECT * FROM claim_history WHERE claim_id = ? ORDER BY rowid", [claim_id]
    ).fetchall()


def _claim_with_sources(service: ProjectService) -> tuple[str, list[tuple[str, Any, Any]]]:
    """A claim whose quote, sources and span change; (its id, the lines the old triggers wrote)."""
    article = service.add_article(ArticleDraft(title="Greek", text=TEXT))
    claim = service.create_claim(article.id, 0, 5)
    one = service.add_source(claim.id, url="https://one.example", title="One")
    _before, two = service.update_source(one.id, url="https://two.example", excerpt="Quoted.")
    three = service.add_source(claim.id, url="https://three.example", kind="primary")
    moved = dataclasses.replace(service.claim(claim.id), start=6, end=10, exact="beta")
    service.put_claim(moved)
    service.remove_source(three.id)
    expected = [
        ("created", None, "Alpha"),
        ("source", None, _json(one)),
        ("source", _json(one), _json(two)),
        ("source", None, _json(three)),
        ("position", "0-5", "6-10"),
        ("source", _json(three), None),
    ]
    return claim.id, expected


def test_history_reads_what_the_copying_triggers_wrote(service: ProjectService) -> None:
    claim_id, expected = _claim_with_sources(service)
    conn = service.store.db.conn
    assert _lines(conn, claim_id) == expected
    pending = conn.execute(
        """SELECT field, old_value FROM claim_history WHERE claim_id = ? AND new_value IS NULL
           AND (field = 'created' OR source_id IS NOT NULL)""",
        [claim_id],
    ).fetchall()
    # stored: only the line of the source as it still stands waits for its value
    assert pending == [("source", expected[1][2])]


def test_deleting_the_claim_writes_the_values_in_and_undo_takes_them_out(
    service: ProjectService,
) -> None:
    claim_id, expected = _claim_with_sources(service)
    conn = service.store.db.conn
    before = _raw(conn, claim_id)
    snapshot = service.delete_claim(claim_id)
    assert _lines(conn, claim_id) == [*expected, ("deleted", "beta", None)]
    assert None not in [r[4] for r in _raw(conn, claim_id) if r[2] == "created"]
    service.restore_claim(snapshot)
    assert _raw(conn, claim_id) == before
    assert _lines(conn, claim_id) == expected


def test_a_merge_and_a_hub_push_carry_the_values(service: ProjectService, tmp_path: Path) -> None:
    other_path = tmp_path / "colleague.annotator"
    other = ProjectService.open(other_path, "Colleague")
    try:
        claim_id, expected = _claim_with_sources(other)
        pushed = [
            r["row"]
            for r in hub_local.records_to_push(other.store, {})[0]
            if r["tbl"] == "claim_history" and r["row"]["claim_id"] == claim_id
        ]
        assert [(r["field"], r["old_value"], r["new_value"]) for r in pushed] == expected
    finally:
        other.close()
    merge_projects(service, other_path)
    conn = service.store.db.conn
    assert _lines(conn, claim_id) == expected
    copied = {r[2]: r[4] for r in _raw(conn, claim_id) if r[2] == "created"}
    assert copied == {"created": "Alpha"}  # stored with its value: my claim may change apart


def test_the_passage_index_keeps_no_copy_of_the_text(service: ProjectService) -> None:
    article = service.add_article(ArticleDraft(title="Long", text="Filler line.\n" * 400 + "Zeta"))
    conn = service.store.db.conn
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "article_blocks_fts_content" not in tables
    [hit] = [r for r in search(service, "zeta") if r.hit.kind == "article"]
    assert (hit.article_id, hit.start, hit.end) == (article.id, 400 * 13, 400 * 13 + 4)
    assert _index_matches_texts(service.store.path) == 801  # words ("filler", "line"...)
    update_article_text(service, article.id, ArticleDraft(title="Long", text="Éta line.\n" * 300))
    assert _index_matches_texts(service.store.path) == 600
    assert [r.start for r in search(service, "eta") if r.hit.kind == "article"] == [0]
    snapshot = service.remove_article(article.id)
    assert _index_matches_texts(service.store.path) == 0
    service.restore_article(snapshot)
    assert _index_matches_texts(service.store.path) == 600
    assert [r.start for r in search(service, "eta") if r.hit.kind == "article"] == [0]


def _index_matches_texts(path: Path) -> int:
    """The index holds exactly the words, at their places, of the texts the view cuts out: the
    same as an index with its own copy of those texts (FTS5's `integrity-check` of this SQLite
    does not compare an external-content index with its content)."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM article_blocks_stale").fetchone()[0] == 0
        conn.execute(
            "CREATE VIRTUAL TABLE temp.copied USING fts5(text, "
            "tokenize='unicode61 remove_diacritics 2')"
        )
        conn.execute(
            "INSERT INTO temp.copied (rowid, text) SELECT id, text FROM article_blocks_text"
        )
        for name, schema, table in (("kept", "main", "article_blocks_fts"),
                                    ("made", "temp", "copied")):  # fmt: skip
            conn.execute(
                f"CREATE VIRTUAL TABLE temp.{name} USING fts5vocab({schema}, {table}, instance)"
            )
        words = "SELECT term, doc, col, offset FROM temp.{} ORDER BY 1, 2, 3, 4"
        kept = conn.execute(words.format("kept")).fetchall()
        assert kept == conn.execute(words.format("made")).fetchall()
        return len(kept)
    finally:
        conn.close()


def _lines_as_stored(conn: sqlite3.Connection, claim_id: str) -> list[tuple[str, Any, Any]]:
    sql = "SELECT field, old_value, new_value FROM claim_history WHERE claim_id = ? ORDER BY rowid"
    return conn.execute(sql, [claim_id]).fetchall()


def _snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table an Annotator reads as data, rows in a fixed order."""
    conn = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE "
                "VIRTUAL%' AND name NOT LIKE '%fts%' AND name NOT LIKE 'article_blocks%' "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%match_index%'"
                " AND name != '_sqlite_migrations'"
            )
        ]
        out = {}
        for name in names:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({name})")]
            rows = conn.execute(f"SELECT {', '.join(columns)} FROM {name}").fetchall()
            out[name] = sorted(rows, key=repr)
        return out
    finally:
        conn.close()


def _schema_15_project(path: Path) -> None:
    """A schema-15 file: an article, two claims with sources (history copied by the old
    triggers) and its text in 0015's block index (which kept its own copy)."""
    db = older_file(path, "0016_compact_file")
    db["claims"].insert(old_claim("a1", "c1", explanation="Explained here."))
    db["claims"].insert(old_claim("a1", "c2", position_start=5, position_end=9, quote_exact="text"))
    source = {"claim_id": "c1", "url": "https://s.example", "created": OLD_NOW,
              "modified": OLD_NOW}  # fmt: skip
    db["sources"].insert({"id": "s1", **source})
    db["sources"].insert({"id": "s2", **source, "title": "Second"})
    db.execute("UPDATE sources SET title = 'Renamed', modified = ? WHERE id = 's1'", [OLD_NOW])
    db.execute("INSERT INTO article_blocks (id, article_id, version, start) VALUES (1, 'a1', 1, 0)")
    db.execute("INSERT INTO article_blocks_fts (rowid, text) VALUES (1, 'Some text here.')")
    db.execute("DELETE FROM article_blocks_stale")
    db.conn.commit()
    db.conn.close()


@pytest.mark.real_migrations
def test_an_older_project_upgrades_keeping_every_row_and_its_search(tmp_path: Path) -> None:
    path = tmp_path / "old.annotator"
    _schema_15_project(path)
    before = _snapshot(path)
    old = sqlite3.connect(path)
    try:
        old_history = {c: _lines_as_stored(old, c) for c in ("c1", "c2")}
    finally:
        old.close()
    service = ProjectService.open(path, "Reviewer")
    try:
        conn = service.store.db.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION == 16
        after = _snapshot(path)
        assert set(after) == set(before)
        for table, rows in before.items():
            width = len(rows[0]) if rows else 0
            kept = sorted((r[:width] for r in after[table]), key=repr)
            assert kept == rows, table  # new columns come last; every old value is kept
        for claim_id, lines in old_history.items():
            assert _lines(conn, claim_id) == lines
        found = {(r.hit.kind, r.claim_id, r.start, r.end) for r in search(service, "text")}
        assert found == {("article", None, 5, 9), ("claim", "c2", 5, 9)}
        assert {r.claim_id for r in search(service, "explained")} == {"c1"}
        new = service.create_claim("a1", 10, 14)
        rev = conn.execute("SELECT rev FROM item_revs WHERE item_id = ?", [new.id]).fetchone()[0]
        assert len(rev) == 16
        assert _raw(conn, new.id)[0][2:5] == ("created", None, None)  # pending
        assert _lines(conn, new.id) == [("created", None, "here")]
    finally:
        service.close()


def test_the_quote_is_stored_once_and_read_as_the_original(service: ProjectService) -> None:
    article = service.add_article(ArticleDraft(title="Greek", text=TEXT))
    claim = service.create_claim(article.id, 0, 5)
    conn = service.store.db.conn
    stored = "SELECT quote_exact, original_exact FROM claims WHERE id = ?"
    assert conn.execute(stored, [claim.id]).fetchone() == ("Alpha", "")
    assert service.claim(claim.id).original_exact == "Alpha"
    assert service.store.claims_for_article(article.id)[0].original_exact == "Alpha"
    moved = dataclasses.replace(service.claim(claim.id), start=6, end=10, exact="beta")
    service.put_claim(moved)  # the quote changes, the original stays: both are stored
    assert conn.execute(stored, [claim.id]).fetchone() == ("beta", "Alpha")
    assert service.claim(claim.id).original_exact == "Alpha"
