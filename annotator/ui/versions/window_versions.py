"""Article versions in the window: update from a new version, the revision review queue, and
comparing versions. A part of MainWindow (see main_window.py)."""

from __future__ import annotations

from annotator.errors import AnnotatorError
from annotator.services import versions
from annotator.ui.common import dialogs
from annotator.ui.common.undo_commands import (
    CreateClaimCommand,
    ReplaceClaimCommand,
    UpdateArticleVersionCommand,
)
from annotator.ui.versions.version_dialogs import ArticleDiffDialog, UpdateVersionDialog


class VersionsMixin:
    """Expects the MainWindow attributes: service, article_id, undo_stack, reader, revisions, left_tabs."""

    def update_version_dialog(self) -> None:
        if self.service is None or self.article_id is None or self.service.read_only:
            return
        choice = UpdateVersionDialog.ask(self, self.service.article(self.article_id).title)
        if choice is not None:
            self.update_article_version(*choice)

    def update_article_version(self, kind: str, value: str) -> versions.VersionUpdate | None:
        """Store a new version of the current article from a file or pasted text; re-anchor claims."""
        assert self.service is not None and self.article_id is not None
        self.inspector.flush()
        from annotator.importers import import_clipboard, import_path

        try:
            draft = import_path(value) if kind == "file" else import_clipboard(None, value)
            update = versions.update_article_text(self.service, self.article_id, draft)
        except AnnotatorError as error:
            dialogs.show_error(self, "Update from New Version", str(error))
            return None
        self.undo_stack.push(UpdateArticleVersionCommand(self.service, update))
        self.statusBar().showMessage(update.summary(), 10000)
        if self.revisions.count():
            self.left_tabs.setCurrentWidget(self.revisions)
        return update

    def compare_versions_dialog(self) -> None:
        if self.service is not None and self.article_id is not None:
            ArticleDiffDialog.show_for(self, self.service, self.article_id, self.note_change)

    def note_change(self, start: int, end: int, explanation: str):  # noqa: ANN201 - Claim | None
        """Make a claim of a passage changed between versions, so the silent edit is reported."""
        if self.service is None or self.service.read_only or self.article_id is None:
            return None
        fields = {"explanation": explanation, "tags": ["silent edit"], "claim_reviewed": "The article was changed without notice."}
        command = self._run(lambda: CreateClaimCommand.perform(self.service, self.article_id, start, end, **fields))
        if not command:
            return None
        self.select_claim(command.claim_id)
        return self.service.claim(command.claim_id)

    def _refresh_revisions(self) -> None:
        """The review queue from the claims already shown (no second query of a long article)."""
        if self.service is None or self.article_id is None:
            self._article_version = 0
            self.revisions.show_claims([], 1)
        else:
            self._article_version = self.service.article(self.article_id).version
            waiting = sorted(
                (c for c in self.claims_model.all_claims() if c.anchor_state in versions.NEEDS_REVIEW),
                key=lambda c: (c.start, c.end),
            )
            self.revisions.show_claims(waiting, self._article_version)
        self.left_tabs.setTabText(1, f"Revisions ({self.revisions.count()})" if self.revisions.count() else "Revisions")

    def accept_anchor(self, claim_id: str) -> None:
        self._run_replace(lambda: versions.accept_anchor(self.service, claim_id), "Accept new place of claim")

    def move_claim_to_selection(self, claim_id: str) -> None:
        span = self.reader.selected_span()
        if span is None:
            self.statusBar().showMessage("Select the passage in the article the claim now refers to, then press Use Selection.", 8000)
            return
        self._run_replace(lambda: versions.move_claim(self.service, claim_id, *span), "Move claim to selection")

    def keep_as_orphan(self, claim_id: str) -> None:
        self._run_replace(lambda: versions.mark_orphaned(self.service, claim_id), "Keep claim as orphan")

    def _run_replace(self, change, text: str) -> None:  # noqa: ANN001
        if self.service is None or self.service.read_only:
            return
        self._run(lambda: ReplaceClaimCommand(self.service, *change(), text))
