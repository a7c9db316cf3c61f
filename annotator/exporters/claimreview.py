"""schema.org ClaimReview JSON-LD: one ClaimReview per claim that has a verdict.

A ClaimReview must name where the fact-check is published (an absolute `url`: the article's
published-report URL, else the project's report URL, plus `#claim-N`) and who published it
(`author`: the organisation). Without them `write_claimreview` refuses, naming what is missing,
unless the export allows an incomplete (draft) document.

Numeric fields (ratingValue, bestRating, worstRating) appear only for verdicts
with a number, with best/worst taken from the project's numeric scale
(worstRating is at least 1, as Google's Fact Check tools require).
Publishers paste the output into `<script type="application/ld+json">`, so `<`, `>`
and `&` are written as \\u escapes, and a URL that is not http(s) is left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TextIO
from urllib.parse import urldefrag, urlsplit

from annotator.domain import is_web_url
from annotator.errors import ExportError, Message, msg
from annotator.exporters.bundle import ArticleEntry, ClaimEntry, ExportBundle
from annotator.exporters.common import ITEMS_PLACEHOLDER, write_json_with_items

CONTEXT = "https://schema.org"


def report_url(bundle: ExportBundle, article: ArticleEntry) -> str:
    """The published report of this article: its own report URL, else the project's."""
    return (article.article.report_url or "").strip() or bundle.setting("report_url")


def is_absolute_web_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def claim_url(bundle: ExportBundle, entry: ClaimEntry, article: ArticleEntry | None = None) -> str:
    """Where the check is published: the report URL plus `#claim-N`."""
    base = report_url(bundle, article) if article is not None else bundle.setting("report_url")
    base = urldefrag(base)[0] if is_web_url(base) else ""
    return f"{base}#{entry.anchor}"


def missing_for_claimreview(bundle: ExportBundle) -> list[Message]:
    """What a valid ClaimReview document lacks, in words for the user (empty: nothing)."""
    missing = []
    without_url = [
        a.article.title for a in bundle.articles
        if any(e.verdict for e in a.claims) and not is_absolute_web_url(report_url(bundle, a))
    ]  # fmt: skip
    if without_url:
        names = ", ".join(f"“{t}”" for t in without_url[:3]) + (
            " …" if len(without_url) > 3 else ""
        )
        missing.append(msg(
            "the absolute URL of the published fact-check (set the report URL in Project "
            "Settings, or the article's published-report URL in Article Properties) for {names}",
            names=names,
        ))  # fmt: skip
    if not bundle.setting("organisation_name"):
        missing.append(msg(
            "the organisation that publishes it (its `author`: set the organisation name in "
            "Project Settings)"
        ))  # fmt: skip
    return missing


def joined(missing: list[Message]) -> Message:
    """The items of `missing` in one message ("a; and b"), each still translatable."""
    whole = missing[0]
    for item in missing[1:]:
        whole = msg("{first}; and {second}", first=whole, second=item)
    return whole


def check_claimreview(bundle: ExportBundle) -> None:
    """Raise ExportError naming what is missing, unless the export allows an incomplete document."""
    missing = missing_for_claimreview(bundle)
    if missing and not bundle.options.allow_incomplete:
        raise ExportError(
            msg("ClaimReview not written: it needs {missing}. (To write an incomplete draft "
                "anyway, allow an incomplete document.)", missing=joined(missing))
        )


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
        "url": claim_url(bundle, entry, article),
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
    return list(_claim_reviews(bundle))


def _claim_reviews(bundle: ExportBundle) -> Iterator[dict[str, Any]]:
    return (claim_review(bundle, a, e) for a, e in bundle.entries() if e.verdict is not None)


def write_claimreview(bundle: ExportBundle, out: TextIO) -> None:
    """Write the list; `<`, `>` and `&` are \\u escaped so the file can be pasted into a
    <script>."""
    check_claimreview(bundle)
    write_json_with_items(ITEMS_PLACEHOLDER, _claim_reviews(bundle), out, for_embedding=True)
