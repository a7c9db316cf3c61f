"""Review mode driven by the keyboard alone: step, approve, request changes with a comment."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.domain import ReviewStatus
from annotator.errors import ValidationError
from annotator.services.review import comment_threads, review_records
from annotator.ui.review.review_commands import SetStatusCommand
from annotator.ui.review.review_mode import ReviewModePanel, review_queue

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def panel(qtbot, desk, undo_stack):
    widget = ReviewModePanel()
    qtbot.addWidget(widget)
    widget.resize(500, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_queue_is_claims_ready_for_review_by_someone_else(desk):
    assert review_queue(desk.service, desk.article_id, "Bob") == desk.ready_by_alice()
    assert review_queue(desk.service, None, "Alice") == list(desk.bob.values())
    assert review_queue(desk.service, desk.article_id, "Carol") == sorted(
        [*desk.ready_by_alice(), *desk.bob.values()], key=lambda i: desk.service.claim(i).start
    )


def test_review_mode_by_keyboard_only(qtbot, desk, panel, undo_stack):
    service = desk.as_person("Bob")
    first, second, third = desk.ready_by_alice()
    focused: list[str] = []
    panel.claim_focused.connect(focused.append)

    assert panel.start(service, undo_stack, desk.article_id, "Bob") == 3
    assert panel.position.text() == "1 of 3"
    assert panel.quote.text() == f"“{service.claim(first).exact}”"
    assert panel.claim_reviewed.text() == service.claim(first).claim_reviewed
    assert panel.verdict.text().strip() == "Half true"
    assert focused == [first]

    for key, expected in (
        (Qt.Key.Key_J, "2 of 3"), (Qt.Key.Key_Right, "3 of 3"), (Qt.Key.Key_J, "3 of 3"),
        (Qt.Key.Key_K, "2 of 3"), (Qt.Key.Key_Left, "1 of 3"), (Qt.Key.Key_Up, "1 of 3"),
        (Qt.Key.Key_Down, "2 of 3"), (Qt.Key.Key_Up, "1 of 3"),
    ):  # fmt: skip
        qtbot.keyClick(panel, key)
        assert panel.position.text() == expected, key
    assert focused == [first, second, third, second, first, second, first]

    qtbot.keyClick(panel, Qt.Key.Key_A)  # approve the first, move on to the second
    assert service.claim(first).status == ReviewStatus.APPROVED
    [record] = [r for r in review_records(service, first) if r.decision == "approved"]
    assert (record.reviewer, record.from_status) == ("Bob", "ready_for_review")
    assert panel.position.text() == "2 of 3"

    qtbot.keyClick(panel, Qt.Key.Key_R)
    assert panel.comment_box.isVisible()
    note = "Please ask a primary source; a joke is not evidence"  # letters that are also keys
    qtbot.keyClicks(panel.comment, note)
    assert panel.position.text() == "2 of 3"  # typing did not navigate or decide
    assert service.claim(second).status == ReviewStatus.READY
    qtbot.keyClick(panel.comment, Qt.Key.Key_Return, CTRL)
    assert service.claim(second).status == ReviewStatus.CHANGES_REQUESTED
    assert [t.comment.body for t in comment_threads(service, second)] == [note]
    assert comment_threads(service, second)[0].comment.author == "Bob"
    assert review_records(service, second)[-1].note == note
    assert not panel.comment_box.isVisible()
    assert panel.position.text() == "3 of 3"

    qtbot.keyClick(panel, Qt.Key.Key_R)  # Esc in the box cancels only the box
    qtbot.keyClicks(panel.comment, "never mind")
    qtbot.keyClick(panel.comment, Qt.Key.Key_Escape)
    assert not panel.comment_box.isVisible()
    assert service.claim(third).status == ReviewStatus.READY
    assert comment_threads(service, third) == []

    undo_stack.undo()  # one step undoes the comment and the status together
    assert service.claim(second).status == ReviewStatus.READY
    assert comment_threads(service, second) == []
    undo_stack.redo()
    assert service.claim(second).status == ReviewStatus.CHANGES_REQUESTED
    assert [t.comment.body for t in comment_threads(service, second)] == [note]

    with qtbot.waitSignal(panel.finished, timeout=20_000):
        qtbot.keyClick(panel, Qt.Key.Key_Escape)


def test_request_changes_needs_a_comment_and_last_decision_says_done(
    qtbot, desk, panel, undo_stack
):
    service = desk.as_person("Alice")
    [bobs] = desk.bob.values()
    assert panel.start(service, undo_stack, None, "Alice") == 1
    qtbot.keyClick(panel, Qt.Key.Key_R)
    qtbot.keyClick(panel.comment, Qt.Key.Key_Return, CTRL)
    assert "Say what should change" in panel.message.text()
    assert service.claim(bobs).status == ReviewStatus.READY
    qtbot.keyClick(panel.comment, Qt.Key.Key_Escape)
    qtbot.keyClick(panel, Qt.Key.Key_A)
    assert service.claim(bobs).status == ReviewStatus.APPROVED
    assert "All claims in the queue are reviewed" in panel.message.text()
    assert not panel.approve_button.isEnabled()
    qtbot.keyClick(panel, Qt.Key.Key_A)  # a decided claim is not decided again
    assert [r.decision for r in review_records(service, bobs)] == ["ready_for_review", "approved"]


def test_empty_queue_says_so(qtbot, desk, panel, undo_stack):
    assert panel.start(desk.as_person("Dora"), undo_stack, "no-such-article", "Dora") == 0
    assert panel.position.text() == "0 of 0"
    assert "Nothing is waiting" in panel.message.text()
    qtbot.keyClick(panel, Qt.Key.Key_J)
    qtbot.keyClick(panel, Qt.Key.Key_A)


def test_set_status_refuses_own_claim_and_undo_restores_the_row(desk):
    service = desk.as_person("Alice")
    mine = desk.ready_by_alice()[0]
    with pytest.raises(ValidationError, match="other than the claim's author"):
        SetStatusCommand.perform(service, mine, ReviewStatus.APPROVED)
    assert service.claim(mine).status == ReviewStatus.READY

    service = desk.as_person("Bob")
    before = service.claim(mine)
    command = SetStatusCommand.perform(service, mine, ReviewStatus.APPROVED, "fine")
    after = service.claim(mine)
    assert command is not None and command.text() == "Approve claim"
    assert SetStatusCommand.perform(service, mine, ReviewStatus.APPROVED) is None
    command.redo()  # the push's first redo: already done
    assert service.claim(mine) == after
    command.undo()
    assert service.claim(mine) == before
    records = review_records(service, mine)
    assert [(r.decision, r.from_status, r.note) for r in records[-2:]] == [
        ("approved", "ready_for_review", "fine"),
        ("ready_for_review", "approved", "undo"),
    ]
    command.redo()
    assert service.claim(mine) == after
    assert review_records(service, mine)[-1].decision == "approved"
