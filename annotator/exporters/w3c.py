"""W3C Web Annotation JSON-LD: an AnnotationCollection with one Annotation per claim.

Everything the standard has a place for goes there (selectors, creator, dates,
verdict/explanation/tag bodies, linked sources with a TimeState when the access
date is known, comments and replies as `replying` annotations). What it has no
place for (claim as checked, claimant, status, source details) uses terms of our
own namespace, declared in a second @context entry so the file stays valid
JSON-LD; `annotator.interchange.annotation_parser` reads them back.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any, TextIO

from annotator.domain import Source
from annotator.exporters.bundle import ArticleEntry, ClaimEntry, ExportBundle
from annotator.exporters.common import ITEMS_PLACEHOLDER, report_title, write_json_with_items
from annotator.interchange.annotation_parser import NAMESPACE, utc_z

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CONTEXT: list[Any] = [ANNO_CONTEXT, {"annotator": NAMESPACE}]


def urn(identifier: str) -> str:
    return identifier if identifier.startswith("urn:") else f"urn:uuid:{identifier}"


def article_target_source(article: ArticleEntry) -> str:
    return article.article.url or urn(article.article.id)


def source_body(source: Source) -> dict[str, Any]:
    # A source without a URL (an interview, a protected source) is named by its id.
    body: dict[str, Any] = {
        "type": "SpecificResource",
        "purpose": "linking",
        "source": source.url or urn(source.id),
    }
    state: dict[str, Any] = {}
    captured_at = getattr(source, "captured_at", "")
    if captured_at:  # the capture is what the source said when it was checked
        state["sourceDate"] = captured_at
    elif len(source.accessed) == 10:
        state["sourceDate"] = f"{source.accessed}T00:00:00Z"
    if state:  # a TimeState MUST have a sourceDate (Web Annotation 4.3)
        if source.archive_url:
            state["cached"] = source.archive_url
        body["state"] = {"type": "TimeState", **state}
    elif source.archive_url:  # no date to say when it was archived: kept as our own term
        body["annotator:archiveUrl"] = source.archive_url
    extras = {
        "annotator:title": source.title,
        "annotator:publisher": source.publisher,
        "annotator:sourceAuthor": source.source_author,
        "annotator:sourceDate": source.source_date,
        "annotator:accessed": source.accessed,
        "annotator:excerpt": source.excerpt,
        "annotator:locator": source.locator,
        "annotator:kind": source.kind,
        "annotator:captureSha256": getattr(source, "capture_sha256", ""),
        "annotator:capturedAt": captured_at,
        "annotator:stance": source.stance,
        "annotator:creator": source.author,
        "annotator:created": utc_z(source.created),
        "annotator:modified": utc_z(source.modified),
    }
    body.update({k: v for k, v in extras.items() if v})
    return body


def annotation(article: ArticleEntry, entry: ClaimEntry) -> dict[str, Any]:
    claim, verdict = entry.claim, entry.verdict
    bodies = _bodies(entry)
    item: dict[str, Any] = {
        "id": urn(claim.id),
        "type": "Annotation",
        "motivation": "assessing" if verdict is not None else "highlighting",
    }
    if claim.author:
        item["creator"] = {"type": "Person", "name": claim.author}
    if claim.created:
        item["created"] = utc_z(claim.created)
    if claim.modified:
        item["modified"] = utc_z(claim.modified)
    item["target"] = _target(article, entry)
    if bodies:
        item["body"] = bodies
    extras = {
        "annotator:number": entry.number,
        "annotator:claimReviewed": claim.claim_reviewed,
        "annotator:claimant": claim.claimant,
        "annotator:claimDate": claim.claim_date,
        "annotator:status": str(claim.status),
        "annotator:anchorState": str(claim.anchor_state),
        "annotator:modifiedBy": claim.modified_by,
    }
    item.update({k: v for k, v in extras.items() if v})
    return item


def _bodies(entry: ClaimEntry) -> list[dict[str, Any]]:
    """The verdict (assessing), the explanation (describing), the tags and the sources."""
    claim, verdict = entry.claim, entry.verdict
    bodies: list[dict[str, Any]] = []
    if verdict is not None:
        rating: dict[str, Any] = {
            "type": "TextualBody",
            "purpose": "assessing",
            "value": verdict.label,
        }
        if verdict.value is not None:
            rating["annotator:ratingValue"] = verdict.value
        bodies.append(rating)
    if claim.explanation:
        bodies.append({
            "type": "TextualBody", "purpose": "describing", "value": claim.explanation,
            "format": "text/plain",
        })  # fmt: skip
    bodies.extend({"type": "TextualBody", "purpose": "tagging", "value": tag} for tag in claim.tags)
    bodies.extend(source_body(s) for s in entry.sources)
    return bodies


def _target(article: ArticleEntry, entry: ClaimEntry) -> dict[str, Any]:
    """The claim's place in the article: its quote, its code point offsets, its PDF page."""
    claim = entry.claim
    target: dict[str, Any] = {
        "type": "SpecificResource",
        "source": article_target_source(article),
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": claim.exact,
                "prefix": claim.prefix,
                "suffix": claim.suffix,
            },
            {"type": "TextPositionSelector", "start": claim.start, "end": claim.end},
            *page_selector(entry),
        ],
    }
    if article.article.title:
        target["annotator:articleTitle"] = article.article.title
    return target


