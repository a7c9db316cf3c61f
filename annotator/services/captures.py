"""Captures: fetch a page or attach a file, keep its bytes and hash in the project, and open
articles from a URL (the raw response kept as the article version's capture).

The fetcher (urllib3) and the importers load when a fetch or an extraction runs, not when the
window starts (the inspector asks this module for capture labels from its first paint on).
"""

from __future__ import annotations

import dataclasses
import mimetypes
import threading
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.domain import Article, Source
from annotator.domain.capture import RESOURCE, RESPONSE, Capture, sha256_hex
from annotator.domain.dates import utc_now
from annotator.errors import ValidationError, msg
from annotator.services.project import ProjectService
from annotator.services.stamps import stamp
from annotator.storage import capture_store

if TYPE_CHECKING:
    from annotator.fetch import FetchPolicy, FetchResult
    from annotator.fetch.http import ProgressCallback
    from annotator.services.versions import VersionUpdate

MAX_CAPTURE_BYTES = 25 * 1024 * 1024
"""Largest capture kept in a project file (a fetch stops there too)."""


def _check_size(size: int, what: str) -> None:
    if size > MAX_CAPTURE_BYTES:
        from annotator.importers import _size

        raise ValidationError(
            msg(
                "{what} is too large to keep as a capture ({size}); the limit is {size2}.",
                what=what,
                size=_size(size),
                size2=_size(MAX_CAPTURE_BYTES),
            )
        )


def store_capture(project: ProjectService, capture: Capture, data: bytes) -> Capture:
    """Keep `capture` and its bytes (in the caller's transaction, if any)."""
    _check_size(len(data), capture.file_name or capture.url or "The file")
    if capture.sha256 != sha256_hex(data):
        raise ValueError("capture hash does not match its bytes")
    with project.store.transaction():
        capture_store.insert_capture(project.store, capture, data)
    return dataclasses.replace(capture, size=len(data))


def capture_from_result(result: FetchResult, captured_by: str) -> Capture:
    return Capture(
        id=str(uuid.uuid4()), sha256=sha256_hex(result.body), record=RESPONSE,
        captured_at=result.fetched_at, captured_by=captured_by, url=result.url,
        final_url=result.final_url, status=result.status, reason=result.reason,
        headers=tuple(result.headers), request_headers=tuple(result.request_headers),
        redirects=tuple((h.url, h.status, h.location) for h in result.redirects),
        content_type=result.content_type, size=len(result.body),
    )  # fmt: skip


def fetch_page(
    url: str, policy: FetchPolicy | None = None, *, cancel: threading.Event | None = None,
    progress: ProgressCallback | None = None,
) -> FetchResult:  # fmt: skip
    """Fetch with the capture size limit unless the policy sets a smaller one."""
    from annotator.fetch import FetchPolicy, fetch

    policy = policy or FetchPolicy()
    if policy.max_bytes > MAX_CAPTURE_BYTES:
        policy = dataclasses.replace(policy, max_bytes=MAX_CAPTURE_BYTES)
    return fetch(url, policy, cancel=cancel, progress=progress)


def capture(project: ProjectService, capture_id: str) -> Capture:
    found = capture_store.get_capture(project.store, capture_id)
    if found is None:
        raise KeyError(capture_id)
    return found


def capture_bytes(project: ProjectService, found: Capture) -> bytes:
    data = capture_store.capture_bytes(project.store, found.sha256)
    if data is None:
        raise KeyError(found.sha256)
    return data


def all_captures(project: ProjectService) -> list[Capture]:
    return capture_store.all_captures(project.store)


def capture_totals(project: ProjectService) -> tuple[int, int]:
    """(captures, bytes) kept in the project, for Project Properties and the size benchmark."""
    return capture_store.capture_totals(project.store)


def version_captures(project: ProjectService, article_id: str) -> dict[int, Capture]:
    """The capture each version of an article was extracted from (versions from a URL)."""
    store = project.store
    found = {
        v: capture_store.get_capture(store, c)
        for v, c in capture_store.version_capture_ids(store, article_id).items()
    }
    return {v: c for v, c in found.items() if c is not None}


# -- sources -----------------------------------------------------------------------------


def _attach(
    project: ProjectService, source_id: str, new: Capture, data: bytes
) -> tuple[Source, Source]:
    with project.store.transaction():
        before = project.source(source_id)
        status = project.claim(before.claim_id).status
        store_capture(project, new, data)
        after = dataclasses.replace(before, capture_id=new.id, **stamp(project))
        project.store.put_source(after)
    project._notify_sources(after.claim_id, status)  # after the commit
    return before, after


def capture_source(
    project: ProjectService, source_id: str, policy: FetchPolicy | None = None, *,
    cancel: threading.Event | None = None, progress: ProgressCallback | None = None,
) -> tuple[Source, Source]:  # fmt: skip
    """Capture now: fetch the source's URL and attach the capture. (before, after) for undo."""
    result = fetch_source(project, source_id, policy, cancel=cancel, progress=progress)
    return attach_fetched(project, source_id, result)


