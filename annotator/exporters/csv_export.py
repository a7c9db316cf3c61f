"""CSV: one row per claim (or per source), for spreadsheets.

UTF-8 with a byte-order mark by default so Excel reads accents correctly; a
cell that starts with = + - @ tab or carriage return, also after leading spaces or
line breaks (spreadsheets skip those), is prefixed with ' so a spreadsheet shows it
as text instead of running it as a formula.
"""

from __future__ import annotations

import csv
from typing import Any, TextIO

from annotator.domain import Source
from annotator.domain.claim import published_fields
from annotator.exporters.bundle import ArticleEntry, ClaimEntry, ExportBundle

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_SIGNS = ("=", "+", "-", "@")

CLAIM_COLUMNS = (
    "number", "claim_id", "article_id", "article_title", "article_url", "quote", "start", "end",
    "page", "anchor_state", "claim_reviewed", "claimant", "claim_date", "verdict", "verdict_value",
    "explanation", "tags", "status", "author", "created", "modified", "source_count", "source_urls",
)  # fmt: skip
SOURCE_COLUMNS = (
    "source_number", "source_url", "source_title", "source_publisher", "source_author",
    "source_date", "source_accessed", "source_archive_url", "source_excerpt", "source_locator",
    "source_kind", "source_stance",
)  # fmt: skip


def neutralise(value: Any) -> Any:
    """Make a text cell inert for spreadsheets (CSV injection); numbers pass unchanged."""
    if not isinstance(value, str):
        return value
    if value.startswith(FORMULA_STARTS) or value.lstrip().startswith(FORMULA_SIGNS):
        return "'" + value
    return value


def claim_row(article: ArticleEntry, entry: ClaimEntry) -> dict[str, Any]:
    claim = entry.claim
    published = published_fields(claim, entry.verdict)
    return {
        **published,
        "number": entry.number,
        "claim_id": claim.id,
        "article_id": article.article.id,
        "article_title": article.article.title,
        "article_url": article.article.url,
        "page": entry.page if entry.page is not None else "",
        "verdict": published["verdict"] or "",
        "verdict_value": "" if published["verdict_value"] is None else published["verdict_value"],
        "tags": "; ".join(claim.tags),
        "author": claim.author,
        "source_count": len(entry.sources),
        "source_urls": " ".join(s.url for s in entry.sources),
    }


def source_cells(number: int | str, source: Source | None) -> dict[str, Any]:
    if source is None:
        return dict.fromkeys(SOURCE_COLUMNS, "")
    return {
        "source_number": number,
        "source_url": source.url,
        "source_title": source.title,
        "source_publisher": source.publisher,
        "source_author": source.source_author,
        "source_date": source.source_date,
        "source_accessed": source.accessed,
        "source_archive_url": source.archive_url,
        "source_excerpt": source.excerpt,
        "source_locator": source.locator,
        "source_kind": source.kind,
        "source_stance": source.stance,
    }


def write_csv(bundle: ExportBundle, out: TextIO) -> None:
    """Write the table to `out` (opened with newline=""); the BOM is written here if wanted."""
    per_source = bundle.options.csv_per_source
    columns = CLAIM_COLUMNS + SOURCE_COLUMNS if per_source else CLAIM_COLUMNS
    if bundle.options.csv_bom:
        out.write("\ufeff")
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    for article, entry in bundle.entries():
        row = claim_row(article, entry)
        if not per_source:
            writer.writerow({k: neutralise(v) for k, v in row.items()})
            continue
        for number, source in enumerate(entry.sources or [None], start=1):
            cells = {**row, **source_cells(number, source)}
            writer.writerow({k: neutralise(v) for k, v in cells.items()})
