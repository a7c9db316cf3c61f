"""Parse W3C Web Annotation JSON-LD and Hypothesis JSON into plain `ForeignAnnotation` records.

Accepted shapes: one Annotation, a list of them, an AnnotationCollection or
AnnotationPage (embedded pages), a Hypothesis API search result (`{"rows": [...]}`),
a list of Hypothesis annotation objects, or `{"annotations": [...]}`.
Nothing here touches a project: anchoring and storing is
`annotator.services.annotation_import`'s job.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from annotator.errors import AnnotatorError, msg

NAMESPACE = "urn:annotator:vocab:"
"""Our JSON-LD namespace for what the W3C model has no property for (see exporters/w3c.py)."""


class AnnotationFileError(AnnotatorError):
    """An annotation file cannot be read (not JSON, or no annotations in it)."""


@dataclass
class ForeignSource:
    url: str
    title: str = ""
    publisher: str = ""
    source_author: str = ""
    source_date: str = ""
    accessed: str = ""
    archive_url: str = ""
    excerpt: str = ""
    locator: str = ""
    kind: str = ""
    stance: str = ""
    creator: str = ""
    created: str = ""
    modified: str = ""


@dataclass
class ForeignAnnotation:
    """One annotation as found in the file, before it is anchored in an article."""

    id: str
    origin: str  # "w3c" | "hypothesis"
    target_source: str = ""  # the annotated document's URL (or urn:uuid:)
    exact: str = ""
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None
    creator: str = ""
    created: str = ""
    modified: str = ""
    modified_by: str = ""
    motivation: str = ""
    verdict_label: str = ""
    explanation: str = ""
    tags: list[str] = field(default_factory=list)
    sources: list[ForeignSource] = field(default_factory=list)
    claim_reviewed: str = ""
    claimant: str = ""
    claim_date: str = ""
    status: str = ""
    document_title: str = ""
    reply_to: str = ""  # a `replying` annotation: the id of the annotation it answers
    reply_claim: str = ""  # ... and of the claim its thread is on
    resolved: bool = False

    @property
    def description(self) -> str:
        """A short name for reports: the start of the quote, else the id."""
        quote = " ".join(self.exact.split())
        if quote:
            return quote if len(quote) <= 60 else quote[:59] + "…"
        return self.id or "(annotation without id)"


def load_annotations(path: str | Path) -> list[ForeignAnnotation]:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise AnnotationFileError(msg("Cannot read {path}: {value}.", path=path,
                                      value=error.strerror or error)) from error
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise AnnotationFileError(msg("{name} is not a JSON file ({error}).", name=path.name,
                                      error=error)) from error
    annotations = parse_annotations(data)
    if not annotations:
        raise AnnotationFileError(
            msg("{name} holds no W3C Web Annotations or Hypothesis annotations.", name=path.name)
        )
    return annotations


def parse_annotations(data: Any) -> list[ForeignAnnotation]:
    """Every annotation found in `data` (parsed JSON), in file order."""
    return [_parse_one(item) for item in _annotation_objects(data)]


# -- finding the annotation objects ----------------------------------------------------


def _types(obj: dict[str, Any]) -> set[str]:
    value = obj.get("type", obj.get("@type", ()))
    values = [value] if isinstance(value, str) else list(value or ())
    return {str(v).rsplit("#", 1)[-1].rsplit("/", 1)[-1] for v in values}


def _annotation_objects(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [obj for item in data for obj in _annotation_objects(item)]
    if not isinstance(data, dict):
        return []
    kinds = _types(data)
    if "Annotation" in kinds or _is_hypothesis(data):
        return [data]
    if "AnnotationCollection" in kinds or "AnnotationPage" in kinds:
        found: list[dict[str, Any]] = []
        found += _annotation_objects(data.get("items", []))
        page = data.get("first")
        seen = 0
        while isinstance(page, dict) and seen < 10_000:
            found += _annotation_objects(page.get("items", []))
            page, seen = page.get("next"), seen + 1
        return found
    for key in ("rows", "annotations", "items"):
        if isinstance(data.get(key), list):
            return _annotation_objects(data[key])
    return []


def _is_hypothesis(obj: dict[str, Any]) -> bool:
    return "uri" in obj and ("target" in obj or "text" in obj) and "type" not in obj


# -- small helpers -----------------------------------------------------------------------


def _ext(obj: dict[str, Any], name: str, default: Any = "") -> Any:
    """Our namespaced property, as a compact IRI or expanded."""
    for key in (f"annotator:{name}", f"{NAMESPACE}{name}"):
        if key in obj:
            return obj[key]
    return default


def _text(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        value = value.get("@value", value.get("value", ""))
    return "" if value is None else str(value)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


_UTC_Z = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")


def utc_z(value: str) -> str:
    """An ISO date-time as UTC ending in Z; a value that is not one is returned unchanged."""
    value = (value or "").strip()
    if not value or _UTC_Z.match(value):
        return value  # already right: keep it exactly (the round trip compares dates)
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    moment = moment.astimezone(UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _person(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        return _text(
            value.get("name") or value.get("nickname") or value.get("email") or value.get("id")
        )
    return _text(value)


def _apply_selectors(record: ForeignAnnotation, selectors: list[Any]) -> None:
    for selector in selectors:
        if not isinstance(selector, dict):
            continue
        kinds = _types(selector)
        if "TextQuoteSelector" in kinds and not record.exact:
            record.exact = _text(selector.get("exact"))
            record.prefix = _text(selector.get("prefix"))
            record.suffix = _text(selector.get("suffix"))
        elif "TextPositionSelector" in kinds and record.start is None:
            try:
                start, end = int(selector["start"]), int(selector["end"])
            except (KeyError, TypeError, ValueError):
                continue
            if 0 <= start < end:
                record.start, record.end = start, end
        if isinstance(selector.get("refinedBy"), dict | list):
            _apply_selectors(record, _as_list(selector["refinedBy"]))


def _apply_target(record: ForeignAnnotation, target: Any) -> None:
    for item in _as_list(target):
        if isinstance(item, str):
            record.target_source = record.target_source or item
            continue
        if not isinstance(item, dict):
            continue
        record.target_source = record.target_source or _text(item.get("source") or item.get("id"))
        record.document_title = record.document_title or _text(_ext(item, "articleTitle"))
        _apply_selectors(record, _as_list(item.get("selector")))


# -- W3C Web Annotation ------------------------------------------------------------------


def _w3c_source(body: dict[str, Any]) -> ForeignSource | None:
    url = _text(body.get("source") or body.get("id"))
    if not url:
        return None
    state = next((s for s in _as_list(body.get("state")) if isinstance(s, dict)), {})
    accessed = _text(_ext(body, "accessed")) or _text(state.get("sourceDate"))[:10]
    return ForeignSource(
        url=url,
        title=_text(_ext(body, "title")) or _text(body.get("dc:title") or body.get("name")),
        publisher=_text(_ext(body, "publisher")),
        source_author=_text(_ext(body, "sourceAuthor")),
        source_date=_text(_ext(body, "sourceDate")),
        accessed=accessed,
        archive_url=_text(state.get("cached")) or _text(_ext(body, "archiveUrl")),
        excerpt=_text(_ext(body, "excerpt")),
        locator=_text(_ext(body, "locator")),
        kind=_text(_ext(body, "kind")),
        stance=_text(_ext(body, "stance")),
        creator=_text(_ext(body, "creator")) or _person(body.get("creator")),
        created=utc_z(_text(_ext(body, "created"))),
        modified=utc_z(_text(_ext(body, "modified"))),
    )


def _parse_w3c(obj: dict[str, Any]) -> ForeignAnnotation:
    motivation = _text(obj.get("motivation"))
    record = ForeignAnnotation(
        id=_text(obj.get("id") or obj.get("@id")),
        origin="w3c",
        motivation=motivation,
        creator=_person(obj.get("creator")),
        created=utc_z(_text(obj.get("created"))),
        modified=utc_z(_text(obj.get("modified"))),
        modified_by=_text(_ext(obj, "modifiedBy")),
        claim_reviewed=_text(_ext(obj, "claimReviewed")),
        claimant=_text(_ext(obj, "claimant")),
        claim_date=_text(_ext(obj, "claimDate")),
        status=_text(_ext(obj, "status")),
    )
    if motivation == "replying":
        return _parse_reply(record, obj)
    _apply_target(record, obj.get("target"))
    notes: list[str] = []
    if obj.get("bodyValue"):
        notes.append(_text(obj["bodyValue"]))
    for body in _as_list(obj.get("body")):
        _read_body(record, body, motivation, notes)
    record.explanation = "\n\n".join(n.strip() for n in notes if n.strip())
    return record


def _read_body(record: ForeignAnnotation, body: object, motivation: str, notes: list[str]) -> None:
    """One body: a verdict, a tag, a note (into `notes`) or a source."""
    if isinstance(body, str):
        if body.startswith(("http://", "https://")):
            record.sources.append(ForeignSource(url=body))
        return
    if not isinstance(body, dict):
        return
    purpose = _text(body.get("purpose")) or (
        motivation if motivation in ("tagging", "linking") else ""
    )
    kinds = _types(body)
    is_text = "TextualBody" in kinds or ("value" in body and "source" not in body)
    if is_text:
        value = _text(body.get("value"))
        if not value.strip():
            return
        if purpose == "assessing" and not record.verdict_label:
            record.verdict_label = value.strip()
        elif purpose in ("tagging", "classifying"):
            record.tags.append(value.strip())
        else:
            notes.append(value)
    elif purpose == "linking" or "SpecificResource" in kinds or _names_a_resource(body):
        source = _w3c_source(body)
        if source:
            record.sources.append(source)


def _names_a_resource(body: dict[str, Any]) -> bool:
    return bool(body.get("source") or body.get("id"))


def _parse_reply(record: ForeignAnnotation, obj: dict[str, Any]) -> ForeignAnnotation:
    """A comment or reply: its text, and the annotation (claim or comment) it answers."""
    target = next(iter(_as_list(obj.get("target"))), "")
    record.reply_to = (
        _text(target.get("id") or target.get("source"))
        if isinstance(target, dict)
        else _text(target)
    )
    record.reply_claim = _text(_ext(obj, "claim")) or record.reply_to
    record.resolved = bool(_ext(obj, "resolved", False))
    texts = [b for b in _as_list(obj.get("body")) if isinstance(b, dict)]
    record.explanation = "\n\n".join(
        _text(b.get("value")) for b in texts if _text(b.get("value")).strip()
    )
    if obj.get("bodyValue"):
        record.explanation = record.explanation or _text(obj["bodyValue"])
    return record


# -- Hypothesis --------------------------------------------------------------------------

_MD_LINK = re.compile(r"\[([^\]\n]*)\]\((https?://[^\s)]+)\)")
_BARE_URL = re.compile(r"(?<![(<\[])\bhttps?://[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'\"]")


def _hypothesis_user(obj: dict[str, Any]) -> str:
    info = obj.get("user_info") or {}
    if isinstance(info, dict) and info.get("display_name"):
        return str(info["display_name"])
    user = _text(obj.get("user"))
    if user.startswith("acct:"):
        user = user[5:].split("@", 1)[0]
    return user


def _links_in(text: str) -> list[ForeignSource]:
    found: dict[str, ForeignSource] = {}
    for title, url in _MD_LINK.findall(text):
        found.setdefault(url, ForeignSource(url=url, title=title.strip()))
    for url in _BARE_URL.findall(_MD_LINK.sub(" ", text)):
        found.setdefault(url, ForeignSource(url=url))
    return list(found.values())


def _parse_hypothesis(obj: dict[str, Any]) -> ForeignAnnotation:
    record = ForeignAnnotation(
        id=_text(obj.get("id")),
        origin="hypothesis",
        target_source=_text(obj.get("uri")),
        creator=_hypothesis_user(obj),
        created=utc_z(_text(obj.get("created"))),
        modified=utc_z(_text(obj.get("updated") or obj.get("created"))),
        motivation="commenting",
    )
    document = obj.get("document") or {}
    if isinstance(document, dict):
        record.document_title = _text(document.get("title"))
    _apply_target(record, obj.get("target"))
    if not record.target_source:
        record.target_source = _text(obj.get("uri"))
    for tag in _as_list(obj.get("tags")):
        tag = _text(tag).strip()
        if tag.casefold().startswith("verdict:") and not record.verdict_label:
            record.verdict_label = tag.split(":", 1)[1].strip()
        elif tag:
            record.tags.append(tag)
    text = _text(obj.get("text"))
    record.explanation = text.strip()
    day = record.created[:10] if len(record.created) >= 10 else ""
    for source in _links_in(text):
        source.accessed = day
        source.creator, source.created, source.modified = (
            record.creator,
            record.created,
            record.created,
        )
        record.sources.append(source)
    return record


def _parse_one(obj: dict[str, Any]) -> ForeignAnnotation:
    return _parse_hypothesis(obj) if _is_hypothesis(obj) else _parse_w3c(obj)
