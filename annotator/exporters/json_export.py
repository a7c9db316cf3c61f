"""JSON: the whole project (or one article) in the structure documented in docs/EXPORT.md.

`format` and `version` come first so a reader can check what it holds;
`version` changes only when a field is removed or changes meaning.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from annotator import __version__
from annotator.domain import Source, Verdict
from annotator.domain.source import PROTECTED_LABEL
from annotator.exporters.bundle import ArticleEntry, CitedSource, ClaimEntry, ExportBundle

FORMAT_NAME = "annotator-export"
FORMAT_VERSION = 1


def verdict_data(verdict: Verdict) -> dict[str, Any]:
    return {
        "id": verdict.id,
        "label": verdict.label,
        "colour": verdict.colour,
        "value": verdict.value,
        "position": verdict.position,
    }


def source_data(source: Source, number: int) -> dict[str, Any]:
    return {
        "number": number,
        "id": source.id,
        "url": source.url,
        "title": source.title,
        "publisher": source.publisher,
        "source_author": source.source_author,
        "source_date": source.source_date,
        "accessed": source.accessed,
        "archive_url": source.archive_url,
        "excerpt": source.excerpt,
        "locator": source.locator,
        "kind": source.kind,
        "stance": source.stance,
        "author": source.author,
        "created": source.created,
        "modified": source.modified,
        **_evidence_data(source),
    }


def _evidence_data(source: Source) -> dict[str, Any]:
    """Protection, interview fields and the capture (full SHA-256 and time) of a cited source."""
    data: dict[str, Any] = {
        "protected": bool(source.protected),
        "role": source.role,
        "method": source.method,
    }
    if source.protected:
        data["description"] = PROTECTED_LABEL
    if isinstance(source, CitedSource) and source.capture_sha256:
        data["capture"] = {
            "sha256": source.capture_sha256,
            "captured_at": source.captured_at,
            "url": source.capture_url,
        }
    return data


def claim_data(entry: ClaimEntry) -> dict[str, Any]:
    claim = entry.claim
    return {
        "number": entry.number,
        "id": claim.id,
        "start": claim.start,
        "end": claim.end,
        "page": entry.page,
        "quote": {"exact": claim.exact, "prefix": claim.prefix, "suffix": claim.suffix},
        "original_quote": claim.original_exact,
        "anchor_state": str(claim.anchor_state),
        "anchor_version": claim.anchor_version,
        "claim_reviewed": claim.claim_reviewed,
        "claimant": claim.claimant,
        "claim_date": claim.claim_date,
        "verdict": verdict_data(entry.verdict) if entry.verdict else None,
        "explanation": claim.explanation,
        "tags": list(claim.tags),
        "status": str(claim.status),
        "author": claim.author,
        "created": claim.created,
        "modified": claim.modified,
        "modified_by": claim.modified_by,
        "sources": [source_data(s, i) for i, s in enumerate(entry.sources, start=1)],
        "comments": [
            {
                "id": c.id, "parent_id": c.parent_id, "body": c.body, "resolved": c.resolved,
                "author": c.author, "created": c.created, "modified": c.modified,
            }  # fmt: skip
            for c in entry.comments
        ],
    }


def article_data(entry: ArticleEntry) -> dict[str, Any]:
    a = entry.article
    return {
        "id": a.id,
        "title": a.title,
        "standfirst": a.standfirst,
        "authors": list(a.authors),
        "publisher": a.publisher,
        "published": a.published,
        "url": a.url,
        "report_url": a.report_url,
        "language": a.language,
        "version": a.version,
        "text": a.text,
        "claims": [claim_data(c) for c in entry.claims],
    }


def export_data(bundle: ExportBundle) -> dict[str, Any]:
    options = bundle.options
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "generator": f"Annotator {__version__}",
        "generated": bundle.generated,
        "report_date": bundle.report_date,
        "options": {
            "article_id": options.article_id,
            "approved_only": options.approved_only,
            "include_drafts": options.include_drafts,
        },
        "project": dict(bundle.settings),
        "verdict_scale": [verdict_data(v) for v in bundle.verdicts],
        "articles": [article_data(a) for a in bundle.articles],
    }


def write_json(bundle: ExportBundle, out: TextIO) -> None:
    json.dump(export_data(bundle), out, ensure_ascii=False, indent=2)
    out.write("\n")
