"""Walk an HTML element tree (or trafilatura's XML of the main text) and collect its text as
structured paragraphs, keeping every bit of visible text: used for clipboard fragments, for the
article body trafilatura finds, and as the fallback when it finds none."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from annotator.importers.canonical import Paragraph

_HEADING = re.compile(r"^h([1-6])$")
# Elements whose content is never text a reader sees.
_SKIPPED = frozenset(
    (
        "script", "style", "template", "noscript", "title", "meta", "link", "iframe",
        "object", "embed", "svg", "math", "canvas", "video", "audio", "map", "select", "option",
        "datalist", "textarea", "input", "button", "img", "picture", "source", "track", "graphic",
    )
)
# Elements that start a new paragraph (HTML block elements and trafilatura's XML ones).
_BLOCKS = frozenset(
    (
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "address",
        "blockquote", "quote", "pre", "code_block", "figure", "figcaption", "caption", "details",
        "summary", "dl", "dt", "dd", "ul", "ol", "list", "li", "item", "table", "thead", "tbody",
        "tfoot", "tr", "row", "form", "fieldset", "legend", "hr", "center", "body", "html",
        "h1", "h2", "h3", "h4", "h5", "h6", "head", "doc", "menu", "hgroup", "search", "dialog",
    )
)
_LISTS = frozenset(("ul", "ol", "list", "menu", "dl"))
_ITEMS = frozenset(("li", "item", "dt", "dd"))
_QUOTES = frozenset(("blockquote", "quote"))
_ROWS = frozenset(("tr", "row"))
_CELLS = frozenset(("td", "th", "cell"))
_BREAKS = frozenset(("br", "lb"))
CELL_SEPARATOR = " | "


class _Collector:
    """Accumulate inline text into the paragraph being built; blocks flush it."""

    def __init__(self) -> None:
        self.paragraphs: list[Paragraph] = []
        self.parts: list[str] = []
        self.kind, self.level = "paragraph", 0

    def text(self, value: str | None) -> None:
        if value:
            self.parts.append(value)

    def flush(self) -> None:
        text = "".join(self.parts)
        self.parts = []
        if text.strip():
            self.paragraphs.append(Paragraph(text, self.kind, self.level))


def paragraphs_from_element(root: etree._Element) -> list[Paragraph]:
    """Paragraphs of all the visible text under `root`, with headings, list items and quotes."""
    collector = _Collector()
    _walk(root, collector, "paragraph", 0, 0)
    collector.flush()
    return collector.paragraphs


def paragraphs_from_html(html: str) -> list[Paragraph]:
    """Paragraphs of an HTML document or fragment (whatever a browser puts on the clipboard)."""
    if not html.strip():
        return []
    try:
        document = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    body = document.find("body")
    return paragraphs_from_element(body if body is not None else document)


def _tag(element: etree._Element) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""  # comments and processing instructions
    return etree.QName(tag).localname.lower() if "}" in tag else tag.lower()


def _walk(element: etree._Element, out: _Collector, kind: str, level: int, lists: int) -> None:
    tag = _tag(element)
    if not tag:
        out.text(element.tail)
        return
    if tag in _SKIPPED or element.get("hidden") is not None or element.get("aria-hidden") == "true":
        out.text(element.tail)
        return
    block = tag in _BLOCKS or tag in _CELLS
    if tag in _BREAKS:
        out.flush()
        out.text(element.tail)
        return
    if tag in _CELLS:
        if out.parts and "".join(out.parts).strip():
            out.text(CELL_SEPARATOR)
        block = False  # cells of one row stay in one paragraph
    if block:
        out.flush()
        kind, level = _block_kind(element, tag, kind, level, lists)
        out.kind, out.level = kind, level
    if tag in _LISTS:
        lists += 1
    out.text(element.text)
    for child in element:
        _walk(child, out, kind, level, lists)
        if _tag(child) in _BLOCKS:
            out.kind, out.level = kind, level  # back to this block's kind after a nested one
    if block:
        out.flush()
    out.text(element.tail)


def _block_kind(
    element: etree._Element, tag: str, kind: str, level: int, lists: int
) -> tuple[str, int]:
    heading = _HEADING.match(tag)
    if heading:
        return "heading", int(heading.group(1))
    if tag == "head":  # trafilatura: <head rend="h2">
        rend = _HEADING.match(element.get("rend", "") or "")
        return "heading", int(rend.group(1)) if rend else 2
    if tag in _ITEMS:
        return "list_item", max(1, lists)
    if tag in _QUOTES:
        return "quote", 0
    if tag in _ROWS or tag in ("table", "thead", "tbody", "tfoot"):
        return "paragraph", 0
    return kind, level
