"""A search-as-you-type list: a field, a status line and a result list, searched once typing
pauses (the Search tab and the Fact-Checks archive)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QVBoxLayout, QWidget

from annotator.ui.common.timers import coalescing_timer

TYPING_PAUSE_MS = 200
"""How long typing must pause before the search runs."""


class SearchList(QWidget):
    """`field`, `status` and `results` stacked; `run` is called TYPING_PAUSE_MS after the last
    keystroke (a subclass's own search method, which calls `stop_pending` first)."""

    def __init__(
        self,
        placeholder: str,
        list_name: str,
        run: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setPlaceholderText(placeholder)
        self.field.setClearButtonEnabled(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it may repeat the query
        self.results = QListWidget()
        self.results.setObjectName(list_name)
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self._timer = coalescing_timer(self, TYPING_PAUSE_MS, run)
        self.field.textChanged.connect(lambda _: self._timer.start())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

    def stop_pending(self) -> None:
        """Forget a search that typing scheduled, and empty the list (a search runs now)."""
        self._timer.stop()
        self.results.clear()
