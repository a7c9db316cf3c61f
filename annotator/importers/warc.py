"""Web archives (.warc, .warc.gz) as articles: the first archived page (an HTML or PDF
`response` with status 200, or a `resource`) is extracted as a saved page is. Nothing the
archive references is fetched; other records are ignored."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from annotator.domain import ArticleDraft
from annotator.errors import ArticleImportError, msg
from annotator.importers.web import HTML_TYPES, PDF_TYPES, draft_from_body

_PAGE_TYPES = HTML_TYPES + PDF_TYPES
MAX_RECORDS = 100_000


@dataclass(frozen=True)
class ArchivedPage:
    url: str
    date: str
    status: int | None
    reason: str
    headers: list[tuple[str, str]]
    content_type: str
    charset: str | None
    body: bytes
    record: str  # "response" | "resource"


def read(data: bytes, name: str) -> ArticleDraft:
    page = first_page(data, name)
    draft = draft_from_body(page.body, page.content_type, page.charset, name)
    if not draft.url and page.url.startswith(("http://", "https://")):
        draft.url = page.url
    return draft


def first_page(data: bytes, name: str) -> ArchivedPage:
    try:
        for count, record in enumerate(ArchiveIterator(io.BytesIO(data), check_digests=False)):
            if count > MAX_RECORDS:
                break
            page = _page(record)
            if page is not None:
                return page
    except (ArchiveLoadFailed, ValueError, EOFError, OSError) as error:
        raise ArticleImportError(
            msg("{name}: the web archive is damaged or not a WARC file ({error}).", name=name,
                error=str(error)[:150])
        ) from error
    raise ArticleImportError(msg("{name}: the web archive holds no web page or PDF to import.",
                                 name=name))


def _page(record: Any) -> ArchivedPage | None:  # a warcio ArcWarcRecord (untyped)
    if record.rec_type not in ("response", "resource"):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    date = record.rec_headers.get_header("WARC-Date") or ""
    if record.rec_type == "response":
        http = record.http_headers
        if http is None or http.get_statuscode() != "200":
            return None
        content_type = http.get_header("Content-Type") or ""
        status, reason = 200, http.statusline.partition(" ")[2]
        headers = list(http.headers)
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
        status, reason, headers = None, "", []
    media = content_type.split(";", 1)[0].strip().lower()
    if media not in _PAGE_TYPES:
        return None
    body = record.content_stream().read()
    return ArchivedPage(
        url,
        date,
        status,
        reason or "",
        headers,
        media,
        _charset(content_type),
        body,
        record.rec_type,
    )


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip('"') or None
    return None
