"""Review → Adjudicate Verdicts…: settle one final verdict per passage rated by two or more people.

Lists every passage with its raters' verdicts (the evidence, kept after adjudication), its
current final verdict and who settled it. Choosing a verdict and pressing Settle makes it the
claim's published verdict, as one undoable step; ratings are never published. While the user
rates the article blind, its passages are not listed (adjudicating means seeing every rating).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.errors import AnnotatorError
from annotator.services import ProjectService
from annotator.services.agreement import is_blind
from annotator.services.ratings import PassageRatings, passage_ratings
from annotator.ui.common.i18n import mark, translated_error, translator
from annotator.ui.common.review_text import one_line
from annotator.ui.review.rating_commands import AdjudicateCommand

tr = translator("review.adjudication_dialog")

COLUMNS = (mark("Passage"), mark("Ratings"), mark("Final verdict"), mark("Settled by"))
CLAIM_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AdjudicationDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        service: ProjectService,
        undo_stack: QUndoStack,
        article_id: str | None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Adjudicate Verdicts"))
        self.setObjectName("adjudicationDialog")
        self.resize(860, 520)
        self.service, self.undo_stack, self.article_id = service, undo_stack, article_id
        self.passages: list[PassageRatings] = []
        self.only_waiting = QCheckBox(tr("Only passages still waiting for a final verdict"))
        self.only_waiting.setChecked(True)
        self.only_waiting.toggled.connect(lambda _: self.refresh())
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("adjudicationTable")
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda *_: self._row_changed())
        self.verdict = QComboBox()
        self.verdict.setObjectName("finalVerdict")
        self.verdict.addItem(tr("Unrated"), None)
        for verdict in service.verdicts():
            self.verdict.addItem(verdict.label, verdict.id)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("Why this verdict (kept with the adjudication)"))
        self.settle_button = QPushButton(tr("&Settle Verdict"))
        self.settle_button.setObjectName("settleVerdict")
        self.settle_button.clicked.connect(self.settle_current)
        form = QFormLayout()
        form.addRow(tr("Final &verdict:"), self.verdict)
        form.addRow(tr("&Note:"), self.reason)
        form.addRow("", self.settle_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.only_waiting)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.refresh()

    def _articles(self) -> list[str]:
        return [self.article_id] if self.article_id else self.service.article_ids()

    def refresh(self) -> None:
        current = self.current_claim_id()
        blind = [a for a in self._articles() if is_blind(self.service, a)]
        claims = [c for a in self._articles() if a not in blind for c in self.service.claims(a)]
        self.passages = [
            p for p in passage_ratings(self.service, claims)
            if len(p.ratings) >= 2 and (p.needs_adjudication or not self.only_waiting.isChecked())
        ]  # fmt: skip
        self.note.setText(
            tr("%n article(s) you rate blind: reveal first to adjudicate.", n=len(blind))
            if blind else tr("Ratings stay as evidence; only the final verdict is published.")
        )  # fmt: skip
        self.table.setRowCount(len(self.passages))
        for row, passage in enumerate(self.passages):
            for column, text in enumerate(self._cells(passage)):
                item = QTableWidgetItem(text)
                item.setData(CLAIM_ID_ROLE, passage.claim.id)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        ids = [p.claim.id for p in self.passages]
        if ids:
            self.table.setCurrentCell(ids.index(current) if current in ids else 0, 0)
        self._row_changed()

    def _label(self, verdict_id: str | None) -> str:
        verdict = self.service.verdict(verdict_id)
        return verdict.label if verdict else tr("Unrated")

    def _cells(self, passage: PassageRatings) -> list[str]:
        ratings = " · ".join(f"{rater}: {self._label(v)}" for rater, v in passage.ratings.items())
        settled = passage.adjudication
        return [
            f"“{one_line(passage.claim.exact, 80)}”",
            ratings,
            self._label(passage.claim.verdict_id) if settled else "(waiting)",
            f"{settled.adjudicator}" + (f": {settled.note}" if settled.note else "")
            if settled
            else "",
        ]

    def row_texts(self) -> list[list[str]]:
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [[text(r, c) for c in range(len(COLUMNS))] for r in range(self.table.rowCount())]

    def current_claim_id(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.data(CLAIM_ID_ROLE) if item else None

    def _row_changed(self) -> None:
        claim_id = self.current_claim_id()
        self.settle_button.setEnabled(claim_id is not None and not self.service.read_only)
        if claim_id is not None:
            claim = self.service.claim(claim_id)
            self.verdict.setCurrentIndex(max(0, self.verdict.findData(claim.verdict_id)))

    def select(self, claim_id: str) -> None:
        ids = [p.claim.id for p in self.passages]
        self.table.setCurrentCell(ids.index(claim_id), 0)

    def settle_current(self) -> bool:
        """Make the chosen verdict the current passage's final one (undoable); False if refused."""
        claim_id = self.current_claim_id()
        if claim_id is None:
            return False
        try:
            command = AdjudicateCommand.perform(
                self.service, claim_id, self.verdict.currentData(), self.reason.text().strip()
            )
        except AnnotatorError as error:
            self.note.setText(translated_error(error))
            return False
        self.undo_stack.push(command)
        self.reason.clear()
        self.refresh()
        return True
