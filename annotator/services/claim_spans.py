"""Where a claim's quote lies: set it to a new passage by hand, and find claims that already
quote exactly a passage (so a duplicate is asked about before it is made)."""

from __future__ import annotations

import dataclasses

from annotator.anchoring import trim_span
from annotator.domain import AnchorState, Claim, ClaimPlace
from annotator.errors import ValidationError, msg
from annotator.services.project import ProjectService
from annotator.services.stamps import stamp
from annotator.services.versions import anchored
from annotator.storage import span_lookup


def set_claim_span(
    project: ProjectService, claim_id: str, start: int, end: int
) -> tuple[Claim, Claim]:
    """Quote `text[start:end]` (code points of the article's current text, trimmed of white
    space) with the claim, keeping every other field; returns (before, after) for undo.

    The claim is then anchored exactly on the current version. A claim that was placed exactly
    takes the new quote as the one it was made on; one that a new version moved, changed or
    orphaned keeps its original quote (as re-anchoring by hand does)."""
    with project.store.transaction():  # the claim and the text as stored now
        before = project.claim(claim_id)
        stored = project.store.get_article(before.article_id)
        text = stored.text if stored is not None else ""
        start, end = trim_span(text, max(0, start), min(end, len(text)))
        if stored is None or start >= end:
            raise ValidationError(msg("Select the words the claim should quote."))
        if (start, end) == (before.start, before.end) and before.anchor_state == AnchorState.EXACT:
            return before, before
        after = anchored(before, stored, start, end, AnchorState.EXACT, stamp(project))
        if before.anchor_state == AnchorState.EXACT:  # the quote the claim is made on is new
            after = dataclasses.replace(after, original_exact=after.exact)
        project.put_claim(after)
    return before, after


def claims_on_span(
    project: ProjectService, article_id: str, start: int, end: int, *, besides: str | None = None
) -> list[Claim]:
    """The article's placed claims (orphans aside) quoting exactly `text[start:end]` once it is
    trimmed of white space, as a new claim there would; `besides` leaves one claim out."""
    text = project.article(article_id).text
    start, end = trim_span(text, max(0, start), min(end, len(text)))
    return [
        c
        for c in span_lookup.claims_on_span(project.store, article_id, start, end)
        if c.anchor_state != AnchorState.ORPHANED and c.id != besides
    ]


def claim_places(project: ProjectService, article_id: str) -> list[ClaimPlace]:
    """Where the article's claims are highlighted, and their verdicts (not orphans): what the
    reader needs to paint, read without the claims' other fields."""
    return span_lookup.claim_places(project.store, article_id)
