"""Review statuses, comment threads, the claim history and the filtered claims list."""

from __future__ import annotations

import pytest

from annotator.domain import ReviewStatus
from annotator.errors import ValidationError
from annotator.services.review import (
    UNRATED,
    add_comment,
    allowed_statuses,
    approve,
    claim_authors,
    claim_history,
    comment_threads,
    delete_comment,
    edit_comment,
    filter_claims,
    reopen_comment,
    reply,
    request_changes,
    resolve_comment,
    review_records,
    set_status,
    submit_for_review,
    unresolved_comment_counts,
)

from .conftest import Team, span


@pytest.fixture
def alice_claim(team: Team):
    alice = team.open("Alice")
    claim = alice.create_claim(team.article_id, *span(3))
    return alice, claim


def as_person(service, name: str):
    service.author = name
    return service


def test_author_cannot_approve_own_claim(alice_claim) -> None:
    alice, claim = alice_claim
    submit_for_review(alice, claim.id)
    assert ReviewStatus.APPROVED not in allowed_statuses(alice, alice.claim(claim.id))
    with pytest.raises(ValidationError, match="other than the claim's author"):
        approve(alice, claim.id)
    with pytest.raises(ValidationError):
        request_changes(alice, claim.id)
    assert alice.claim(claim.id).status == ReviewStatus.READY


def test_someone_else_approves_and_it_is_recorded(alice_claim) -> None:
    service, claim = alice_claim
    submit_for_review(service, claim.id, "please check")
    as_person(service, "Bob")
    assert ReviewStatus.APPROVED in allowed_statuses(service, service.claim(claim.id))
    _, after = approve(service, claim.id, "sources are solid")
    assert after.status == ReviewStatus.APPROVED and after.modified_by == "Bob"
    records = review_records(service, claim.id)
    assert [(r.reviewer, r.from_status, r.decision, r.note) for r in records] == [
        ("Alice", "draft", "ready_for_review", "please check"),
        ("Bob", "ready_for_review", "approved", "sources are solid"),
    ]


def test_self_approval_setting(alice_claim) -> None:
    alice, claim = alice_claim
    alice.update_settings({"allow_self_approval": "1"})
    submit_for_review(alice, claim.id)
    assert approve(alice, claim.id)[1].status == ReviewStatus.APPROVED


def test_transitions_follow_the_workflow(alice_claim) -> None:
    service, claim = alice_claim
    with pytest.raises(ValidationError):
        set_status(service, claim.id, ReviewStatus.APPROVED)  # draft cannot jump to approved
    with pytest.raises(ValidationError):
        set_status(service, claim.id, "published")
    submit_for_review(service, claim.id)
    as_person(service, "Bob")
    request_changes(service, claim.id, "cite the ministry")
    as_person(service, "Alice")
    assert set(allowed_statuses(service, service.claim(claim.id))) == {
        ReviewStatus.READY,
        ReviewStatus.DRAFT,
    }
    submit_for_review(service, claim.id)
    as_person(service, "Bob")
    approve(service, claim.id)
    as_person(service, "Alice")
    set_status(service, claim.id, ReviewStatus.DRAFT)  # reopened for edits
    assert service.claim(claim.id).status == ReviewStatus.DRAFT


def test_comment_threads_reply_resolve_reopen(alice_claim) -> None:
    service, claim = alice_claim
    question = add_comment(service, claim.id, "Which year is this?")
    as_person(service, "Bob")
    answer = reply(service, question.id, "2023, per the police report")
    nested = reply(service, answer.id, "Thanks")
    other = add_comment(service, claim.id, "Second question")
    assert unresolved_comment_counts(service) == {claim.id: 2}
    threads = comment_threads(service, claim.id)
    assert [t.comment.id for t in threads] == [question.id, other.id]
    assert threads[0].replies[0].comment.id == answer.id
    assert threads[0].replies[0].replies[0].comment.id == nested.id
    assert threads[0].replies[0].comment.author == "Bob"

    resolve_comment(service, nested.id)  # resolving from a reply resolves its thread
    [first, _] = comment_threads(service, claim.id)
    assert first.comment.resolved and first.resolved_by == "Bob" and first.resolved_at
    assert unresolved_comment_counts(service) == {claim.id: 1}
    reopen_comment(service, question.id)
    assert unresolved_comment_counts(service) == {claim.id: 2}


