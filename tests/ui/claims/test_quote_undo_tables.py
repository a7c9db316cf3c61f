"""Undo of Set Quote to Selection and of comment edits and deletions restores every table."""

from __future__ import annotations

from annotator.services.review import add_comment
from tests.ui.conftest import select_text
from tests.ui.test_undo import check_undo_redo, make_claim


def test_undo_redo_set_quote_to_selection(window):
    claim_id = make_claim(window, "Ukraine would trade")
    window.undo_stack.clear()

    def set_quote():
        select_text(window, "would trade Kursk")
        window.claims.quotes.set_quote_action.trigger()

    check_undo_redo(window, set_quote)
    assert window.service.claim(claim_id).exact == "Ukraine would trade"
    assert window.reader.claims_at(0) == [claim_id]


def test_undo_redo_edit_and_delete_of_a_comment(qtbot, window):
    claim_id = make_claim(window)
    comment = add_comment(window.service, claim_id, "Which deal?")
    window.undo_stack.clear()
    window.right_tabs.setCurrentWidget(window.review.comments)
    widget = window.review.comments
    qtbot.waitUntil(lambda: comment.id in widget.comment_ids())

    def edit():
        widget.select_comment(comment.id)
        widget.start_edit()
        widget.editor.setPlainText("Which deal, and when?")
        assert widget.send()

    check_undo_redo(window, edit)

    def delete():
        widget.select_comment(comment.id)
        assert widget.delete_selected()

    check_undo_redo(window, delete)
