"""schema.org ClaimReview JSON-LD: one ClaimReview per claim that has a verdict.

Numeric fields (ratingValue, bestRating, worstRating) appear only for verdicts
with a number, with best/worst taken from the project's numeric scale
(worstRating is at least 1, as Google's Fact Check tools require).
Publishers paste the output into `<script type="application/ld+json">`, so `<`, `>`
and `&` are written as \\u escapes, and a URL that is not http(s) is left out.
"""

from __future__ import annotations

from typing import Any, TextIO
from urllib.parse import urldefrag

from annotator.domain import is_web_url
from annotator.exporters.bundle import ArticleEntry, ClaimEntry, ExportBundle
from annotator.exporters.common import ITEMS_PLACEHOLDER, write_json_with_items

CONTEXT = "https://schema.org"


def claim_url(bundle: ExportBundle, entry: ClaimEntry) -> str:
    """Where the check is published: the report URL from settings plus `#claim-N`."""
    report_url = bundle.setting("report_url")
    base = urldefrag(report_url)[0] if is_web_url(report_url) else ""
    return f"{base}#{entry.anchor}"


def organisation(bundle: ExportBundle) -> dict[str, Any] | None:
    name = bundle.setting("organisation_name")
    if not name:
        return None
    org: dict[str, Any] = {"@type": "Organization", "name": name}
    if is_web_url(bundle.setting("organisation_url")):
        org["url"] = bundle.setting("organisation_url").strip()
    return org


def claim_review(bundle: ExportBundle, article: ArticleEntry, entry: ClaimEntry) -> dict[str, Any]:
    claim, verdict = entry.claim, entry.verdict
    assert verdict is not None
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": verdict.label}
    scale = bundle.numeric_range()
    if verdict.value is not None and scale is not None:
        worst, best = scale
        rating.update(ratingValue=verdict.value, bestRating=best, worstRating=worst)
    if claim.explanation:
        rating["ratingExplanation"] = claim.explanation
    item: dict[str, Any] = {"@type": "Claim"}
    if claim.claimant:
        item["author"] = {"@type": "Person", "name": claim.claimant}
    if claim.claim_date:
        item["datePublished"] = claim.claim_date
    source = article.article
    if is_web_url(source.url):
        appearance: dict[str, Any] = {"@type": "CreativeWork", "url": source.url.strip()}
        if source.title:
            appearance["headline"] = source.title
        if source.publisher:
            appearance["publisher"] = {"@type": "Organization", "name": source.publisher}
        if source.published:
            appearance["datePublished"] = source.published
        item["appearance"] = appearance
    review: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "url": claim_url(bundle, entry),
        "claimReviewed": claim.claim_reviewed.strip() or claim.exact,
        "reviewRating": rating,
        "itemReviewed": item,
        "datePublished": bundle.report_date,
    }
    author = organisation(bundle)
    if author:
        review["author"] = author
    return review


def claim_reviews(bundle: ExportBundle) -> list[dict[str, Any]]:
    return [claim_review(bundle, a, e) for a, e in bundle.entries() if e.verdict is not None]


def write_claimreview(bundle: ExportBundle, out: TextIO) -> None:
    """Write the list; `<`, `>` and `&` are \\u escaped so the file can be pasted into a <script>."""
    write_json_with_items(ITEMS_PLACEHOLDER, claim_reviews(bundle), out, for_embedding=True)  # type: ignore[arg-type]
