"""The claims list of the current article, with filters by text, verdict, status, author and tag."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.domain import UNRATED_COLOUR, ReviewStatus, Verdict
from annotator.ui.claims.claim_columns import fit_names, fit_verdicts, set_up_columns
from annotator.ui.claims.claim_index import ClaimFilter
from annotator.ui.claims.claims_model import CLAIM_ID_ROLE, QUOTE, ClaimsModel
from annotator.ui.common.chips import colour_chip
from annotator.ui.common.i18n import translator
from annotator.ui.common.review_text import status_label
from annotator.ui.common.timers import coalescing_timer
from annotator.ui.common.verdict_badge import VerdictLegend

tr = translator("claims.claims_panel")

ANY = "__any__"
SHRINKS = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
TEXTS_PER_TICK = 2000  # searched texts made per idle pass after a load (about 2 ms)


class ClaimsPanel(QWidget):
    claim_selected = Signal(object)  # claim id or None

    def __init__(self, model: ClaimsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Filter claims…"))
        self.search.setClearButtonEnabled(True)
        self.verdict_filter = QComboBox()
        self.status_filter = QComboBox()
        self.status_filter.addItem(tr("Any status"), ANY)
        for status in ReviewStatus:
            self.status_filter.addItem(status_label(status), str(status))
        self.author_filter = QComboBox()
        self.tag_filter = QComboBox()
        self.legend = VerdictLegend()
        self.name_pairs: Callable[[], list[tuple[str, str]]] | None = None
        """Every (author's name, claimant) of the claims listed, for the name columns' widths
        (set by FilterChoices, which keeps them); None: read from every claim."""
        self._build_view(model)
        self.set_verdicts([])
        self.set_people_and_tags([], [])
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        for combo in (self.verdict_filter, self.status_filter, self.author_filter, self.tag_filter):
            combo.activated.connect(lambda _=0: self._apply_filter())
            combo.setSizeAdjustPolicy(SHRINKS)
            combo.setMinimumContentsLength(6)  # the row shrinks with the pane; the list shows all
        # Keystrokes that arrive together (typed while the list was busy, a paste) filter once,
        # with the text as it is when the timer fires: the last keystroke is never lost.
        self._typing = coalescing_timer(self, 0, self._apply_filter)
        self.search.textChanged.connect(lambda _: self._typing.start())
        self.search.installEventFilter(self)  # focus: the texts to search are made then
        # ... or before: after a load, a block of claims at a time while the window is idle
        # (input is handled between blocks; a filter makes those still missing at once).
        self._preparing = coalescing_timer(self, 0, self._prepare_texts)
        model.modelReset.connect(self._preparing.start)

        filters = QHBoxLayout()
        filters.addWidget(self.verdict_filter)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.author_filter)
        filters.addWidget(self.tag_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        layout.addWidget(self.legend)

    def _build_view(self, model: ClaimsModel) -> None:
        """The claims table: one row a claim, sortable, columns sized for a side panel."""
        self.view = QTableView()
        self.view.setObjectName("claimsView")
        self.view.setModel(model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(
            -1, Qt.SortOrder.AscendingOrder
        )  # text order until a header is clicked
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        set_up_columns(self.view)
        header = self.view.horizontalHeader()
        header.setToolTip(tr("Click a column to sort; the first column sorts by verdict"))

    def set_verdicts(self, verdicts: list[Verdict]) -> None:
        current = self.verdict_filter.currentData()
        self.verdict_filter.clear()
        self.verdict_filter.addItem(tr("Any verdict"), ANY)
        self.verdict_filter.addItem(colour_chip(UNRATED_COLOUR), tr("Unrated"), "")
        for verdict in verdicts:
            self.verdict_filter.addItem(colour_chip(verdict.colour), verdict.label, verdict.id)
        self.verdict_filter.setCurrentIndex(max(0, self.verdict_filter.findData(current)))
        self.legend.set_verdicts(verdicts)
        fit_verdicts(self.view, verdicts)

    def set_people_and_tags(self, authors: list[str], tags: list[str]) -> None:
        for combo, label, items in (
            (self.author_filter, tr("Any author"), authors),
            (self.tag_filter, tr("Any tag"), tags),
        ):
            current = combo.currentData()
            combo.clear()
            combo.addItem(label, ANY)
            for item in items:
                combo.addItem(item, item)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        fit_names(self.view, self.model, self.name_pairs() if self.name_pairs else None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.search and event.type() == QEvent.Type.FocusIn:
            self.model.prepare_text_filter()  # before the first keystroke rather than in it
        return super().eventFilter(watched, event)

    def _prepare_texts(self) -> None:
        if self.model.prepare_some_texts(TEXTS_PER_TICK):
            self._preparing.start()

    def _apply_filter(self) -> None:
        self._typing.stop()  # a combo box's choice applies the text typed so far too

        def value(combo: QComboBox) -> str | None:
            data = combo.currentData()
            return None if data == ANY else data

        verdict = value(self.verdict_filter)
        self.model.set_filter(
            ClaimFilter(
                text=self.search.text().strip(),
                verdict_id=verdict,
                status=value(self.status_filter) or "",
                author=value(self.author_filter) or "",
                tag=value(self.tag_filter) or "",
            )
        )

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.claim_selected.emit(current.data(CLAIM_ID_ROLE) if current.isValid() else None)

    def select_claim(self, claim_id: str | None) -> None:
        """Make `claim_id` the current row (emits claim_selected when it changes)."""
        if claim_id is None:
            self.view.selectionModel().clearCurrentIndex()
            self.view.clearSelection()
            return
        row = self.model.row_of(claim_id)
        if row is None:
            return
        index = self.model.index(row, QUOTE)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)

    def current_claim_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(CLAIM_ID_ROLE) if index.isValid() else None
