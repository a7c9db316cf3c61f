"""A browser's "save as single file" page (.mhtml/.mht, MIME multipart/related): the HTML part
is extracted as a saved page is. Images, styles and scripts in the other parts are ignored and
nothing is fetched."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from typing import cast

from annotator.domain import ArticleDraft
from annotator.errors import ArticleImportError, msg
from annotator.importers import html
from annotator.importers.encoding import decode_text

MAX_PARTS = 10_000


def read(data: bytes, name: str) -> ArticleDraft:
    part = _html_part(data, name)
    try:
        text = part.get_content()
    except (LookupError, UnicodeError, ValueError):
        text = decode_text(cast(bytes, part.get_payload(decode=True) or b""), name)
    if isinstance(text, bytes):
        text = decode_text(text, name)
    draft = html.from_html(text, name)
    location = part.get("Content-Location", "") or ""
    if not draft.url and location.startswith(("http://", "https://")):
        draft.url = location.strip()
    return draft


def _html_part(data: bytes, name: str) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not message.is_multipart() and message.get_content_type() != "text/html":
        raise ArticleImportError(msg("{name}: this is not a single-file web page (MHTML).",
                                     name=name))
    for count, part in enumerate(message.walk()):
        if count > MAX_PARTS:
            break
        if part.get_content_type() == "text/html":
            return part
    raise ArticleImportError(msg("{name}: the single-file web page holds no HTML page.", name=name))
