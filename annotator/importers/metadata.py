"""Normalise metadata found in files (dates, people, languages, URLs, titles) to the
forms ArticleDraft stores, so every importer hands over the same shapes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from annotator.importers.canonical import Paragraph, tidy

_ISO_PREFIX = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?=$|[T\s+Z]|[^\d-])")
_PDF_DATE = re.compile(r"^\s*D:(\d{4})(\d{2})?(\d{2})?")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
_PEOPLE_SEPARATORS = re.compile(r"\s*(?:;|\band\b|&|\|)\s*")
_BY = re.compile(r"^\s*by\s+", re.IGNORECASE)
TITLE_LIMIT = 300


def partial_date(value: object) -> str:
    """An ISO date (YYYY-MM-DD, YYYY-MM or YYYY) from an ISO date-time or PDF date; "" if none."""
    if not isinstance(value, str):
        return ""
    match = _ISO_PREFIX.match(value) or _PDF_DATE.match(value)
    if not match:
        return ""
    year, month, day = match.groups()
    if not 1000 <= int(year) <= 2999:
        return ""
    if not month:
        return year
    if not 1 <= int(month) <= 12:
        return year
    if not day:
        return f"{year}-{int(month):02d}"
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return f"{year}-{int(month):02d}"


def people(values: Iterable[object]) -> list[str]:
    """Names from strings such as "By A and B; C", without duplicates, in order."""
    names: list[str] = []
    for value in values:
        if not isinstance(value, str):
            continue
        for part in _PEOPLE_SEPARATORS.split(_BY.sub("", tidy(value))):
            name = part.strip(" ,")
            if name and len(name) <= 120 and name.casefold() not in {n.casefold() for n in names}:
                names.append(name)
    return names


def language_tag(value: object) -> str:
    """A BCP 47-like tag ("en", "en-GB", "uk") from lang attributes, locales such as en_GB..."""
    if not isinstance(value, str):
        return ""
    value = value.strip().split(",")[0].strip().replace("_", "-")
    if not _LANGUAGE.match(value):
        return ""
    primary, *rest = value.split("-")
    parts = [primary.lower()]
    for part in rest:
        parts.append(part.upper() if len(part) == 2 else part.title() if len(part) == 4 else part)
    return "-".join(parts)


def web_url(value: object) -> str:
    """`value` if it is an absolute http(s) URL with a host, else ""."""
    if not isinstance(value, str):
        return ""
    value = value.strip()
    parts = urlsplit(value)
    if parts.scheme.lower() in ("http", "https") and parts.hostname and not any(ch.isspace() for ch in value):
        return value
    return ""


def clean_title(value: object) -> str:
    if not isinstance(value, str):
        return ""
    return tidy(value)[:TITLE_LIMIT]


def first_nonempty(*values: object) -> str:
    for value in values:
        if isinstance(value, str) and value.strip():
            return tidy(value)
    return ""


def title_from(paragraphs: list[Paragraph], name: str) -> str:
    """The first top-level heading, else the first heading, else a short first paragraph,
    else the file name without its extension."""
    headings = [p for p in paragraphs if p.kind == "heading" and tidy(p.text)]
    if headings:
        top = min(p.level for p in headings)
        return clean_title(next(p.text for p in headings if p.level == top))
    for paragraph in paragraphs[:1]:
        text = tidy(paragraph.text)
        if text and len(text) <= 200:
            return clean_title(text)
    return clean_title(Path(name).stem.replace("_", " ")) or name
