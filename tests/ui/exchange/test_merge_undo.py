"""A merge is one undo step, put back exactly; its summary names each claim it changed."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from annotator.domain import ArticleDraft
from annotator.services import ProjectService, merge_undo
from annotator.services.merge import merge_projects
from annotator.ui.common.undo_commands import MergeCommand, ServiceCommand
from annotator.ui.exchange import merge_flow
from tests.ui.test_undo_every_table import every_table


@pytest.fixture
def two_copies(qapp, tmp_path):
    mine = ProjectService.open(tmp_path / "mine.annotator", "Alice")
    article = mine.add_article(
        ArticleDraft(title="A", text="The sky is green. Water is dry. Fire is cold.")
    )
    first = mine.create_claim(article.id, 0, 17, explanation="first")
    theirs_path = tmp_path / "theirs.annotator"
    mine.store.backup_to(theirs_path)
    theirs = ProjectService.open(theirs_path, "Bob")
    theirs.update_claim(
        first.id, explanation="Bob's explanation", verdict_id=theirs.verdict_by_label("False").id
    )
    theirs.create_claim(article.id, 18, 31)
    theirs.close()
    yield mine, theirs_path, first.id
    mine.close()


def merge_as_one_step(mine, theirs_path):
    stack = QUndoStack()
    step = merge_undo.before_merge(mine)
    before = merge_flow.all_claims(mine)
    report = merge_projects(mine, theirs_path)
    merge_undo.merged(mine, step)
    stack.push(MergeCommand(mine, step, theirs_path.name))
    return stack, report, before


def test_undo_of_a_merge_puts_back_every_table_and_redo_brings_it_again(two_copies):
    mine, theirs_path, first_id = two_copies
    before = every_table(mine)
    stack, report, _ = merge_as_one_step(mine, theirs_path)
    assert report.changed_anything
    after = every_table(mine)
    assert mine.claim(first_id).explanation == "Bob's explanation"
    stack.undo()
    assert every_table(mine) == before
    assert mine.claim(first_id).explanation == "first"
    stack.redo()
    assert every_table(mine) == after
    stack.undo()
    assert every_table(mine) == before


def test_undo_of_a_merge_is_refused_after_someone_else_wrote(two_copies):
    mine, theirs_path, first_id = two_copies
    messages: list[str] = []
    ServiceCommand.reporters[mine] = messages.append
    stack, _report, _ = merge_as_one_step(mine, theirs_path)
    colleague = ProjectService.open(mine.path, "Carol")
    try:
        colleague.update_claim(first_id, claimant="Carol's claimant")
    finally:
        colleague.close()
    stack.undo()
    assert mine.claim(first_id).claimant == "Carol's claimant"
    assert mine.claim(first_id).explanation == "Bob's explanation"
    assert messages and "Someone else changed the project since the merge" in messages[0]


def test_merge_summary_lists_each_claim_and_what_changed(two_copies):
    mine, theirs_path, _first_id = two_copies
    _stack, report, before = merge_as_one_step(mine, theirs_path)
    text = merge_flow.summary_text(
        report, merge_flow.claim_changes(before, merge_flow.all_claims(mine))
    )
    assert "Claims changed:" in text
    assert "“The sky is green.”: verdict, explanation changed" in text
    assert "“Water is dry.”: added" in text


def test_the_windows_merge_is_one_undo_step_and_says_so(qtbot, window, tmp_path, monkeypatch):
    colleague_path = tmp_path / "colleague.annotator"
    window.service.store.backup_to(colleague_path)
    colleague = ProjectService.open(colleague_path, "Bob")
    [article_id] = colleague.article_ids()
    colleague.create_claim(article_id, 0, 6, explanation="Bob's claim")
    colleague.close()
    shown: list[str] = []
    monkeypatch.setattr(merge_flow, "show_summary", lambda parent, text: shown.append(text))
    window.review.merge(str(colleague_path))
    assert (
        window.undo_stack.count() == 1
        and window.undo_stack.undoText() == "Merge colleague.annotator"
    )
    assert "Edit → Undo takes the whole merge back." in shown[0]
    assert window.claims_model.rowCount() == 1
    window.undo_action.trigger()
    assert window.service.claims(article_id) == []
    window.redo_action.trigger()
    assert [c.explanation for c in window.service.claims(article_id)] == ["Bob's claim"]
