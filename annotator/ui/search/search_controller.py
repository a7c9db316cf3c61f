"""Edit → Search All Articles…: the search tab, and showing a result where it is."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget

from annotator.services.search import SearchResult
from annotator.ui.common.actions import make_action
from annotator.ui.common.host import WindowHost
from annotator.ui.common.i18n import translator
from annotator.ui.reader.reader import ArticleReader
from annotator.ui.search.search_panel import SearchPanel

tr = translator("search.search_controller")


class SearchController(QObject):
    """Owns the Search action and what activating a result does."""

    def __init__(
        self, host: WindowHost, panel: SearchPanel, tabs: QTabWidget, reader: ArticleReader
    ) -> None:
        super().__init__(host.dialog_parent())
        self.host, self.panel, self.tabs, self.reader = host, panel, tabs, reader
        self.search_action = make_action(
            self, tr("&Search All Articles…"), self.open_search, "Ctrl+Shift+F",
            tr("Full-text search over every article and claim"),
        )  # fmt: skip
        panel.result_activated.connect(self.show_result)

    def open_search(self) -> None:
        self.tabs.setCurrentWidget(self.panel)
        self.panel.focus_search()

    def show_result(self, result: SearchResult) -> None:
        """Open the result's article and show its passage (or select its claim)."""
        if result.article_id != self.host.article_id:
            self.host.show_article(result.article_id)
        if result.claim_id:
            self.host.select_claim(result.claim_id)
            self.reader.scroll_to_claim(result.claim_id)
        else:
            self.reader.select_span(result.start, result.end)
            self.reader.ensureCursorVisible()
