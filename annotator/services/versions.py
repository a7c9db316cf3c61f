"""Article versions: store a revised text, re-anchor every claim on it, and review the result.

News articles are edited after publication, often silently. Updating keeps the old
versions, moves each claim to where its quote now is, and records its anchor state
(exact, moved, changed, orphaned) so that nothing is dropped without the checker seeing it.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field

from annotator.anchoring import quote_at, trim_span
from annotator.anchoring.diff import DiffChunk, text_diff
from annotator.anchoring.reanchor import AnchorTarget, Placement, reanchor
from annotator.domain import AnchorState, Article, ArticleDraft, Claim
from annotator.domain.dates import utc_now
from annotator.errors import ValidationError, joined_messages, msg
from annotator.services.project import ProjectService
from annotator.services.stamps import Stamp, stamp

NEEDS_REVIEW = (AnchorState.MOVED, AnchorState.CHANGED, AnchorState.ORPHANED)


@dataclass
class VersionUpdate:
    """What an update did: the article before and after, and every claim before and after."""

    before: Article
    after: Article
    claims_before: list[Claim] = field(default_factory=list)
    claims_after: list[Claim] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        counted = Counter(str(c.anchor_state) for c in self.claims_after)
        return {state.value: counted.get(state.value, 0) for state in AnchorState}

    def summary(self) -> str:
        counts = self.counts
        per_state = {
            AnchorState.EXACT: msg("{count} exact", count=counts[AnchorState.EXACT.value]),
            AnchorState.MOVED: msg("{count} moved", count=counts[AnchorState.MOVED.value]),
            AnchorState.CHANGED: msg("{count} changed", count=counts[AnchorState.CHANGED.value]),
            AnchorState.ORPHANED: msg("{count} orphaned", count=counts[AnchorState.ORPHANED.value]),
        }
        return msg(
            "Version {version} of “{title}”: {counts}",
            version=self.after.version,
            title=self.after.title,
            counts=joined_messages([per_state[state] for state in AnchorState]),
        )


def update_article_text(
    project: ProjectService, article_id: str, draft: ArticleDraft
) -> VersionUpdate:
    """Store `draft.text` as the article's next version and re-anchor all its claims.

    Everything it decides on (the current version, the claims and where they are) is
    read inside the one write transaction, so another window's edit made meanwhile is
    re-anchored too, never overwritten, and the version number is always the next one.
    """
    if not draft.text.strip():
        raise ValidationError(msg("The new version has no text."))
    with project.store.transaction():
        before = project.store.get_article(article_id)
        if before is None:
            raise ValidationError(
                msg("That article is no longer in the project (it may have been removed in "
                    "another window).")
            )
        if draft.text == before.text:
            raise ValidationError(
                msg("The new version of “{title}” has exactly the same text; nothing to update.",
                    title=before.title)
            )
        now = utc_now()
        after = dataclasses.replace(
            before,
            text=draft.text,
            blocks=list(draft.blocks),
            version=before.version + 1,
            **stamp(project, now),
        )
        claims_before = project.claims(article_id)
        claims_after = _reanchor_claims(project, before, after, claims_before, now)
        project.store.add_article_version(after)
        project.store.put_claims(claims_after)
        project.reload()
    return VersionUpdate(before, after, claims_before, claims_after)


def _reanchor_claims(
    project: ProjectService, before: Article, after: Article, claims: list[Claim], now: str
) -> list[Claim]:
    """Place each claim in the new text, using the text of the version its position refers to."""
    by_version: dict[int, list[Claim]] = {}
    for claim in claims:
        by_version.setdefault(claim.anchor_version, []).append(claim)
    updated: list[Claim] = []
    stamped = stamp(project, now)
    for version, group in by_version.items():
        old_text = (
            before.text if version == before.version else _version_text(project, before.id, version)
        )
        targets = [AnchorTarget(c.id, c.start, c.end, c.exact, c.prefix, c.suffix) for c in group]
        for claim, placement in zip(group, reanchor(targets, after.text, old_text), strict=True):
            updated.append(_placed(claim, placement, after, stamped))
    return updated


def _version_text(project: ProjectService, article_id: str, version: int) -> str | None:
    stored = project.store.get_article(article_id, version)
    return stored.text if stored else None


def _placed(claim: Claim, placement: Placement, article: Article, stamped: Stamp) -> Claim:
    if placement.state is AnchorState.ORPHANED or placement.start is None or placement.end is None:
        original = claim.original_exact or claim.exact
        return dataclasses.replace(
            claim,
            anchor_state=AnchorState.ORPHANED,
            original_exact=original,
            **stamped,
        )
    return anchored(claim, article, placement.start, placement.end, placement.state, stamped)


def anchored(
    claim: Claim, article: Article, start: int, end: int, state: AnchorState, stamped: Stamp
) -> Claim:
    """`claim` placed on `article.text[start:end]`, its quote selector renewed, the original
    quote kept."""
    quote = quote_at(article.text, start, end)
    return dataclasses.replace(
        claim,
        start=start,
        end=end,
        exact=quote.exact,
        prefix=quote.prefix,
        suffix=quote.suffix,
        original_exact=claim.original_exact or claim.exact,
        anchor_state=state,
        anchor_version=article.version,
        **stamped,
    )


def undo_update(project: ProjectService, update: VersionUpdate) -> None:
    """Drop the new version and put every claim back as it was before the update (whole
    rows: an edit of those claims made since, in another window, is not kept)."""
    project.store.replace_article_version(update.before, update.claims_before)
    project.reload()


def redo_update(project: ProjectService, update: VersionUpdate) -> None:
    with project.store.transaction():
        project.store.add_article_version(update.after)
        project.store.put_claims(update.claims_after)
    project.reload()


def claims_to_review(project: ProjectService, article_id: str) -> list[Claim]:
    """Moved, changed and orphaned claims of the article, in text order (orphans always listed)."""
    return [c for c in project.claims(article_id) if c.anchor_state in NEEDS_REVIEW]


def accept_anchor(project: ProjectService, claim_id: str) -> tuple[Claim, Claim]:
    """The checker confirms where a moved or changed claim now sits."""
    with project.store.transaction():  # decide on the stored row, not on a copy read before
        before = project.claim(claim_id)
        if before.anchor_state is AnchorState.ORPHANED:
            raise ValidationError(
                msg("An orphaned claim has no place in the text to accept; select a new passage "
                    "for it.")
            )
        after = dataclasses.replace(before, anchor_state=AnchorState.EXACT, **stamp(project))
        project.put_claim(after)
    return before, after


def move_claim(project: ProjectService, claim_id: str, start: int, end: int) -> tuple[Claim, Claim]:
    """Anchor a claim on a passage the checker selected by hand (code points of the current
    text)."""
    with project.store.transaction():  # the claim and the text as stored now, not as cached
        before = project.claim(claim_id)
        article = project.store.get_article(before.article_id)
        if article is None:
            raise ValidationError(msg("The claim's article is no longer in the project."))
        start, end = trim_span(article.text, max(0, start), min(end, len(article.text)))
        if start >= end:
            raise ValidationError(msg("Select the passage the claim now refers to."))
        after = anchored(before, article, start, end, AnchorState.EXACT, stamp(project))
        project.put_claim(after)
    return before, after


def mark_orphaned(project: ProjectService, claim_id: str) -> tuple[Claim, Claim]:
    """The checker decides the claim's text is no longer in the article; it stays listed and
    exported."""
    with project.store.transaction():
        before = project.claim(claim_id)
        after = dataclasses.replace(
            before,
            anchor_state=AnchorState.ORPHANED,
            **stamp(project),
        )
        project.put_claim(after)
    return before, after


def version_diff(
    project: ProjectService, article_id: str, old_version: int, new_version: int
) -> list[DiffChunk]:
    """What changed between two stored versions of an article."""
    old = project.store.get_article(article_id, old_version)
    new = project.store.get_article(article_id, new_version)
    if old is None or new is None:
        raise ValidationError(msg("That version of the article is not in the project."))
    return text_diff(old.text, new.text)


__all__ = [
    "NEEDS_REVIEW",
    "VersionUpdate",
    "accept_anchor",
    "claims_to_review",
    "mark_orphaned",
    "move_claim",
    "redo_update",
    "undo_update",
    "update_article_text",
    "version_diff",
]
