"""A large pull into an empty project indexes in bulk and ends exactly as a row-by-row pull;
a pull does not make the next push send the hub its own records back; a dropped idle
connection is replaced without an error."""

from __future__ import annotations

import json
import shutil
import sqlite3

import psycopg

from annotator.domain import ArticleDraft, ReviewStatus
from annotator.hub import sync as hub
from annotator.services import ProjectService, hub_link, review
from annotator.storage import hub_bulk
from annotator.storage.history_values import history_rows

TEXTS = (
    "The minister said unemployment fell by 3% in 2025. Critics 🙂 disagree, مرحبا 中文.",
    "Le café naïve de Zürich a coûté 4,2 M€, selon la mairie; e\u0301 combining, 東京.",
)
_VARYING = {
    "merges": {"id", "at"},  # a new id and the time of each pull
    "merge_items": {"merge_id"},
    "hub_link": set(),  # last_sync differs; compared below without it
}


def _connected(desktop, hub_db, name: str, group: str):
    project = desktop(name, f"person-{name}")
    hub.connect(project, hub_db["user"](name.lower(), group))
    return project


def _filled_hub(desktop, hub_db) -> None:
    """Articles, claims with sources and comments, an approval by a reviewer, a deletion."""
    alice = _connected(desktop, hub_db, "Alice", "checker")
    rita = _connected(desktop, hub_db, "Rita", "reviewer")
    for number, text in enumerate(TEXTS):
        article = alice.add_article(ArticleDraft(title=f"Article {number} «€»", text=text))
        for start in range(0, 40, 8):
            claim = alice.create_claim(article.id, start, start + 6)
            alice.update_claim(claim.id, explanation=f"Checked 🙂 {start} مرحبا")
            alice.add_source(claim.id, url=f"https://example.org/{number}/{start}", title="Data")
            review.add_comment(alice, claim.id, f"Look again at {start}, 中文")
        review.set_status(alice, claim.id, ReviewStatus.READY)
    doomed = alice.create_claim(article.id, 41, 45)
    alice.delete_claim(doomed.id)
    hub.sync(alice)
    hub.sync(rita)
    review.approve(rita, claim.id)
    hub.sync(rita)


def _tables(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    """Every ordinary table's rows (with rowid where it has one), full-text shadow tables
    excepted (their layout depends on how the index was written; compared by `_terms`)."""
    indexes = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE sql LIKE "
                                          "'CREATE VIRTUAL%'")]  # fmt: skip
    out = {}
    for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"):
        if name in indexes or any(name.startswith(f"{i}_") for i in indexes):
            continue
        if name.startswith("sqlite_"):
            continue
        cursor = conn.execute(
            f'SELECT * FROM "{name}"' if "WITHOUT ROWID" in sql.upper()
            else f'SELECT rowid AS "_rowid", * FROM "{name}"'  # fmt: skip
        )
        columns = [d[0] for d in cursor.description]
        skip = _VARYING.get(name, set())
        rows = []
        for values in cursor:
            row = dict(zip(columns, values, strict=True))
            if name == "hub_link" and row["key"] == "last_sync":
                continue
            if name == "merges":  # the summary names the merge's id too
                row["summary"] = {**json.loads(row["summary"]), "merge_id": None}
            rows.append(tuple(sorted((k, repr(v)) for k, v in row.items() if k not in skip)))
        out[name] = sorted(rows)
    return out


def _terms(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    """Every full-text index, term by term: (term, row, column, offset)."""
    out = {}
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL%' AND sql LIKE '%content=%'"
    ).fetchall():
        conn.execute(f'INSERT INTO "{name}" ("{name}") VALUES (\'integrity-check\')')
        conn.execute(f"CREATE VIRTUAL TABLE temp.v_{name} USING fts5vocab(main, {name}, instance)")
        out[name] = conn.execute(f"SELECT * FROM temp.v_{name} ORDER BY 1, 2, 3, 4").fetchall()
    return out


