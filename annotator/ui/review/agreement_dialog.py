"""The review dashboard: how far raters agree per article, and where they disagree.

Shows percentage agreement and the headline coefficient (weighted kappa for two raters,
ordinal Krippendorff's alpha for more), the list of disagreements (double-click opens the
claim), and the blind-review switch for the current article. While I rate an article
blind, its figures and disagreements stay hidden: they would give colleagues' verdicts away.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.services import ProjectService
from annotator.services.agreement import (
    AgreementReport,
    Disagreement,
    article_agreement,
    is_blind,
    project_agreement,
    reveal,
    start_blind_review,
)
from annotator.ui.common import plain_text
from annotator.ui.common.i18n import mark, number, translator
from annotator.ui.common.review_text import one_line

tr = translator("review.agreement_dialog")

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CLAIM_ID_ROLE = Qt.ItemDataRole.UserRole + 2
ALL_ARTICLES = ""
HIDDEN = mark("hidden while you rate blind")
COLUMNS = (
    mark("Article"),
    mark("Raters"),
    mark("Rated by 2+"),
    mark("Agreement"),
    mark("Coefficient"),
)
COEFFICIENT_NAMES = {
    "weighted_kappa_quadratic": mark("weighted κ (quadratic)"),
    "alpha_ordinal": mark("Krippendorff's α (ordinal)"),
}


def percent(value: float | None) -> str:
    return tr("n/a") if value is None else f"{value * 100:.0f}%"


def coefficient_text(report: AgreementReport) -> str:
    if len(report.raters) < 2:
        return tr("n/a (one rater)")
    name, value = report.coefficient
    shown = tr("n/a") if value is None else f"{value:.2f}"
    return f"{tr(COEFFICIENT_NAMES.get(name, name))} {shown}"


def verdicts_text(disagreement: Disagreement) -> str:
    """Each rater's verdict on the passage (raters of other passages: "not rated")."""
    return " · ".join(
        f"{rater}: {label if label is not None else 'not rated'}"
        for rater, label in disagreement.verdicts.items()
    )


def claim_to_open(disagreement: Disagreement, me: str) -> str:
    """The passage's claim (every rating of a passage belongs to its one claim)."""
    if disagreement.claim_id:
        return disagreement.claim_id
    if me in disagreement.claim_ids:
        return disagreement.claim_ids[me]
    return disagreement.claim_ids[sorted(disagreement.claim_ids, key=str.casefold)[0]]


