"""W3C Web Annotation JSON-LD: an AnnotationCollection with one Annotation per claim.

Everything the standard has a place for goes there (selectors, creator, dates,
verdict/explanation/tag bodies, linked sources with a TimeState). What it has no
place for (claim as checked, claimant, status, source details) uses terms of our
own namespace, declared in a second @context entry so the file stays valid
JSON-LD; `annotator.interchange.annotation_parser` reads them back.
"""

from __future__ import annotations

import uuid
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
    body: dict[str, Any] = {"type": "SpecificResource", "purpose": "linking", "source": source.url}
    state: dict[str, Any] = {}
    if len(source.accessed) == 10:
        state["sourceDate"] = f"{source.accessed}T00:00:00Z"
    if source.archive_url:
        state["cached"] = source.archive_url
    if state:
        body["state"] = {"type": "TimeState", **state}
    extras = {
        "annotator:title": source.title,
        "annotator:publisher": source.publisher,
        "annotator:sourceAuthor": source.source_author,
        "annotator:sourceDate": source.source_date,
        "annotator:accessed": source.accessed,
        "annotator:excerpt": source.excerpt,
        "annotator:locator": source.locator,
        "annotator:kind": source.kind,
        "annotator:stance": source.stance,
        "annotator:creator": source.author,
        "annotator:created": utc_z(source.created),
        "annotator:modified": utc_z(source.modified),
    }
    body.update({k: v for k, v in extras.items() if v})
    return body


def annotation(article: ArticleEntry, entry: ClaimEntry) -> dict[str, Any]:
    claim, verdict = entry.claim, entry.verdict
    bodies: list[dict[str, Any]] = []
    if verdict is not None:
        rating: dict[str, Any] = {"type": "TextualBody", "purpose": "assessing", "value": verdict.label}
        if verdict.value is not None:
            rating["annotator:ratingValue"] = verdict.value
        bodies.append(rating)
    if claim.explanation:
        bodies.append({"type": "TextualBody", "purpose": "describing", "value": claim.explanation, "format": "text/plain"})
    bodies.extend({"type": "TextualBody", "purpose": "tagging", "value": tag} for tag in claim.tags)
    bodies.extend(source_body(s) for s in entry.sources)
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
    target: dict[str, Any] = {
        "type": "SpecificResource",
        "source": article_target_source(article),
        "selector": [
            {"type": "TextQuoteSelector", "exact": claim.exact, "prefix": claim.prefix, "suffix": claim.suffix},
            {"type": "TextPositionSelector", "start": claim.start, "end": claim.end},
        ],
    }
    if article.article.title:
        target["annotator:articleTitle"] = article.article.title
    item["target"] = target
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


def annotation_collection(bundle: ExportBundle) -> dict[str, Any]:
    items = [annotation(a, e) for a, e in bundle.entries()]
    project_id = bundle.settings.get("project_id") or str(uuid.uuid4())
    collection_id = urn(project_id)
    if bundle.options.article_id:
        collection_id = urn(bundle.options.article_id)
    return {
        "@context": CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": report_title(bundle),
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def write_w3c(bundle: ExportBundle, out: TextIO) -> None:
    collection = annotation_collection(bundle)
    items = collection["first"]["items"]
    collection["first"]["items"] = ITEMS_PLACEHOLDER
    write_json_with_items(collection, items, out, for_embedding=True)  # JSON-LD may be embedded
