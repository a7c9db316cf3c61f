"""Search every article and claim of the project; activating a result shows the passage."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from annotator.services import ProjectService
from annotator.services.search import SearchResult, search
from annotator.ui.common import plain_text
from annotator.ui.common.empty_states import SEARCH_HINT, no_results, tr_empty
from annotator.ui.common.i18n import mark, translator
from annotator.ui.review.blind import visible_results

tr = translator("search.search_panel")

RESULT_ROLE = Qt.ItemDataRole.UserRole + 1
TYPING_PAUSE_MS = 200
KIND_LABELS = {
    "article": mark("Article text"),
    "metadata": mark("Article details"),  # title, standfirst, authors, publisher, address
    "claim": mark("Claim"),
    "source": mark("Source of a claim"),
    "comment": mark("Comment on a claim"),
}
"""What each kind of search hit is called in the list (SearchHit.kind)."""


class SearchPanel(QWidget):
    result_activated = Signal(object)  # SearchResult

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self._service: ProjectService | None = None
        self.field = QLineEdit()
        self.field.setPlaceholderText(tr("Search all articles and claims…"))
        self.field.setClearButtonEnabled(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # the query is user text
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _: self._timer.start())
        self.field.returnPressed.connect(self.run_search)
        self.results.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

    def set_service(self, service: ProjectService | None) -> None:
        self._service = service
        self.results.clear()
        self.status.setText(tr_empty(SEARCH_HINT) if service is not None else "")

    def focus_search(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def run_search(self) -> list[SearchResult]:
        self._timer.stop()
        self.results.clear()
        query = self.field.text().strip()
        if self._service is None or not query:
            self.status.setText(tr_empty(SEARCH_HINT) if self._service is not None else "")
            return []
        found = visible_results(
            self._service, search(self._service, query)
        )  # blind review hides some
        for result in found:
            kind = tr(KIND_LABELS.get(result.hit.kind, result.hit.kind.capitalize()))
            context = " ".join(result.snippet_text().split())
            item = QListWidgetItem(f"{result.hit.title}\n{kind}: {context}")
            item.setData(RESULT_ROLE, result)
            item.setToolTip(plain_text.tooltip(context))
            self.results.addItem(item)
        count = tr("%n result(s)", n=len(found))
        self.status.setText(count if found else no_results(query))
        return found

    def _activated(self, item: QListWidgetItem) -> None:
        self.result_activated.emit(item.data(RESULT_ROLE))
