"""Walk a widget tree as a screen reader meets it: every interactive widget with the name and
description its accessible interface gives, and a path saying where it is (for failure messages).
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QKeySequenceEdit,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QAbstractSpinBox, QTextEdit,
    QPlainTextEdit, QAbstractSlider, QTabBar, QKeySequenceEdit,
)  # fmt: skip
# Parts Qt builds inside a control, named and reached through the control itself.
COMPOSITES = (QComboBox, QAbstractSpinBox, QKeySequenceEdit, QTabBar, QLineEdit)
VALUE_WIDGETS = (QComboBox, QLineEdit, QAbstractSpinBox)  # a name is not their current value


def where(widget: QWidget) -> str:
    """`Class#objectName` of the widget and its ancestors, innermost first, and its text."""
    parts = []
    node: QWidget | None = widget
    while node is not None:
        parts.append(type(node).__name__ + (f"#{node.objectName()}" if node.objectName() else ""))
        node = node.parentWidget()
    text = getattr(widget, "text", getattr(widget, "currentText", None))
    shown = text() if callable(text) and isinstance(text(), str) else ""
    return " < ".join(parts[:5]) + (f" text={shown!r}" if shown else "")


def is_qt_part(widget: QWidget) -> bool:
    if widget.objectName().startswith("qt_") or isinstance(widget, (QHeaderView, QScrollBar)):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """Every interactive widget under `root` (itself included), shown or not: a hidden page,
    tab or form is reached once a claim is selected or a tab chosen."""
    candidates = [root, *root.findChildren(QWidget)]
    return [w for w in candidates if isinstance(w, INTERACTIVE) and not is_qt_part(w)]


def value_text(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return widget.text()
    return ""


def unnamed(root: QWidget) -> list[str]:
    """Where each interactive widget without an accessible name or description is."""
    problems = []
    for widget in interactive_widgets(root):
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name).strip() if face else ""
        description = face.text(QAccessible.Text.Description).strip() if face else ""
        if isinstance(widget, VALUE_WIDGETS) and name == value_text(widget).strip():
            # On Linux Qt reads out a combo box's value as its name (its label goes as a
            # relation): what the control is for must then be its own accessible name.
            name = widget.accessibleName().strip()
        missing = [
            part for part, text in (("name", name), ("description", description)) if not text
        ]
        if missing:
            problems.append(f"no accessible {' or '.join(missing)}: {where(widget)}")
    return problems
