"""Claims: a checked statement anchored in an article's text."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from annotator.domain.verdict import Verdict


class ReviewStatus(StrEnum):
    DRAFT = "draft"
    READY = "ready_for_review"
    APPROVED = "approved"
    CHANGES_REQUESTED = "changes_requested"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    ReviewStatus.DRAFT: "Draft",
    ReviewStatus.READY: "Ready for review",
    ReviewStatus.APPROVED: "Approved",
    ReviewStatus.CHANGES_REQUESTED: "Changes requested",
}


class AnchorState(StrEnum):
    EXACT = "exact"
    MOVED = "moved"
    CHANGED = "changed"
    ORPHANED = "orphaned"


@dataclass
class Claim:
    """A claim: where it sits (position and quote selectors) and what the checker found.

    `start`/`end` count code points of the article's canonical text (end exclusive),
    like the W3C TextPositionSelector; `exact`/`prefix`/`suffix` are the
    TextQuoteSelector that lets the claim be found again if the text changes.
    """

    id: str
    article_id: str
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""
    original_exact: str = ""  # the quote the claim was made on, kept across re-anchoring
    anchor_state: AnchorState = AnchorState.EXACT
    anchor_version: int = 1  # article version the anchor refers to
    claim_reviewed: str = ""  # the claim as checked (ClaimReview's claimReviewed)
    claimant: str = ""
    claim_date: str = ""
    verdict_id: str | None = None
    explanation: str = ""
    tags: list[str] = field(default_factory=list)
    status: ReviewStatus = ReviewStatus.DRAFT
    internal_note: str = ""  # never exported
    author: str = ""
    created: str = ""
    modified: str = ""
    modified_by: str = ""
    author_id: str = ""  # the author's identity (people.id); `author` is their name at the time
    modified_by_id: str = ""  # who changed it last (people.id); `modified_by`: their name then

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class ClaimPlace:
    """Where a claim is highlighted, and with which verdict: all the reader's first paint
    needs of a claim (the full claims fill the list once the window has painted)."""

    id: str
    start: int
    end: int
    verdict_id: str | None


EDITABLE_CLAIM_FIELDS = (
    "claim_reviewed",
    "claimant",
    "claim_date",
    "verdict_id",
    "explanation",
    "tags",
    "status",
    "internal_note",
)
"""Fields a user edits in the inspector; each change is one undoable command."""


def published_fields(claim: Claim, verdict: Verdict | None) -> dict[str, Any]:
    """The fields of a claim that listings and data exports publish under these names (the
    quote, its place, the checked statement, the verdict, the explanation, status and times);
    each format adds its own around them."""
    return {
        "quote": claim.exact,
        "start": claim.start,
        "end": claim.end,
        "anchor_state": str(claim.anchor_state),
        "claim_reviewed": claim.claim_reviewed,
        "claimant": claim.claimant,
        "claim_date": claim.claim_date,
        "verdict": verdict.label if verdict else None,
        "verdict_value": verdict.value if verdict else None,
        "explanation": claim.explanation,
        "tags": list(claim.tags),
        "status": str(claim.status),
        "created": claim.created,
        "modified": claim.modified,
    }


def report_order(claims: Iterable[Claim]) -> list[Claim]:
    """An article's claims as reports list (and number) them: placed claims in text order, then
    the orphaned ones by where they were; claims on one span by when they were made (then by
    id: two made in the same millisecond are numbered alike whatever order they come in)."""

    def key(claim: Claim) -> tuple[bool, int, int, str, str]:
        orphaned = claim.anchor_state == AnchorState.ORPHANED
        return (orphaned, claim.start, claim.end, claim.created, claim.id)

    return sorted(claims, key=key)
