"""Setters that leave a widget alone when nothing changes.

Some Qt setters lay their widget out again even when given the value it already has: a tab
widget's `setTabText` re-lays out its tab bar and repaints the whole tab widget (the inspector's
tabs, about a third of the window, after every new claim). Found with
`python -m benchmarks.profile_window create --paints`."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget


def set_tab_text(tabs: QTabWidget, index: int, text: str) -> None:
    """`tabs.setTabText(index, text)`, only when the tab's text differs."""
    if tabs.tabText(index) != text:
        tabs.setTabText(index, text)
