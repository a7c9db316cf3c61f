"""The start-up sets the style sheet once the main window's widgets exist (ui/common/theme.py):
the window still comes up styled, and so does a dialog shown before it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from annotator.ui.common import theme


@pytest.fixture
def app_without_sheet(qapp):
    qapp.setStyleSheet("")
    yield qapp
    theme.apply(qapp, theme.SYSTEM)
    qapp.setStyleSheet("")  # as the other tests expect it


def test_a_sheet_left_for_later_is_set_when_the_window_is_built(app_without_sheet, qtbot):
    from annotator.ui.main_window import MainWindow

    theme.apply(app_without_sheet, theme.DARK, later=True)
    assert app_without_sheet.styleSheet() == ""  # not yet
    window = MainWindow("Tester")
    qtbot.addWidget(window)
    expected = theme.stylesheet(app_without_sheet.palette(), "", 12.0)
    assert expected and app_without_sheet.styleSheet() == expected
    theme.apply_pending_stylesheet()  # nothing left waiting: no change
    assert QApplication.instance().styleSheet() == expected


def test_applying_now_replaces_a_sheet_left_for_later(app_without_sheet):
    theme.apply(app_without_sheet, theme.DARK, later=True)
    theme.apply(app_without_sheet, theme.LIGHT)
    light = theme.stylesheet(app_without_sheet.palette(), "", 12.0)
    assert app_without_sheet.styleSheet() == light
    theme.apply_pending_stylesheet()
    assert app_without_sheet.styleSheet() == light
