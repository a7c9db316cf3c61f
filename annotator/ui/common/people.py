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
        if service is None:
            return ""
        try:
            return _NOTES.get(review.approval_state(service, claim.id), "")
        except KeyError:  # the claim was deleted meanwhile
            return ""

    def status_text(claim: Claim) -> str:
        service = window.service
        if service is None or claim.status != ReviewStatus.READY:
            return claim.status.label
        try:
            voided = review.approval_state(service, claim.id) == "stale"
        except KeyError:
            voided = False
        return f"{claim.status.label} (approval voided)" if voided else claim.status.label

    window.claims_model.person_name = lambda claim: person_name(claim.author_id, claim.author)
    window.claims_model.status_text = status_text
    window.inspector.person_name = person_name
    window.inspector.approval_note = approval_note
