"""Hub sync carries who changed an item last as a person id (schema 14), like a merge does."""

from __future__ import annotations

import sqlite3

from annotator.domain import ArticleDraft
from annotator.hub import sync as hub
from annotator.services.review import add_comment

TEXT = "The minister said unemployment fell by 3% in 2025. Critics disagree."


def test_a_sync_carries_the_id_of_who_changed_it(desktop, hub_db):
    alice = desktop("Alice", "person-alice")
    hub.connect(alice, hub_db["user"]("alice", "checker"))
    bob = desktop("Bob", "person-bob")
    hub.connect(bob, hub_db["user"]("bob", "checker"))
    article = alice.add_article(ArticleDraft(title="Jobs", text=TEXT))
    claim = alice.create_claim(article.id, 18, 49)
    source = alice.add_source(claim.id, url="https://stats.example.org/jobs")
    hub.sync(alice)
    hub.sync(bob)
    bob.update_claim(claim.id, explanation="The statistics office says 2.1%.")
    bob.update_source(source.id, title="Labour force survey")
    add_comment(bob, claim.id, "Which quarter?")
    hub.sync(bob)
    hub.sync(alice)
    changed = alice.claim(claim.id)
    assert (changed.modified_by, changed.modified_by_id) == ("Bob", "person-bob")
    assert alice.source(source.id).modified_by_id == "person-bob"
    with sqlite3.connect(alice.path) as conn:
        stamps = conn.execute("SELECT modified_by, modified_by_id FROM comments").fetchall()
    assert stamps == [("Bob", "person-bob")]
