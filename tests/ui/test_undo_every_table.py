"""Delete Claim → Undo and Remove Article → Undo put back every table exactly.

Comments, review records, history, revisions: a deletion's undo leaves the file as it
was, so no tombstone is left to spread the deletion to colleagues on a merge.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QUndoStack

from annotator.domain import ArticleDraft
from annotator.services import ProjectService, review
from annotator.ui.common.undo_commands import DeleteClaimCommand, RemoveArticleCommand

FTS_SHADOW = re.compile(r"_fts_(data|idx|docsize|config|content)$")


def every_table(service: ProjectService) -> dict[str, list[tuple]]:
    """Every table's rows (full-text indexes by what they find, not their internal pages)."""
    db = service.store.db
    virtual = [
        r[0]
        for r in db.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")
    ]
    shadows = {
        f"{name}_{part}"
        for name in virtual
        for part in ("data", "idx", "docsize", "config", "content")
    }
    names = [
        r[0]
        for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if not FTS_SHADOW.search(r[0]) and r[0] not in shadows
    ]  # fmt: skip
    return {
        name: sorted(map(tuple, db.execute(f"SELECT * FROM [{name}]").fetchall()), key=repr)
        for name in names
    }


@pytest.fixture
def worked(qapp, project_path):
    """Alice's claim with sources, a comment thread, Bob's review, and some history."""
    alice = ProjectService.open(project_path, "Alice")
    bob = ProjectService.open(project_path, "Bob")
    article = alice.add_article(
        ArticleDraft(title="A", text="The sky is green. Water is dry. Fire is cold.")
    )
    claim = alice.create_claim(article.id, 0, 17, explanation="first")
    other = alice.create_claim(article.id, 18, 31)
    alice.add_source(claim.id, url="https://example.org/1", title="One")
    alice.update_claim(
        claim.id, verdict_id=alice.verdict_by_label("False").id, explanation="second"
    )
    comment = review.add_comment(bob, claim.id, "Which source says so?")
    review.reply(alice, comment.id, "The first one.")
    review.resolve_comment(bob, comment.id)
    review.add_comment(bob, other.id, "Fine.")
    review.set_status(alice, claim.id, "ready_for_review")
    review.set_status(bob, claim.id, "approved", "checked")
    yield alice, article.id, claim.id
    bob.close()
    alice.close()


def test_delete_claim_then_undo_restores_every_table(worked):
    alice, _article_id, claim_id = worked
    before = every_table(alice)
    assert before["comments"] and before["review_records"] and before["claim_history"]
    stack = QUndoStack()
    stack.push(DeleteClaimCommand.perform(alice, claim_id))
    deleted = every_table(alice)
    assert len(deleted["comments"]) == 1  # the other claim's
    assert deleted["tombstones"]
    stack.undo()
    assert every_table(alice) == before
    stack.redo()
    again = every_table(alice)
    timeless = {"claim_history", "tombstones"}  # the second deletion is logged at its own time
    assert {k: v for k, v in again.items() if k not in timeless} == {
        k: v for k, v in deleted.items() if k not in timeless
    }
    assert [t[:3] for t in again["tombstones"]] == [t[:3] for t in deleted["tombstones"]]
    stack.undo()
    assert every_table(alice) == before


def test_remove_article_then_undo_restores_every_table(worked):
    alice, article_id, _claim_id = worked
    before = every_table(alice)
    stack = QUndoStack()
    stack.push(RemoveArticleCommand.perform(alice, article_id))
    assert every_table(alice)["comments"] == []
    stack.undo()
    assert every_table(alice) == before
    stack.redo()
    stack.undo()
    assert every_table(alice) == before


def test_an_undone_deletion_does_not_reach_a_colleague_on_merge(worked, tmp_path):
    from annotator.services.merge import merge_projects

    alice, _article_id, claim_id = worked
    colleague = tmp_path / "colleague.annotator"
    alice.store.backup_to(colleague)
    stack = QUndoStack()
    stack.push(DeleteClaimCommand.perform(alice, claim_id))
    stack.undo()
    theirs = ProjectService.open(colleague, "Carol")
    try:
        merge_projects(theirs, alice.path)
        assert theirs.claim(claim_id).explanation == "second"
        assert len(review.comment_threads(theirs, claim_id)) == 1
    finally:
        theirs.close()
