"""Blind reviews, ratings, adjudications, sources and history belong to a person's id, not name.

A rename in Preferences must not end a blind review or make a second rater of the same person,
and two colleagues who share a display name must not share one blind review.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from annotator.domain import ReviewStatus
from annotator.domain.people import legacy_person_id, new_person_id
from annotator.services import ProjectService
from annotator.services.agreement import (
    article_agreement,
    claims_for_review,
    is_blind,
    start_blind_review,
)
from annotator.services.merge import merge_projects
from annotator.services.ratings import adjudicate, my_rating, passage_ratings, rate
from annotator.services.review import (
    add_comment,
    added_by,
    claim_history,
    comment_threads,
    resolve_comment,
)
from tests.approval_helpers import approve_as_colleague
from tests.older_schema import undo_person_ids

from .conftest import Team


def _verdict(service: ProjectService, label: str) -> str:
    return service.verdict_by_label(label).id


def _alice_sets_verdicts(team: Team) -> ProjectService:
    """Alice sets a verdict on every base claim; then Bob opens the same copy."""
    alice = team.open("Alice")
    for claim_id in team.base_claims:
        alice.update_claim(claim_id, verdict_id=_verdict(alice, "False"))
    team.close(alice)
    bob = team.open("Alice")  # the file: alice.annotator
    bob.author = "Bob"
    bob.remember_me()
    return bob


def test_renaming_myself_mid_blind_review_keeps_me_blind(team: Team) -> None:
    bob = _alice_sets_verdicts(team)
    start_blind_review(bob, team.article_id)
    bob.rename_me("Robert")
    assert is_blind(bob, team.article_id)
    seen = claims_for_review(bob, team.article_id)
    assert [c.claim.verdict_id for c in seen] == [None, None, None]
    assert all(c.hidden for c in seen)


def test_rating_again_after_a_rename_replaces_my_rating(team: Team) -> None:
    bob = _alice_sets_verdicts(team)
    claim_id = team.base_claims[0]
    first = rate(bob, claim_id, _verdict(bob, "True"))
    bob.rename_me("Robert")
    second = rate(bob, claim_id, _verdict(bob, "Mostly true"))
    assert second.id == first.id
    (passage,) = passage_ratings(bob, [bob.claim(claim_id)])
    assert passage.ratings == {
        "Alice": _verdict(bob, "False"),
        "Robert": _verdict(bob, "Mostly true"),
    }
    assert my_rating(bob, claim_id) == second
    assert article_agreement(bob, team.article_id).raters == ["Alice", "Robert"]


def test_two_people_of_one_name_have_a_blind_review_each(team: Team) -> None:
    path = team.path("Alice")
    _alice_sets_verdicts(team).close()
    team.open_services.clear()
    first = ProjectService.open(path, "Sam", author_id=new_person_id())
    first.remember_me()
    start_blind_review(first, team.article_id)
    other = ProjectService(first.store, "Sam", author_id=new_person_id())
    other.remember_me()
    assert is_blind(first, team.article_id)
    assert not is_blind(other, team.article_id)
    assert all(not c.hidden for c in claims_for_review(other, team.article_id))
    rate(first, team.base_claims[0], _verdict(first, "True"))
    rate(other, team.base_claims[0], _verdict(other, "Half true"))
    (passage,) = passage_ratings(first, [first.claim(team.base_claims[0])])
    assert len(passage.ratings) == 3  # Alice and both Sams, shown apart by their short ids
    assert sorted(name for name in passage.ratings if name.startswith("Sam (")) == sorted(
        f"Sam ({p.replace('-', '')[:6]})" for p in (first.author_id, other.author_id)
    )
    first.close()


def test_history_and_adjudication_show_the_current_name(team: Team) -> None:
    bob = _alice_sets_verdicts(team)
    claim_id = team.base_claims[0]
    rate(bob, claim_id, _verdict(bob, "True"))
    bob.update_claim(claim_id, explanation="checked")
    adjudicate(bob, claim_id, _verdict(bob, "True"), "settled")
    bob.rename_me("Robert")
    lines = [line.entry for line in claim_history(bob, claim_id) if line.field == "explanation"]
    assert [line.changed_by for line in lines] == ["Robert"]
    assert [line.changed_by for line in (line.entry for line in claim_history(bob, claim_id))
            if line.field == "verdict_id"] == ["Alice", "Robert"]


def test_a_rename_shows_in_sources_and_resolved_threads(team: Team) -> None:
    bob = _alice_sets_verdicts(team)
    claim_id = team.base_claims[1]
    bob.add_source(claim_id, url="https://example.org/report")
    comment = add_comment(bob, claim_id, "Is this the latest figure?")
    resolve_comment(bob, comment.id)
    bob.rename_me("Robert")
    added = {s.url: added_by(bob, s) for s in bob.sources(claim_id)}
    assert added == {"https://example.org/report": "Robert"}
    assert [t.resolved_by for t in comment_threads(bob, claim_id)] == ["Robert"]
    origin = bob.sources(team.base_claims[0])
    assert [added_by(bob, s) for s in origin] == ["Origin"]


def _revisions(path: Path) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    with sqlite3.connect(path) as conn:
        revs = conn.execute("SELECT kind, item_id, rev FROM item_revs ORDER BY 1, 2").fetchall()
        statuses = conn.execute("SELECT id, status FROM claims ORDER BY id").fetchall()
    return revs, statuses


def _older_copy(team: Team) -> tuple[Path, list[str]]:
    """Alice's copy as the Annotator before 0012 left it: an approved claim with a source,
    Bob's blind review and rating, a resolved thread and an adjudication."""
    alice = team.open("Alice")
    claim_id = team.base_claims[0]
    alice.update_claim(claim_id, verdict_id=_verdict(alice, "False"))
    approve_as_colleague(alice, claim_id, "Bob")
    alice.author = "Bob"
    start_blind_review(alice, team.article_id)
    rate(alice, team.base_claims[1], _verdict(alice, "True"))
    resolve_comment(alice, add_comment(alice, team.base_claims[2], "Source?").id)
    path = alice.path
    team.close(alice)
    with sqlite3.connect(path) as conn:
        undo_person_ids(conn)
    return path, [claim_id]


