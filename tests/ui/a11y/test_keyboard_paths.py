"""Keyboard paths: Tab goes through the window in the order of its layout and leaves a table in
one key; F8 / Shift+F8 step through the article's claims; the reader's accessible description
names the claim under the text cursor (number, verdict, start of the quote)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QApplication

from annotator.domain import ArticleDraft
from tests.ui.conftest import ARTICLE_TEXT


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


def test_tab_follows_the_layout_and_leaves_the_tables_in_one_key(window, qtbot):
    window.service.add_article(ArticleDraft(title="Second", text="Another text.", publisher="X"))
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 2)
    window.activateWindow()
    window.library.view.setCurrentIndex(window.library.model.index(0, 0))
    window.library.filter.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.library.filter)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.library.view
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.left_tabs.tabBar()  # out of the table at once
    press(qtbot, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is window.library.view
    panel = window.claims_panel
    order = [window.left_tabs.tabBar(), panel.search, panel.verdict_filter, panel.status_filter,
             panel.author_filter, panel.tag_filter, panel.view, window.reader,
             window.right_tabs.tabBar()]  # fmt: skip
    seen = []
    for _ in range(12):
        press(qtbot, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert [w for w in seen if w in order][: len(order)] == order
    window.claims_panel.view.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.reader  # the claims table is left in one key
    views = window.findChildren(QAbstractItemView)
    assert len(views) >= 10
    assert [v.objectName() for v in views if v.tabKeyNavigation()] == []  # lists, tables, trees


def put_cursor(window, offset: int) -> None:
    cursor = window.reader.textCursor()
    cursor.setPosition(window.reader.to_qt_position(offset), QTextCursor.MoveMode.MoveAnchor)
    window.reader.setTextCursor(cursor)


def two_claims(window, qtbot):
    service = window.service
    text = ARTICLE_TEXT
    first = service.create_claim(window.article_id, 0, text.index(","))
    start = text.index("$500")
    second = service.create_claim(window.article_id, start, text.index(", according"))
    qtbot.waitUntil(lambda: window.claims_model.row_of(second.id) is not None)
    mostly_false = next(v for v in service.verdicts() if v.label == "Mostly false")
    service.update_claim(second.id, verdict_id=mostly_false.id)
    qtbot.waitUntil(lambda: window.claims_model.claim(second.id).verdict_id == mostly_false.id)
    return first, second


def test_the_reader_names_the_claim_under_the_cursor(window, qtbot):
    first, second = two_claims(window, qtbot)
    reader = window.reader
    put_cursor(window, second.start + 3)
    assert reader.accessibleDescription() == (
        "Claim 2 of 2, Mostly false: “$500 billion of rare earths”"
    )
    put_cursor(window, 5)
    assert reader.accessibleDescription() == (
        "Claim 1 of 2, Unrated: “Ukraine would trade Kursk for occupied territory”"
    )
    put_cursor(window, first.end + 2)  # between the claims
    assert reader.accessibleDescription().startswith("The article's text. F8 goes")


def test_f8_and_shift_f8_step_through_the_claims_in_text_order(window, qtbot):
    first, second = two_claims(window, qtbot)
    window.activateWindow()
    window.reader.setFocus()
    put_cursor(window, 0)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.reader)
    press(qtbot, Qt.Key.Key_F8)  # the cursor is on the first claim already: the next one
    assert window.inspector.claim_id() == second.id
    assert window.reader.to_text_offset(window.reader.textCursor().position()) == second.start
    assert window.reader.accessibleDescription().startswith("Claim 2 of 2, Mostly false")
    press(qtbot, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.inspector.claim_id() == first.id
    assert window.reader.accessibleDescription().startswith("Claim 1 of 2, Unrated")
    press(qtbot, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)  # from the first: the last
    assert window.inspector.claim_id() == second.id
    press(qtbot, Qt.Key.Key_F8)  # from the last: the first
    assert window.inspector.claim_id() == first.id
    assert window.reader.to_text_offset(window.reader.textCursor().position()) == first.start
    assert QApplication.focusWidget() is window.reader


def test_alt_down_and_alt_up_step_through_the_claims_list(window, qtbot):
    first, second = two_claims(window, qtbot)
    window.select_claim(first.id)
    window.claims_panel.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.claims_panel.view)
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.inspector.claim_id() == second.id
    press(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.inspector.claim_id() == first.id
