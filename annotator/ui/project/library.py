"""The library: the project's articles with publisher, date, claim count and a verdict summary."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.domain import UNRATED_COLOUR, Verdict
from annotator.services import ArticleSummary
from annotator.ui.common import plain_text
from annotator.ui.common.i18n import mark, number, translator
from annotator.ui.common.table_model import RowsTableModel

tr = translator("project.library")

ModelIndex = QModelIndex | QPersistentModelIndex
COLUMNS = (mark("Title"), mark("Publisher"), mark("Date"), mark("Claims"), mark("Verdicts"))
TITLE, PUBLISHER, DATE, CLAIMS, VERDICTS = range(len(COLUMNS))
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2


class ArticlesModel(RowsTableModel):
    columns: tuple[str, ...] = COLUMNS

    def __init__(self) -> None:
        super().__init__()
        self.columns = tuple(tr(c) for c in COLUMNS)
        self._rows: list[ArticleSummary] = []
        self.verdicts: list[Verdict] = []

    def set_articles(self, rows: list[ArticleSummary], verdicts: list[Verdict]) -> None:
        """Replace the rows, updating in place when the same articles are listed (keeps
        selection)."""
        self.verdicts = verdicts
        if [r.id for r in rows] == [r.id for r in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_of(self, article_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == article_id), None)

    def summary(self, row: int) -> ArticleSummary:
        return self._rows[row]

    def set_summary(self, row: int, summary: ArticleSummary) -> None:
        """Replace one article's row (its counts changed), repainting only the cells whose
        text changed: a change to the Claims column (sized to its contents) makes the header
        measure its column again, a change of verdicts alone does not. (Tooltips are asked
        for when shown.)"""
        before, self._rows[row] = self._rows[row], summary
        differs = _differences(before, summary)
        changed = [column for column in range(len(COLUMNS)) if differs[column]]
        if changed:
            self.dataChanged.emit(self.index(row, changed[0]), self.index(row, changed[-1]))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ARTICLE_ID_ROLE:
            return row.id
        if role == SUMMARY_ROLE:
            return row.verdict_counts
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == TITLE:
                return row.title
            if column == PUBLISHER:
                return row.publisher
            if column == DATE:
                return row.published
            if column == CLAIMS:
                if role == Qt.ItemDataRole.EditRole:
                    return row.claim_count
                return number(row.claim_count)
            if column == VERDICTS:
                return " · ".join(
                    f"{number(n)} {label or 'unrated'}" for label, n in row.verdict_counts.items()
                )
        if role == Qt.ItemDataRole.ToolTipRole:
            counts = "\n".join(
                f"{label or 'Unrated'}: {n}" for label, n in row.verdict_counts.items()
            )
            return plain_text.tooltip(
                f"{row.title}\n{row.url}\n{row.text_length:,} characters\n{counts}".strip()
            )
        return None


def _differences(before: ArticleSummary, after: ArticleSummary) -> tuple[bool, ...]:
    """Per column, whether its text (or bar) differs between two summaries of one article."""
    return (
        before.title != after.title,
        before.publisher != after.publisher,
        before.published != after.published,
        before.claim_count != after.claim_count,
        before.verdict_counts != after.verdict_counts,
    )


class VerdictBarDelegate(QStyledItemDelegate):
    """Draws an article's verdict counts as a small stacked bar in verdict colours."""

    def __init__(self, model: ArticlesModel) -> None:
        super().__init__()
        self._model = model

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        counts: dict[str, int] = index.data(SUMMARY_ROLE) or {}
        total = sum(counts.values())
        if not total:
            super().paint(painter, option, index)
            return
        colours = {v.label: v.colour for v in self._model.verdicts}
        order = [v.label for v in self._model.verdicts] + [""]
        rect = option.rect.adjusted(4, 6, -4, -6)
        x = rect.left()
        painter.save()
        for label in order:
            n = counts.get(label, 0)
            if not n:
                continue
            width = round(rect.width() * n / total)
            segment = QRect(x, rect.top(), max(1, width), rect.height())
            painter.fillRect(segment, QColor(colours.get(label, UNRATED_COLOUR)))
            if not label:  # unrated: hatched, not to be taken for a pale verdict ("Half true")
                painter.fillRect(segment, QBrush(QColor("#707070"), Qt.BrushStyle.BDiagPattern))
            x += width
        painter.restore()


_REFIT_ON = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Polish)


class LibraryPanel(QWidget):
    article_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ArticlesModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(Qt.ItemDataRole.EditRole)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter articles…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView()
        self.view.setObjectName("libraryView")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setItemDelegateForColumn(VERDICTS, VerdictBarDelegate(self.model))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (PUBLISHER, DATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CLAIMS, QHeaderView.ResizeMode.Fixed)  # fitted here
        self._claims_widths: dict[int, int] = {}  # claim count -> its text's width
        self._widest_count = -1
        for changed in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            changed.connect(self._fit_claims_column)
        self.model.dataChanged.connect(self._counts_changed)
        self.view.installEventFilter(self)  # a new font or style: every width measured again
        header.setSectionResizeMode(VERDICTS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(VERDICTS, 90)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.view and event.type() in _REFIT_ON:
            self._claims_widths.clear()
            self._widest_count = -1
            self._fit_claims_column()
        return super().eventFilter(watched, event)

    def _counts_changed(self, first: QModelIndex, last: QModelIndex) -> None:
        if first.column() <= CLAIMS <= last.column():
            self._fit_claims_column()

    def _fit_claims_column(self) -> None:
        """Size the Claims column to its contents as ResizeToContents did, but only when the
        widest count's text changes width: measured by the header on every new claim, the
        column cost about 1 ms and the header's repaint (docs/PERFORMANCE.md)."""
        widths, metrics = self._claims_widths, self.view.fontMetrics()
        widest = 0
        for row in range(self.model.rowCount()):
            count = self.model.summary(row).claim_count
            width = widths.get(count)
            if width is None:
                width = widths[count] = metrics.horizontalAdvance(number(count))
            widest = max(widest, width)
        if widest != self._widest_count:
            self._widest_count = widest
            self.view.resizeColumnToContents(CLAIMS)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article_id = current.data(ARTICLE_ID_ROLE) if current.isValid() else None
        if article_id:
            self.article_chosen.emit(article_id)

    def select_article(self, article_id: str) -> None:
        row = self.model.row_of(article_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid() and self.view.currentIndex().row() != index.row():
            self.view.selectionModel().blockSignals(True)
            self.view.setCurrentIndex(index)
            self.view.selectionModel().blockSignals(False)
            self.view.viewport().update()

    def current_article_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(ARTICLE_ID_ROLE) if index.isValid() else None
