"""An approval is bound to what was approved, through every door (worked examples)."""

from __future__ import annotations

import dataclasses
import io
import json
import sqlite3
from pathlib import Path

import pytest

from annotator.domain import ReviewStatus
from annotator.domain.people import legacy_person_id
from annotator.errors import ValidationError
from annotator.exporters import export
from annotator.exporters.bundle import ExportOptions, build_bundle
from annotator.services import ProjectService, review
from annotator.services.annotation_import import import_annotations
from annotator.services.listing import project_listing
from annotator.services.merge import merge_projects

from .conftest import Team, span


def approved_by_bob(team: Team, verdict: str = "Half true") -> tuple[ProjectService, str]:
    """Alice writes a claim with a verdict and a source; Bob (same file) approves it."""
    service = team.open("Alice")
    claim = service.create_claim(
        team.article_id, *span(3), verdict_id=service.verdict_by_label(verdict).id,
        explanation="Police figures show a fall.",
    )  # fmt: skip
    service.add_source(claim.id, url="https://example.org/police")
    review.submit_for_review(service, claim.id)
    service.author = "Bob"
    review.approve(service, claim.id, "checked the figures")
    assert service.claim(claim.id).status == ReviewStatus.APPROVED
    service.author = "Alice"
    return service, claim.id


def claimreview_ratings(service: ProjectService) -> list[str]:
    out = io.StringIO()
    export(build_bundle(service, ExportOptions(allow_incomplete=True)), "claimreview", out)
    data = json.loads(out.getvalue())
    items = data if isinstance(data, list) else data.get("@graph", [data])
    return [i["reviewRating"]["alternateName"] for i in items if "reviewRating" in i]


def test_changing_the_verdict_after_approval_sends_it_back_and_keeps_it_out_of_exports(
    team: Team,
) -> None:
    service, claim_id = approved_by_bob(team)
    assert claimreview_ratings(service) == ["Half true"]
    service.update_claim(claim_id, verdict_id=service.verdict_by_label("False").id)
    assert service.claim(claim_id).status == ReviewStatus.READY
    [line] = [h for h in review.claim_history(service, claim_id) if h.field == "approval"]
    assert line.new == "approval voided: verdict changed after it was approved"
    assert line.entry.changed_by == "Alice"
    assert claimreview_ratings(service) == []
    assert review.approval_state(service, claim_id) == "stale"
    [article] = project_listing(service)["articles"]
    [listed] = [c for c in article["claims"] if c["id"] == claim_id]
    assert (listed["status"], listed["approval"], listed["approval_current"]) == (
        "ready_for_review", "stale", False,
    )  # fmt: skip


@pytest.mark.parametrize(
    "change",
    [
        {"explanation": "Different reasons."},
        {"claim_reviewed": "Crime fell."},
        {"claimant": "The mayor"},
    ],
)
def test_each_reviewed_field_voids_the_approval(team: Team, change: dict) -> None:
    service, claim_id = approved_by_bob(team)
    service.update_claim(claim_id, **change)
    assert service.claim(claim_id).status == ReviewStatus.READY


def test_source_changes_void_the_approval(team: Team) -> None:
    service, claim_id = approved_by_bob(team)
    [source] = service.sources(claim_id)
    service.update_source(source.id, excerpt="A different passage")
    assert service.claim(claim_id).status == ReviewStatus.READY
    assert [h.new for h in review.claim_history(service, claim_id) if h.field == "approval"] == [
        "approval voided: its sources changed after it was approved"
    ]


def test_tags_and_internal_note_are_cosmetic(team: Team) -> None:
    service, claim_id = approved_by_bob(team)
    service.update_claim(claim_id, tags=["crime"], internal_note="ask the desk")
    assert service.claim(claim_id).status == ReviewStatus.APPROVED
    assert review.approval_state(service, claim_id) == "current"


def test_approving_again_after_a_change_makes_it_current(team: Team) -> None:
    service, claim_id = approved_by_bob(team)
    service.update_claim(claim_id, explanation="Updated with 2024 figures.")
    service.author = "Carol"
    review.approve(service, claim_id)
    assert review.approval_state(service, claim_id) == "current"
    assert claimreview_ratings(service) == ["Half true"]


def test_a_side_door_status_write_is_refused_by_the_file(team: Team) -> None:
    service, claim_id = approved_by_bob(team)
    other = service.create_claim(team.article_id, *span(4))
    service.put_claim(dataclasses.replace(service.claim(other.id), status=ReviewStatus.APPROVED))
    assert service.claim(other.id).status == ReviewStatus.READY
    # the triggers are in the file: plain SQLite is held to the same rule
    conn = sqlite3.connect(service.path)
    conn.execute("UPDATE claims SET status = 'approved' WHERE id = ?", [other.id])
    conn.commit()
    conn.close()
    assert service.claim(other.id).status == ReviewStatus.READY


