"""Merging colleagues' copies of a project: the scenarios of docs/REVIEW.md."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from annotator.errors import ProjectError
from annotator.services import ProjectService
from annotator.services.merge import conflicts, merge_projects, merges_of_item, resolve_conflict
from annotator.services.review import add_comment, comment_threads, resolve_comment
from benchmarks.merge_synthetic import make_merge_case
from tests.older_schema import schema_1_copy

from .conftest import Team, span

COMPARED = "SELECT * FROM {} ORDER BY id"


def snapshot(path: Path) -> dict[str, list[tuple]]:
    """The user-visible content of a project file (not the merge bookkeeping)."""
    conn = sqlite3.connect(path)
    try:
        return {
            table: conn.execute(COMPARED.format(table)).fetchall()
            for table in ("articles", "claims", "sources", "comments", "verdicts")
        }
    finally:
        conn.close()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(path: Path) -> list[str]:
    """Every table, bookkeeping included (opening a project rewrites header bytes, so not the
    file)."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def merged(team: Team, into: str, other: str) -> tuple[ProjectService, object]:
    service = team.open(into)
    report = merge_projects(service, team.path(other))
    return service, report


def test_disjoint_work_is_combined_in_both_directions(team: Team) -> None:
    alice = team.open("Alice")
    new_claim = alice.create_claim(team.article_id, *span(3), explanation="Police figures")
    team.close(alice)
    bob = team.open("Bob")
    bob.add_source(team.base_claims[1], url="https://example.org/exports")
    comment = add_comment(bob, team.base_claims[2], "Which source says 40 million?")
    team.close(bob)

    shutil.copy(team.path("Alice"), team.folder / "alice-before.annotator")
    alice, report = merged(team, "Alice", "Bob")
    assert report.counts["source"]["added"] == 1
    assert report.counts["comment"]["added"] == 1
    assert report.conflicts == 0
    assert report.counts["claim"]["unchanged"] == 3
    assert [t.comment.id for t in comment_threads(alice, team.base_claims[2])] == [comment.id]
    team.close(alice)

    bob, report = merged(team, "Bob", "alice-before")
    assert report.counts["claim"]["added"] == 1
    assert bob.claim(new_claim.id).explanation == "Police figures"
    team.close(bob)
    assert snapshot(team.path("Alice")) == snapshot(team.path("Bob"))


def test_identical_edits_are_not_a_conflict(team: Team) -> None:
    for name in ("Alice", "Bob"):
        service = team.open(name)
        false = service.verdict_by_label("False")
        service.update_claim(team.base_claims[0], verdict_id=false.id, explanation="It rose.")
        team.close(service)
    alice, report = merged(team, "Alice", "Bob")
    assert report.conflicts == 0
    assert report.counts["claim"]["updated"] == 0
    assert alice.claim(team.base_claims[0]).explanation == "It rose."
    assert conflicts(alice) == []


def test_one_sided_edit_takes_that_side(team: Team) -> None:
    bob = team.open("Bob")
    bob.update_claim(team.base_claims[1], explanation="Bob checked the customs data")
    team.close(bob)
    alice, report = merged(team, "Alice", "Bob")
    assert report.updated == 1 and report.conflicts == 0
    claim = alice.claim(team.base_claims[1])
    assert claim.explanation == "Bob checked the customs data"
    assert claim.modified_by == "Bob"
    merge = merges_of_item(alice, "claim", team.base_claims[1])
    assert [action for _, _, action in merge] == ["updated"]
    assert merge[0][0] == report.merge_id


def test_conflicting_edits_keep_both_versions_and_agree_in_both_directions(team: Team) -> None:
    for name, text in (("Alice", "Alice: halved"), ("Bob", "Bob: fell by a third")):
        service = team.open(name)
        service.update_claim(team.base_claims[0], explanation=text)
        team.close(service)
    shutil.copy(team.path("Bob"), team.folder / "bob-before.annotator")
    alice, report = merged(team, "Alice", "Bob")
    assert report.conflicts == 1
    [conflict] = conflicts(alice)
    assert conflict.kind == "claim" and conflict.item_id == team.base_claims[0]
    assert conflict.mine.explanation == "Alice: halved"  # type: ignore[union-attr]
    assert conflict.theirs.explanation == "Bob: fell by a third"  # type: ignore[union-attr]
    team.close(alice)

    bob = team.open("bob-before")
    report = merge_projects(bob, team.folder / "alice.annotator")
    # Bob sees the conflict too, from his side
    [seen_by_bob] = conflicts(bob)
    assert seen_by_bob.mine.explanation == "Bob: fell by a third"  # type: ignore[union-attr]
    team.close(bob)
    # both files now hold the same claims (a deterministic provisional winner)
    assert (
        snapshot(team.path("Alice"))["claims"]
        == snapshot(team.folder / "bob-before.annotator")["claims"]
    )


