"""The history tab behind the inspector is filled when it is shown: edits, undo and redo made
while it is hidden are all in it then, newest first."""

from __future__ import annotations

from tests.ui.conftest import select_text


def shown_lines(window) -> list[str]:  # noqa: ANN001
    """The history list's rows as painted, without asking the widget to fill itself."""
    items = window.review.history.list
    return [items.item(i).text() for i in range(items.count())]


def test_history_edited_while_hidden_is_current_when_shown(qtbot, window) -> None:  # noqa: ANN001
    tabs, history = window.right_tabs, window.review.history
    tabs.setCurrentWidget(window.inspector)
    select_text(window, "Ukraine would trade Kursk")
    claim = window.claims.new_claim_from_selection()
    assert claim is not None and not history.isVisible()
    false = next(v for v in window.service.verdicts() if v.label == "False")
    window.claims.edit_claim_field(claim.id, "verdict_id", false.id)

    tabs.setCurrentWidget(history)
    qtbot.waitUntil(history.isVisible, timeout=10_000)
    lines = shown_lines(window)
    assert " · Tester · verdict: " in lines[0] and lines[0].endswith(" → False")
    assert any("created the claim" in line for line in lines)

    tabs.setCurrentWidget(window.inspector)
    window.undo_stack.undo()  # the verdict change undone while the history is hidden
    tabs.setCurrentWidget(history)
    qtbot.waitUntil(lambda: len(shown_lines(window)) == len(lines) + 1, timeout=10_000)
    assert " · Tester · verdict: False → " in shown_lines(window)[0]
    assert shown_lines(window) == history.lines()
