"""Editing and deleting one's own comments in the window, with undo; the selected comment's
whole text shows, however long."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.services.review import add_comment, comment_threads, reply

CTRL = Qt.KeyboardModifier.ControlModifier
LONG = (
    "The figure of $500 billion comes from a 2019 estimate of the whole country's deposits, "
    "not from the part the agreement covers; the USGS puts known reserves far lower, and the "
    "ministry's own report of March says the survey is still under way."
)


def bodies(service, claim_id) -> list[str]:
    def walk(threads):
        for thread in threads:
            yield thread.comment.body
            yield from walk(thread.replies)

    return list(walk(comment_threads(service, claim_id)))


def test_my_comment_is_edited_in_the_editor_and_the_edit_undone(qtbot, desk, comments, undo_stack):
    service = desk.service
    claim_id = desk.ready_by_alice()[0]
    mine = add_comment(service, claim_id, "Which survey?")
    comments.show_claim(claim_id)
    comments.select_comment(mine.id)
    assert comments.edit_button.isEnabled() and comments.delete_button.isEnabled()
    qtbot.mouseClick(comments.edit_button, Qt.MouseButton.LeftButton)
    assert comments.editor.toPlainText() == "Which survey?"
    assert comments.send_button.text() == "Save"
    comments.editor.selectAll()
    qtbot.keyClicks(comments.editor, "Which survey is the $500 billion from?")
    qtbot.keyClick(comments.editor, Qt.Key.Key_Return, CTRL)
    assert bodies(service, claim_id) == ["Which survey is the $500 billion from?"]
    assert comments.editor.toPlainText() == "" and comments.send_button.text() == "Comment"
    assert comments.item_text(mine.id).endswith("Which survey is the $500 billion from?")
    assert undo_stack.undoText() == "Edit comment"
    undo_stack.undo()
    assert bodies(service, claim_id) == ["Which survey?"]
    assert comments.item_text(mine.id).endswith("Which survey?")
    undo_stack.redo()
    assert bodies(service, claim_id) == ["Which survey is the $500 billion from?"]


def test_escape_cancels_an_edit(qtbot, desk, comments):
    claim_id = desk.ready_by_alice()[0]
    mine = add_comment(desk.service, claim_id, "Which survey?")
    comments.show_claim(claim_id)
    comments.select_comment(mine.id)
    comments.start_edit()
    qtbot.keyClick(comments.editor, Qt.Key.Key_Escape)
    assert comments.editor.toPlainText() == "" and comments.send_button.text() == "Comment"
    assert bodies(desk.service, claim_id) == ["Which survey?"]


def _delete_my_thread(desk, comments) -> str:
    """Bob's comment with Alice's reply under it, then Alice's own comment; Bob deletes his."""
    claim_id = desk.ready_by_alice()[0]
    mine = add_comment(desk.service, claim_id, "Which survey?")
    alice = desk.as_person("Alice")
    reply(alice, mine.id, "The USGS one.")
    add_comment(alice, claim_id, "Separate point.")
    desk.as_person("Bob")
    comments.show_claim(claim_id)
    comments.select_comment(mine.id)
    assert comments.delete_selected()
    return claim_id


ALL_THREE = ["Which survey?", "The USGS one.", "Separate point."]


def test_deleting_my_comment_takes_its_replies_and_undo_brings_them_back(
    desk, comments, undo_stack
):
    claim_id = _delete_my_thread(desk, comments)
    assert bodies(desk.service, claim_id) == ["Separate point."]
    assert len(comments.comment_ids()) == 1
    undo_stack.undo()
    assert bodies(desk.service, claim_id) == ALL_THREE
    assert len(comments.comment_ids()) == 3


def test_undo_puts_comments_of_one_millisecond_back_in_their_order(
    desk, comments, undo_stack, monkeypatch
):
    """Comments list by time, then by the order they were written: an undone deletion of
    comments written in the same millisecond as a later one lists them where they were."""
    monkeypatch.setattr("annotator.services.review.utc_now", lambda: "2025-02-11T14:03:55.123Z")
    claim_id = _delete_my_thread(desk, comments)
    undo_stack.undo()
    assert bodies(desk.service, claim_id) == ALL_THREE
    undo_stack.redo()
    undo_stack.undo()
    assert bodies(desk.service, claim_id) == ALL_THREE


def test_someone_elses_comment_cannot_be_edited_or_deleted(desk, comments):
    claim_id = desk.ready_by_alice()[0]
    theirs = add_comment(desk.as_person("Alice"), claim_id, "Done.")
    desk.as_person("Bob")
    comments.show_claim(claim_id)
    comments.select_comment(theirs.id)
    assert not comments.edit_button.isEnabled() and not comments.delete_button.isEnabled()
    assert not comments.delete_selected()
    assert "Only the author" in comments.message.text()
    assert bodies(desk.service, claim_id) == ["Done."]


def test_the_selected_comment_shows_whole(desk, comments):
    claim_id = desk.ready_by_alice()[0]
    long = add_comment(desk.service, claim_id, LONG)
    comments.show_claim(claim_id)
    assert not comments.detail.isVisible()
    comments.select_comment(long.id)
    assert comments.detail.isVisible()
    assert comments.detail.toPlainText().endswith(LONG)
    assert comments.detail.toPlainText().startswith("Bob · ")
