"""Search every article and claim of the project; activating a result shows the passage."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from annotator.services import ProjectService
from annotator.services.search import SearchResult, capped, search
from annotator.ui.common import plain_text
from annotator.ui.common.empty_states import SEARCH_HINT, no_results, tr_empty
from annotator.ui.common.i18n import mark, translator
from annotator.ui.common.search_list import SearchList
from annotator.ui.review.blind import visible_results

tr = translator("search.search_panel")

RESULT_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_LABELS = {
    "article": mark("Article text"),
    "metadata": mark("Article details"),  # title, standfirst, authors, publisher, address
    "claim": mark("Claim"),
    "source": mark("Source of a claim"),
    "comment": mark("Comment on a claim"),
}
"""What each kind of search hit is called in the list (SearchHit.kind)."""


class SearchPanel(SearchList):
    """The Search tab: the project's articles and claims, searched as the user types."""

    result_activated = Signal(object)  # SearchResult

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Search all articles and claims…"), "searchResults", self.run_search, parent
        )
        self.setObjectName("searchPanel")
        self._service: ProjectService | None = None
        self.field.returnPressed.connect(self.run_search)
        self.results.itemActivated.connect(self._activated)

    def set_service(self, service: ProjectService | None) -> None:
        self._service = service
        self.results.clear()
        self.status.setText(tr_empty(SEARCH_HINT) if service is not None else "")

    def focus_search(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def run_search(self) -> list[SearchResult]:
        self.stop_pending()
        query = self.field.text().strip()
        if self._service is None or not query:
            self.status.setText(tr_empty(SEARCH_HINT) if self._service is not None else "")
            return []
        every = search(self._service, query)
        found = visible_results(self._service, every)  # blind review hides some
        for result in found:
            kind = tr(KIND_LABELS.get(result.hit.kind, result.hit.kind.capitalize()))
            context = " ".join(result.snippet_text().split())
            item = QListWidgetItem(f"{result.hit.title}\n{kind}: {context}")
            item.setData(RESULT_ROLE, result)
            item.setToolTip(plain_text.tooltip(context))
            self.results.addItem(item)
        count = tr("%n result(s)", n=len(found))
        if capped(every):
            count = tr(
                "%n result(s), the best of each kind; add words to find others", n=len(found)
            )
        self.status.setText(count if found else no_results(query))
        return found

    def _activated(self, item: QListWidgetItem) -> None:
        self.result_activated.emit(item.data(RESULT_ROLE))
