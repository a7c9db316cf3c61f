"""Approving a claim in a test fixture the way the project allows: by a colleague, on the
content as it finally is (a status written directly is taken back by the project file)."""

from __future__ import annotations

from annotator.domain import ReviewStatus
from annotator.services import ProjectService, review

REVIEWER = "Fixture Reviewer"


def approve_as_colleague(service: ProjectService, claim_id: str, reviewer: str = REVIEWER) -> None:
    """Submit (if needed) and approve `claim_id` as `reviewer`; the service keeps its author."""
    me = service.author
    if service.claim(claim_id).status != ReviewStatus.READY:
        review.set_status(service, claim_id, ReviewStatus.READY)
    service.author = reviewer
    try:
        review.approve(service, claim_id)
    finally:
        service.author = me
