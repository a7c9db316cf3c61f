"""The revision review queue: after an article update, the moved, changed and orphaned claims,
each with its old and new passage and a word-level diff; accept, re-select or keep as orphan."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from annotator.anchoring.diff import word_diff
from annotator.domain import AnchorState, Claim
from annotator.ui.common.empty_states import NO_REVISIONS, tr_empty
from annotator.ui.common.i18n import mark, number, translator
from annotator.ui.versions.diff_view import diff_html

tr = translator("versions.revisions_panel")

CLAIM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_LABELS = {
    AnchorState.MOVED: mark("Moved"),
    AnchorState.CHANGED: mark("Changed"),
    AnchorState.ORPHANED: mark("Orphaned"),
}


def _state_count(state: AnchorState, count: int) -> str:
    """'2 moved': how many claims of the revision queue are in one state."""
    if state == AnchorState.MOVED:
        return tr("%n moved", n=count)
    if state == AnchorState.CHANGED:
        return tr("%n changed", n=count)
    return tr("%n orphaned", n=count)


class RevisionsPanel(QWidget):
    claim_selected = Signal(str)
    accept_requested = Signal(str)
    use_selection_requested = Signal(str)
    orphan_requested = Signal(str)
    diff_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revisionsPanel")
        self._claims: dict[str, Claim] = {}
        self.summary = QLabel(tr_empty(NO_REVISIONS))
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("revisionsList")
        self.diff = QTextBrowser()
        self.diff.setObjectName("revisionDiff")
        self.diff.setOpenLinks(False)
        self.diff.setOpenExternalLinks(False)
        self.accept_button = QPushButton(tr("&Accept New Place"))
        self.accept_button.setToolTip(tr("The claim now refers to the highlighted passage"))
        self.select_button = QPushButton(tr("&Use Selection"))
        self.select_button.setToolTip(
            tr("Select the passage in the article, then press this to anchor the claim there")
        )
        self.orphan_button = QPushButton(tr("Keep as &Orphan"))
        self.orphan_button.setToolTip(
            tr("The claim's text is no longer in the article; keep it, marked orphaned")
        )
        self.diff_button = QPushButton(tr("Article &Diff…"))
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.select_button, self.orphan_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.diff_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.diff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(self._current_changed)
        self.accept_button.clicked.connect(lambda: self._emit(self.accept_requested))
        self.select_button.clicked.connect(lambda: self._emit(self.use_selection_requested))
        self.orphan_button.clicked.connect(lambda: self._emit(self.orphan_requested))
        self.diff_button.clicked.connect(self.diff_requested)
        self._update_buttons()

    def show_claims(self, claims: list[Claim], version: int) -> None:
        """List the claims that need a look after an update (orphans always included)."""
        current = self.current_claim_id()
        self._claims = {c.id: c for c in claims}
        self.list.blockSignals(True)
        self.list.clear()
        for claim in claims:
            quote = " ".join((claim.original_exact or claim.exact).split())
            item = QListWidgetItem(f"{tr(STATE_LABELS.get(claim.anchor_state, ''))}: {quote[:80]}")
            item.setData(CLAIM_ID_ROLE, claim.id)
            self.list.addItem(item)
            if claim.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        counts = {
            state: sum(1 for c in claims if c.anchor_state == state) for state in STATE_LABELS
        }
        if claims:
            self.summary.setText(
                tr("Version {version}: {counts}. Check each one.").format(
                    version=number(version),
                    counts=", ".join(_state_count(s, n) for s, n in counts.items() if n),
                )
            )
        else:
            same = tr("Version {version}: every claim is where it was.").format(
                version=number(version)
            )
            self.summary.setText(same if version > 1 else tr_empty(NO_REVISIONS))
        self._show_diff(self._claims.get(self.current_claim_id() or ""))
        self._update_buttons()

    def has_claim(self, claim_id: str) -> bool:
        return claim_id in self._claims

    def count(self) -> int:
        return len(self._claims)

    def current_claim_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(CLAIM_ID_ROLE) if item else None

    def select(self, claim_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(CLAIM_ID_ROLE) == claim_id:
                self.list.setCurrentRow(row)
                return

    def _current_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        claim = self._claims.get(current.data(CLAIM_ID_ROLE)) if current else None
        self._show_diff(claim)
        self._update_buttons()
        if claim is not None:
            self.claim_selected.emit(claim.id)

    def _show_diff(self, claim: Claim | None) -> None:
        if claim is None:
            self.diff.clear()
            return
        old = claim.original_exact or claim.exact
        if claim.anchor_state == AnchorState.ORPHANED:
            struck = diff_html(word_diff(old, ""))
            body = tr(
                "<p><b>No longer in the article.</b> The claim was made "
                "on:</p><blockquote>{struck}</blockquote>"
            ).format(struck=struck)
        else:
            body = tr("<p><b>Old → new passage</b></p><p>{diff_html}</p>").format(
                diff_html=diff_html(word_diff(old, claim.exact))
            )
        self.diff.setHtml(body)

    def _update_buttons(self) -> None:
        claim = self._claims.get(self.current_claim_id() or "")
        self.accept_button.setEnabled(
            claim is not None and claim.anchor_state != AnchorState.ORPHANED
        )
        self.select_button.setEnabled(claim is not None)
        self.orphan_button.setEnabled(
            claim is not None and claim.anchor_state != AnchorState.ORPHANED
        )

    def _emit(self, signal: SignalInstance) -> None:
        claim_id = self.current_claim_id()
        if claim_id:
            signal.emit(claim_id)
