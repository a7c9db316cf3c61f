"""Hub schema 2: blind ratings, adjudications, the verdict scale and captures travel too,
with the hub's rules for them; a sync reads only what changed since the last one."""

from __future__ import annotations

import sqlite3

import psycopg
import pytest

from annotator.domain import ArticleDraft
from annotator.hub import HubError
from annotator.hub import sync as hub
from annotator.hub.connection import hub_version, init_hub
from annotator.hub.schema_sql import MIGRATIONS
from annotator.services import captures, ratings, verdict_scale

TEXT = "The mayor said the new bridge cost 12 million euros, twice the estimate."


def _connected(desktop, hub_db, name: str, group: str):
    project = desktop(name, f"person-{name}")
    hub.connect(project, hub_db["user"](name.lower(), group))
    return project


def _label(project, verdict_id: str | None) -> str | None:
    found = project.verdict(verdict_id) if verdict_id else None
    return found.label if found else None


def _claim_with_verdict(project, label: str):
    article = project.add_article(ArticleDraft(title="Bridge", text=TEXT))
    claim = project.create_claim(article.id, 4, 9)
    verdict = verdict_scale.find(project, label)
    return project.update_claim(claim.id, verdict_id=verdict.id)[1]


def _pending(project) -> int:
    with sqlite3.connect(project.path) as conn:
        return conn.execute("SELECT count(*) FROM hub_changes").fetchone()[0]


def test_ratings_adjudications_and_a_new_verdict_reach_every_desktop(desktop, hub_db):
    alice = _connected(desktop, hub_db, "Alice", "checker")
    rita = _connected(desktop, hub_db, "Rita", "reviewer")
    ed = _connected(desktop, hub_db, "Ed", "editor")
    claim = _claim_with_verdict(alice, "True")
    hub.sync(alice)
    hub.sync(rita)
    ratings.rate(rita, claim.id, verdict_scale.find(rita, "False").id, "The budget says 24 M.")
    hub.sync(rita)
    hub.sync(ed)
    (rated,) = ratings.passage_ratings(ed, [ed.claim(claim.id)])
    by_rater = {p: _label(ed, v) for p, v in rated.ratings.items()}
    assert by_rater == {"Alice": "True", "Rita": "False"}
    ratings.adjudicate(ed, claim.id, verdict_scale.find(ed, "False").id, "Rita is right.")
    verdict_scale.add_verdict(ed, "Misleading context", "#aa00aa", 1)
    hub.sync(ed)
    hub.sync(alice)
    (settled,) = ratings.passage_ratings(alice, [alice.claim(claim.id)])
    assert _label(alice, settled.ratings["Rita"]) == "False"  # translated to Alice's own scale
    assert settled.adjudication is not None and settled.adjudication.note == "Rita is right."
    assert _label(alice, settled.adjudication.verdict_id) == "False"
    assert "Misleading context" in [v.label for v in alice.verdicts()]
    assert _pending(alice) == 0 and _pending(ed) == 0  # everything is on the hub


def test_only_editors_adjudicate_and_nobody_rates_for_another_hub_user(desktop, hub_db):
    alice = _connected(desktop, hub_db, "Alice", "checker")
    rita = _connected(desktop, hub_db, "Rita", "reviewer")
    claim = _claim_with_verdict(alice, "True")
    hub.sync(alice)
    hub.sync(rita)
    false = verdict_scale.find(rita, "False").id
    with sqlite3.connect(rita.path) as conn:
        conn.execute(
            "INSERT INTO adjudications (id, claim_id, verdict_id, adjudicator, created, modified) "
            "VALUES ('adj-1', ?, ?, 'Rita', '2026-12-01T10:00:00Z', '2026-12-01T10:00:00Z')",
            [claim.id, false],
        )
    with pytest.raises(HubError, match="only editors can adjudicate"):
        hub.push(rita)
    with sqlite3.connect(rita.path) as conn:
        conn.execute("DELETE FROM adjudications")
        conn.execute(
            "INSERT INTO ratings (id, claim_id, rater, verdict_id, created, modified) "
            "VALUES ('r-1', ?, 'Alice', ?, '2026-12-01T10:00:00Z', '2026-12-01T10:00:00Z')",
            [claim.id, false],
        )
    with pytest.raises(HubError, match="rating of Alice is by another hub user"):
        hub.push(rita)
    with psycopg.connect(hub_db["admin_url"]) as conn:
        kinds = conn.execute("SELECT DISTINCT kind FROM annotator_hub.items ORDER BY 1").fetchall()
    assert ("adjudication",) not in kinds and ("rating",) not in kinds


