"""Short texts the review widgets share: times, people, one-line summaries of claims."""

from __future__ import annotations

from annotator.domain import Claim
from annotator.ui.common.times import format_time


def short_time(iso: str) -> str:
    """'2025-02-11T14:03:55.120Z' -> '2025-02-11 14:03 UTC' (or local time: see `format_time`)."""
    return format_time(iso)


def person(name: str) -> str:
    return name or "someone"


def one_line(text: str, limit: int = 80) -> str:
    """Collapse whitespace and cut long text with an ellipsis, for lists and status lines."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def claim_summary(claim: Claim, limit: int = 70) -> str:
    return f"“{one_line(claim.exact, limit)}”"
