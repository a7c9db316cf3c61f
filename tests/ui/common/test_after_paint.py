"""Work put off until the window has painted (ui/common/timers.py `AfterPaint`, used for the
opening backup): it waits while the window is hidden, runs once the window has painted, runs
once only, and runs at latest after its limit for a window that never paints."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from annotator.ui.common.timers import AfterPaint


def test_it_waits_for_the_window_to_paint_then_runs_once(qtbot) -> None:
    window = QMainWindow()
    window.setCentralWidget(QLabel("text"))
    qtbot.addWidget(window)
    runs: list[str] = []
    AfterPaint(window, lambda: runs.append("ran"), latest_ms=600_000)
    for _ in range(3):
        QApplication.processEvents()
    assert runs == []  # hidden: nothing painted yet
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: runs == ["ran"])
    window.update()  # a later repaint does not run it again
    for _ in range(3):
        QApplication.processEvents()
    assert runs == ["ran"]


def test_a_window_that_never_paints_runs_it_at_the_limit(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    runs: list[str] = []
    AfterPaint(window, lambda: runs.append("ran"), latest_ms=50)
    qtbot.waitUntil(lambda: runs == ["ran"], timeout=5000)
    assert not window.isVisible()
