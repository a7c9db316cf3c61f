"""Sources: the evidence a verdict rests on, in enough detail that readers can repeat the check."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from annotator.errors import ValidationError, msg

SOURCE_KINDS = ("primary", "secondary", "expert", "dataset", "official")
STANCES = ("supports", "refutes", "context")
SAFE_LINK_SCHEMES = ("http", "https", "mailto")


@dataclass
class Source:
    id: str
    claim_id: str
    url: str = ""
    title: str = ""
    publisher: str = ""
    source_author: str = ""
    source_date: str = ""
    accessed: str = ""  # ISO date the fact-checker read it
    archive_url: str = ""
    excerpt: str = ""
    locator: str = ""  # page, timestamp, paragraph... of the excerpt
    kind: str = "secondary"
    stance: str = "supports"
    position: int = 0
    author: str = ""
    created: str = ""
    modified: str = ""
    modified_by: str = ""
    author_id: str = ""  # who added it (people.id); `author` is their name at the time
    capture_id: str = ""  # the capture (stored copy) this source was checked against
    protected: bool = False  # a confidential source: identifying fields never leave the project
    role: str = ""  # interviews and correspondence: the person's role
    method: str = ""  # interviews and correspondence: in person, phone, email...
    modified_by_id: str = ""  # who changed it last (people.id); `modified_by`: their name then


PROTECTED_LABEL = "a source who asked not to be named"
"""What reports print in place of a protected source's identifying fields."""

IDENTIFYING_FIELDS = (
    "url",
    "title",
    "publisher",
    "source_author",
    "source_date",
    "archive_url",
    "excerpt",
    "locator",
    "role",
    "method",
    "capture_id",
)
"""Fields of a protected source that no export carries."""


def redacted(source: Source) -> Source:
    """The source as exports may show it: identifying fields blanked when it is protected."""
    if not source.protected:
        return source
    from dataclasses import replace

    blank: dict[str, Any] = dict.fromkeys(IDENTIFYING_FIELDS, "")
    return replace(source, **blank)


def validate_web_url(url: str, *, required: bool = True) -> str:
    """Return `url` stripped if it is an absolute http(s) URL with a host; raise otherwise.

    Sources must point at something a reader can open: `javascript:`, `data:`,
    `file:` and relative URLs are refused.
    """
    url = url.strip()
    if not url:
        if required:
            raise ValidationError(msg("A source needs a URL."))
        return ""
    if any(ch.isspace() for ch in url) or any(ord(ch) < 32 for ch in url):
        raise ValidationError(msg("Not a valid URL (contains spaces or control characters): "
                                  "{url!r}", url=url))
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise ValidationError(msg("Only http and https links are allowed as sources, not {url!r}.",
                                  url=url))
    if not parts.hostname:
        raise ValidationError(msg("The URL has no host name: {url!r}", url=url))
    return url


def is_web_url(url: str) -> bool:
    """True if `url` is an absolute http(s) URL with a host (what `validate_web_url` accepts)."""
    try:
        return bool(url) and bool(validate_web_url(url))
    except ValidationError:
        return False


def is_safe_link(url: str) -> bool:
    """True if `url` may become a clickable link in an export (http, https or mailto)."""
    scheme = urlsplit(url.strip()).scheme.lower()
    return scheme in SAFE_LINK_SCHEMES and not any(ord(ch) < 32 for ch in url)
