"""Undo and redo change only what their command changed, and never a colleague's later edit.

Alice works in the window (commands on an undo stack); Bob is a second connection to the
same file, as a colleague's window or the CLI would be.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from annotator.domain import ArticleDraft
from annotator.services import ChangeKind, ProjectService
from annotator.ui.common.undo_commands import (
    EditClaimCommand,
    ImportAnnotationsCommand,
    ServiceCommand,
)
from annotator.ui.review.review_commands import SetStatusCommand


@pytest.fixture
def team(qapp, project_path):
    alice = ProjectService.open(project_path, "Alice")
    bob = ProjectService.open(project_path, "Bob")
    article = alice.add_article(ArticleDraft(title="A", text="The sky is green. Water is dry."))
    claim = alice.create_claim(article.id, 0, 17, explanation="first")
    messages: list[str] = []
    ServiceCommand.reporters[alice] = messages.append
    yield alice, bob, claim.id, messages
    bob.close()
    alice.close()


def push(stack: QUndoStack, command) -> None:
    assert command is not None
    stack.push(command)


def verdict_id(service, label):
    return service.verdict_by_label(label).id


def test_undo_keeps_a_colleagues_edit_of_another_field(team):
    alice, bob, claim_id, messages = team
    stack = QUndoStack()
    push(stack, EditClaimCommand.perform(alice, claim_id, "verdict_id", verdict_id(alice, "False")))
    bob.update_claim(claim_id, explanation="Bob's new explanation")
    stack.undo()
    claim = bob.claim(claim_id)
    assert claim.verdict_id is None
    assert claim.explanation == "Bob's new explanation"
    assert messages == []
    stack.redo()
    claim = bob.claim(claim_id)
    assert claim.verdict_id == verdict_id(alice, "False")
    assert claim.explanation == "Bob's new explanation"


def test_undo_refuses_to_overwrite_a_colleagues_edit_of_the_same_field(team):
    alice, bob, claim_id, messages = team
    stack = QUndoStack()
    push(stack, EditClaimCommand.perform(alice, claim_id, "verdict_id", verdict_id(alice, "False")))
    bob.update_claim(claim_id, verdict_id=verdict_id(bob, "True"))
    stack.undo()
    assert bob.claim(claim_id).verdict_id == verdict_id(bob, "True")
    assert len(messages) == 1
    assert "Could not undo “Change verdict”" in messages[0]
    assert "Bob has changed the verdict" in messages[0]


def test_redo_refuses_when_the_field_moved_after_the_undo(team):
    alice, bob, claim_id, messages = team
    stack = QUndoStack()
    push(stack, EditClaimCommand.perform(alice, claim_id, "explanation", "Alice's"))
    stack.undo()
    bob.update_claim(claim_id, explanation="Bob's")
    stack.redo()
    assert bob.claim(claim_id).explanation == "Bob's"
    assert "Bob has changed the explanation" in messages[-1]


def test_undo_with_nobody_in_between_puts_back_the_exact_row(team):
    alice, _bob, claim_id, messages = team
    before = alice.claim(claim_id)
    stack = QUndoStack()
    push(stack, EditClaimCommand.perform(alice, claim_id, "claimant", "Someone"))
    assert alice.claim(claim_id) != before
    stack.undo()
    assert alice.claim(claim_id) == before
    assert messages == []


def test_undoing_a_status_move_keeps_a_colleagues_explanation(team):
    alice, bob, claim_id, messages = team
    stack = QUndoStack()
    push(stack, SetStatusCommand.perform(alice, claim_id, "ready_for_review"))
    bob.update_claim(claim_id, explanation="Bob's")
    stack.undo()
    claim = bob.claim(claim_id)
    assert str(claim.status) == "draft"
    assert claim.explanation == "Bob's"
    assert messages == []


def test_notices_go_out_after_the_commit(team):
    """A view hearing of an undo must see it from any connection, not an uncommitted state."""
    alice, bob, claim_id, _messages = team
    stack = QUndoStack()
    push(stack, SetStatusCommand.perform(alice, claim_id, "ready_for_review"))
    seen: list[str] = []

    def listener(change):
        if change.kind == ChangeKind.CLAIM_CHANGED:
            seen.append(str(bob.claim(claim_id).status))  # another connection: committed data only

    alice.changes.subscribe(listener)
    stack.undo()
    assert seen and set(seen) == {"draft"}


def test_no_notice_for_a_transaction_that_rolled_back(team):
    alice, _bob, claim_id, _messages = team
    command = ImportAnnotationsCommand(alice, [claim_id, "no-such-claim"], "x.json")
    heard: list = []
    alice.changes.subscribe(heard.append)
    command.undo()  # the second delete fails, so the first is rolled back
    assert heard == []
    assert alice.claim(claim_id).explanation == "first"


def test_undoing_a_source_edit_keeps_a_colleagues_edit_of_another_field(team):
    from annotator.ui.common.undo_commands import EditSourceCommand

    alice, bob, claim_id, messages = team
    source = alice.add_source(claim_id, url="https://example.org/a", title="Old title")
    stack = QUndoStack()
    push(stack, EditSourceCommand.perform(alice, source.id, {"title": "Alice's title"}))
    bob.update_source(source.id, excerpt="Bob's excerpt")
    stack.undo()
    stored = bob.source(source.id)
    assert (stored.title, stored.excerpt) == ("Old title", "Bob's excerpt")
    assert messages == []


def test_undoing_article_metadata_keeps_a_colleagues_edit(team):
    from annotator.ui.common.undo_commands import EditArticleCommand

    alice, bob, claim_id, messages = team
    article_id = alice.claim(claim_id).article_id
    stack = QUndoStack()
    push(stack, EditArticleCommand.perform(alice, article_id, {"title": "Alice's title"}))
    bob.update_article(article_id, publisher="Bob's paper")
    stack.undo()
    bob.reload()
    stored = bob.article(article_id)
    assert (stored.title, stored.publisher) == ("A", "Bob's paper")
    assert messages == []
