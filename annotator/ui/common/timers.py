"""One single-shot timer shape for coalescing bursts (edits, keystrokes) into one later call."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def coalescing_timer(parent: QObject, interval_ms: int, slot: Callable[[], object]) -> QTimer:
    """A single-shot timer calling `slot()` `interval_ms` after its last `start()`: starting it
    again before it fires postpones the call, so a burst of starts makes one call."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval_ms)
    timer.timeout.connect(lambda: slot())
    return timer
