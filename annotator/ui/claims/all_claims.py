"""View → All Claims: the claims of every article in one list, the claims list's own model and
panel (filters, sorting, badges, legend) with an Article column. Enter or a double-click opens
the claim: its article in the reader, the claim selected there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from annotator.domain import Claim, Verdict
from annotator.ui.claims.claims_model import (
    ALL_CLAIMS_COLUMNS,
    CLAIM_ID_ROLE,
    COLUMNS,
    ClaimsModel,
    ModelIndex,
)
from annotator.ui.claims.claims_panel import ClaimsPanel

ARTICLE = len(COLUMNS)  # the column after the claims list's own


class ProjectClaimsModel(ClaimsModel):
    """ClaimsModel over the whole project: in text order article by article (library order)
    until a column is sorted; the Article column sorts by title."""

    columns = (*COLUMNS, *ALL_CLAIMS_COLUMNS)

    def __init__(
        self,
        verdict_lookup: Callable[[Claim], Verdict | None],
        verdicts_lookup: Callable[[list[Claim]], list[Verdict | None]] | None = None,
    ) -> None:
        super().__init__(verdict_lookup, verdicts_lookup)
        self._titles: dict[str, str] = {}
        self._order: dict[str, int] = {}

    def set_articles(self, titles: list[tuple[str, str]]) -> None:
        """(article id, title) in the library's order; call before `set_claims`."""
        self._titles = dict(titles)
        self._order = {article_id: i for i, (article_id, _) in enumerate(titles)}

    def title(self, claim: Claim) -> str:
        return self._titles.get(claim.article_id, "")

    def _keys_of(self, column: int, claims: list[Claim]) -> list[Any]:
        """As the claims list's, the text order article by article (the library's order);
        the Article column sorts by title first."""
        order = self._order
        if column == ARTICLE:
            titles = self._titles
            return [titles.get(c.article_id, "").casefold() for c in claims]
        if column < 0:
            last = len(order)
            return [
                (order.get(c.article_id, last), c.start, c.end, c.created, c.id) for c in claims
            ]
        return super()._keys_of(column, claims)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and index.column() == ARTICLE and role != CLAIM_ID_ROLE:
            claim = self.claim_at(index.row())
            if claim is not None and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
            ):  # fmt: skip
                return self.title(claim)
            return None
        return super().data(index, role)


class AllClaimsPanel(QWidget):
    """The claims panel on a ProjectClaimsModel; `open_requested` when a row is activated."""

    open_requested = Signal(str)  # claim id

    def __init__(self, model: ProjectClaimsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("allClaims")
        self.model = model
        self.claims = ClaimsPanel(model)
        self.claims.view.setObjectName("allClaimsView")
        self.claims.view.setAccessibleName(self.tr("Claims of all articles"))
        self.claims.search.setPlaceholderText(self.tr("Filter the claims of all articles…"))
        header = self.claims.view.horizontalHeader()
        header.setSectionResizeMode(ARTICLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ARTICLE, 200)
        self.claims.view.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.claims)

    def _activated(self, index: QModelIndex) -> None:
        claim_id = index.data(CLAIM_ID_ROLE)
        if claim_id:
            self.open_requested.emit(claim_id)

    def open_current(self) -> bool:
        """Open the current row's claim (as Enter does); False if no row is current."""
        claim_id = self.claims.current_claim_id()
        if claim_id is None:
            return False
        self.open_requested.emit(claim_id)
        return True
