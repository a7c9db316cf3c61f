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
_BY = re.compile(
    r"^\s*(?:(?:an?\s+)?(?:analysis|opinion|commentary|comment|review|story|text|words|report(?:ing)?|"
    r"interview|photos?|video|view all posts|posts|written|edited|updated)\s+)?by\s*:?\s+",
    re.IGNORECASE,
)
# Words of a job title or an organisation after a name ("X, CNN Editor-at-large").
_ROLE_WORDS = re.compile(
    r"\b(?:editor|correspondent|reporter|writer|columnist|contributor|staff|producer|analyst|"
    r"at-large|chief|senior|bureau|desk|journalist|news|press|media|international|agency|"
    r"associated|reuters|afp|bloomberg|times|post|herald|guardian|tribune|magazine|network|"
    r"online|daily|weekly|radio|television|tv|political|politics|science|business|sport)s?\b",
    re.IGNORECASE,
)
# News agencies and wires that follow a name without punctuation ("JILL LAWLESS Associated Press").
_AGENCY_SUFFIX = re.compile(
    r"[\s,.|/–—-]+(?:the\s+)?(?:associated\s+press|ap|reuters|afp|agence\s+france-presse|dpa|"
    r"bloomberg(?:\s+news)?|press\s+association|pa|upi|efe|ansa|anadolu|xinhua|tass|sputnik(?:\s+international)?)\s*$",
    re.IGNORECASE,
)
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


def people(values: Iterable[object], publisher: str = "") -> list[str]:
    """Names from bylines such as "By A and B; C", without duplicates, in order; decorations
    dropped: "Analysis by X, CNN Editor-at-large", "X. Sputnik International" and
    "JILL LAWLESS Associated Press" give "X", "X" and "Jill Lawless"; handles (@name) and
    profile addresses are not names."""
    names: list[str] = []
    for value in values:
        if not isinstance(value, str):
            continue
        for part in _PEOPLE_SEPARATORS.split(_BY.sub("", tidy(value))):
            name = person_name(part, publisher)
            if name and len(name) <= 120 and name.casefold() not in {n.casefold() for n in names}:
                names.append(name)
    if (
        publisher and len(names) > 1
    ):  # "Ana Lima | The Riverside Post": the organisation is not an author
        names = [name for name in names if name.casefold() != publisher.casefold()]
    return names


def person_name(text: str, publisher: str = "") -> str:
    """One name without the job title, organisation or wire after it; "" if none is left."""
    name = _BY.sub("", text.strip(" ,"))
    head, comma, tail = name.partition(",")
    if comma and _ROLE_WORDS.search(tail):
        name = head  # "X, CNN Editor-at-large"
    if publisher:
        name = re.sub(rf"[\s,.|/–—-]+{re.escape(publisher)}\s*$", "", name, flags=re.IGNORECASE)
    name = _AGENCY_SUFFIX.sub("", name)
    head, dot, tail = name.rpartition(". ")
    if (
        dot
        and len(head) > 3
        and (_ROLE_WORDS.search(tail) or tail.casefold() == publisher.casefold())
    ):
        name = head  # "X. Sputnik International"
    name = name.strip(" ,.|–—-")
    if name.startswith("@") or name.startswith(("http://", "https://")) or "@" in name:
        return ""
    if name.isupper() and len(name) > 3:  # "JILL LAWLESS", "JEAN-PAUL O'NEILL"
        name = re.sub(r"[^\W\d_]+", lambda word: word.group(0).capitalize(), name)
    return name


def organisation(value: object) -> str:
    """A publisher name, or "" for a social-media handle ("@politifact") or an address."""
    if not isinstance(value, str):
        return ""
    value = tidy(value)
    if value.startswith("@") or value.startswith(("http://", "https://")):
        return ""
    return value


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
    if (
        parts.scheme.lower() in ("http", "https")
        and parts.hostname
        and not any(ch.isspace() for ch in value)
    ):
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
