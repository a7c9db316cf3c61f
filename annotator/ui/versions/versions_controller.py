"""Article versions in the window: Update from New Version…, Compare Versions…, and the
revision review queue (claims moved, changed or orphaned by a new version)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget

from annotator.domain import Claim
from annotator.errors import AnnotatorError
from annotator.services import ProjectService, versions
from annotator.ui.common import dialogs
from annotator.ui.common.actions import make_action
from annotator.ui.common.host import WindowHost
from annotator.ui.common.i18n import number, translated_error, translated_message, translator
from annotator.ui.common.steady import set_tab_text
from annotator.ui.common.undo_commands import (
    CreateClaimCommand,
    ReplaceClaimCommand,
    UpdateArticleVersionCommand,
)
from annotator.ui.versions.revisions_panel import RevisionsPanel

tr = translator("versions.versions_controller")

ClaimChange = Callable[[ProjectService], tuple[Claim, Claim]]
"""A versions-service call returning (the claim before, the claim after)."""


class VersionsController(QObject):
    """Owns the Revisions tab, the two Article menu actions and the re-anchoring edits."""

    def __init__(self, host: WindowHost, tabs: QTabWidget) -> None:
        super().__init__(host.dialog_parent())
        self.host = host
        self.tabs = tabs
        self.article_version = 0
        self.revisions = RevisionsPanel()
        self.update_version_action = make_action(
            self, tr("&Update from New Version…"), self.update_version_dialog, None,
            tr("The article was edited: store its new text and find every claim again"),
        )  # fmt: skip
        self.compare_versions_action = make_action(
            self, tr("&Compare Versions…"), self.compare_versions_dialog, None,
            tr("What changed between two versions of the article"),
        )  # fmt: skip
        self.revisions.claim_selected.connect(host.select_claim)
        self.revisions.accept_requested.connect(self.accept_anchor)
        self.revisions.use_selection_requested.connect(self.move_claim_to_selection)
        self.revisions.orphan_requested.connect(self.keep_as_orphan)
        self.revisions.diff_requested.connect(self.compare_versions_dialog)

    def update_actions(self, writable: bool) -> None:
        has_article = self.host.article_id is not None
        self.update_version_action.setEnabled(writable and has_article)
        self.compare_versions_action.setEnabled(has_article and self.article_version > 1)

    def update_version_dialog(self) -> None:
        service, article_id = self.host.service, self.host.article_id
        if service is None or article_id is None or service.read_only:
            return
        from annotator.ui.versions.version_dialogs import UpdateVersionDialog

        choice = UpdateVersionDialog.ask(
            self.host.dialog_parent(), service.article(article_id).title
        )
        if choice is not None:
            self.update_article_version(*choice)

    def update_article_version(self, kind: str, value: str) -> versions.VersionUpdate | None:
        """Store a new version of the current article from a file or pasted text; re-anchor
        claims."""
        service, article_id = self.host.service, self.host.article_id
        assert service is not None and article_id is not None
        self.host.flush_edits()
        from annotator.importers import import_clipboard, import_path

        try:
            draft = import_path(value) if kind == "file" else import_clipboard(None, value)
            update = versions.update_article_text(service, article_id, draft)
        except AnnotatorError as error:
            dialogs.show_error(
                self.host.dialog_parent(), tr("Update from New Version"), translated_error(error)
            )
            return None
        self.host.undo_stack.push(UpdateArticleVersionCommand(service, update))
        self.host.status(translated_message(update.summary()), 10000)
        if self.revisions.count():
            self.tabs.setCurrentWidget(self.revisions)
        return update

    def compare_versions_dialog(self) -> None:
        service, article_id = self.host.service, self.host.article_id
        if service is not None and article_id is not None:
            from annotator.ui.versions.version_dialogs import ArticleDiffDialog

            ArticleDiffDialog.show_for(
                self.host.dialog_parent(), service, article_id, self.note_change
            )

    def note_change(self, start: int, end: int, explanation: str) -> Claim | None:
        """Make a claim of a passage changed between versions, so the silent edit is reported."""
        service, article_id = self.host.service, self.host.article_id
        if service is None or service.read_only or article_id is None:
            return None
        fields = {
            "explanation": explanation,
            "tags": ["silent edit"],
            "claim_reviewed": tr("The article was changed without notice."),
        }
        command = self.host.run(
            lambda: CreateClaimCommand.perform(service, article_id, start, end, **fields)
        )
        if not command:
            return None
        self.host.select_claim(command.claim_id)
        return service.claim(command.claim_id)

    def refresh(self, shown: list[Claim]) -> None:
        """The review queue from the claims already shown (no second query of a long article)."""
        service, article_id = self.host.service, self.host.article_id
        if service is None or article_id is None:
            self.article_version = 0
            self.revisions.show_claims([], 1)
        else:
            self.article_version = service.article(article_id).version
            waiting = sorted(
                (c for c in shown if c.anchor_state in versions.NEEDS_REVIEW),
                key=lambda c: (c.start, c.end),
            )
            self.revisions.show_claims(waiting, self.article_version)
        count = self.revisions.count()
        index = self.tabs.indexOf(self.revisions)
        title = tr("Revisions ({count})").format(count=number(count)) if count else tr("Revisions")
        set_tab_text(self.tabs, index, title)

    def concerns(self, claim: Claim) -> bool:
        """Whether a changed claim is, or should now be, in the review queue."""
        return self.revisions.has_claim(claim.id) or claim.anchor_state != "exact"

    def accept_anchor(self, claim_id: str) -> None:
        self._replace(
            lambda service: versions.accept_anchor(service, claim_id),
            tr("Accept new place of claim"),
        )

    def move_claim_to_selection(self, claim_id: str) -> None:
        span = self.host.selected_span()
        if span is None:
            self.host.status(
                tr(
                    "Select the passage in the article the claim now refers to, "
                    "then press Use Selection."
                ),
                8000,
            )
            return
        self._replace(
            lambda service: versions.move_claim(service, claim_id, *span),
            tr("Move claim to selection"),
        )

    def keep_as_orphan(self, claim_id: str) -> None:
        self._replace(
            lambda service: versions.mark_orphaned(service, claim_id), tr("Keep claim as orphan")
        )

    def _replace(self, change: ClaimChange, text: str) -> None:
        service = self.host.service
        if service is None or service.read_only:
            return
        self.host.run(lambda: ReplaceClaimCommand(service, *change(service), text))
