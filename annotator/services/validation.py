"""Checking and cleaning what a user typed before it is stored: claim, source, article and
settings fields.

Every check raises `ValidationError` with a message for the user; nothing here writes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from annotator.domain import SOURCE_KINDS, STANCES, ReviewStatus, validate_web_url
from annotator.domain.claim import EDITABLE_CLAIM_FIELDS
from annotator.domain.dates import validate_partial_date
from annotator.errors import ValidationError, msg

SOURCE_FIELDS = (
    "url", "title", "publisher", "source_author", "source_date", "accessed",
    "archive_url", "excerpt", "locator", "kind", "stance", "protected", "role", "method",
)  # fmt: skip
ARTICLE_METADATA = frozenset(
    {"title", "standfirst", "authors", "publisher", "published", "url", "language", "report_url"}
)
URL_SETTINGS = ("organisation_url", "report_url")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def claim_fields(
    changes: dict[str, object], on_scale: Callable[[str], bool]
) -> dict[str, Any]:
    """Editable claim fields, cleaned; `on_scale(id)` says whether a verdict id is on the scale."""
    unknown = set(changes) - set(EDITABLE_CLAIM_FIELDS)
    if unknown:
        raise ValueError(f"not editable claim fields: {sorted(unknown)}")
    clean: dict[str, Any] = dict(changes)
    if "claim_date" in clean:
        clean["claim_date"] = validate_partial_date(str(clean["claim_date"] or ""))
    verdict_id = clean.get("verdict_id")
    if verdict_id is not None and not on_scale(str(verdict_id)):
        raise ValidationError(msg("That verdict is not on this project's scale."))
    if "status" in clean:
        try:
            clean["status"] = ReviewStatus(str(clean["status"]))
        except ValueError as error:
            status = clean["status"]
            raise ValidationError(
                msg("Unknown review status {status!r}.", status=status)
            ) from error
    if "tags" in clean:
        clean["tags"] = normalise_tags(clean["tags"])
    for name in ("claim_reviewed", "claimant", "explanation", "internal_note"):
        if name in clean:
            clean[name] = str(clean[name] or "")
    return clean


def source_fields(fields: dict[str, object], kinds: tuple[str, ...] | None) -> dict[str, Any]:
    """Source fields, trimmed and checked; `kinds` are the project's source kinds (None: the
    built-in ones)."""
    protected = fields.get("protected")
    clean: dict[str, Any] = {
        k: ("" if v is None else str(v).strip()) for k, v in fields.items() if k in SOURCE_FIELDS
    }
    if "protected" in clean:
        clean["protected"] = protected not in (False, 0, "0", "", "false", "no", None)
    if clean.get("url"):
        clean["url"] = validate_web_url(str(clean["url"]))
    if clean.get("archive_url"):
        clean["archive_url"] = validate_web_url(str(clean["archive_url"]))
    for name in ("source_date", "accessed"):
        if name in clean:
            clean[name] = validate_partial_date(str(clean[name]))
    allowed = tuple(kinds) if kinds is not None else tuple(SOURCE_KINDS)
    if "kind" in clean and clean["kind"] not in allowed:
        raise ValidationError(
            msg("A source's kind is one of {choices}.", choices=", ".join(allowed))
        )
    if "stance" in clean and clean["stance"] not in STANCES:
        raise ValidationError(
            msg("A source's stance is one of {choices}.", choices=", ".join(STANCES))
        )
    return clean


def article_metadata(changes: dict[str, object]) -> dict[str, Any]:
    """Article metadata changes, checked: web addresses and a partial date."""
    unknown = set(changes) - ARTICLE_METADATA
    if unknown:
        raise ValueError(f"not article metadata: {sorted(unknown)}")
    clean: dict[str, Any] = dict(changes)
    for name in ("url", "report_url"):
        if name in clean and clean[name]:
            clean[name] = validate_web_url(str(clean[name]))
    if "published" in clean:
        clean["published"] = validate_partial_date(str(clean["published"]))
    return clean


def validate_setting_url(key: str, url: str) -> str:
    """A URL setting must be an absolute http(s) address (it becomes a link in reports)."""
    try:
        return validate_web_url(url)
    except ValidationError as error:
        label = key.replace("_", " ").capitalize()
        raise ValidationError(
            msg("{label}: only an absolute http or https address is allowed, not {url!r}.",
                label=label, url=url)
        ) from error


def normalise_tags(tags: object) -> list[str]:
    """Tags from a list or a comma-separated string: trimmed, no empties, no duplicates, order
    kept."""
    items = tags.split(",") if isinstance(tags, str) else list(tags or [])  # type: ignore[call-overload]
    seen: dict[str, None] = {}
    for tag in items:
        tag = " ".join(str(tag).split())
        if tag and tag.casefold() not in {t.casefold() for t in seen}:
            seen[tag] = None
    return list(seen)


def title_from_text(text: str) -> str:
    """A title for an article imported without one: its first line, shortened."""
    first = text.strip().split("\n", 1)[0]
    return first if len(first) <= 120 else first[:117].rstrip() + "…"


def without_lone_surrogates(text: str) -> str:
    """A file name that is not UTF-8 (bytes kept as lone surrogates) is shown with U+FFFD."""
    return _LONE_SURROGATE.sub("\ufffd", text)