def test_both_directions_from_the_same_states_give_the_same_claims(team: Team) -> None:
    alice = team.open("Alice")
    alice.update_claim(team.base_claims[0], explanation="A")
    alice.update_claim(team.base_claims[1], explanation="A only")
    alice.delete_claim(team.base_claims[2])
    alice.create_claim(team.article_id, *span(4))
    team.close(alice)
    bob = team.open("Bob")
    bob.update_claim(team.base_claims[0], explanation="B")
    bob.create_claim(team.article_id, *span(3))
    team.close(bob)
    a_into_b = team.folder / "a_into_b.annotator"
    b_into_a = team.folder / "b_into_a.annotator"
    shutil.copy(team.path("Bob"), a_into_b)
    shutil.copy(team.path("Alice"), b_into_a)
    for into, other in ((a_into_b, team.path("Alice")), (b_into_a, team.path("Bob"))):
        service = ProjectService.open(into, "Someone")
        report = merge_projects(service, other)
        assert report.conflicts == 1
        service.close()
    assert snapshot(a_into_b)["claims"] == snapshot(b_into_a)["claims"]
    assert len(snapshot(a_into_b)["claims"]) == 4  # 3 base - 1 deleted + 1 + 1


def test_resolving_a_conflict_travels_and_closes_it_everywhere(team: Team) -> None:
    for name, text in (("Alice", "mine"), ("Bob", "theirs")):
        service = team.open(name)
        service.update_claim(team.base_claims[0], explanation=text)
        team.close(service)
    alice, _ = merged(team, "Alice", "Bob")
    [conflict] = conflicts(alice)
    edited = alice.claim(team.base_claims[0])
    edited.explanation = "Both: it fell, by between a third and a half"
    resolve_conflict(alice, conflict.id, edited)
    assert conflicts(alice) == []
    assert alice.claim(team.base_claims[0]).explanation.startswith("Both:")
    team.close(alice)

    bob, report = merged(team, "Bob", "Alice")
    assert report.conflicts == 0
    assert bob.claim(team.base_claims[0]).explanation.startswith("Both:")
    assert conflicts(bob) == []
    assert [c.record.resolution for c in conflicts(bob, include_resolved=True)] == ["edited"]
    team.close(bob)
    alice, report = merged(team, "Alice", "Bob")
    assert report.conflicts == 0 and report.updated == 0


@pytest.mark.parametrize("choice", ["mine", "theirs"])
def test_resolve_with_mine_or_theirs(team: Team, choice: str) -> None:
    for name, text in (("Alice", "mine"), ("Bob", "theirs")):
        service = team.open(name)
        service.update_claim(team.base_claims[0], explanation=text)
        team.close(service)
    alice, _ = merged(team, "Alice", "Bob")
    [conflict] = conflicts(alice)
    resolve_conflict(alice, conflict.id, choice)  # type: ignore[arg-type]
    assert alice.claim(team.base_claims[0]).explanation == choice
    again = merge_projects(alice, team.path("Bob"))
    assert again.conflicts == 0
    assert alice.claim(team.base_claims[0]).explanation == choice


def test_deletion_travels_when_the_other_side_did_not_edit(team: Team) -> None:
    alice = team.open("Alice")
    alice.delete_claim(team.base_claims[0])  # it has a source: both go
    team.close(alice)
    bob, report = merged(team, "Bob", "Alice")
    assert report.counts["claim"]["deleted"] == 1
    with pytest.raises(KeyError):
        bob.claim(team.base_claims[0])
    assert bob.store.sources_by_claim() == {}
    team.close(bob)
    alice, report = merged(team, "Alice", "Bob")
    assert report.added == 0 and report.conflicts == 0
    with pytest.raises(KeyError):
        alice.claim(team.base_claims[0])


