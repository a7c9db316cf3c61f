"""People in the window: authors shown by their current display name, and approval notes."""

from __future__ import annotations

from typing import Any

from annotator.domain import Claim, ReviewStatus
from annotator.services import review

_NOTES = {
    "current": "Approval: current (what it says now is what was approved)",
    "stale": "Approval: none now (it changed after it was approved; see History)",
}


def show_identities(window: Any) -> None:  # noqa: ANN401 - MainWindow, kept loose to avoid a cycle
    """Let the claims list and the inspector name people by identity, not by stored name."""

    def person_name(person_id: str, name: str) -> str:
        service = window.service
        return service.display_name(person_id, name) if service is not None else name

    def approval_note(claim: Claim) -> str:
        service = window.service
        if service is None or claim.status == ReviewStatus.DRAFT and not claim.author_id:
            return ""
        try:
            return _NOTES.get(review.approval_state(service, claim.id), "")
        except KeyError:  # the claim was deleted meanwhile
            return ""

    window.claims_model.person_name = lambda claim: person_name(claim.author_id, claim.author)
    window.inspector.person_name = person_name
    window.inspector.approval_note = approval_note
