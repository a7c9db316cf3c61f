"""A claim's history, newest first: when · who · what changed (old → new).

The lines come from the database triggers (services.review.claim_history), so edits,
undo, restores and merged-in changes all appear, whoever made them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from annotator.services import Change, ProjectService
from annotator.services.review import HistoryLine, claim_history
from annotator.ui.common import plain_text
from annotator.ui.common.change_feed import ChangeFeed, concerns_claim
from annotator.ui.common.i18n import translator
from annotator.ui.common.review_text import one_line, person, short_time
from annotator.ui.common.undo_commands import field_label

tr = translator("inspector.history_widget")

VALUE_LIMIT = 60


def describe(line: HistoryLine) -> str:
    """What changed, in words: 'verdict: Half true → False', 'added source https://…'."""
    field, old, new = line.field, line.old, line.new
    if field == "created":
        return tr("created the claim on {quote}").format(quote=_quote(new))
    if field == "deleted":
        return tr("deleted the claim")
    if field == "restored":
        return tr("restored the claim")
    if field == "approval":  # the project's rules took an approval back (migration 0006)
        return new or tr("approval voided")
    if field == "source":
        if not old:
            return tr("added source {one_line}").format(one_line=one_line(new, VALUE_LIMIT))
        if not new:
            return tr("removed source {one_line}").format(one_line=one_line(old, VALUE_LIMIT))
        if old == new:
            return tr("edited source {one_line}").format(one_line=one_line(new, VALUE_LIMIT))
        return tr("source: {old} → {new}").format(
            old=one_line(old, VALUE_LIMIT), new=one_line(new, VALUE_LIMIT)
        )
    label = tr("position") if field == "position" else field_label(field)
    return f"{label}: {_value(old)} → {_value(new)}"


def _value(text: str) -> str:
    return one_line(text, VALUE_LIMIT) if text.strip() else "(empty)"


def _quote(text: str) -> str:
    return f"“{one_line(text, VALUE_LIMIT)}”"


def history_text(line: HistoryLine) -> str:
    entry = line.entry
    return f"{short_time(entry.changed_at)} · {person(entry.changed_by)} · {describe(line)}"


class HistoryWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: ProjectService | None = None
        self._claim_id: str | None = None
        self._stale = False  # the list is not the shown claim's history yet (see refresh)
        self._feed = ChangeFeed(self._on_change)
        self.list = QListWidget()
        self.list.setObjectName("claimHistory")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.empty = QLabel(tr("No changes recorded yet."))
        self.empty.setObjectName("historyEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self.show_claim(None)

    def set_service(self, service: ProjectService | None) -> None:
        self._feed.attach(service)
        self.service = service
        self.show_claim(None)

    def claim_id(self) -> str | None:
        return self._claim_id

    def show_claim(self, claim_id: str | None) -> None:
        self._claim_id = claim_id if self.service is not None else None
        self.refresh()

    def lines(self) -> list[str]:
        """The shown lines, top (newest) first (as they are when the tab is next shown)."""
        self._fill_if_stale()
        return [self.list.item(i).text() for i in range(self.list.count())]

    def refresh(self) -> None:
        """Read the shown claim's history again: at once while the list can be seen, else when
        it is shown next (a claim picked or edited while the tab is behind another costs no
        query and no list filled)."""
        self._stale = True
        if self.isVisible():
            self._fill_if_stale()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self._fill_if_stale()
        super().showEvent(event)

    def _fill_if_stale(self) -> None:
        if not self._stale:
            return
        self._stale = False
        self.list.clear()
        history: list[HistoryLine] = []
        if self.service is not None and self._claim_id is not None:
            history = claim_history(self.service, self._claim_id)
        for line in reversed(history):
            item = QListWidgetItem(history_text(line))
            if line.field not in ("created", "deleted", "restored"):
                item.setToolTip(
                    plain_text.tooltip(
                        tr("Before:\n{before}\n\nAfter:\n{after}").format(
                            before=line.old or tr("(empty)"), after=line.new or tr("(empty)")
                        )
                    )
                )
            self.list.addItem(item)
        self.empty.setVisible(self._claim_id is not None and not history)

    def _on_change(self, change: Change) -> None:
        if concerns_claim(change, self._claim_id):
            self.refresh()
