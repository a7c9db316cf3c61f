"""What may be published, and the checklist the window and the CLI run before an export.

`approval_is_current` is the one question every export asks of an approved claim. It is answered
by the project file itself: migration 0006 keeps, for every claim, whether an approval by someone
other than its author covers its current reviewed content (`storage/approvals.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from annotator.domain import AnchorState, Claim, ReviewStatus
from annotator.errors import msg
from annotator.exporters import ExportBundle, ExportOptions
from annotator.exporters.bundle import ClaimEntry
from annotator.exporters.claimreview import missing_for_claimreview
from annotator.services.project import ProjectService
from annotator.services.ratings import passage_ratings, ratings_store
from annotator.storage.approvals import approval_states


def approval_is_current(project: ProjectService, claim: Claim) -> bool:
    """Approved, and a colleague's approval covers what the claim says now."""
    return approval_check(project)(claim)


def approval_check(project: ProjectService) -> Callable[[Claim], bool]:
    """The check build_bundle uses to keep only claims whose approval is current.

    Reads every claim's approval state in one query, so a large export asks once, not per claim."""
    states = approval_states(project.store)

    def current(claim: Claim) -> bool:
        return claim.status == ReviewStatus.APPROVED and states.get(claim.id) == "current"

    return current


@dataclass(frozen=True)
class CheckItem:
    """One line of the publication checklist."""

    key: str
    message: str  # English (the CLI's words); the window words it by `key` in its language
    claim_ids: list[str] = field(default_factory=list)
    blocking: bool = False  # the export cannot be written until this is fixed
    count: int = 0  # how many claims or passages the item is about (its plural)
    detail: str = ""  # "claimreview": what is missing (a msg()); "stale_approval": "left out"


def publication_checklist(
    project: ProjectService, bundle: ExportBundle, fmt: str
) -> list[CheckItem]:
    """What a reviewer should know before publishing `bundle` as `fmt` (empty: all clear)."""
    options = bundle.options
    entries = [e for _, e in bundle.entries()]
    items: list[CheckItem] = []
    if options.include_drafts and bundle.unapproved_count:
        count = bundle.unapproved_count
        items.append(CheckItem(
            "drafts", f"Includes {count} claims not approved: the report is marked as a draft.",
            count=count,
        ))  # fmt: skip
    if not entries:
        items.append(CheckItem(
            "empty", "Nothing to export: no claim in scope is approved (drafts are left out)."
        ))  # fmt: skip
    items += _content_checks(entries)
    items += _review_checks(project, options, entries, bundle.stale_approvals)
    if fmt == "claimreview":
        for missing in missing_for_claimreview(bundle):
            items.append(CheckItem(
                "claimreview", msg("ClaimReview needs {missing}.", missing=missing),
                blocking=not options.allow_incomplete, detail=missing,
            ))  # fmt: skip
    return items


def _listed(key: str, claims: list[Claim], message: str, detail: str = "") -> list[CheckItem]:
    """One item naming `claims` ({n} and {s} in `message`: their number and a plural s)."""
    return _listed_ids(key, [c.id for c in claims], message, detail)


def _listed_ids(key: str, ids: list[str], message: str, detail: str = "") -> list[CheckItem]:
    """`_listed` of the claims with these ids."""
    if not ids:
        return []
    text = message.format(n=len(ids), s="s" if len(ids) != 1 else "")
    return [CheckItem(key, text, ids, count=len(ids), detail=detail)]


def _content_checks(entries: list[ClaimEntry]) -> list[CheckItem]:
    """Claims without sources, explanation or verdict, and claims whose passage is gone."""
    claims = [e.claim for e in entries]
    return [
        *_listed("no_sources", [e.claim for e in entries if not e.sources],
                 "{n} claim{s} without sources."),
        *_listed("no_explanation", [c for c in claims if not c.explanation.strip()],
                 "{n} claim{s} without an explanation."),
        *_listed("unrated", [e.claim for e in entries if e.verdict is None],
                 "{n} claim{s} without a verdict."),
        *_listed("orphaned", [c for c in claims if c.anchor_state == AnchorState.ORPHANED],
                 "{n} orphaned claim{s}: the passage is no longer in the article's current text."),
    ]  # fmt: skip


def _review_checks(
    project: ProjectService,
    options: ExportOptions,
    entries: list[ClaimEntry],
    stale_ids: list[str] | None,
) -> list[CheckItem]:
    """Approvals that went stale (as the bundle found them, else asked of the project), and
    passages that await adjudication."""
    stale = _stale_in_scope(project, options) if stale_ids is None else stale_ids
    rated = _rated(project, entries)
    passages = passage_ratings(project, rated) if rated else []  # none rated: nothing to read
    disputed = [p.claim for p in passages if p.needs_adjudication]
    after = "." if options.include_drafts else ": left out until approved again."
    return [
        *_listed_ids("stale_approval", stale,
                     "{n} claim{s} changed after approval (stale approval)" + after,
                     "" if options.include_drafts else "left out"),
        *_listed("adjudication", disputed,
                 "{n} passage{s} rated by two or more people await adjudication of the final "
                 "verdict."),
    ]  # fmt: skip


def _stale_in_scope(project: ProjectService, options: ExportOptions) -> list[str]:
    """The ids of the approved claims in scope whose approval is not current."""
    current = approval_check(project)
    ids = [options.article_id] if options.article_id else project.article_ids()
    return [
        c.id
        for a in ids
        for c in project.claims(a)
        if c.status == ReviewStatus.APPROVED and not current(c)
    ]


def _rated(project: ProjectService, entries: list[ClaimEntry]) -> list[Claim]:
    """The claims with a stored rating: only they can have two raters (a claim's own verdict
    counts as one rating at most), so only they can await adjudication."""
    rated = {r.claim_id for r in ratings_store(project).ratings([e.claim.id for e in entries])}
    return [e.claim for e in entries if e.claim.id in rated]