def fetch_source(
    project: ProjectService, source_id: str, policy: FetchPolicy | None = None, *,
    cancel: threading.Event | None = None, progress: ProgressCallback | None = None,
) -> FetchResult:  # fmt: skip
    """The network half of Capture now (runs in a worker; touches no SQL)."""
    source = project.source(source_id)
    if not source.url:
        raise ValidationError(msg("This source has no URL to capture; attach a file instead."))
    return fetch_page(source.url, policy, cancel=cancel, progress=progress)


def attach_fetched(
    project: ProjectService, source_id: str, result: FetchResult
) -> tuple[Source, Source]:
    """The storing half of Capture now (on the thread that owns the project)."""
    return _attach(project, source_id, capture_from_result(result, project.author), result.body)


def attach_file(
    project: ProjectService, source_id: str, path: str | Path, *, url: str = ""
) -> tuple[Source, Source]:
    """Attach a saved page, PDF or screenshot as the source's capture (a WARC resource)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        _check_size(size, path.name)
        data = path.read_bytes()
    except OSError as error:
        raise ValidationError(
            msg(
                "{name}: cannot read the file ({value}).",
                name=path.name,
                value=error.strerror or error,
            )
        ) from error
    if not data:
        raise ValidationError(msg("{name}: the file is empty.", name=path.name))
    content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    new = Capture(
        id=str(uuid.uuid4()), sha256=sha256_hex(data), record=RESOURCE, captured_at=utc_now(),
        captured_by=project.author, url=url or project.source(source_id).url,
        content_type=content_type, file_name=path.name, size=len(data),
    )  # fmt: skip
    return _attach(project, source_id, new, data)


# -- articles from a URL -------------------------------------------------------------------


def add_article_from_result(project: ProjectService, result: FetchResult) -> Article:
    """Extract the fetched page as an article and keep the response as version 1's capture."""
    from annotator.importers.web import draft_from_body

    draft = draft_from_body(result.body, result.content_type, result.charset, result.final_url)
    draft.source_name = result.final_url
    if not draft.url:
        draft.url = result.final_url
    new = capture_from_result(result, project.author)
    with project.store.transaction():
        article = project.add_article(draft)
        store_capture(project, new, result.body)
        capture_store.link_version(project.store, article.id, article.version, new.id)
    return article


def import_url(
    project: ProjectService, url: str, policy: FetchPolicy | None = None, **kwargs: object
) -> Article:
    return add_article_from_result(project, fetch_page(url, policy, **kwargs))  # type: ignore[arg-type]


def article_fetch_url(project: ProjectService, article_id: str) -> str:
    article = project.article(article_id)
    if not article.url:
        raise ValidationError(
            msg("“{title}” has no URL to check for a new version.", title=article.title)
        )
    return article.url


def update_from_result(
    project: ProjectService, article_id: str, result: FetchResult
) -> VersionUpdate | None:
    """Store the fetched text as a new version if it changed (None when it did not)."""
    from annotator.importers.web import draft_from_body
    from annotator.services.versions import update_article_text

    draft = draft_from_body(result.body, result.content_type, result.charset, result.final_url)
    if draft.text == project.article(article_id).text:
        return None
    new = capture_from_result(result, project.author)
    with project.store.transaction():
        update = update_article_text(project, article_id, draft)
        store_capture(project, new, result.body)
        capture_store.link_version(project.store, article_id, update.after.version, new.id)
    return update


# -- articles from a web archive or a single-file page ------------------------------------

ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".mhtml", ".mht")


def add_article_from_archive(project: ProjectService, path: str | Path) -> Article:
    """Import a .warc/.warc.gz/.mhtml as an article, keeping the archived page as its capture."""
    from annotator.importers import file_suffix, import_path
    from annotator.importers.warc import first_page

    path = Path(path)
    draft = import_path(path)
    data = path.read_bytes()
    if file_suffix(path) in (".warc", ".warc.gz"):
        page = first_page(data, path.name)
        body = page.body
        new = Capture(
            id=str(uuid.uuid4()), sha256=sha256_hex(body), record=page.record,
            captured_at=_utc(page.date) or utc_now(), captured_by=project.author, url=page.url,
            status=page.status, reason=page.reason, headers=tuple(page.headers),
            content_type=page.content_type, file_name=path.name, size=len(body),
        )  # fmt: skip
    else:
        body = data
        new = Capture(
            id=str(uuid.uuid4()), sha256=sha256_hex(body), record=RESOURCE, captured_at=utc_now(),
            captured_by=project.author, url=draft.url, content_type="multipart/related",
            file_name=path.name, size=len(body),
        )  # fmt: skip
    with project.store.transaction():
        article = project.add_article(draft)
        store_capture(project, new, body)
        capture_store.link_version(project.store, article.id, article.version, new.id)
    return article


def _utc(warc_date: str) -> str:
    """A WARC-Date as the project writes times (ISO 8601 UTC with Z), '' if unreadable."""
    from datetime import UTC, datetime

    try:
        parsed = datetime.fromisoformat(warc_date.replace("Z", "+00:00"))
    except ValueError:
        return ""
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
