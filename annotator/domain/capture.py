"""Captures: stored copies of what a page or file said when it was checked, with their hash."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

RESPONSE = "response"  # a fetched page: HTTP status, headers and body (WARC response + request)
RESOURCE = "resource"  # a file the user attached (WARC resource)


@dataclass(frozen=True)
class Capture:
    """One capture, never modified once stored. Its bytes are kept once per SHA-256."""

    id: str
    sha256: str  # hex digest of the bytes
    record: str  # RESPONSE | RESOURCE
    captured_at: str  # UTC, ISO 8601 ending in Z
    captured_by: str = ""
    url: str = ""  # as asked for (or, for a file, the URL the user says it came from)
    final_url: str = ""  # after redirects
    status: int | None = None
    reason: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    request_headers: tuple[tuple[str, str], ...] = ()
    redirects: tuple[tuple[str, int, str], ...] = ()  # (url, status, location) per hop
    content_type: str = ""
    file_name: str = ""
    size: int = 0
    extra: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def short_hash(self) -> str:
        """The first 12 hex digits, as reports print it (the JSON carries the full hash)."""
        return self.sha256[:12]

    @property
    def target_url(self) -> str:
        return self.final_url or self.url


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
