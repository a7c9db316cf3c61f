"""Desktops syncing through a real hub: the same rules as a file merge."""

from __future__ import annotations

import sqlite3

import pytest

from annotator.domain import ArticleDraft, ReviewStatus
from annotator.hub import HubError
from annotator.hub import sync as hub
from annotator.services import review
from annotator.services.merge import conflicts, resolve_conflict

TEXT = "The minister said unemployment fell by 3% in 2025. Critics 🙂 disagree, مرحبا 中文."


def _connected(desktop, hub_db, name: str, group: str):
    project = desktop(name, f"person-{name}")
    hub.connect(project, hub_db["user"](name.lower(), group))
    return project


def _article_with_claim(project, quote: str = "unemployment fell by 3%"):
    article = project.add_article(ArticleDraft(title="Jobs", text=TEXT))
    start = TEXT.index(quote)
    claim = project.create_claim(article.id, start, start + len(quote))
    return article, claim


def test_two_desktops_exchange_articles_claims_and_edits(desktop, hub_db):
    alice = _connected(desktop, hub_db, "Alice", "checker")
    bob = _connected(desktop, hub_db, "Bob", "checker")
    article, claim = _article_with_claim(alice)
    hub.sync(alice)
    hub.sync(bob)
    assert bob.article_ids() == [article.id]
    assert bob.claim(claim.id).exact == "unemployment fell by 3%"
    assert bob.article(article.id).text == TEXT
    bob.update_claim(claim.id, explanation="The statistics office says 2.1%.")
    hub.sync(bob)
    hub.sync(alice)
    assert alice.claim(claim.id).explanation == "The statistics office says 2.1%."
    assert conflicts(alice) == [] and conflicts(bob) == []


def test_sync_is_idempotent(desktop, hub_db):
    alice = _connected(desktop, hub_db, "Alice", "checker")
    _article_with_claim(alice)
    scale = len(alice.verdicts())
    first = hub.sync(alice)
    assert first.pushed_items == 2 + scale  # the article, the claim and the verdict scale
    again = hub.sync(alice)
    assert again.pushed_items == 0 and again.pushed_records == 0
    with sqlite3.connect(alice.path) as conn:
        before = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
    assert before == 1


def test_three_desktops_and_an_empty_project_pulls_everything(desktop, hub_db):
    people = [_connected(desktop, hub_db, n, "checker") for n in ("Ann", "Ben", "Cy")]
    made = []
    for project in people:
        draft = ArticleDraft(title=project.author, text=f"{project.author} {TEXT}")
        article = project.add_article(draft)
        made.append(article.id)
        hub.sync(project)
    for project in people:
        hub.sync(project)
    for project in people:
        assert sorted(project.article_ids()) == sorted(made)
    newcomer = _connected(desktop, hub_db, "Dee", "reader")
    report = hub.pull(newcomer)
    assert report is not None and report.counts["article"]["added"] == 3
    assert sorted(newcomer.article_ids()) == sorted(made)


def test_offline_edits_sync_on_reconnection_and_deletions_travel(desktop, hub_db):
    alice = _connected(desktop, hub_db, "Alice", "checker")
    bob = _connected(desktop, hub_db, "Bob", "checker")
    article, claim = _article_with_claim(alice)
    hub.sync(alice)
    hub.sync(bob)
    # both offline: nothing reaches the hub
    alice.update_claim(claim.id, claimant="The minister")
    second = bob.create_claim(article.id, 0, 3)
    hub.sync(alice)
    hub.sync(bob)
    hub.sync(alice)
    assert bob.claim(claim.id).claimant == "The minister"
    assert {c.id for c in alice.claims(article.id)} == {claim.id, second.id}
    alice.delete_claim(second.id)
    hub.sync(alice)
    hub.sync(bob)
    assert [c.id for c in bob.claims(article.id)] == [claim.id]


def test_the_same_field_changed_on_two_desktops_is_a_conflict_on_both(desktop, hub_db):
    alice = _connected(desktop, hub_db, "Alice", "checker")
    bob = _connected(desktop, hub_db, "Bob", "checker")
    _article, claim = _article_with_claim(alice)
    hub.sync(alice)
    hub.sync(bob)
    alice.update_claim(claim.id, explanation="Alice's reading")
    bob.update_claim(claim.id, explanation="Bob's reading")
    hub.sync(alice)
    result = hub.sync(bob)
    assert result.pulled is not None and result.pulled.conflicts == 1
    [found] = conflicts(bob)
    explanations = {found.mine.explanation, found.theirs.explanation}
    assert explanations == {"Alice's reading", "Bob's reading"}
    hub.sync(alice)
    assert len(conflicts(alice)) == 1
    resolve_conflict(bob, found.id, "mine")
    hub.sync(bob)
    hub.sync(alice)
    assert alice.claim(claim.id).explanation == bob.claim(claim.id).explanation
    assert conflicts(alice) == []


def test_reviewer_approves_a_colleagues_claim_through_the_hub(desktop, hub_db):
    alice = _connected(desktop, hub_db, "Alice", "checker")
    rita = _connected(desktop, hub_db, "Rita", "reviewer")
    _article, claim = _article_with_claim(alice)
    review.set_status(alice, claim.id, ReviewStatus.READY)
    hub.sync(alice)
    hub.sync(rita)
    review.approve(rita, claim.id)
    hub.sync(rita)
    hub.sync(alice)
    assert alice.claim(claim.id).status == ReviewStatus.APPROVED


def test_a_password_never_goes_into_the_project(desktop, hub_db):
    project = desktop("Alice", "person-alice")
    with pytest.raises(HubError, match="pgpass"):
        hub.connect(project, "postgresql://alice:secret@127.0.0.1:1/x")
    assert hub.status(project) == {"connected": False}
