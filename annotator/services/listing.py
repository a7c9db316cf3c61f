"""The project as plain data, for `annotator list --json` (documented in docs/CLI.md)."""

from __future__ import annotations

from typing import Any

from annotator.domain import Article, Claim, ReviewStatus, Source
from annotator.domain.claim import published_fields
from annotator.services.project import ProjectService
from annotator.storage import approvals

CLAIM_LISTING_KEYS = (
    "id", "quote", "original_quote", "prefix", "suffix", "start", "end", "page", "anchor_state",
    "claim_reviewed", "claimant", "claim_date", "verdict", "verdict_value", "explanation", "tags",
    "status", "approval", "approval_current", "author", "author_id", "created", "modified",
    "modified_by", "modified_by_id", "sources",
)  # fmt: skip
"""The keys of a claim in `annotator list --json`, in their order."""


def project_listing(project: ProjectService) -> dict[str, Any]:
    sources = project.store.sources_by_claim()
    states = approvals.approval_states(project.store)
    articles = []
    for article_id in project.article_ids():
        article = project.article(article_id)
        articles.append(
            {
                "id": article.id,
                "title": article.title,
                "standfirst": article.standfirst,
                "authors": article.authors,
                "publisher": article.publisher,
                "published": article.published,
                "url": article.url,
                "language": article.language,
                "source_format": article.source_format,
                "source_name": article.source_name,
                "version": article.version,
                "text_length": len(article.text),
                "claims": [
                    claim_listing(
                        project, claim, sources.get(claim.id, []), states.get(claim.id), article
                    )
                    for claim in project.claims(article_id)
                ],
            }
        )
    return {"project": str(project.path), "articles": articles}


def approval_summary(claim: Claim, state: str | None) -> str:
    """'current' (approved, and unchanged since someone other than its author approved it),
    'stale' (approved once by someone else, not for what it says now) or 'none'."""
    if claim.status == ReviewStatus.APPROVED and state == "current":
        return "current"
    return "stale" if state in ("current", "stale") else "none"


def claim_listing(
    project: ProjectService,
    claim: Claim,
    sources: list[Source],
    state: str | None = None,
    article: Article | None = None,
) -> dict[str, Any]:
    verdict = project.verdict(claim.verdict_id)
    if state is None:
        state = approvals.approval_state(project.store, claim.id)
    approval = approval_summary(claim, state)
    placed = article is not None and str(claim.anchor_state) != "orphaned"
    published = published_fields(claim, verdict)
    row = {
        **published,
        "id": claim.id,
        "original_quote": claim.original_exact,
        "prefix": claim.prefix,
        "suffix": claim.suffix,
        # the PDF page, for citing
        "page": article.page_at(claim.start) if article is not None and placed else None,
        "approval": approval,
        "approval_current": approval == "current",
        "author": project.display_name(claim.author_id, claim.author),
        "author_id": claim.author_id,
        "modified_by": project.display_name(claim.modified_by_id, claim.modified_by),
        "modified_by_id": claim.modified_by_id,
        "sources": [
            {
                "id": s.id,
                "url": s.url,
                "title": s.title,
                "publisher": s.publisher,
                "source_date": s.source_date,
                "accessed": s.accessed,
                "archive_url": s.archive_url,
                "excerpt": s.excerpt,
                "kind": s.kind,
                "stance": s.stance,
            }
            for s in sources
        ],
    }
    return {key: row[key] for key in CLAIM_LISTING_KEYS}