@pytest.mark.parametrize("direction", ["into_deleter", "into_editor"])
def test_edit_against_delete_is_a_conflict_that_keeps_the_edit(team: Team, direction: str) -> None:
    alice = team.open("Alice")
    alice.delete_claim(team.base_claims[0])
    team.close(alice)
    bob = team.open("Bob")
    bob.update_claim(team.base_claims[0], explanation="Bob found new data")
    bob.add_source(team.base_claims[0], url="https://example.org/new-data")
    team.close(bob)
    into, other = ("Alice", "Bob") if direction == "into_deleter" else ("Bob", "Alice")
    service, report = merged(team, into, other)
    assert report.conflicts == 1
    assert service.claim(team.base_claims[0]).explanation == "Bob found new data"
    urls = sorted(s.url for s in service.sources(team.base_claims[0]))
    assert urls == ["https://example.org/new-data", "https://example.org/stats"]
    [conflict] = conflicts(service)
    deleted_side = conflict.mine if direction == "into_deleter" else conflict.theirs
    assert deleted_side is None
    # keeping the deletion removes it; merging again does not bring it back
    resolve_conflict(service, conflict.id, "mine" if direction == "into_deleter" else "theirs")
    with pytest.raises(KeyError):
        service.claim(team.base_claims[0])
    merge_projects(service, team.path(other))
    with pytest.raises(KeyError):
        service.claim(team.base_claims[0])


def test_new_claim_under_a_deleted_article_brings_the_article_back(team: Team) -> None:
    alice = team.open("Alice")
    alice.remove_article(team.article_id)
    team.close(alice)
    bob = team.open("Bob")
    fresh = bob.create_claim(team.article_id, *span(4))
    team.close(bob)
    alice, report = merged(team, "Alice", "Bob")
    assert report.counts["article"]["conflicts"] == 1
    assert alice.claim(fresh.id).article_id == team.article_id
    assert len(alice.claims(team.article_id)) == 4


def test_three_colleagues(team: Team) -> None:
    edits = {"Bob": {0: "Bob on 0", 2: "Bob on 2"}, "Carol": {1: "Carol on 1", 2: "Carol on 2"}}
    for name, changes in edits.items():
        service = team.open(name)
        for index, text in changes.items():
            service.update_claim(team.base_claims[index], explanation=text)
        team.close(service)
    alice, first = merged(team, "Alice", "Bob")
    assert first.updated == 2 and first.conflicts == 0
    second = merge_projects(alice, team.path("Carol"))
    assert second.updated == 1 and second.conflicts == 1
    assert alice.claim(team.base_claims[0]).explanation == "Bob on 0"
    assert alice.claim(team.base_claims[1]).explanation == "Carol on 1"
    [conflict] = conflicts(alice)
    assert {conflict.mine.explanation, conflict.theirs.explanation} == {"Bob on 2", "Carol on 2"}  # type: ignore[union-attr]
    resolve_conflict(alice, conflict.id, "theirs")
    team.close(alice)
    # Bob takes Alice's combined file: everything fast-forwards, nothing conflicts
    bob, report = merged(team, "Bob", "Alice")
    assert report.conflicts == 0
    assert [bob.claim(c).explanation for c in team.base_claims] == [
        "Bob on 0",
        "Carol on 1",
        "Carol on 2",
    ]


def test_repeated_merge_changes_nothing(team: Team) -> None:
    for name, text in (("Alice", "A"), ("Bob", "B")):
        service = team.open(name)
        service.update_claim(team.base_claims[0], explanation=text)
        service.create_claim(team.article_id, *span(3 if name == "Alice" else 4))
        team.close(service)
    alice, first = merged(team, "Alice", "Bob")
    assert first.changed_anything
    team.close(alice)
    before = dump(team.path("Alice"))
    alice, second = merged(team, "Alice", "Bob")
    assert (second.added, second.updated, second.deleted, second.conflicts) == (0, 0, 0, 0)
    assert second.unchanged > 0 and not second.changed_anything
    team.close(alice)
    assert dump(team.path("Alice")) == before


def test_merge_never_writes_the_other_file(team: Team) -> None:
    bob = team.open("Bob")
    bob.update_claim(team.base_claims[0], explanation="B")
    team.close(bob)
    digest = file_digest(team.path("Bob"))
    alice, _ = merged(team, "Alice", "Bob")
    assert file_digest(team.path("Bob")) == digest


