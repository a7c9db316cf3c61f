"""People in the window: authors shown by their current display name, and approval notes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from annotator.domain import Claim, ReviewStatus
from annotator.services import ProjectService, review
from annotator.ui.common.i18n import mark, translator
from annotator.ui.common.review_text import status_label

if TYPE_CHECKING:
    from annotator.ui.claims.claims_model import ClaimsModel
    from annotator.ui.inspector.inspector import ClaimInspector

tr = translator("common.people")

_NOTES = {
    "current": mark("Approval: current (what it says now is what was approved)"),
    "stale": mark("Approval: none now (it changed after it was approved; see History)"),
}


def show_identities(
    project: Callable[[], ProjectService | None], claims: ClaimsModel, inspector: ClaimInspector
) -> None:
    """Let the claims list and the inspector name people by identity, not by stored name;
    `project()` is the window's open project, if any."""

    def person_name(person_id: str, name: str) -> str:
        service = project()
        return service.display_name(person_id, name) if service is not None else name

    def approval_note(claim: Claim) -> str:
        service = project()
        if service is None:
            return ""
        try:
            return tr(_NOTES.get(review.approval_state(service, claim.id), ""))
        except KeyError:  # the claim was deleted meanwhile
            return ""

    def status_text(claim: Claim) -> str:
        service = project()
        if service is None or claim.status != ReviewStatus.READY:
            return status_label(claim.status)
        try:
            voided = review.approval_state(service, claim.id) == "stale"
        except KeyError:
            voided = False
        return (
            tr("{label} (approval voided)").format(label=status_label(claim.status))
            if voided
            else status_label(claim.status)
        )

    claims.person_name = lambda claim: person_name(claim.author_id, claim.author)
    claims.status_text = status_text
    inspector.person_name = person_name
    inspector.approval_note = approval_note
