"""The panels of matching and check-worthiness: the Fact-Checks archive, "Already checked?" in
the inspector column, and the Suggestions list (Enter accepts, Delete dismisses)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.factcheck import FactCheck
from annotator.domain.source import is_safe_link
from annotator.services import ProjectService
from annotator.services.factchecks import Match, Matcher, list_factchecks
from annotator.ui.common.i18n import translator
from annotator.ui.common.search_list import SearchList

if TYPE_CHECKING:
    from annotator.services.suggestions import Suggestion

tr = translator("matching.matching_panels")

DATA_ROLE = Qt.ItemDataRole.UserRole + 1


def describe(fc: FactCheck) -> str:
    """One line a checker reads first: verdict, organisation, date."""
    parts = [fc.verdict or tr("no verdict given"), fc.organisation or tr("unknown organisation")]
    if fc.date_published:
        parts.append(fc.date_published)
    return " · ".join(parts)


def _open_link(url: str) -> None:
    if url and is_safe_link(url):
        QDesktopServices.openUrl(QUrl(url))


class FactChecksPanel(SearchList):
    """The imported archive, newest first, searchable; never mixed with the claims list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Search imported fact-checks…"), "factCheckList", self.refresh, parent)
        self.setObjectName("factChecksPanel")
        self._service: ProjectService | None = None
        self.results.itemActivated.connect(lambda item: _open_link(item.data(DATA_ROLE).url))

    def set_service(self, service: ProjectService | None) -> None:
        self._service = service
        self.refresh()

    def refresh(self) -> int:
        self.stop_pending()
        if self._service is None:
            self.status.clear()
            return 0
        found = list_factchecks(self._service, self.field.text())
        for stored in found:
            fc = stored.factcheck
            item = QListWidgetItem(f"{fc.claim_reviewed}\n{describe(fc)}")
            item.setData(DATA_ROLE, fc)
            item.setToolTip(escape(fc.url or fc.headline))
            self.results.addItem(item)
        self.status.setText(
            tr("%n shown, newest first; Enter opens the fact-check", n=len(found))
            if found else tr("No fact-checks here. File → Import Fact-Checks… adds them.")
        )  # fmt: skip
        return len(found)


class AlreadyCheckedPanel(QWidget):
    """The best matches for the current claim or selection, and one action to reuse one."""

    reuse_requested = Signal(object)  # Match
    check_selection_requested = Signal()
    shown = Signal()  # brought in front: matches looked up while it was hidden are due

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alreadyCheckedPanel")
        self._matcher: Matcher | None = None
        self.caption = QLabel(tr("<b>Already checked?</b>"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.matches = QListWidget()
        self.matches.setObjectName("matchList")
        self.matches.setWordWrap(True)
        self.matches.itemActivated.connect(
            lambda item: _open_link(item.data(DATA_ROLE).factcheck.url)
        )
        self.reuse_button = QPushButton(tr("&Reuse Verdict and Source"))
        self.reuse_button.setToolTip(
            tr(
                "Copy the match's verdict to the claim, add the fact-check as a source, and "
                "note where it came from"
            )
        )
        self.check_button = QPushButton(tr("Check &Selected Text"))
        self.reuse_button.clicked.connect(self._reuse)
        self.check_button.clicked.connect(self.check_selection_requested.emit)
        self.matches.currentItemChanged.connect(lambda *_: self._update_buttons())
        buttons = QVBoxLayout()  # stacked: the inspector column stays narrow on a laptop
        buttons.addWidget(self.reuse_button)
        buttons.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.caption)
        layout.addWidget(self.status)
        layout.addWidget(self.matches, 1)
        layout.addLayout(buttons)
        self._can_reuse = False
        self._update_buttons()

    def set_service(self, service: ProjectService | None) -> None:
        self._matcher = Matcher(service) if service is not None else None
        self.show_matches("", can_reuse=False)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.shown.emit()

    def show_matches(self, text: str, *, can_reuse: bool) -> list[Match]:
        """Look `text` up; `can_reuse` when a claim is there to take a match's verdict."""
        self.matches.clear()
        self._can_reuse = can_reuse
        found = self._matcher.match(text) if self._matcher is not None and text.strip() else []
        for match in found:
            fc = match.factcheck
            origin = tr("our claim") if match.kind == "claim" else tr("fact-check")
            item = QListWidgetItem(f"{describe(fc)} ({origin})\n{fc.claim_reviewed}\n{fc.url}")
            item.setData(DATA_ROLE, match)
            item.setToolTip(escape(fc.headline or fc.claim_reviewed))
            self.matches.addItem(item)
        if found:
            self.matches.setCurrentRow(0)
            self.status.setText(
                tr("%n possible match(es) for “{text}”", n=len(found)).format(
                    text=escape(_short(text))
                )
            )
        else:
            self.status.setText(
                tr("Nothing in the archive matches.")
                if text.strip()
                else tr("Select a claim or some text.")
            )
        self._update_buttons()
        return found

    def current_match(self) -> Match | None:
        item = self.matches.currentItem()
        match: Match | None = item.data(DATA_ROLE) if item is not None else None
        return match

    def _reuse(self) -> None:
        match = self.current_match()
        if match is not None and self._can_reuse:
            self.reuse_requested.emit(match)

    def _update_buttons(self) -> None:
        self.reuse_button.setEnabled(self._can_reuse and self.current_match() is not None)


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_DECISION_KEYS = (
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_A,
    Qt.Key.Key_Delete,
    Qt.Key.Key_Backspace,
    Qt.Key.Key_D,
)


class SuggestionsPanel(QListWidget):
    """Suggested sentences of the open article; Enter (or A) accepts, Delete (or D) dismisses."""

    accept_requested = Signal(object)  # Suggestion
    dismiss_requested = Signal(object)  # Suggestion
    suggestion_selected = Signal(object)  # Suggestion

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionsPanel")
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setToolTip(tr("Enter: make a claim of it · Delete: dismiss it"))
        self.currentItemChanged.connect(self._current_changed)

    def _current_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.suggestion_selected.emit(item.data(DATA_ROLE))

    def set_suggestions(self, text: str, found: list[Suggestion]) -> None:
        self.clear()
        for suggestion in found:
            sentence = " ".join(text[suggestion.start : suggestion.end].split())
            item = QListWidgetItem(
                f"{suggestion.score:.0%} · {', '.join(suggestion.reasons)}\n{sentence}"
            )
            item.setData(DATA_ROLE, suggestion)
            self.addItem(item)

    def suggestions(self) -> list[Suggestion]:
        return [self.item(i).data(DATA_ROLE) for i in range(self.count())]

    def event(self, event: QEvent) -> bool:
        """Delete here dismisses a suggestion: it must not reach the window's Delete Claim."""
        is_override = event.type() == QEvent.Type.ShortcutOverride
        key = event.key() if isinstance(event, QKeyEvent) else None
        if is_override and self.currentItem() is not None and key in _DECISION_KEYS:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        item = self.currentItem()
        if item is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_A):
            self.accept_requested.emit(item.data(DATA_ROLE))
            return
        if item is not None and event.key() in (
            Qt.Key.Key_Delete,
            Qt.Key.Key_Backspace,
            Qt.Key.Key_D,
        ):
            self.dismiss_requested.emit(item.data(DATA_ROLE))
            return
        super().keyPressEvent(event)
