"""One single-shot timer shape for coalescing bursts (edits, keystrokes) into one later call, and
work put off until the window has painted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


def coalescing_timer(parent: QObject, interval_ms: int, slot: Callable[[], object]) -> QTimer:
    """A single-shot timer calling `slot()` `interval_ms` after its last `start()`: starting it
    again before it fires postpones the call, so a burst of starts makes one call."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval_ms)
    timer.timeout.connect(lambda: slot())
    return timer


class AfterPaint(QObject):
    """Runs `action` once, from the event loop, once `window` has painted (its first update
    after now has been handled); at latest `latest_ms` from now, for a window that is hidden or
    not repainting. Work that can wait (the opening backup's copy, on a thread) then does not
    take the processor from the window's first paint."""

    def __init__(self, window: QWidget, action: Callable[[], object], latest_ms: int) -> None:
        super().__init__(window)
        self._action: Callable[[], object] | None = action
        self._window = window
        self._painted = coalescing_timer(self, 0, self._run)  # the timers go with this object
        self._latest = coalescing_timer(self, latest_ms, self._run)
        self._latest.start()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._window and event.type() == QEvent.Type.UpdateRequest:
            self._painted.start()  # fires once this update has been painted
        return False

    def _run(self) -> None:
        action, self._action = self._action, None
        if action is None:
            return
        self._latest.stop()
        self._window.removeEventFilter(self)
        action()
