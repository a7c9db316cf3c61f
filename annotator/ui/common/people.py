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


def voided_label(status: ReviewStatus) -> str:
    return tr("{label} (approval voided)").format(label=status_label(status))


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
        return voided_label(claim.status) if voided else status_label(claim.status)

    def status_texts(shown: list[Claim]) -> list[str]:
        """`status_text` of each of `shown`, the approvals of those ready read in one query."""
        service = project()
        ready = [c for c in shown if c.status == ReviewStatus.READY]
        states = review.approval_states(service, ready) if service is not None and ready else {}
        labels: dict[str, str] = {}  # translated once per status
        return [
            voided_label(c.status) if states.get(c.id) == "stale"
            else labels.get(c.status) or labels.setdefault(c.status, status_label(c.status))
            for c in shown
        ]  # fmt: skip

    claims.person_name = lambda claim: person_name(claim.author_id, claim.author)
    claims.status_text = status_text
    claims.status_texts = status_texts
    inspector.person_name = person_name
    inspector.approval_note = approval_note
