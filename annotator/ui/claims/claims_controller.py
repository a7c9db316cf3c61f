"""Claim → New Claim, Delete Claim, Next and Previous Claim, and every field edit from the
inspector: each one an undo command (four-eyes and blind rating decided by the services). The
quote's own actions (word snapping, Set Quote to Selection, the highlight's menu) are in
quote_actions.py."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence

from annotator.domain import Claim
from annotator.ui.claims.claims_panel import ClaimsPanel
from annotator.ui.claims.quote_actions import QuoteActions
from annotator.ui.common.actions import make_action
from annotator.ui.common.host import WindowHost
from annotator.ui.common.i18n import translator
from annotator.ui.common.undo_commands import (
    CreateClaimCommand,
    DeleteClaimCommand,
    EditClaimCommand,
    ServiceCommand,
)
from annotator.ui.inspector.inspector import ClaimInspector
from annotator.ui.reader.reader import ArticleReader
from annotator.ui.review.blind import BlindMask
from annotator.ui.review.rating_commands import RateCommand
from annotator.ui.review.review_commands import SetStatusCommand

tr = translator("claims.claims_controller")

JUDGEMENT_FIELDS = ("verdict_id", "explanation", "internal_note", "status")
"""The fields a blind rater may not set on a colleague's claim (the verdict becomes a rating)."""


class ClaimsController(QObject):
    """Owns the Claim menu's actions and the inspector's edits of the claim shown."""

    def __init__(
        self,
        host: WindowHost,
        reader: ArticleReader,
        panel: ClaimsPanel,
        inspector: ClaimInspector,
        blind: BlindMask,
    ) -> None:
        super().__init__(host.dialog_parent())
        self.host, self.reader, self.panel, self.inspector, self.blind = (
            host, reader, panel, inspector, blind
        )  # fmt: skip
        self.new_claim_action = make_action(
            self, tr("&New Claim"), self.new_claim_from_selection, "Ctrl+E",
            tr("Make a claim of the selected text"),
        )  # fmt: skip
        self.delete_claim_action = make_action(
            self, tr("&Delete Claim"), self.delete_current_claim, QKeySequence.StandardKey.Delete,
            tr("Delete the selected claim"),
        )  # fmt: skip
        self.delete_claim_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.next_claim_action = make_action(
            self, tr("Ne&xt Claim"), lambda: self.step(1), "Alt+Down"
        )
        self.previous_claim_action = make_action(
            self, tr("Pre&vious Claim"), lambda: self.step(-1), "Alt+Up"
        )
        inspector.field_edited.connect(self.edit_claim_field)
        self.quotes = QuoteActions(self)

    def update_actions(self, writable: bool) -> None:
        has_span = self.quotes.claim_span() is not None  # a selection, or the find match
        has_article = self.host.article_id is not None
        self.new_claim_action.setEnabled(writable and has_article and has_span)
        self.delete_claim_action.setEnabled(writable and self.inspector.claim_id() is not None)
        self.quotes.update_actions(writable, has_span)

    def new_claim_from_selection(self) -> Claim | None:
        """Make a claim of the reader's selection (snapped to words unless kept exact) or of
        the current find match; select it and open it in the inspector. A span another claim
        quotes already is asked about first."""
        service, article_id = self.host.service, self.host.article_id
        if service is None or article_id is None or service.read_only:
            return None
        span = self.quotes.claim_span()
        if span is None:
            self.host.status(tr("Select some text of the article first."), 4000)
            return None
        if not self.quotes.may_quote(span):
            return None
        command = self.host.run(lambda: CreateClaimCommand.perform(service, article_id, *span))
        if not command:
            return None
        self.quotes.clear_selection()
        self.host.select_claim(command.claim_id)
        self.inspector.claim_reviewed.setFocus()
        return service.claim(command.claim_id)

    def delete_current_claim(self) -> None:
        service, claim_id = self.host.service, self.inspector.claim_id()
        if service is None or claim_id is None or service.read_only:
            return
        self.host.run(lambda: DeleteClaimCommand.perform(service, claim_id))

    def edit_claim_field(self, claim_id: str, field: str, value: object) -> None:
        service = self.host.service
        if service is None or service.read_only:
            return
        if self.blind.hides(claim_id) and field in JUDGEMENT_FIELDS:
            # Blind: my verdict is a rating; the colleague's judgement (read-only here) is not mine.
            if field == "verdict_id":
                verdict_id = None if value is None else str(value)
                self.host.run(lambda: RateCommand.perform(service, claim_id, verdict_id))
            return
        edit: Callable[[], ServiceCommand | None]
        if field == "status":  # the four-eyes rule lives in the review service
            edit = lambda: SetStatusCommand.perform(service, claim_id, str(value))  # noqa: E731
        else:
            edit = lambda: EditClaimCommand.perform(service, claim_id, field, value)  # noqa: E731
        if self.host.run(edit) is False:
            try:  # show the stored value again, not what was refused
                claim = self.blind.as_shown(service.claim(claim_id))
                self.inspector.refresh_claim(claim)
                self.inspector.show_claim(claim, service.sources(claim_id))
            except KeyError:
                pass

    def step(self, step: int) -> None:
        """Select the next (1) or previous (-1) claim of the list as it is filtered."""
        ids = self.panel.model.visible_ids()
        if not ids:
            return
        current = self.inspector.claim_id()
        index = ids.index(current) + step if current in ids else (0 if step > 0 else len(ids) - 1)
        self.panel.select_claim(ids[max(0, min(index, len(ids) - 1))])
