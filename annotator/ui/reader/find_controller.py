"""Edit → Find in Article…, Find Next and Find Previous: the find bar driving the reader."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence

from annotator.ui.common.actions import make_action
from annotator.ui.common.i18n import translator
from annotator.ui.reader.find_bar import FindBar
from annotator.ui.reader.reader import ArticleReader

tr = translator("reader.find_controller")


class FindController(QObject):
    """Owns the three find actions and the wiring between the find bar and the reader."""

    match_changed = Signal()  # another match is current, or none (a claim can be made of it)

    def __init__(self, reader: ArticleReader, bar: FindBar, parent: QObject) -> None:
        super().__init__(parent)
        self.reader = reader
        self.bar = bar
        keys = QKeySequence.StandardKey
        self.find_action = make_action(self, tr("&Find in Article…"), bar.open_bar, keys.Find)
        self.find_next_action = make_action(
            self, tr("Find &Next"), lambda: self.step(True), keys.FindNext
        )
        self.find_previous_action = make_action(
            self, tr("Find Pre&vious"), lambda: self.step(False), keys.FindPrevious
        )
        bar.search_changed.connect(self._search_changed)
        bar.step_requested.connect(self.step)
        bar.closed.connect(reader.clear_find)
        bar.closed.connect(self.match_changed)

    def _search_changed(self, text: str) -> None:
        total = self.reader.find_all(text)
        current = self.reader.find_step(True) if total else -1
        self.bar.show_count(current, total)
        self.match_changed.emit()

    def step(self, forward: bool) -> None:
        """The next (or previous) match; opens the bar first if it is closed."""
        if not self.bar.isVisible():
            self.bar.open_bar()
            return
        current = self.reader.find_step(forward)
        self.bar.show_count(current, self.reader.find_count())
        self.match_changed.emit()

    def article_changed(self) -> None:
        """A new article is shown: the old matches mean nothing there."""
        if self.bar.isVisible():
            self.bar.close_bar()
