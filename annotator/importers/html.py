"""Saved web pages (.html/.htm): the article body without navigation, ads, related links, cookie
banners or footers, and its metadata.

trafilatura finds the main text (it is among the best open-source extractors on news pages) and
gives it back as XML with headings, paragraphs, lists and quotes; the page's own declarations
(JSON-LD, meta tags, canonical link) supply the metadata, trafilatura's guesses filling gaps.
Only the string is handed over: nothing is fetched and no script runs.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.html
from lxml import etree

from annotator.domain import ArticleDraft
from annotator.errors import ArticleImportError, msg
from annotator.importers.canonical import Paragraph, build_canonical, tidy, with_headline
from annotator.importers.encoding import decode_text
from annotator.importers.htmlmeta import page_metadata
from annotator.importers.htmltext import paragraphs_from_element
from annotator.importers.metadata import (
    clean_title,
    first_nonempty,
    language_tag,
    organisation,
    partial_date,
    people,
    title_from,
    web_url,
)

_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)""",
    re.IGNORECASE,
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# Used only when trafilatura finds no main text: elements that are page furniture.
_BOILERPLATE = re.compile(
    r"cookie|consent|gdpr|banner|advert|\bads?\b|\bad[-_]|sponsor|promo|related|recommend|newsletter|"
    r"subscribe|share|social|comment|breadcrumb|sidebar|popup|modal|outbrain|taboola|teaser",
    re.IGNORECASE,
)
_FURNITURE_TAGS = ("nav", "header", "footer", "aside", "form", "menu", "dialog")
# Classes of a page's own standfirst (as opposed to a lede the extractor left out).
_STANDFIRST_MARK = re.compile(
    r"standfirst|\bdek\b|subtitle|sub-title|subhead|summary|excerpt|chapo|chapeau|sapo|teaser|intro|strap|\bdeck\b",
    re.IGNORECASE,
)
_SITE_SEPARATORS = (" | ", " - ", " — ", " – ", " :: ", " » ")
_INLINE_PARENTS = frozenset(
    ("p", "li", "blockquote", "q", "td", "dd", "span", "em", "strong", "b", "i", "a", "figcaption")
)
_CLASS_WORDS = (
    "ad-container",
    "ad-slot",
    "ad-wrapper",
    "ad-unit",
    "advert",
    "dfp-",
    "gpt-ad",
    "outbrain",
    "taboola",
    "related-content",
    "related-stories",
    "related-articles",
    "more-stories",
    "recommended",
    "most-read",
    "mostread",
    "most-popular",
    "top-stories",
    "newsletter",
    "tip-box",
    "tipbox",
    "news-tip",
    "signup",
    "sign-up",
    "subscribe",
    "promo-box",
    "teaser-list",
)
_PRUNED_MARK = re.compile("|".join(re.escape(word) for word in _CLASS_WORDS), re.IGNORECASE)
_PRUNED_SHARE = 0.3  # a "container" holding this share of the page's text is the article, not a box
# Headings of teaser blocks: they and the short lines under them are not the article.
_TEASER_HEADING = re.compile(
    r"^(?:you (?:may|might) (?:also )?(?:like|be interested in)|top stories|related(?: stories| "
    r"articles| content| coverage)?|"
    r"more (?:from|on|stories|news)\b.*|read (?:more|next|also)\b.*|recommended(?: for you)?|most "
    r"(?:read|popular|viewed)|"
    r"trending(?: now)?|popular (?:now|stories)|sign up\b.*|subscribe\b.*|(?:get )?our "
    r"newsletter\b.*|.*\bnewsletter$|"
    r"(?:got|have) a (?:news )?tip\b.*|editor'?s picks|what to read next|latest "
    r"(?:news|stories))[.:!?]?$",
    re.IGNORECASE,
)
_TEASER_LINE = re.compile(
    r"^(?:(?:got|have) a (?:news )?tip\b|sign up for\b|subscribe to (?:our|the)\b.*newsletter)",
    re.IGNORECASE,
)

# libxml2 stops building the tree at 256 nested elements (the text inside is lost), and the
# tree walks recurse: wrapper elements nested deeper than this are taken out before parsing.
MAX_WRAPPER_DEPTH = 150
_WRAPPER_TAG = re.compile(
    r"<(/?)(div|span|section|font|center|main|article|blockquote|b|i|em|strong)\b[^>]*?(/?)>",
    re.IGNORECASE,
)


