"""Precise quotes in the window: word snapping (Alt keeps the characters), Set Quote to Selection
with undo and history, a claim made from a find match, the question before a duplicate span."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from annotator.services.review import claim_history
from annotator.ui.claims import quote_actions
from tests.ui.conftest import select_text

LEFT = Qt.MouseButton.LeftButton
ALT = Qt.KeyboardModifier.AltModifier
NO_KEYS = Qt.KeyboardModifier.NoModifier


def drag(qtbot, reader, start: int, end: int, keys=NO_KEYS) -> None:
    """Drag the mouse from the character at `start` to the one before `end`."""
    viewport = reader.viewport()
    begin, finish = reader.point_for_offset(start), reader.point_for_offset(end - 1)
    begin.setX(begin.x() - 2)  # on the left half of the first character
    finish.setX(finish.x() + 2)  # on the right half of the last one
    qtbot.mousePress(viewport, LEFT, keys, begin)
    qtbot.mouseMove(viewport, finish)
    qtbot.mouseRelease(viewport, LEFT, keys, finish)


def reader_only(qtbot, window) -> None:
    """Hide the side panes so the whole article is in view (the offscreen screen is small)."""
    window.splitter.widget(0).hide()
    window.splitter.widget(2).hide()
    qtbot.waitUntil(lambda: window.reader.viewport().width() > 600)


def shown(window) -> str:
    span = window.reader.selected_span()
    return window.reader.article.text[span[0] : span[1]] if span else ""


def offsets(window, part: str) -> tuple[int, int]:
    start = window.reader.article.text.index(part)
    return start, start + len(part)


def test_a_drag_from_inside_a_word_is_widened_to_whole_words(qtbot, window):
    drag(qtbot, window.reader, *offsets(window, "kraine would trad"))
    qtbot.waitUntil(lambda: shown(window) == "Ukraine would trade")
    claim = window.claims.new_claim_from_selection()
    assert claim is not None and claim.exact == "Ukraine would trade"


def test_alt_while_dragging_keeps_the_exact_characters(qtbot, window):
    drag(qtbot, window.reader, *offsets(window, "kraine would trad"), ALT)
    qtbot.waitUntil(lambda: shown(window) != "")
    assert shown(window) == "kraine would trad"
    assert window.claims.new_claim_from_selection().exact == "kraine would trad"


def test_a_keyboard_selection_is_snapped_when_the_claim_is_made(window):
    select_text(window, "00 billion of rare ear")
    assert window.claims.new_claim_from_selection().exact == "$500 billion of rare earths"


def test_snapping_can_be_turned_off_and_stays_off(window):
    window.claims.quotes.snap_action.trigger()
    assert not window.claims.quotes.snap_action.isChecked()
    select_text(window, "rare ear")
    assert window.claims.new_claim_from_selection().exact == "rare ear"
    from annotator.ui.reader.word_snap import snapping_on

    assert snapping_on() is False


def test_set_quote_to_selection_keeps_the_fields_and_undoes(window):
    select_text(window, "rare ear")
    window.claims.quotes.snap.set_enabled(False)
    claim = window.claims.new_claim_from_selection()
    window.claims.quotes.snap.set_enabled(True)
    window.claims.edit_claim_field(claim.id, "claimant", "The White House")
    select_text(window, "of rare eart")
    assert window.claims.quotes.set_quote_action.isEnabled()
    window.claims.quotes.set_quote_action.trigger()
    moved = window.service.claim(claim.id)
    assert (moved.exact, moved.claimant) == ("of rare earths", "The White House")
    assert window.inspector.claim_id() == claim.id
    assert window.reader.claims_at(moved.start) == [claim.id]
    assert window.undo_stack.undoText() == "Set quote to selection"
    positions = [h for h in claim_history(window.service, claim.id) if h.field == "position"]
    assert [(h.old, h.new) for h in positions] == [
        (f"{claim.start}-{claim.end}", f"{moved.start}-{moved.end}")
    ]
    window.undo_stack.undo()
    back = window.service.claim(claim.id)
    assert (back.exact, back.start, back.claimant) == ("rare ear", claim.start, "The White House")
    window.undo_stack.redo()
    assert window.service.claim(claim.id).exact == "of rare earths"


def test_a_claim_is_made_from_the_current_find_match(qtbot, window):
    claims = window.claims
    window.finder.find_action.trigger()
    qtbot.keyClicks(window.find_bar.field, "white house")
    assert window.reader.selected_span() is None
    assert claims.new_claim_action.isEnabled()
    claim = claims.new_claim_from_selection()
    assert claim is not None and claim.exact == "White House"
    window.find_bar.close_bar()
    assert not claims.new_claim_action.isEnabled()


@pytest.mark.parametrize("answer", [False, True])
def test_a_second_claim_on_the_same_span_is_asked_about(window, monkeypatch, answer):
    asked: list[tuple[str, int]] = []

    def ask(parent, quote, count):
        asked.append((quote, count))
        return answer

    monkeypatch.setattr(quote_actions, "ask_duplicate", ask)
    select_text(window, "rare earths")
    first = window.claims.new_claim_from_selection()
    assert asked == []  # nothing to ask about the first
    select_text(window, " rare earths")  # the same words once trimmed
    second = window.claims.new_claim_from_selection()
    assert asked == [("rare earths", 1)]
    assert (second is not None) == answer
    ids = {c.id for c in window.service.claims(window.article_id)}
    assert ids == ({first.id, second.id} if second else {first.id})


def test_an_unanswered_same_quote_question_fails_the_test_at_once(window):
    """The duplicate question is a real modal box: a test that does not answer it fails with
    the box's text (the GUI tests' guard) instead of waiting until pytest-timeout ends the
    process, as the window fuzz test did when two of its claims snapped to the same word."""
    window.reader.select_span(0, 1)  # "U", snapped to "Ukraine"
    assert window.claims.new_claim_from_selection() is not None
    window.reader.select_span(0, 1)
    with pytest.raises(AssertionError, match="Same Quote.*“Ukraine”"):
        window.claims.new_claim_from_selection()
    assert [c.exact for c in window.service.claims(window.article_id)] == ["Ukraine"]


def test_setting_a_quote_to_another_claims_span_asks_too(window, monkeypatch):
    monkeypatch.setattr(quote_actions, "ask_duplicate", lambda parent, quote, count: False)
    select_text(window, "rare earths")
    window.claims.new_claim_from_selection()
    select_text(window, "White House")
    other = window.claims.new_claim_from_selection()
    select_text(window, "rare earths")
    assert window.claims.quotes.set_quote_to_selection() is False
    assert window.service.claim(other.id).exact == "White House"


def send_mouse(viewport, kind, point, buttons=Qt.MouseButton.NoButton, keys=NO_KEYS) -> None:
    """A mouse event at exactly `point` of the viewport (QTest's own events land a margin's
    width off once the reader has a left margin)."""
    button = LEFT if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(
        kind, QPointF(point), QPointF(viewport.mapToGlobal(point)), button, buttons, keys
    )
    QApplication.sendEvent(viewport, event)


def test_dragging_the_end_of_the_selected_claims_highlight_moves_it(window):
    select_text(window, "rare earths")
    claim = window.claims.new_claim_from_selection()
    reader, drag_ends = window.reader, window.claims.quotes.span_drag
    assert reader.current_claim() == claim.id
    viewport = reader.viewport()
    end = drag_ends.edge_point(claim.end)
    assert drag_ends.handle_at(end) is False  # over the end, not the start
    send_mouse(viewport, QEvent.Type.MouseMove, end)
    assert viewport.cursor().shape() == Qt.CursorShape.SizeHorCursor
    text = reader.article.text
    target = drag_ends.edge_point(text.index("according") + 3)  # inside "according"
    send_mouse(viewport, QEvent.Type.MouseButtonPress, end, LEFT)
    send_mouse(viewport, QEvent.Type.MouseMove, target, LEFT)
    assert shown(window) == "rare earths, acc"  # the span so far shows as the selection
    send_mouse(viewport, QEvent.Type.MouseButtonRelease, target)
    moved = window.service.claim(claim.id)
    assert moved.exact == "rare earths, according"  # snapped to the word's end
    assert window.undo_stack.undoText() == "Set quote to selection"
    window.undo_stack.undo()
    assert window.service.claim(claim.id).exact == "rare earths"


def test_dragging_the_start_with_alt_keeps_the_exact_characters(window):
    select_text(window, "rare earths")
    claim = window.claims.new_claim_from_selection()
    viewport, drag_ends = window.reader.viewport(), window.claims.quotes.span_drag
    start = drag_ends.edge_point(claim.start)
    target = drag_ends.edge_point(claim.start + 2)
    send_mouse(viewport, QEvent.Type.MouseButtonPress, start, LEFT, ALT)
    send_mouse(viewport, QEvent.Type.MouseMove, target, LEFT, ALT)
    send_mouse(viewport, QEvent.Type.MouseButtonRelease, target, keys=ALT)
    assert window.service.claim(claim.id).exact == "re earths"


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (1, "Another claim of this article already quotes exactly “rare earths”."),
        (2, "2 claims of this article already quote exactly “rare earths”."),
    ],
)
def test_the_duplicate_question_says_how_many_claims_quote_the_words(monkeypatch, count, expected):
    asked = []
    monkeypatch.setattr(
        quote_actions.dialogs, "confirm", lambda *args: asked.append(args[1:]) or True
    )
    assert quote_actions.ask_duplicate(None, "rare earths", count) is True
    assert asked == [("Same Quote", f"{expected}\n\nMake one more?", "Make It")]