def test_captures_travel_by_hash_and_their_bytes_only_once(desktop, hub_db, tmp_path):
    alice = _connected(desktop, hub_db, "Alice", "checker")
    bob = _connected(desktop, hub_db, "Bob", "checker")
    claim = _claim_with_verdict(alice, "True")
    page = tmp_path / "budget.html"
    page.write_bytes("<p>Budget: 24 M€ 🙂</p>".encode() * 100)
    source = alice.add_source(claim.id, url="https://city.example/budget")
    captures.attach_file(alice, source.id, page)
    hub.sync(alice)
    hub.sync(bob)
    (theirs,) = captures.all_captures(bob)
    assert captures.capture_bytes(bob, theirs) == page.read_bytes()
    again = bob.add_source(claim.id, url="https://city.example/budget-copy")
    captures.attach_file(bob, again.id, page)  # a new capture record of the same bytes
    hub.sync(bob)
    with psycopg.connect(hub_db["admin_url"]) as conn:
        blobs = conn.execute("SELECT sha256, pushed_by FROM annotator_hub.blobs").fetchall()
        records = conn.execute(
            "SELECT count(*) FROM annotator_hub.records WHERE tbl = 'captures'"
        ).fetchone()[0]
    assert blobs == [(theirs.sha256, f"{hub_db['name']}_alice")]  # Bob sent no bytes
    assert records == 2
    hub.sync(alice)
    assert len(captures.all_captures(alice)) == 2


def test_a_push_reads_only_the_items_changed_since_the_last_one(desktop, hub_db, tmp_path):
    from annotator.services import ProjectService

    alone = ProjectService.open(tmp_path / "alone.annotator", "Olga", author_id="person-Olga")
    _claim_with_verdict(alone, "True")
    assert _pending(alone) == 0  # a project without a hub records nothing
    alone.close()
    alice = _connected(desktop, hub_db, "Alice", "checker")
    claim = _claim_with_verdict(alice, "True")
    hub.sync(alice)
    assert _pending(alice) == 0
    alice.update_claim(claim.id, explanation="Twice the estimate, says the audit office.")
    assert _pending(alice) == 1
    result = hub.sync(alice)
    assert (result.pushed_items, _pending(alice)) == (1, 0)


def test_a_schema_1_hub_is_upgraded_and_its_verdicts_become_items(pg_server):
    name = "hub_v1_upgrade"
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = pg_server.url(dbname=name)
    with psycopg.connect(url) as conn:
        for statement in MIGRATIONS[1]:
            conn.execute(statement)
        conn.execute(
            "INSERT INTO annotator_hub.meta VALUES ('schema_version', '1'), ('hub_id', 'h1')"
        )
        conn.execute(
            """INSERT INTO annotator_hub.records (tbl, key, row, seq, pushed_by)
               VALUES ('verdicts', 'v1', '{"id": "v1", "label": "True"}', 1, 'alice')"""
        )
    assert init_hub(url) == (1, 2)
    with psycopg.connect(url) as conn:
        assert hub_version(conn) == 2
        items = conn.execute(
            "SELECT kind, item_id, row->>'label' FROM annotator_hub.items"
        ).fetchall()
        left = conn.execute("SELECT count(*) FROM annotator_hub.records").fetchone()[0]
    assert items == [("verdict", "v1", "True")] and left == 0