def read(data: bytes, name: str) -> ArticleDraft:
    return from_html(decode_text(data, name, declared=_declared_charset(data)), name)


def from_html(html: str, name: str) -> ArticleDraft:
    """Extract the article of a whole web page given as a string."""
    html = flatten_deep_nesting(_XML_DECLARATION.sub("", html, count=1))
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as error:
        raise ArticleImportError(
            msg("{name}: the file contains no HTML that can be read ({error}).", name=name,
                error=error)
        ) from error
    meta = page_metadata(tree)
    first_heading, page_title = _first_heading(tree), tree.findtext(".//title") or ""
    document = _trafilatura(_prepared_for_extraction(tree, html))
    body = getattr(document, "body", None)
    paragraphs = drop_teasers(paragraphs_from_element(body)) if body is not None else []
    if not any(p.text.strip() for p in paragraphs):
        paragraphs = _fallback_paragraphs(tree)

    def found(attribute: str) -> str:
        """What trafilatura inferred, used where the page declares nothing."""
        value = getattr(document, attribute, None)
        return value if isinstance(value, str) else ""

    publisher = first_nonempty(*map(organisation, [*meta.publisher, found("sitename")]))
    title = clean_title(first_nonempty(*meta.title, found("title"), first_heading))
    if not title:
        title = _strip_site(clean_title(page_title), publisher) or title_from(paragraphs, name)
    title = _title_as_shown(title, paragraphs, first_heading)
    standfirst = first_nonempty(*meta.description, found("description"))
    opening = tidy(build_canonical(paragraphs[:8])[0])  # paragraph breaks as spaces
    if standfirst and tidy(standfirst).rstrip(" .…")[:200] in opening:
        standfirst = ""  # the description only repeats the opening of the article
    elif standfirst and (lede := _missed_lede(tree, standfirst, opening)):
        at = 1 if paragraphs and tidy(paragraphs[0].text).casefold() == title.casefold() else 0
        paragraphs.insert(at, Paragraph(lede))  # the extractor left the lede out
        standfirst = ""
    has_body = any(tidy(p.text) for p in paragraphs)  # a page with a headline only has no article
    text, blocks = build_canonical(with_headline(paragraphs, title, standfirst) if has_body else [])
    return ArticleDraft(
        title=title,
        text=text,
        blocks=blocks,
        standfirst=standfirst,
        authors=people(meta.authors, publisher) or people([found("author")], publisher),
        publisher=publisher,
        published=next((d for d in map(partial_date, [*meta.published, found("date")]) if d), ""),
        url=next((u for u in map(web_url, [*meta.url, found("url")]) if u), ""),
        language=next((t for t in map(language_tag, [*meta.language, found("language")]) if t), ""),
        source_format="html",
    )


def _trafilatura(html: str) -> Any:  # a trafilatura Document, or None
    import trafilatura
    from trafilatura.settings import set_date_params

    options: dict[str, Any] = dict(
        with_metadata=True,
        include_comments=False,  # readers' comments are not the article
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
        prune_xpath=["//noscript", "//template"],  # "please enable JavaScript" notices
        # dates the page declares, not any date in the text
        date_extraction_params=set_date_params(False),
    )
    document: Any = trafilatura.bare_extraction(html, **options)
    if document is None or not (document.text or "").strip():
        document = trafilatura.bare_extraction(html, favor_recall=True, **options) or document
    return document


def _fallback_paragraphs(tree: etree._Element) -> list[Paragraph]:
    """All text of the <article> (or <main>, or <body>) minus the page furniture."""
    candidates = (tree.find(f".//{tag}") for tag in ("article", "main", "body"))
    root = next((element for element in candidates if element is not None), tree)
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element is root:
            continue
        marks = f"{element.get('class', '')} {element.get('id', '')} {element.get('role', '')}"
        if element.tag in _FURNITURE_TAGS or _BOILERPLATE.search(marks):
            parent = element.getparent()
            if parent is not None:
                element.drop_tree()
    return paragraphs_from_element(root)


def _missed_lede(tree: etree._Element, description: str, opening: str) -> str:
    """The page's paragraph that the description quotes, when it is not in the extracted
    opening: pages often put the lede in a box of its own, which extractors skip."""
    key = tidy(description).rstrip(" .…")[:120].casefold()
    if len(key) < 40:
        return ""
    body = tree.find("body")
    for element in (body.iter("p") if body is not None else ()):
        text = tidy(element.text_content())
        if text.casefold().startswith(key) and text[:80] not in opening:
            return "" if _STANDFIRST_MARK.search(_marks(element)) else text
    return ""


