"""Setters that leave a widget alone when nothing changes.

Some Qt setters lay their widget out again even when given the value it already has: a tab
widget's `setTabText` re-lays out its tab bar and repaints the whole tab widget (the inspector's
tabs, about a third of the window, after every new claim). Found with
`python -m benchmarks.profile_window create --paints`."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget


def set_tab_text(tabs: QTabWidget, index: int, text: str) -> None:
    """`tabs.setTabText(index, text)`, only when the tab's text differs."""
    if tabs.tabText(index) != text:
        tabs.setTabText(index, text)


def set_tab_tool_tip(tabs: QTabWidget, index: int, text: str) -> None:
    """`tabs.setTabToolTip(index, text)`, only when the tab's tooltip differs."""
    if tabs.tabToolTip(index) != text:
        tabs.setTabToolTip(index, text)


def set_tool_tip(widget: QWidget, text: str) -> None:
    """`widget.setToolTip(text)`, only when it differs (Qt sends the widget a ToolTipChange
    event even for the same text)."""
    if widget.toolTip() != text:
        widget.setToolTip(text)
