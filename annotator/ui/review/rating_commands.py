"""Rating a passage blind and adjudicating its final verdict, as undoable commands.

Each is performed (and committed) before it is pushed, like every command in undo_commands.py.
"""

from __future__ import annotations

from annotator.domain.rating import Rating
from annotator.services import ProjectService
from annotator.services.ratings import (
    AdjudicationUndo,
    adjudicate,
    my_rating,
    put_rating,
    rate,
    redo_adjudication,
    undo_adjudication,
)
from annotator.ui.common.i18n import translator
from annotator.ui.common.undo_commands import ServiceCommand

tr = translator("review.rating_commands")


class RateCommand(ServiceCommand):
    """My rating of a colleague's claim (a blind second review), never a claim of my own."""

    def __init__(self, service: ProjectService, before: Rating | None, after: Rating) -> None:
        super().__init__(service, tr("Rate passage"))
        self.before, self.after = before, after

    @classmethod
    def perform(
        cls, service: ProjectService, claim_id: str, verdict_id: str | None, explanation: str = ""
    ) -> RateCommand:
        before = my_rating(service, claim_id)
        after = rate(service, claim_id, verdict_id, explanation)
        return cls(service, before, after)

    def _undo(self) -> None:
        put_rating(self.service, self.before, self.after.claim_id, self.after.rater_id)

    def _redo(self) -> None:
        put_rating(self.service, self.after, self.after.claim_id, self.after.rater_id)


class AdjudicateCommand(ServiceCommand):
    """Settle a passage's final verdict after its ratings."""

    def __init__(
        self,
        service: ProjectService,
        claim_id: str,
        verdict_id: str | None,
        note: str,
        undo: AdjudicationUndo,
    ) -> None:
        super().__init__(service, tr("Adjudicate verdict"))
        self.claim_id, self.verdict_id, self.note, self._undo_data = (
            claim_id,
            verdict_id,
            note,
            undo,
        )

    @classmethod
    def perform(
        cls, service: ProjectService, claim_id: str, verdict_id: str | None, note: str = ""
    ) -> AdjudicateCommand:
        return cls(
            service, claim_id, verdict_id, note, adjudicate(service, claim_id, verdict_id, note)
        )

    def _undo(self) -> None:
        undo_adjudication(self.service, self._undo_data)

    def _redo(self) -> None:
        redo_adjudication(self.service, self._undo_data)