def _marks(element: etree._Element) -> str:
    parent = element.getparent()
    own = f"{element.get('class', '')} {element.get('id', '')}"
    return own if parent is None else f"{own} {parent.get('class', '')} {parent.get('id', '')}"


def _prepared_for_extraction(tree: etree._Element, html: str) -> str:
    """The page for trafilatura: without ad slots (so the text either side of one stays one
    body) and teaser boxes (related stories, newsletter and tip boxes), and with each <time>
    inside a sentence turned into a <span> (trafilatura deletes <time> with its text:
    "published on , years before"). The page string itself when nothing changes."""
    changed = _drop_marked_containers(tree)
    for element in list(tree.iter("time")):
        parent = element.getparent()
        if (
            parent is not None
            and parent.tag in _INLINE_PARENTS
            and ((parent.text or "").strip() or (element.tail or "").strip())
        ):
            element.tag = "span"
            changed = True
    return lxml.html.tostring(tree, encoding="unicode") if changed else html


def _drop_marked_containers(tree: etree._Element) -> bool:
    body = tree.find("body")
    if body is None:
        return False
    marked = [
        element
        for element in body.iter()
        if isinstance(element.tag, str)
        and _PRUNED_MARK.search(f"{element.get('class', '')} {element.get('id', '')}")
    ]
    if not marked:
        return False
    total = len(body.text_content()) or 1
    for element in marked:
        parent = element.getparent()
        if parent is not None and len(element.text_content()) < _PRUNED_SHARE * total:
            element.drop_tree()
    return True


def drop_teasers(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Without teaser blocks: a heading such as "You may also like" or "Top stories" and the
    list items and short lines under it, and newsletter and tip boxes."""
    kept: list[Paragraph] = []
    in_teaser = False
    for paragraph in paragraphs:
        text = tidy(paragraph.text)
        if paragraph.kind == "heading" or (len(text) <= 60 and _TEASER_HEADING.match(text)):
            in_teaser = bool(_TEASER_HEADING.match(text))
            if in_teaser:
                continue
        elif in_teaser and (paragraph.kind == "list_item" or len(text) <= 160):
            continue
        else:
            in_teaser = False
        if _TEASER_LINE.match(text):
            continue
        kept.append(paragraph)
    return kept


def flatten_deep_nesting(html: str) -> str:
    """Drop the tags of wrapper elements (div, span...) nested more than MAX_WRAPPER_DEPTH
    deep, keeping their text, so pages built of thousands of nested divs still import."""
    depth = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal depth
        closing, self_closing = match.group(1), match.group(3)
        if self_closing:
            return match.group(0)
        if closing:
            depth = max(0, depth - 1)
            return match.group(0) if depth < MAX_WRAPPER_DEPTH else " "
        depth += 1
        return match.group(0) if depth <= MAX_WRAPPER_DEPTH else " "

    return _WRAPPER_TAG.sub(replace, html)


def _first_heading(tree: etree._Element) -> str:
    heading = tree.find(".//h1")
    return heading.text_content() if heading is not None else ""


def _title_as_shown(title: str, paragraphs: list[Paragraph], first_heading: str) -> str:
    """"Headline | Site" → "Headline" when the page's opening or its <h1> shows "Headline" (a
    declared title often carries the site's name, which then is not the headline)."""
    opening = {tidy(p.text).casefold() for p in paragraphs[:6]} | {tidy(first_heading).casefold()}
    if title.casefold() in opening:
        return title
    for separator in _SITE_SEPARATORS:
        position = title.find(separator)
        while position > 0:  # "Headline | Section | Site": every head, shortest first
            head = title[:position].strip()
            if head.casefold() in opening:
                return head
            position = title.find(separator, position + 1)
    return title


def _strip_site(title: str, site: str) -> str:
    """"Headline | Site" → "Headline" when the page's <title> is all there is."""
    for separator in _SITE_SEPARATORS:
        head, _, tail = title.rpartition(separator)
        if head and site and tail.strip().casefold() == site.casefold():
            return head.strip()
    return title


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(data[:4096])
    if not match:
        return None
    return (match.group(1) or match.group(2)).decode("ascii", errors="ignore")