class AgreementDialog(QDialog):
    open_claim = Signal(str)  # claim id (it may be in another article than the shown one)
    blind_changed = Signal(str, bool)  # article id, blind now

    def __init__(
        self, parent: QWidget | None, service: ProjectService, article_id: str | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Review Dashboard"))
        self.setObjectName("agreementDialog")
        self.resize(820, 560)
        self.service = service
        self.article_id = article_id
        self._reports: dict[str, AgreementReport | None] = {}

        self.blind = QCheckBox(
            tr("Rate this article &blind: hide colleagues' verdicts until I reveal them")
        )
        self.blind.setObjectName("blindToggle")
        self.blind_note = QLabel()
        self.blind_note.setWordWrap(True)
        self.blind_note.setTextFormat(Qt.TextFormat.PlainText)
        self.blind.toggled.connect(self.set_blind)

        self._build_table()
        self._build_disagreements()

        refresh = QPushButton(tr("&Refresh"))
        refresh.setToolTip(self.tr("Count the ratings again"))
        refresh.clicked.connect(self.refresh)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(refresh, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.blind)
        layout.addWidget(self.blind_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.disagreements_caption)
        layout.addWidget(self.disagreements, 1)
        layout.addWidget(buttons)
        self.refresh()

    def _build_table(self) -> None:
        """One row an article: how far its raters agree."""
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("agreementTable")
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda *_: self._show_disagreements())

    def _build_disagreements(self) -> None:
        """The passages rated differently, for the article chosen in the table."""
        self.disagreements = QTreeWidget()
        self.disagreements.setObjectName("disagreementsList")
        self.disagreements.setColumnCount(2)
        self.disagreements.setHeaderLabels([tr("Passage"), tr("Verdicts")])
        self.disagreements.setRootIsDecorated(False)
        self.disagreements.setWordWrap(True)
        self.disagreements.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.disagreements.itemActivated.connect(self._activated)
        self.disagreements_caption = QLabel(tr("Disagreements (double-click to open the claim)"))
        self.disagreements_caption.setObjectName("sectionCaption")

    @classmethod
    def show_for(
        cls,
        parent: QWidget | None,
        service: ProjectService,
        article_id: str | None,
        on_open_claim: Callable[[str], None] | None = None,
    ) -> AgreementDialog:
        """Open the dashboard (non-modal, so opening a claim keeps it on screen) and return it."""
        dialog = cls(parent, service, article_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if on_open_claim is not None:
            dialog.open_claim.connect(on_open_claim)
        dialog.show()
        return dialog

    # -- blind review -----------------------------------------------------------------------

    def _me(self) -> str:
        return self.service.author

    def set_blind(self, blind: bool) -> None:
        if self.article_id is None or is_blind(self.service, self.article_id) == blind:
            return
        if blind:
            start_blind_review(self.service, self.article_id)
        else:
            reveal(self.service, self.article_id)
        self.refresh()
        self.blind_changed.emit(self.article_id, blind)

    def _update_blind(self) -> None:
        self.blind.blockSignals(True)
        if self.article_id is None:
            self.blind.setChecked(False)
            self.blind.setEnabled(False)
            self.blind_note.setText(tr("Open an article to rate it blind."))
        else:
            blind = is_blind(self.service, self.article_id)
            self.blind.setEnabled(not self.service.read_only)
            self.blind.setChecked(blind)
            title = self.service.article(self.article_id).title
            self.blind_note.setText(
                tr(
                    "You are rating “{one_line}” blind: colleagues' claims show as "
                    "unrated. Untick to reveal their verdicts."
                ).format(one_line=one_line(title, 60))
                if blind
                else tr("Current article: “{one_line}”.").format(one_line=one_line(title, 60))
            )
        self.blind.blockSignals(False)

    # -- figures ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self._update_blind()
        current = self.current_article_key()
        self._reports.clear()
        rows: list[tuple[str, str]] = []
        any_blind = False
        for summary in self.service.articles():
            if not self.service.claims(summary.id):
                continue
            hidden = is_blind(self.service, summary.id)
            any_blind = any_blind or hidden
            self._reports[summary.id] = (
                None if hidden else article_agreement(self.service, summary.id)
            )
            rows.append((summary.id, summary.title))
        self._reports[ALL_ARTICLES] = None if any_blind else project_agreement(self.service)
        rows.append((ALL_ARTICLES, tr("All articles")))
        self.table.setRowCount(len(rows))
        for row, (key, title) in enumerate(rows):
            report = self._reports[key]
            if report is None:
                cells = [title, tr(HIDDEN), "", "", ""]
            else:
                cells = [
                    title,
                    ", ".join(report.raters) or tr("nobody"),
                    tr("{paired} of {units}").format(
                        paired=report.paired_units, units=report.units
                    ),
                    percent(report.percent_agreement),
                    coefficient_text(report),
                ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ARTICLE_ID_ROLE, key)
                if column == 0:
                    item.setToolTip(plain_text.tooltip(title))
                self.table.setItem(row, column, item)
        keys = [key for key, _ in rows]
        wanted = (
            current
            if current in keys
            else (self.article_id if self.article_id in keys else ALL_ARTICLES)
        )
        self.table.setCurrentCell(keys.index(wanted), 0)
        self._show_disagreements()

    def current_article_key(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.data(ARTICLE_ID_ROLE) if item else None

    def report_for(self, article_id: str | None) -> AgreementReport | None:
        """The figures shown for an article (ALL_ARTICLES for the project); None while hidden."""
        return self._reports.get(ALL_ARTICLES if article_id is None else article_id)

    def row_texts(self, article_id: str | None) -> list[str]:
        key = ALL_ARTICLES if article_id is None else article_id
        for row in range(self.table.rowCount()):
            first = self.table.item(row, 0)
            if first is not None and first.data(ARTICLE_ID_ROLE) == key:
                cells = (self.table.item(row, c) for c in range(self.table.columnCount()))
                return [cell.text() if cell is not None else "" for cell in cells]
        return []

    def _show_disagreements(self) -> None:
        self.disagreements.clear()
        key = self.current_article_key()
        report = self._reports.get(key) if key is not None else None
        if report is None:
            self.disagreements_caption.setText(
                tr("Disagreements: {hidden}").format(hidden=tr(HIDDEN))
                if key is not None
                else tr("Disagreements")
            )
            return
        self.disagreements_caption.setText(
            tr("Disagreements: {count} (double-click to open the claim)").format(
                count=number(len(report.disagreements))
            )
        )
        for disagreement in report.disagreements:
            item = QTreeWidgetItem(
                [f"“{one_line(disagreement.quote, 90)}”", verdicts_text(disagreement)]
            )
            item.setData(0, CLAIM_ID_ROLE, claim_to_open(disagreement, self._me()))
            item.setToolTip(0, plain_text.tooltip(disagreement.quote))
            self.disagreements.addTopLevelItem(item)

    def disagreement_claim_ids(self) -> list[str]:
        items = (
            self.disagreements.topLevelItem(i)
            for i in range(self.disagreements.topLevelItemCount())
        )
        return [item.data(0, CLAIM_ID_ROLE) for item in items if item is not None]

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        claim_id = item.data(0, CLAIM_ID_ROLE)
        if claim_id:
            self.open_claim.emit(claim_id)
