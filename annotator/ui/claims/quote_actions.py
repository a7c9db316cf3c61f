"""What a claim's quote needs beyond New and Delete: word snapping of the selection, Set Quote to
Selection (undoable, in the claim's history as a position change), the question before a second
claim on exactly the same span, Copy Quote, Open in Claims List, Set Verdict ▸ and the context
menu on a highlight that gathers them; the claim numbers in the reader's margin."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QTabWidget, QWidget

from annotator.anchoring.textunits import snap_to_words
from annotator.services.claim_spans import claims_on_span, set_claim_span
from annotator.ui.common import dialogs
from annotator.ui.common.actions import make_action
from annotator.ui.common.i18n import translator
from annotator.ui.common.undo_commands import ReplaceClaimCommand
from annotator.ui.reader.claim_numbers import ClaimNumbers
from annotator.ui.reader.highlight_menu import HighlightMenu, MenuItem
from annotator.ui.reader.span_drag import SpanDrag
from annotator.ui.reader.word_snap import WordSnap

if TYPE_CHECKING:
    from annotator.ui.claims.claims_controller import ClaimsController

tr = translator("QuoteActions")  # the context of QuoteActions.tr as well

EditField = Callable[[str, str, object], None]


def ask_duplicate(parent: QWidget, quote: str, count: int) -> bool:
    """Whether to make a claim on a span `count` claims already quote (tests replace this: a
    message box's own event loop is not caught by the GUI tests' guard)."""
    shown = quote if len(quote) <= 120 else quote[:119] + "…"
    if count == 1:
        text = tr("Another claim of this article already quotes exactly “{quote}”.")
    else:
        text = tr("%n claims of this article already quote exactly “{quote}”.", n=count)
    message = text.format(quote=shown) + "\n\n" + tr("Make one more?")
    title, button = tr("Same Quote"), tr("Make It")
    return dialogs.confirm(parent, title, message, button)


class QuoteActions(QObject):
    """Owns the quote actions of the Claim menu and the highlight's context menu."""

    def __init__(self, claims: ClaimsController) -> None:
        host, reader = claims.host, claims.reader
        super().__init__(host.dialog_parent())
        self.host, self.reader, self.panel, self.inspector = (
            host, reader, claims.panel, claims.inspector
        )  # fmt: skip
        self._edit_field: EditField = claims.edit_claim_field
        self.snap = WordSnap(reader)
        self.numbers = ClaimNumbers(reader, claims.panel.model)
        self.set_quote_action = self._action(
            self.tr("Set &Quote to Selection"), self.set_quote_to_selection, "Ctrl+Shift+Q",
            self.tr("Make the selected words the selected claim's quote"), "setQuoteAction",
        )  # fmt: skip
        self.copy_quote_action = self._action(
            self.tr("Cop&y Quote"), self.copy_quote, "Ctrl+Shift+C",
            self.tr("Copy the selected claim's quote"), "copyQuoteAction",
        )  # fmt: skip
        self.open_in_list_action = self._action(
            self.tr("Open in Claims &List"), self.open_in_list, "Ctrl+Alt+L",
            self.tr("Show the selected claim in the claims list"), "openInClaimsListAction",
        )  # fmt: skip
        self.snap_action = self._action(
            self.tr("Snap Selections to &Words"), lambda: self.snap.set_enabled(
                self.snap_action.isChecked()
            ), None, self.tr("Selections take whole words (hold Alt while dragging for exact "
                             "characters)"), "snapToWordsAction",
        )  # fmt: skip
        self.snap_action.setCheckable(True)
        self.snap_action.setChecked(self.snap.enabled)
        self.verdict_menu = QMenu(self.tr("Set &Verdict"), host.dialog_parent())
        self.verdict_menu.setObjectName("setVerdictMenu")
        self.verdict_menu.aboutToShow.connect(self.fill_verdict_menu)
        self.highlight_items: list[MenuItem] = []  # the window's actions (Delete, Add Source…)
        self.highlight_menu = HighlightMenu(reader, host.select_claim, self._highlight_menu_items)
        self.span_drag = SpanDrag(reader, self._placed_span, self._dragged)

    def _action(
        self, text: str, slot: Callable[[], object], keys: str | None, tip: str, name: str
    ) -> QAction:
        action = make_action(self, text, slot, keys, tip)
        action.setObjectName(name)
        return action

    def update_actions(self, writable: bool, has_span: bool) -> None:
        has_claim = self.inspector.claim_id() is not None
        self.set_quote_action.setEnabled(writable and has_claim and has_span)
        self.copy_quote_action.setEnabled(has_claim)
        self.open_in_list_action.setEnabled(has_claim)
        self.verdict_menu.setEnabled(writable and has_claim)

    # -- the span a claim is made on -----------------------------------------------------

    def claim_span(self) -> tuple[int, int] | None:
        """The selection (snapped to words unless kept exact), else the current find match."""
        return self.snap.claim_span() or self.reader.current_find_match()

    def may_quote(self, span: tuple[int, int], besides: str | None = None) -> bool:
        """False if the user, asked, would rather not have a second claim on exactly `span`."""
        service, article_id = self.host.service, self.host.article_id
        if service is None or article_id is None:
            return False
        same = claims_on_span(service, article_id, *span, besides=besides)
        if not same or not self.host.interactive:
            return True
        return ask_duplicate(self.host.dialog_parent(), same[0].exact, len(same))

    def clear_selection(self) -> None:
        cursor = self.reader.textCursor()
        cursor.clearSelection()
        self.reader.setTextCursor(cursor)

    def set_quote_to_selection(self) -> bool:
        """The selected claim quotes the selected words from now on (one undo step)."""
        claim_id = self.inspector.claim_id()
        if claim_id is None:
            return False
        span = self.claim_span()
        if span is None:
            self.host.status(self.tr("Select the words the claim should quote first."), 4000)
            return False
        return self.set_quote(claim_id, span)

    def set_quote(self, claim_id: str, span: tuple[int, int]) -> bool:
        """Quote `span` with the claim (after the duplicate question); one undo step."""
        service = self.host.service
        if service is None or service.read_only or not self.may_quote(span, besides=claim_id):
            return False
        text = self.tr("Set quote to selection")

        def perform() -> ReplaceClaimCommand | None:
            before, after = set_claim_span(service, claim_id, *span)
            return None if after is before else ReplaceClaimCommand(service, before, after, text)

        done = self.host.run(perform)
        if done is not False:
            self.clear_selection()
            self.host.select_claim(claim_id)
        return bool(done)

    def _placed_span(self, claim_id: str) -> tuple[int, int] | None:
        claim = self.panel.model.claim(claim_id)
        placed = claim is not None and claim.anchor_state != "orphaned"
        return (claim.start, claim.end) if claim is not None and placed else None

    def _dragged(self, claim_id: str, start: int, end: int, exact: bool) -> None:
        """An end of the highlight was dragged: snap (unless Alt was held) and set the quote."""
        article = self.reader.article
        if article is not None and not exact and self.snap.enabled:
            start, end = snap_to_words(article.text, start, end)
        if start < end:
            self.set_quote(claim_id, (start, end))

    # -- the selected claim ----------------------------------------------------------------

    def copy_quote(self) -> None:
        claim = self.panel.model.claim(self.inspector.claim_id() or "")
        if claim is not None:
            QGuiApplication.clipboard().setText(claim.exact)

    def open_in_list(self) -> None:
        """Bring the claims list forward with the selected claim's row current and focused."""
        claim_id = self.inspector.claim_id()
        if claim_id is None:
            return
        widget: QWidget | None = self.panel
        while widget is not None and not isinstance(widget, QTabWidget):
            widget = widget.parentWidget()
        if widget is not None:
            widget.setCurrentWidget(self.panel)
        self.panel.select_claim(claim_id)
        self.panel.view.setFocus()

    def fill_verdict_menu(self) -> None:
        """The scale's verdicts (retired ones aside) and Unrated, the claim's own ticked."""
        self.verdict_menu.clear()
        service, claim_id = self.host.service, self.inspector.claim_id()
        claim = self.panel.model.claim(claim_id or "")
        if service is None or claim is None:
            return
        choices = [(self.tr("Unrated"), None)] + [
            (v.label, v.id) for v in service.verdicts() if not v.retired
        ]
        for label, verdict_id in choices:
            action = self.verdict_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(claim.verdict_id == verdict_id)
            action.triggered.connect(
                lambda _=False, v=verdict_id, c=claim.id: self._edit_field(c, "verdict_id", v)
            )

    def _highlight_menu_items(self) -> list[MenuItem]:
        self.fill_verdict_menu()
        return [
            *self.highlight_items, self.verdict_menu, self.copy_quote_action,
            self.open_in_list_action, None, self.set_quote_action,
        ]  # fmt: skip