def test_upgrade_keeps_every_approval_and_revision_and_gives_legacy_ids(team: Team) -> None:
    path, (approved,) = _older_copy(team)
    before = _revisions(path)
    service = team.open("Alice")
    assert _revisions(path) == before
    assert service.claim(approved).status == ReviewStatus.APPROVED
    bob = legacy_person_id("Bob")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT reviewer_id FROM blind_reviews").fetchall() == [(bob,)]
        assert conn.execute("SELECT rater_id FROM ratings").fetchall() == [(bob,)]
        assert conn.execute(
            "SELECT resolved_by_id FROM comments WHERE resolved = 1"
        ).fetchall() == [(bob,)]
        assert {r[0] for r in conn.execute("SELECT changed_by_id FROM claim_history")} == {
            legacy_person_id(name) for name in ("Origin", "Alice", "Bob")
        }
        assert conn.execute("SELECT DISTINCT author_id FROM sources").fetchall() == [
            (legacy_person_id("Origin"),)
        ]
    service.author = "Bob"  # Bob, known by the name his legacy id stands for, is still blind
    assert is_blind(service, team.article_id)


def test_merge_of_an_upgraded_copy_and_a_fresh_one_carries_the_ids(team: Team) -> None:
    path, _ = _older_copy(team)
    team.open("Alice").close()  # upgraded in place
    team.open_services.clear()
    carol = team.open("Carol")
    carol.rename_me("Carol")
    rate(carol, team.base_claims[2], _verdict(carol, "Half true"))
    start_blind_review(carol, team.article_id)
    merge_projects(carol, path)
    with sqlite3.connect(team.path("Carol")) as conn:
        assert sorted(conn.execute("SELECT reviewer_id FROM blind_reviews").fetchall()) == sorted(
            [(legacy_person_id("Bob"),), (carol.author_id,)]
        )
        assert sorted(conn.execute("SELECT rater_id FROM ratings").fetchall()) == sorted(
            [(legacy_person_id("Bob"),), (carol.author_id,)]
        )
    assert is_blind(carol, team.article_id)
    carol.author = "Bob"
    assert is_blind(carol, team.article_id)