@pytest.mark.parametrize("damage", ["truncated", "garbage", "foreign", "empty", "bad_reference"])
def test_a_damaged_other_file_leaves_my_project_untouched(team: Team, damage: str) -> None:
    bob = team.open("Bob")
    bob.update_claim(team.base_claims[0], explanation="B")
    bob.create_claim(team.article_id, *span(4))
    team.close(bob)
    other = team.folder / "damaged.annotator"
    data = team.path("Bob").read_bytes()
    if damage == "truncated":
        other.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        other.write_bytes(data[:100] + b"\x00garbage" * 500 + data[4100:])
    elif damage == "foreign":
        conn = sqlite3.connect(other)
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
        conn.close()
    elif damage == "empty":
        other.write_bytes(b"")
    else:  # sound file whose content cannot be merged: a claim pointing at a missing verdict
        other.write_bytes(data)
        conn = sqlite3.connect(other)
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE claims SET verdict_id = 'no-such-verdict'")
        conn.commit()
        conn.close()
    before_dump = dump(team.path("Alice"))
    alice = team.open("Alice")
    before = snapshot(team.path("Alice"))
    with pytest.raises(ProjectError) as raised:
        merge_projects(alice, other)
    assert "damaged.annotator" in str(raised.value)
    assert snapshot(team.path("Alice")) == before
    assert alice.store.integrity_check() == "ok"
    team.close(alice)
    assert dump(team.path("Alice")) == before_dump


def test_merging_an_older_schema_file(team: Team, tmp_path: Path) -> None:
    """A colleague still on schema 1: their file is upgraded in a temporary copy, never in place."""
    old = schema_1_copy(
        team.path("Alice"), tmp_path / "old.annotator", ("articles", "article_versions", "claims")
    )
    with closing(sqlite3.connect(old)) as conn, conn:
        conn.execute("UPDATE claims SET verdict_id = NULL")
    digest = file_digest(old)
    alice = team.open("Alice")
    report = merge_projects(alice, old)
    assert file_digest(old) == digest
    assert report.skipped == 0
    assert {c.id for c in alice.claims(team.article_id)} == set(team.base_claims)


def test_comments_and_their_resolution_travel(team: Team) -> None:
    bob = team.open("Bob")
    question = add_comment(bob, team.base_claims[0], "Is this the seasonally adjusted figure?")
    team.close(bob)
    alice, _ = merged(team, "Alice", "Bob")
    resolve_comment(alice, question.id)
    team.close(alice)
    bob, report = merged(team, "Bob", "Alice")
    assert report.counts["comment"]["updated"] == 1
    [thread] = comment_threads(bob, team.base_claims[0])
    assert thread.comment.resolved and thread.resolved_by == "Alice"


def test_articles_are_matched_by_identical_text(tmp_path: Path) -> None:
    from annotator.domain import ArticleDraft

    from .conftest import TEXT

    alice = ProjectService.open(tmp_path / "alice.annotator", "Alice")
    bob = ProjectService.open(tmp_path / "bob.annotator", "Bob")
    mine = alice.add_article(ArticleDraft(title="Economy", text=TEXT))
    theirs = bob.add_article(ArticleDraft(title="Economy (Bob)", text=TEXT))
    claim = bob.create_claim(theirs.id, *span(1), verdict_id=bob.verdict_by_label("True").id)
    bob.close()
    report = merge_projects(alice, tmp_path / "bob.annotator")
    assert alice.article_ids() == [mine.id]
    assert report.counts["article"]["added"] == 0
    merged_claim = alice.claim(claim.id)
    assert merged_claim.article_id == mine.id
    # the two projects were created separately, so verdicts are matched by label
    assert alice.verdict(merged_claim.verdict_id).label == "True"  # type: ignore[union-attr]
    alice.close()


def test_synthetic_case_counts(tmp_path: Path) -> None:
    mine, theirs = make_merge_case(tmp_path, seed=7, n_claims=1000)
    service = ProjectService.open(mine, "Alice")
    report = merge_projects(service, theirs)
    claims = report.counts["claim"]
    assert claims["conflicts"] == 100  # 10% edited on both sides
    assert claims["updated"] == 50  # 5% edited by Bob only
    assert claims["added"] == 20 and claims["deleted"] == 10
    assert len(service.store.all_claims()) == 1000 - 10 - 10 + 20 + 20
    service.close()
