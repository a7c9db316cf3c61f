"""Undo commands for accepting or dismissing a suggestion and for reusing a match."""

from __future__ import annotations

from annotator.services import ClaimSnapshot, ProjectService
from annotator.services import suggestions as suggest_service
from annotator.services.factchecks import Match, reuse_match
from annotator.ui.common.i18n import translator
from annotator.ui.common.undo_commands import ServiceCommand

tr = translator("matching.matching_commands")


class AcceptSuggestionCommand(ServiceCommand):
    """A suggested sentence became a claim; undo removes both the claim and the decision."""

    def __init__(self, service: ProjectService, article_id: str, start: int, end: int) -> None:
        super().__init__(service, tr("Accept suggestion"))
        claim = suggest_service.accept(service, article_id, start, end)
        self.claim_id = claim.id
        self._snapshot = ClaimSnapshot(claim)
        self._decision = suggest_service.decision_at(service, article_id, start, end)
        self._span = (article_id, start, end)

    def _undo(self) -> None:
        with self.service.transaction():
            suggest_service.undo_decision(self.service, *self._span)
            self._snapshot = self.service.delete_claim(self.claim_id)

    def _redo(self) -> None:
        with self.service.transaction():
            self.service.restore_claim(self._snapshot)
            if self._decision is not None:
                suggest_service.restore_decision(self.service, self._decision)


class DismissSuggestionCommand(ServiceCommand):
    def __init__(self, service: ProjectService, article_id: str, start: int, end: int) -> None:
        super().__init__(service, tr("Dismiss suggestion"))
        suggest_service.dismiss(service, article_id, start, end)
        self._decision = suggest_service.decision_at(service, article_id, start, end)
        self._span = (article_id, start, end)

    def _undo(self) -> None:
        suggest_service.undo_decision(self.service, *self._span)

    def _redo(self) -> None:
        if self._decision is not None:
            suggest_service.restore_decision(self.service, self._decision)


class ReuseMatchCommand(ServiceCommand):
    """Verdict copied, fact-check added as a source, note written; undo restores the claim."""

    def __init__(self, service: ProjectService, claim_id: str, match: Match) -> None:
        super().__init__(service, tr("Reuse fact-check"))
        self.claim_id = claim_id
        self.match = match
        self.result = reuse_match(service, claim_id, match)

    def _undo(self) -> None:
        with self.service.transaction():
            if self.result.source_id:
                self.service.remove_source(self.result.source_id)
            self.service.put_claim(self.result.before)

    def _redo(self) -> None:
        self.result = reuse_match(self.service, self.claim_id, self.match)