def test_only_the_author_edits_or_deletes_a_comment(alice_claim) -> None:
    service, claim = alice_claim
    note = add_comment(service, claim.id, "draft note")
    as_person(service, "Bob")
    reply(service, note.id, "a reply")
    with pytest.raises(ValidationError):
        edit_comment(service, note.id, "Bob's words")
    with pytest.raises(ValidationError):
        delete_comment(service, note.id)
    as_person(service, "Alice")
    assert edit_comment(service, note.id, "final note").body == "final note"
    delete_comment(service, note.id)
    assert comment_threads(service, claim.id) == []
    with pytest.raises(ValidationError):
        add_comment(service, claim.id, "   ")


def test_history_records_who_changed_what(alice_claim) -> None:
    service, claim = alice_claim
    false = service.verdict_by_label("False")
    service.update_claim(claim.id, verdict_id=false.id, explanation="Crime fell in two regions.")
    as_person(service, "Bob")
    source = service.add_source(claim.id, url="https://example.org/police")
    service.update_source(source.id, title="Police report")
    as_person(service, "Alice")
    submit_for_review(service, claim.id)
    before, _ = service.update_claim(claim.id, tags=["crime", "regions"])
    service.put_claim(before)  # undo is recorded too
    lines = [(h.field, h.old, h.new, h.entry.changed_by) for h in claim_history(service, claim.id)]
    assert lines[0][0] == "created"
    assert ("verdict_id", "", "False", "Alice") in lines
    assert ("explanation", "", "Crime fell in two regions.", "Alice") in lines
    assert ("source", "", "https://example.org/police", "Bob") in lines
    assert ("status", "Draft", "Ready for review", "Alice") in lines
    assert ("tags", "", "crime, regions", "Alice") in lines
    assert ("tags", "crime, regions", "", "Alice") in lines
    assert [f for f, *_ in lines].count("source") == 2  # added, then retitled


def test_history_is_exactly_as_before_after_delete_and_undo(alice_claim) -> None:
    """Undo of a deletion puts the file back as it was (issue 14): no trace of the round trip."""
    service, claim = alice_claim
    before = claim_history(service, claim.id)
    snapshot = service.delete_claim(claim.id)
    assert [h.field for h in claim_history(service, claim.id)][-1] == "deleted"
    service.restore_claim(snapshot)
    assert claim_history(service, claim.id) == before
    assert [h.field for h in before][0] == "created"


def test_filter_claims(team: Team) -> None:
    service = team.open("Alice")
    true = service.verdict_by_label("True")
    mine = service.create_claim(team.article_id, *span(3), verdict_id=true.id, tags=["Crime"])
    as_person(service, "Bob")
    bobs = service.create_claim(team.article_id, *span(4), tags=["polls"])
    add_comment(service, bobs.id, "Which poll?")
    submit_for_review(service, bobs.id)
    assert claim_authors(service) == ["Alice", "Bob", "Origin"]
    assert [r.claim.id for r in filter_claims(service, author="Bob")] == [bobs.id]
    assert [r.claim.id for r in filter_claims(service, verdict="true")] == [mine.id]
    assert {r.claim.id for r in filter_claims(service, verdict=UNRATED)} == set(
        team.base_claims
    ) | {bobs.id}
    assert [r.claim.id for r in filter_claims(service, status="ready_for_review")] == [bobs.id]
    assert [r.claim.id for r in filter_claims(service, tag="crime")] == [mine.id]
    [row] = filter_claims(service, author="Bob", tag="polls")
    assert row.unresolved_comments == 1 and row.verdict is None
    with pytest.raises(ValidationError):
        filter_claims(service, verdict="Pants on fire")


def test_history_of_an_undo_is_dated_now_not_with_the_restored_stamp(tmp_path):
    from annotator.domain import ArticleDraft
    from annotator.services import ProjectService
    from annotator.services.review import claim_history

    project = ProjectService.open(tmp_path / "h.annotator", "Ana")
    try:
        article = project.add_article(ArticleDraft(title="T", text="Some claim text here."))
        claim = project.create_claim(article.id, 0, 10)
        before, after = project.update_claim(claim.id, explanation="first")
        project.put_claim(before)  # what undo does
        lines = [line for line in claim_history(project, claim.id) if line.field == "explanation"]
        assert len(lines) == 2
        [undo_line] = [line for line in lines if (line.old, line.new) == ("first", "")]
        assert undo_line.entry.changed_at >= after.modified  # not the restored row's older stamp
        assert undo_line.entry.changed_by == "Ana"
    finally:
        project.close()
