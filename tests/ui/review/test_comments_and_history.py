"""Comment threads (comment, reply, resolve, reopen, undo) and the claim history view."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.services.review import comment_threads, unresolved_comment_counts
from annotator.ui.common.undo_commands import EditClaimCommand
from annotator.ui.inspector.history_widget import HistoryWidget

CTRL = Qt.KeyboardModifier.ControlModifier


def test_comment_reply_resolve_reopen_and_undo(qtbot, desk, comments, undo_stack):
    service = desk.service
    claim_id = desk.ready_by_alice()[0]
    comments.show_claim(claim_id)
    assert comments.comment_ids() == []

    comments.editor.setFocus()
    qtbot.keyClicks(comments.editor, "Which survey is this from?")
    qtbot.keyClick(comments.editor, Qt.Key.Key_Return, CTRL)
    [thread] = comment_threads(service, claim_id)
    root = thread.comment
    assert (root.body, root.author, root.parent_id) == ("Which survey is this from?", "Bob", None)
    assert comments.editor.toPlainText() == ""
    assert comments.comment_ids() == [root.id]
    assert comments.item_text(root.id).startswith("Bob · ")
    assert unresolved_comment_counts(service) == {claim_id: 1}

    service.author = "Alice"  # the claim's author answers in the thread
    comments.select_comment(root.id)
    qtbot.mouseClick(comments.reply_button, Qt.MouseButton.LeftButton)
    assert comments.reply_label.isVisible() and "Bob" in comments.reply_label.text()
    qtbot.keyClicks(comments.editor, "The USGS 2024 summary.")
    qtbot.mouseClick(comments.send_button, Qt.MouseButton.LeftButton)
    [thread] = comment_threads(service, claim_id)
    [answer] = thread.replies
    assert (answer.comment.body, answer.comment.author, answer.comment.parent_id) == (
        "The USGS 2024 summary.", "Alice", root.id,
    )  # fmt: skip
    assert comments.comment_ids() == [root.id, answer.comment.id]
    reply_item = comments.threads.topLevelItem(0).child(0)  # shown indented under the comment
    assert reply_item.text(0).endswith("The USGS 2024 summary.")
    assert not comments.reply_label.isVisible()

    service.author = "Bob"
    comments.select_comment(answer.comment.id)  # resolving a reply resolves the whole thread
    qtbot.mouseClick(comments.resolve_button, Qt.MouseButton.LeftButton)
    [thread] = comment_threads(service, claim_id)
    assert thread.comment.resolved and thread.resolved_by == "Bob"
    assert "Resolved by Bob" in comments.item_text(root.id)
    assert comments.is_shown_resolved(root.id) and comments.is_shown_resolved(answer.comment.id)
    assert unresolved_comment_counts(service) == {}
    assert comments.reopen_button.isEnabled() and not comments.resolve_button.isEnabled()

    qtbot.mouseClick(comments.reopen_button, Qt.MouseButton.LeftButton)
    assert not comment_threads(service, claim_id)[0].comment.resolved
    assert not comments.is_shown_resolved(root.id)
    assert unresolved_comment_counts(service) == {claim_id: 1}

    undo_stack.undo()  # reopen
    [thread] = comment_threads(service, claim_id)
    assert thread.comment.resolved and thread.resolved_by == "Bob"
    assert "Resolved by Bob" in comments.item_text(root.id)
    undo_stack.undo()  # resolve
    assert not comment_threads(service, claim_id)[0].comment.resolved
    service.author = "Alice"
    undo_stack.undo()  # Alice's reply
    assert comment_threads(service, claim_id)[0].replies == []
    assert comments.comment_ids() == [root.id]
    service.author = "Bob"
    undo_stack.undo()  # Bob's comment
    assert comment_threads(service, claim_id) == []
    assert comments.comment_ids() == []
    assert unresolved_comment_counts(service) == {}

    undo_stack.redo()
    undo_stack.redo()
    [thread] = comment_threads(service, claim_id)
    assert thread.comment == root
    assert [r.comment for r in thread.replies] == [answer.comment]
    assert comments.comment_ids() == [root.id, answer.comment.id]


def test_undoing_a_comment_takes_its_later_replies_and_redo_returns_them(desk, undo_stack):
    from annotator.services.review import reply
    from annotator.ui.review.review_commands import AddCommentCommand

    service = desk.as_person("Bob")
    claim_id = desk.ready_by_alice()[1]
    command = AddCommentCommand.perform(service, claim_id, "First")
    undo_stack.push(command)
    answer = reply(service, command.comment.id, "An answer merged in from a colleague")
    undo_stack.undo()
    assert comment_threads(service, claim_id) == []
    undo_stack.redo()
    [thread] = comment_threads(service, claim_id)
    assert [r.comment for r in thread.replies] == [answer]


def test_empty_comment_is_refused_with_a_message(qtbot, desk, comments, undo_stack):
    comments.show_claim(desk.ready_by_alice()[0])
    qtbot.keyClicks(comments.editor, "   ")
    assert comments.send() is False
    assert "needs some text" in comments.message.text()
    assert undo_stack.count() == 0


def test_comments_follow_changes_made_elsewhere(qtbot, desk, comments):
    from annotator.services.review import add_comment

    claim_id = desk.ready_by_alice()[0]
    comments.show_claim(claim_id)
    counts = []
    comments.comment_count_changed.connect(counts.append)
    comment = add_comment(desk.service, claim_id, "Seen from another panel")
    assert comments.comment_ids() == [comment.id]
    assert counts == [1]
    comments.show_claim(None)
    assert not comments.editor.isEnabled()


def test_history_shows_a_verdict_change_newest_first(qtbot, desk, undo_stack):
    service = desk.as_person("Bob")
    claim_id = desk.ready_by_alice()[0]
    history = HistoryWidget()
    qtbot.addWidget(history)
    history.set_service(service)
    history.show_claim(claim_id)
    before = history.lines()
    assert any(
        "Alice · created the claim on “Ukraine would trade Kursk”" in line for line in before
    )
    assert "Alice · review status: Draft → Ready for review" in before[0]

    false = service.verdict_by_label("False").id
    undo_stack.push(EditClaimCommand.perform(service, claim_id, "verdict_id", false))
    lines = history.lines()
    assert len(lines) == len(before) + 1
    assert lines[0].endswith("· Bob · verdict: Half true → False")
    assert lines[0][:4].isdigit() and " UTC · " in lines[0]

    history.show_claim(None)
    assert history.lines() == []
    history.set_service(None)
