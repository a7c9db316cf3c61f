"""The context menu on a highlight, claim numbers in the reader's margin, and find colours that
no verdict uses."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from annotator.domain import DEFAULT_SCALE, UNRATED_COLOUR
from annotator.ui.reader.highlight_menu import HighlightMenu
from annotator.ui.reader.highlight_style import FIND_CURRENT, FIND_MATCH, TINT_SINGLE, tint
from tests.ui.claims.test_quotes import reader_only
from tests.ui.conftest import select_text


def make_claim(window, words: str):
    select_text(window, words)
    return window.claims.new_claim_from_selection()


def texts(menu) -> list[str]:
    return [a.text().replace("&", "").split("\t")[0] for a in menu.actions() if not a.isSeparator()]


def test_right_click_on_a_highlight_offers_the_claims_actions(qtbot, window, monkeypatch):
    first = make_claim(window, "rare earths")
    make_claim(window, "White House")
    window.select_claim(None)
    opened = []
    monkeypatch.setattr(HighlightMenu, "open_menu", staticmethod(lambda m, p: opened.append(m)))
    reader = window.reader
    point = reader.point_for_offset(first.start + 2)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, reader.mapToGlobal(point))
    QApplication.sendEvent(reader.viewport(), event)
    [menu] = opened
    assert window.inspector.claim_id() == first.id  # the right-clicked claim is selected
    assert texts(menu)[:5] == [
        "Delete Claim", "Add Source…", "Set Verdict", "Copy Quote", "Open in Claims List",
    ]  # fmt: skip
    assert "Copy" in texts(menu) and "Select All" in texts(menu)
    assert window.claims.delete_claim_action.isEnabled()


def test_off_the_highlights_the_readers_own_menu_shows(window):
    make_claim(window, "rare earths")
    reader = window.reader
    assert window.claims.quotes.highlight_menu.menu_at(reader.point_for_offset(2)) is None


def test_the_menus_verdict_copy_and_open_act_on_the_claim(window):
    claim = make_claim(window, "rare earths")
    quotes = window.claims.quotes
    menu = quotes.highlight_menu.menu_at(window.reader.point_for_offset(claim.start + 1))
    assert menu is not None
    labels = [a.text() for a in quotes.verdict_menu.actions()]
    assert labels == ["Unrated"] + [label for label, _, _ in DEFAULT_SCALE]
    [false] = [a for a in quotes.verdict_menu.actions() if a.text() == "False"]
    false.trigger()
    assert window.service.claim(claim.id).verdict_id == window.service.verdict_by_label("False").id
    quotes.fill_verdict_menu()
    assert [a.text() for a in quotes.verdict_menu.actions() if a.isChecked()] == ["False"]
    quotes.copy_quote_action.trigger()
    assert QGuiApplication.clipboard().text() == "rare earths"
    window.left_tabs.setCurrentIndex(window.left_tabs.count() - 1)
    quotes.open_in_list_action.trigger()
    assert window.left_tabs.currentWidget() is window.claims_panel
    assert window.claims_panel.current_claim_id() == claim.id


def test_claim_numbers_stand_beside_the_lines_where_claims_start(qtbot, window):
    reader_only(qtbot, window)
    later = make_claim(window, "White House")
    earlier = make_claim(window, "Kursk")
    gutter = window.reader.page_gutter
    qtbot.waitUntil(lambda: len(gutter.visible_numbers()) == 2)
    assert gutter.isVisible()
    [(y1, n1), (y2, n2)] = gutter.visible_numbers()
    assert (n1, n2) == ("1", "2") and y1 < y2  # numbered in text order, as reports do
    reader = window.reader
    cursor = reader._cursor_for(earlier.start, earlier.start)
    assert y1 == reader.cursorRect(cursor).top() + reader.viewport().y() - gutter.y()
    window.claims.delete_claim_action.setEnabled(True)
    window.select_claim(earlier.id)
    window.claims.delete_current_claim()
    qtbot.waitUntil(lambda: [n for _, n in gutter.visible_numbers()] == ["1"])
    assert window.service.claim(later.id) is not None


def test_an_orphaned_claim_loses_its_margin_number_and_the_others_move_up(qtbot, window):
    from annotator.services.versions import mark_orphaned

    reader_only(qtbot, window)
    first = make_claim(window, "Kursk")
    make_claim(window, "White House")
    gutter = window.reader.page_gutter
    qtbot.waitUntil(lambda: [n for _, n in gutter.visible_numbers()] == ["1", "2"])
    [_, (y_second, _)] = gutter.visible_numbers()
    mark_orphaned(window.service, first.id)  # reports list it last, and it has no line
    qtbot.waitUntil(lambda: gutter.visible_numbers() == [(y_second, "1")])


def lab(colour: QColor) -> tuple[float, float, float]:
    """CIE L*a*b* of an sRGB colour (D65)."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def distance(a: QColor, b: QColor) -> float:
    return sum((p - q) ** 2 for p, q in zip(lab(a), lab(b), strict=True)) ** 0.5


@pytest.mark.parametrize("find", [FIND_CURRENT, FIND_MATCH])
def test_find_colours_are_far_from_every_verdict_colour_and_its_highlight(find):
    verdicts = [colour for _, colour, _ in DEFAULT_SCALE] + [UNRATED_COLOUR]
    for colour in verdicts:
        for shade in (QColor(colour), tint(colour, TINT_SINGLE)):
            assert distance(QColor(find), shade) > 25, (find, colour)


def test_the_reader_paints_find_matches_in_the_find_colours(qtbot, window):
    window.finder.find_action.trigger()
    qtbot.keyClicks(window.find_bar.field, "the")
    backgrounds = [s.format.background().color().name() for s in window.reader.extraSelections()]
    assert backgrounds[0] == FIND_CURRENT and set(backgrounds[1:]) == {FIND_MATCH}


def test_the_menu_key_opens_the_menu_of_the_claim_at_the_text_cursor(window, monkeypatch):
    claim = make_claim(window, "White House")
    window.select_claim(None)
    opened = []
    monkeypatch.setattr(HighlightMenu, "open_menu", staticmethod(lambda m, p: opened.append(m)))
    reader = window.reader
    reader.select_span(claim.start + 2, claim.start + 2)
    point = reader.cursorRect().center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, point, reader.mapToGlobal(point))
    QApplication.sendEvent(reader, event)
    [menu] = opened
    assert window.inspector.claim_id() == claim.id
    assert texts(menu)[0] == "Delete Claim"
