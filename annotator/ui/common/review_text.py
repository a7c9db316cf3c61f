"""Short texts the review widgets share: times, people, one-line summaries of claims, and the
names of review statuses and source stances in the interface's language."""

from __future__ import annotations

from annotator.domain import Claim, ReviewStatus
from annotator.ui.common.i18n import mark, translator
from annotator.ui.common.times import format_time

tr = translator("common.review_text")
# The domain's English names (ReviewStatus.label), marked here for the translators.
STATUS_NAMES = {
    ReviewStatus.DRAFT: mark("Draft"),
    ReviewStatus.READY: mark("Ready for review"),
    ReviewStatus.APPROVED: mark("Approved"),
    ReviewStatus.CHANGES_REQUESTED: mark("Changes requested"),
}
STANCE_NAMES = {
    "supports": mark("Supports the claim"),
    "refutes": mark("Refutes the claim"),
    "context": mark("Context"),
}


def status_label(status: ReviewStatus) -> str:
    return tr(STATUS_NAMES.get(status, status.label))


def stance_label(stance: str) -> str:
    return tr(STANCE_NAMES[stance]) if stance in STANCE_NAMES else stance


def short_time(iso: str) -> str:
    """'2025-02-11T14:03:55.120Z' -> '2025-02-11 14:03 UTC' (or local time: see `format_time`)."""
    return format_time(iso)


def person(name: str) -> str:
    return name or tr("someone")


def one_line(text: str, limit: int = 80) -> str:
    """Collapse whitespace and cut long text with an ellipsis, for lists and status lines."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def claim_summary(claim: Claim, limit: int = 70) -> str:
    return f"“{one_line(claim.exact, limit)}”"
