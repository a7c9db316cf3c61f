"""The project as plain data, for `annotator list --json` (documented in docs/CLI.md)."""

from __future__ import annotations

from typing import Any

from annotator.services.project import ProjectService


def project_listing(project: ProjectService) -> dict[str, Any]:
    sources = project.store.sources_by_claim()
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
                "claims": [claim_listing(project, claim, sources.get(claim.id, []), article) for claim in project.claims(article_id)],
            }
        )
    return {"project": str(project.path), "articles": articles}


def claim_listing(project: ProjectService, claim, sources, article=None) -> dict[str, Any]:  # noqa: ANN001
    verdict = project.verdict(claim.verdict_id)
    placed = article is not None and str(claim.anchor_state) != "orphaned"
    return {
        "id": claim.id,
        "quote": claim.exact,
        "original_quote": claim.original_exact,
        "prefix": claim.prefix,
        "suffix": claim.suffix,
        "start": claim.start,
        "end": claim.end,
        "page": article.page_at(claim.start) if placed else None,  # the PDF page, for citing
        "anchor_state": str(claim.anchor_state),
        "claim_reviewed": claim.claim_reviewed,
        "claimant": claim.claimant,
        "claim_date": claim.claim_date,
        "verdict": verdict.label if verdict else None,
        "verdict_value": verdict.value if verdict else None,
        "explanation": claim.explanation,
        "tags": claim.tags,
        "status": str(claim.status),
        "author": claim.author,
        "created": claim.created,
        "modified": claim.modified,
        "modified_by": claim.modified_by,
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
