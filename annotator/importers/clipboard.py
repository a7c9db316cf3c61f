"""Edit → Paste as New Article: turn what a browser put on the clipboard (HTML and/or plain
text) into an article. Clipboard HTML is a fragment the user chose, so all of its text is kept
(no main-text extraction that could throw a short selection away)."""

from __future__ import annotations

import re

from annotator.domain import ArticleDraft
from annotator.errors import ArticleImportError, msg
from annotator.importers.canonical import build_canonical, split_plain_paragraphs, with_headline
from annotator.importers.htmlmeta import page_metadata
from annotator.importers.htmltext import paragraphs_from_html
from annotator.importers.metadata import language_tag, title_from, web_url

CLIPBOARD_NAME = "Clipboard"
MAX_CLIPBOARD_CHARS = 50 * 1024 * 1024
# Windows' CF_HTML format starts with a header ("Version:0.9 StartHTML:... SourceURL:...").
_CF_HTML_HEADER = re.compile(r"\A\s*Version:\d[^<]*?(?=<)", re.DOTALL)
_SOURCE_URL = re.compile(r"^SourceURL:(\S+)", re.MULTILINE)


def import_clipboard(html: str | None, text: str | None) -> ArticleDraft:
    """An ArticleDraft from clipboard contents; raises ArticleImportError if there is no text."""
    html = html or ""
    text = text or ""
    if len(html) > MAX_CLIPBOARD_CHARS or len(text) > MAX_CLIPBOARD_CHARS:
        raise ArticleImportError(
            msg("{clipboard_name}: the clipboard holds more than 50 MB of text; save it to a file "
                "and import that.", clipboard_name=CLIPBOARD_NAME)
        )
    url = language = ""
    header = _CF_HTML_HEADER.match(html)
    if header:
        source = _SOURCE_URL.search(header.group(0))
        url = web_url(source.group(1)) if source else ""
        html = html[header.end() :]
    from_html = paragraphs_from_html(html) if html.strip() else []
    from_text = split_plain_paragraphs(text) if text.strip() else []
    html_chars = sum(len(p.text.strip()) for p in from_html)
    text_chars = sum(len(p.text.strip()) for p in from_text)
    # Some programs put only an image or a stub in the HTML flavour: then the text is better.
    use_html = html_chars > 0 and html_chars >= 0.5 * text_chars
    paragraphs = from_html if use_html else from_text
    title = title_from(paragraphs, "Pasted article")
    if len(paragraphs) > 1:
        paragraphs = with_headline(paragraphs, title, add=False)
    canonical, blocks = build_canonical(paragraphs)
    if not canonical:
        raise ArticleImportError(msg("{clipboard_name}: the clipboard holds no text to import.",
                                     clipboard_name=CLIPBOARD_NAME))
    if use_html:
        language, url = _fragment_metadata(html, url)
    return ArticleDraft(
        title=title,
        text=canonical,
        blocks=blocks,
        url=url,
        language=language,
        source_format="clipboard",
        source_name=CLIPBOARD_NAME,
    )


def _fragment_metadata(html: str, url: str) -> tuple[str, str]:
    """Language and source address, when the browser wrapped the fragment in a document."""
    import lxml.html
    from lxml import etree

    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return "", url
    meta = page_metadata(tree)
    language = next((t for t in map(language_tag, meta.language) if t), "")
    return language, url or next((u for u in map(web_url, meta.url) if u), "")