def test_a_bulk_pull_into_an_empty_project_equals_a_row_by_row_pull(
    desktop, hub_db, tmp_path, monkeypatch
):
    _filled_hub(desktop, hub_db)
    empty = _connected(desktop, hub_db, "Dee", "reader")
    empty.close()
    for name in ("bulk", "rows"):
        shutil.copy(empty.path, tmp_path / f"{name}.annotator")
    pulled = {}
    for name, threshold in (("bulk", 1), ("rows", 10**9)):
        monkeypatch.setattr(hub_bulk, "BULK_ITEMS", threshold)
        project = ProjectService.open(tmp_path / f"{name}.annotator", "Dee", author_id="person-Dee")
        with sqlite3.connect(project.path) as conn:
            assert hub_bulk.bulk_possible(conn, 30) == (name == "bulk")
        report = hub.pull(project)
        assert report is not None and report.counts["claim"]["added"] == 10
        assert report.counts["comment"]["added"] == 10 and report.counts["source"]["added"] == 10
        project.close()
        with sqlite3.connect(tmp_path / f"{name}.annotator") as conn:
            pulled[name] = (_tables(conn), _terms(conn))
    tables, terms = pulled["bulk"]
    assert tables.keys() == pulled["rows"][0].keys()
    for table, rows in tables.items():
        assert rows == pulled["rows"][0][table], table
    assert terms == pulled["rows"][1]
    assert len(terms["claims_fts"]) > 0 and len(terms["comments_fts"]) > 0
    triggers = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    with sqlite3.connect(tmp_path / "bulk.annotator") as bulk, sqlite3.connect(
        tmp_path / "rows.annotator"
    ) as rows_pulled:
        assert bulk.execute(triggers).fetchall() == rows_pulled.execute(triggers).fetchall()
        found = bulk.execute(
            "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'checked AND مرحبا'"
        ).fetchone()[0]
    assert found == 10


def test_a_pulled_record_is_not_pushed_back_but_my_own_still_is(desktop, hub_db):
    alice = _connected(desktop, hub_db, "Alice", "checker")
    bob = _connected(desktop, hub_db, "Bob", "checker")
    article = alice.add_article(ArticleDraft(title="Jobs", text=TEXTS[0]))
    claim = alice.create_claim(article.id, 4, 12)
    hub.sync(alice)
    hub.sync(bob)
    assert hub_link.records_to_push(bob, hub_link.state(bob))[0] == []  # nothing echoed
    mine = bob.create_claim(article.id, 20, 30)
    bob.update_claim(mine.id, explanation="Bob's own line")  # history rows not pushed yet
    alice.update_claim(claim.id, explanation="Alice again")
    hub.sync(alice)
    hub.pull(bob)  # the pull must not carry Bob's mark past his own rows
    waiting = hub_link.records_to_push(bob, hub_link.state(bob))[0]
    assert mine.id in {r["row"]["claim_id"] for r in waiting if r["tbl"] == "claim_history"}
    hub.sync(bob)
    assert hub_link.records_to_push(bob, hub_link.state(bob))[0] == []
    hub.sync(alice)
    with sqlite3.connect(alice.path) as a, sqlite3.connect(bob.path) as b:
        # as every reader sees them: a line Alice wrote may be pending in her file, filled in
        # from her claim (storage/history_values.py); the pushed copy arrives filled
        assert _history(a) == _history(b)
        assert None not in {r[2] for r in _history(b) if r[1] == "created"}
    assert hub_link.records_to_push(alice, hub_link.state(alice))[0] == []


def _history(conn: sqlite3.Connection) -> list[tuple[str, str, str | None]]:
    rows = [(r["claim_id"], r["field"], r["new_value"]) for r in history_rows(conn)]
    return sorted(rows, key=lambda r: (r[0], r[1], r[2] or ""))


def test_an_idle_connection_the_server_ended_is_replaced(desktop, hub_db):
    alice = _connected(desktop, hub_db, "Alice", "checker")
    bob = _connected(desktop, hub_db, "Bob", "checker")
    article = alice.add_article(ArticleDraft(title="Jobs", text=TEXTS[0]))
    hub.sync(alice)
    hub.sync(bob)
    with psycopg.connect(hub_db["admin_url"], autocommit=True) as admin:
        ended = admin.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = %s",
            [f"{hub_db['name']}_bob"],
        ).fetchone()[0]
    assert ended >= 1  # the connection kept for Bob's next sync
    alice.create_claim(article.id, 4, 12)
    hub.sync(alice)
    report = hub.sync(bob).pulled
    assert report is not None and report.counts["claim"]["added"] == 1