def test_deleting_and_restoring_an_approved_claim_keeps_its_approval(team: Team) -> None:
    service, claim_id = approved_by_bob(team)
    snapshot = service.delete_claim(claim_id)
    service.restore_claim(snapshot)
    assert service.claim(claim_id).status == ReviewStatus.APPROVED
    assert len(service.sources(claim_id)) == 1


def test_w3c_import_of_an_approved_status_does_not_grant_approval(team: Team, tmp_path) -> None:
    service, claim_id = approved_by_bob(team)
    out = tmp_path / "claims.jsonld"
    export(build_bundle(service, ExportOptions()), "w3c", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    for item in data["first"]["items"]:
        item["annotator:status"] = "approved"
    out.write_text(json.dumps(data), encoding="utf-8")
    carol = team.open("Carol")  # her copy does not have Alice's new claim
    report = import_annotations(carol, out)
    assert claim_id in report.imported
    assert carol.claim(claim_id).status == ReviewStatus.READY
    assert carol.claim(claim_id).author_id == legacy_person_id("Alice")
    assert any("imported as ready for review" in w for w in report.warnings)
    history = [h.new for h in review.claim_history(carol, claim_id) if h.field == "approval"]
    assert history and history[0].startswith("not approved")


def test_a_merged_approval_survives_and_a_mismatched_one_arrives_not_approved(
    team: Team,
) -> None:
    claim_id = team.base_claims[1]
    alice = team.open("Alice")
    review.submit_for_review(alice, claim_id)
    team.close(alice)
    bob = team.open("Bob")
    merge_projects(bob, team.path("Alice"))
    review.approve(bob, claim_id)  # Bob approves Origin's claim as it is
    team.close(bob)
    carol = team.open("Carol")
    merge_projects(carol, team.path("Bob"))
    assert carol.claim(claim_id).status == ReviewStatus.APPROVED  # the approval travels
    team.close(carol)
    alice = team.open("Alice")
    alice.add_source(claim_id, url="https://example.org/late")  # after Bob's review, on her copy
    merge_projects(alice, team.path("Bob"))
    assert alice.claim(claim_id).status == ReviewStatus.READY
    [line] = [h for h in review.claim_history(alice, claim_id) if h.field == "approval"]
    assert line.new == "approval voided: the reviewed content changed after it was approved"


def test_a_forged_self_approval_in_a_merged_file_arrives_not_approved(team: Team) -> None:
    bob = team.open("Bob")
    claim = bob.create_claim(team.article_id, *span(4))
    review.submit_for_review(bob, claim.id)
    team.close(bob)
    conn = sqlite3.connect(team.path("Bob"))  # forge it past the triggers
    conn.execute("INSERT INTO merge_in_progress (flag) VALUES (1)")
    conn.execute(
        """INSERT INTO review_records (id, claim_id, reviewer, decision, from_status, note, at,
               reviewer_id, reviewed_content)
           SELECT 'forged', id, 'Bob', 'approved', 'ready_for_review', '',
               '2030-01-01T00:00:00.000Z',
               author_id, (SELECT content FROM claim_reviewed_content WHERE claim_id = id)
           FROM claims WHERE id = ?""",
        [claim.id],
    )
    conn.execute("UPDATE claims SET status = 'approved' WHERE id = ?", [claim.id])
    conn.execute("DELETE FROM merge_in_progress")
    conn.commit()
    conn.close()
    alice = team.open("Alice")
    merge_projects(alice, team.path("Bob"))
    assert alice.claim(claim.id).status == ReviewStatus.READY
    assert [h.new for h in review.claim_history(alice, claim.id) if h.field == "approval"] == [
        "not approved: its only approval is by its author"
    ]


def test_renaming_oneself_does_not_make_one_someone_else(team: Team) -> None:
    service, _ = approved_by_bob(team)
    mine = service.create_claim(team.article_id, *span(4))
    review.submit_for_review(service, mine.id)
    service.author = "Bob"  # Bob works in this file too, so the file knows him
    service.author = "Alice"
    alice_id = service.author_id
    service.rename_me("Bob")  # Alice now calls herself Bob
    assert service.author_id == alice_id
    with pytest.raises(ValidationError, match="other than the claim's author"):
        review.approve(service, mine.id)
    names = {service.display_name(legacy_person_id("Bob")), service.display_name(alice_id)}
    assert len(names) == 2 and all(n.startswith("Bob (") for n in names)
    [article] = project_listing(service)["articles"]
    [listed] = [c for c in article["claims"] if c["id"] == mine.id]
    assert listed["author"] == service.display_name(alice_id) and listed["author_id"] == alice_id


def test_two_copies_upgraded_apart_agree_on_people(tmp_path: Path) -> None:
    """An older file's names become identities derived from the names (migration 0006)."""
    from tests.older_schema import OLD_NOW, old_claim, older_file

    old = tmp_path / "old.annotator"
    db = older_file(old, "0006_approvals_and_identities", article_id="a")
    db["claims"].insert_all(
        old_claim("a", c, status="approved", author="Ana")
        for c in ("reviewed", "unreviewed", "self")
    )
    record = {"decision": "approved", "from_status": "ready_for_review", "note": "", "at": OLD_NOW}
    db["review_records"].insert_all(
        [{**record, "id": "r1", "claim_id": "reviewed", "reviewer": "Ben"},
         {**record, "id": "r2", "claim_id": "self", "reviewer": "Ana"}]
    )  # fmt: skip
    db.conn.commit()
    db.conn.close()
    service = ProjectService.open(old, "Ana", create=False)
    try:
        statuses = {c.id: c.status for c in service.store.all_claims()}
        assert statuses == {
            "reviewed": ReviewStatus.APPROVED,
            "unreviewed": ReviewStatus.READY,
            "self": ReviewStatus.READY,
        }
        assert service.claim("reviewed").author_id == legacy_person_id("Ana")
        assert service.author_id == legacy_person_id("Ana")
        assert service.display_name(legacy_person_id("Ben")) == "Ben"
    finally:
        service.close()


def test_comments_belong_to_an_identity(team: Team) -> None:
    service, claim_id = approved_by_bob(team)
    mine = review.add_comment(service, claim_id, "Source B is paywalled.")
    assert mine.author_id == service.author_id
    service.rename_me("Bob")  # Alice takes Bob's name: still her comment, not his
    review.edit_comment(service, mine.id, "Source B is paywalled; archived copy attached.")
    service.author = "Bob"  # the real Bob (the file knows him from his approval)
    assert service.author_id == legacy_person_id("Bob")
    with pytest.raises(ValidationError, match="Only the author"):
        review.delete_comment(service, mine.id)


def test_merges_carry_people_and_the_later_rename(team: Team) -> None:
    bob = team.open("Bob")
    claim = bob.create_claim(team.article_id, *span(4))
    bob_id = bob.author_id
    team.close(bob)
    carol = team.open("Carol")
    merge_projects(carol, team.path("Bob"))
    assert carol.claim(claim.id).author_id == bob_id
    assert carol.display_name(bob_id) == "Bob"
    team.close(carol)
    bob = team.open("Bob")
    bob.rename_me("Robert")
    team.close(bob)
    carol = team.open("Carol")
    merge_projects(carol, team.path("Bob"))
    assert carol.display_name(bob_id) == "Robert"
    [article] = project_listing(carol)["articles"]
    assert {c["author"] for c in article["claims"] if c["id"] == claim.id} == {"Robert"}


def test_the_merge_command_names_the_approvals_that_did_not_hold(team: Team, capsys) -> None:
    from annotator.cli import main

    claim_id = team.base_claims[1]
    bob = team.open("Bob")
    review.submit_for_review(bob, claim_id)
    review.approve(bob, claim_id)  # Origin wrote it: Bob's approval is good
    team.close(bob)
    alice = team.open("Alice")
    alice.add_source(claim_id, url="https://example.org/late")  # but Alice added a source
    team.close(alice)
    code = main(["merge", str(team.path("Alice")), str(team.path("Bob")), "--author", "Alice",
                 "--json"])  # fmt: skip
    assert code == 0
    assert json.loads(capsys.readouterr().out)["approvals_withdrawn"] == [claim_id]
    code = main(["merge", str(team.path("Alice")), str(team.path("Bob")), "--author", "Alice"])
    assert code == 0 and "approval" not in capsys.readouterr().out  # nothing new this time


def test_the_history_tells_the_edit_before_the_approval_it_voided(team: Team) -> None:
    service, claim_id = approved_by_bob(team)
    service.update_claim(claim_id, verdict_id=service.verdict_by_label("False").id)
    fields = [h.field for h in review.claim_history(service, claim_id)]
    assert fields[-3:] == ["verdict_id", "status", "approval"]


def test_approval_states_of_many_claims_are_each_ones_state(team: Team) -> None:
    """`review.approval_states` (one query, the claims list's status column) answers as
    `approval_state` does claim by claim: current, stale, own and none."""
    service, current = approved_by_bob(team)
    other, stale = approved_by_bob(team, "False")
    other.update_claim(stale, verdict_id=other.verdict_by_label("True").id)
    other.close()
    own = service.create_claim(team.article_id, *span(1))
    review.submit_for_review(service, own.id)
    plain = service.create_claim(team.article_id, *span(2))
    claims = [service.claim(c) for c in (current, stale, own.id, plain.id)]
    expected = {c.id: review.approval_state(service, c.id) for c in claims}
    assert expected[current] == "current" and expected[stale] == "stale"
    assert review.approval_states(service, claims) == expected
    assert review.approval_states(service, []) == {}
