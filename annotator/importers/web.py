"""A fetched page or a page from a web archive as an article: extracted exactly as a saved
page (HTML) or a PDF file is; the server's declared charset counts first for HTML."""

from __future__ import annotations

from annotator.domain import ArticleDraft
from annotator.errors import ArticleImportError, msg
from annotator.importers import html, pdf
from annotator.importers.encoding import decode_text

HTML_TYPES = ("text/html", "application/xhtml+xml")
PDF_TYPES = ("application/pdf", "application/x-pdf")


def draft_from_body(body: bytes, content_type: str, charset: str | None, name: str) -> ArticleDraft:
    """An ArticleDraft from a response body; ArticleImportError for what is not a page or a PDF."""
    kind = content_type.split(";", 1)[0].strip().lower()
    if not kind:
        kind = "application/pdf" if body[:5] == b"%PDF-" else "text/html"
    if kind in PDF_TYPES:
        draft = pdf.read(body, name)
    elif kind in HTML_TYPES:
        declared = charset or html._declared_charset(body)
        draft = html.from_html(decode_text(body, name, declared=declared), name)
    else:
        raise ArticleImportError(
            msg("{name}: this is not a web page or a PDF (content type {kind}).", name=name,
                kind=kind[:80])
        )
    if not draft.text.strip():
        raise ArticleImportError(msg("{name}: no text was found in the page.", name=name))
    return draft

