"""Menu and toolbar actions built one way: text, slot, shortcut and a status tip that names it."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


def make_action(
    parent: QObject, text: str, slot: Callable[[], object], shortcut: Shortcut = None, tip: str = ""
) -> QAction:
    """An action calling `slot()` (without Qt's `checked` argument); the tip names the shortcut."""
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({keys})" if shortcut else tip)
    action.triggered.connect(lambda checked=False: slot())
    return action


def add_actions(container: QMenu | QToolBar, actions: Iterable[QAction | None]) -> None:
    """Add actions in order; None stands for a separator."""
    for action in actions:
        if action is None:
            container.addSeparator()
        else:
            container.addAction(action)
