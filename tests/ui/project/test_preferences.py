"""Edit → Preferences: each preference is stored in QSettings, applied at once to the open window,
and read back by the next window; Cancel puts back what was there."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from annotator.ui.common import theme, times
from annotator.ui.common.times import format_time
from annotator.ui.main_window import MainWindow
from annotator.ui.project import preferences


@pytest.fixture(autouse=True)
def system_theme_after():
    theme.apply(QApplication.instance(), theme.SYSTEM)  # as make_application does at start
    yield
    app = QApplication.instance()
    theme.apply(app, theme.SYSTEM)
    app.setStyleSheet("")  # as the other tests expect it
    times.set_time_display(times.UTC_DISPLAY)


def test_reader_font_family_and_size_apply_live_and_are_stored(window, qtbot):
    dialog = window.files.preferences_dialog()
    dialog.use_default_font.setCurrentIndex(1)
    dialog.font_family.setCurrentFont(
        dialog.font_family.currentFont().__class__("DejaVu Sans Mono")
    )
    dialog.font_size.setValue(16)
    qtbot.waitUntil(lambda: window.reader.font().pointSizeF() == 16)
    assert window.reader.font().family() == "DejaVu Sans Mono"
    assert window.reader.article is not None  # the article is still shown, in the new font
    dialog.accept()
    saved = preferences.load()
    assert (saved.reader_font_family, saved.reader_font_size) == ("DejaVu Sans Mono", 16)


def test_cancel_puts_the_font_back(window, qtbot):
    before = window.reader.font().pointSizeF()
    dialog = window.files.preferences_dialog()
    dialog.font_size.setValue(20)
    qtbot.waitUntil(lambda: window.reader.font().pointSizeF() == 20)
    dialog.reject()
    qtbot.waitUntil(lambda: window.reader.font().pointSizeF() == before)
    assert preferences.load().reader_font_size == preferences.DEFAULT_READER_SIZE


def test_ctrl_plus_minus_and_zero_size_the_reader(window, qtbot):
    assert window.reader.font().pointSizeF() == 12
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.reader.font().pointSizeF() == 13)
    qtbot.keyClick(window.reader, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.reader.font().pointSizeF() == 14)
    qtbot.keyClick(window.reader, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.reader.font().pointSizeF() == 13)
    assert preferences.load().reader_font_size == 13
    qtbot.keyClick(window.reader, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.reader.font().pointSizeF() == 12)
    assert preferences.load().reader_font_size == 12


def test_dark_theme_applies_live_is_stored_and_read_by_the_next_window(window, qtbot, project_path):
    dialog = window.files.preferences_dialog()
    dialog.theme.setCurrentIndex(dialog.theme.findData(theme.DARK))
    qtbot.waitUntil(lambda: window.reader.palette().color(QPalette.ColorRole.Base).lightness() < 60)
    assert window.reader.palette().color(QPalette.ColorRole.Text).lightness() > 200
    dialog.accept()
    assert preferences.load().theme == theme.DARK
    window.close()
    theme.apply(QApplication.instance(), theme.SYSTEM)  # as a fresh start would be
    again = MainWindow("Tester")
    qtbot.addWidget(again)
    assert again.open_project(project_path)
    assert again.reader.palette().color(QPalette.ColorRole.Base).lightness() < 60
    again.close()


def test_times_show_in_local_time_when_chosen_and_stay_utc_in_the_file(window, qtbot, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Kolkata")  # UTC+05:30, no daylight saving
    time.tzset()
    try:
        assert format_time("2025-02-11T14:03:55.120Z") == "2025-02-11 14:03 UTC"
        start = window.reader.article.text.index("Kursk")
        claim = window.service.create_claim(window.article_id, start, start + 5)
        qtbot.waitUntil(lambda: window.claims_model.row_of(claim.id) is not None)
        window.select_claim(claim.id)
        assert "UTC" in window.inspector.meta.text()
        dialog = window.files.preferences_dialog()
        dialog.time_display.setCurrentIndex(dialog.time_display.findData(times.LOCAL_DISPLAY))
        qtbot.waitUntil(lambda: "IST" in window.inspector.meta.text())
        assert format_time("2025-02-11T14:03:55.120Z") == "2025-02-11 19:33 IST"
        assert window.inspector.claim_id() == claim.id  # still the same claim shown
        dialog.accept()
        assert preferences.load().time_display == times.LOCAL_DISPLAY
        assert window.service.claim(claim.id).created.endswith(("Z", "+00:00"))  # stored in UTC
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
