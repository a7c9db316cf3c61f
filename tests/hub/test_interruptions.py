"""A connection killed in the middle of a push or a pull leaves both sides consistent."""

from __future__ import annotations

import sqlite3
import threading
import time

import psycopg
import pytest

from annotator.domain import ArticleDraft
from annotator.hub import HubError
from annotator.hub import sync as hub

TEXT = "Officials claimed 40,000 people attended; photos suggest far fewer."


def _connected(desktop, hub_db, name: str, group: str = "checker"):
    project = desktop(name, f"person-{name}")
    hub.connect(project, hub_db["user"](name.lower(), group))
    return project


def _blocked_backend(admin, user_prefix: str, timeout: float = 30.0) -> int:
    """The pid of the user's backend once it waits for a lock (polled, not slept on)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        row = admin.execute(
            "SELECT pid FROM pg_stat_activity WHERE usename LIKE %s AND wait_event_type = 'Lock'",
            [user_prefix + "%"],
        ).fetchone()
        if row:
            return row[0]
        time.sleep(0.02)
    raise AssertionError("the sync never reached the lock")


def _in_thread(action, project):
    """Run `action` on its own connection to the project file, in another thread."""
    from annotator.services import ProjectService

    outcome: dict = {}

    def run():
        own = ProjectService.open(project.path, project.author, author_id=project.author_id)
        try:
            outcome["value"] = action(own)
        except Exception as error:  # noqa: BLE001 - handed to the test
            outcome["error"] = error
        finally:
            own.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def _counts(path) -> tuple[int, int, str]:
    with sqlite3.connect(path) as conn:
        return (
            conn.execute("SELECT count(*) FROM articles").fetchone()[0],
            conn.execute("SELECT count(*) FROM claims").fetchone()[0],
            dict(conn.execute("SELECT key, value FROM hub_link")).get("cursor", "0"),
        )


def test_connection_killed_mid_push(desktop, hub_db):
    alice = _connected(desktop, hub_db, "Alice")
    article = alice.add_article(ArticleDraft(title="Crowd", text=TEXT))
    claim = alice.create_claim(article.id, 0, 9)
    hub.sync(alice)
    second = alice.add_article(ArticleDraft(title="Second", text="Another article."))
    alice.update_claim(claim.id, explanation="Aerial photos show about 8,000.")
    with psycopg.connect(hub_db["admin_url"], autocommit=True) as admin, psycopg.connect(
        hub_db["admin_url"]
    ) as locker:
        locker.execute(  # the claim's row is locked: the push writes the article, then waits
            "SELECT 1 FROM annotator_hub.items WHERE item_id = %s FOR UPDATE", [claim.id]
        )
        thread, outcome = _in_thread(hub.push, alice)
        pid = _blocked_backend(admin, hub_db["name"] + "_alice")
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])
        thread.join(30)
        locker.rollback()
        assert isinstance(outcome.get("error"), HubError)
        ids = {r[0] for r in admin.execute("SELECT item_id FROM annotator_hub.items")}
        assert second.id not in ids  # the half-done push left nothing behind
    hub.sync(alice)
    bob = _connected(desktop, hub_db, "Bob")
    hub.sync(bob)
    assert sorted(bob.article_ids()) == sorted([article.id, second.id])
    assert bob.claim(claim.id).explanation == "Aerial photos show about 8,000."


def test_connection_killed_mid_pull(desktop, hub_db):
    alice = _connected(desktop, hub_db, "Alice")
    article = alice.add_article(ArticleDraft(title="Crowd", text=TEXT))
    alice.create_claim(article.id, 0, 9)
    hub.sync(alice)
    bob = _connected(desktop, hub_db, "Bob")
    before = _counts(bob.path)
    with psycopg.connect(hub_db["admin_url"], autocommit=True) as admin, psycopg.connect(
        hub_db["admin_url"]
    ) as locker:
        locker.execute("LOCK TABLE annotator_hub.records IN ACCESS EXCLUSIVE MODE")
        thread, outcome = _in_thread(hub.pull, bob)
        pid = _blocked_backend(admin, hub_db["name"] + "_bob")
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])
        thread.join(30)
        locker.rollback()
    assert isinstance(outcome.get("error"), HubError)
    assert _counts(bob.path) == before
    report = hub.pull(bob)
    assert report is not None and report.counts["claim"]["added"] == 1
    assert bob.article_ids() == [article.id]


def test_an_unreachable_hub_says_so_and_keeps_local_work(desktop, hub_db, pg_server):
    alice = desktop("Alice", "person-Alice")
    hub.connect(alice, hub_db["user"]("alice", "checker"))
    article = alice.add_article(ArticleDraft(title="Offline", text=TEXT))
    with sqlite3.connect(alice.path) as conn:  # the hub moved to a port nobody listens on
        conn.execute(
            "UPDATE hub_link SET value = replace(value, ?, ':1/') WHERE key = 'url'",
            [f":{pg_server.port}/"],
        )
    with pytest.raises(HubError, match="Cannot reach the hub"):
        hub.sync(alice)
    assert alice.article_ids() == [article.id]