def replies(entry: ClaimEntry) -> list[dict[str, Any]]:
    """The claim's comments as `replying` annotations: a comment targets the claim, a reply
    the comment it answers (Web Annotation 3.3.5)."""
    items = []
    for comment in entry.comments:
        item: dict[str, Any] = {
            "id": urn(comment.id),
            "type": "Annotation",
            "motivation": "replying",
            "body": {"type": "TextualBody", "value": comment.body, "format": "text/plain"},
            "target": urn(comment.parent_id or entry.claim.id),
        }
        if comment.author:
            item["creator"] = {"type": "Person", "name": comment.author}
        if comment.created:
            item["created"] = utc_z(comment.created)
        if comment.modified:
            item["modified"] = utc_z(comment.modified)
        if comment.parent_id:
            item["annotator:claim"] = urn(entry.claim.id)
        if comment.resolved:
            item["annotator:resolved"] = True
        items.append(item)
    return items


PDF_FRAGMENT = "http://tools.ietf.org/rfc/rfc3778"  # the PDF fragment identifiers (page=N)


def page_selector(entry: ClaimEntry) -> list[dict[str, Any]]:
    """For a quote of a PDF: the page, as a FragmentSelector refined by the quote, so the
    annotation can be cited and found by page (Web Annotation Data Model 4.2.1 and 4.2.9)."""
    if entry.page is None:
        return []
    claim = entry.claim
    quote = {
        "type": "TextQuoteSelector",
        "exact": claim.exact,
        "prefix": claim.prefix,
        "suffix": claim.suffix,
    }
    return [
        {
            "type": "FragmentSelector",
            "conformsTo": PDF_FRAGMENT,
            "value": f"page={entry.page}",
            "refinedBy": quote,
        }
    ]


def annotation_collection(bundle: ExportBundle) -> dict[str, Any]:
    items = list(_items(bundle))
    return _collection(bundle, items, len(items))


def _items(bundle: ExportBundle) -> Iterator[dict[str, Any]]:
    """Each claim's annotation, followed by its comments' annotations."""
    for article, entry in bundle.entries():
        yield annotation(article, entry)
        yield from replies(entry)


def _collection(bundle: ExportBundle, items: Any, total: int) -> dict[str, Any]:
    project_id = bundle.settings.get("project_id") or str(uuid.uuid4())
    collection_id = urn(project_id)
    if bundle.options.article_id:
        collection_id = urn(bundle.options.article_id)
    return {
        "@context": CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": report_title(bundle),
        "total": total,
        "first": {
            "id": f"{collection_id}#page-1",  # MUST 5.2: an embedded page has an IRI too
            "type": "AnnotationPage",
            "partOf": collection_id,
            "startIndex": 0,
            "items": items,
        },
    }


def write_w3c(bundle: ExportBundle, out: TextIO) -> None:
    """The collection, its annotations made one at a time as they are written."""
    total = sum(1 + len(entry.comments) for _, entry in bundle.entries())
    collection = _collection(bundle, ITEMS_PLACEHOLDER, total)
    write_json_with_items(collection, _items(bundle), out, for_embedding=True)  # may be embedded
