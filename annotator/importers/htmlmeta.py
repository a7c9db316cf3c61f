"""Metadata of a saved web page from its meta tags, <link rel=canonical>, JSON-LD and the
notes browsers leave when saving a page. The page's own declarations are preferred to what
trafilatura infers, because they are what the publisher states."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

_ARTICLE_TYPES = (
    "newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle",
    "scholarlyarticle", "techarticle", "socialmediaposting", "liveblogposting", "report",
)
_SAVED_FROM = re.compile(r"saved from url=\(\d+\)(\S+)", re.IGNORECASE)
_SINGLEFILE_URL = re.compile(r"^\s*url:\s*(\S+)", re.IGNORECASE | re.MULTILINE)


@dataclass
class PageMetadata:
    title: list[str] = field(default_factory=list)
    description: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    publisher: list[str] = field(default_factory=list)
    published: list[str] = field(default_factory=list)
    url: list[str] = field(default_factory=list)
    language: list[str] = field(default_factory=list)


_AUTHOR_TAGS = (
    "author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl",
)  # fmt: skip


def page_metadata(tree: etree._Element) -> PageMetadata:
    """Candidate values for each field, best first (JSON-LD, then meta tags, then the rest)."""
    meta = PageMetadata()
    article = _json_ld_article(tree)
    if article:
        meta.title.append(_text(article.get("headline")) or _text(article.get("name")))
        meta.description.append(
            _text(article.get("description")) or _text(article.get("alternativeHeadline"))
        )
        meta.authors.extend(_names(article.get("author")))
        meta.publisher.extend(_names(article.get("publisher"))[:1])
        meta.published.append(
            _text(article.get("datePublished")) or _text(article.get("dateCreated"))
        )
        meta.url.append(_url_of(article.get("mainEntityOfPage")) or _text(article.get("url")))
        meta.language.append(_text(article.get("inLanguage")))
    tags = _meta_tags(tree)
    meta.title += [tags.get(k, "") for k in ("og:title", "twitter:title", "dc.title")]
    meta.description += [
        tags.get(k, "") for k in ("og:description", "description", "twitter:description")
    ]
    if not meta.authors:
        for key in _AUTHOR_TAGS:
            value = tags.get(key, "")
            if value and not value.startswith(("http://", "https://")):  # often a profile URL
                meta.authors.append(value)
                break
    meta.publisher += [
        tags.get("og:site_name", ""),
        tags.get("application-name", ""),
        tags.get("dc.publisher", ""),
    ]
    for key in ("article:published_time", "datepublished", "publish-date", "pubdate", "date",
                "dc.date", "dc.date.issued", "dcterms.created", "parsely-pub-date", "sailthru.date",
                "citation_publication_date", "og:article:published_time"):
        meta.published.append(tags.get(key, ""))
    meta.url += _links(tree, "canonical") + [tags.get("og:url", "")]
    meta.language += [
        tree.get("lang", "") or tree.get("{http://www.w3.org/XML/1998/namespace}lang", ""),
        tags.get("content-language", ""), tags.get("language", ""), tags.get("dc.language", ""),
        tags.get("og:locale", ""),
    ]
    meta.url += _saved_from(tree)
    return meta


def _meta_tags(tree: etree._Element) -> dict[str, str]:
    """name/property/itemprop/http-equiv of each <meta> (first occurrence wins), lower case."""
    tags: dict[str, str] = {}
    for element in tree.iter("meta"):
        content = element.get("content")
        if content is None or not content.strip():
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            key = (element.get(attribute) or "").strip().lower()
            if key and key not in tags:
                tags[key] = content.strip()
    return tags


def _links(tree: etree._Element, rel: str) -> list[str]:
    return [
        link.get("href", "")
        for link in tree.iter("link")
        if rel in (link.get("rel") or "").lower().split()
    ]


def _saved_from(tree: etree._Element) -> list[str]:
    """The address browsers (\"saved from url=\") and SingleFile (\"url: ...\") note in a
    comment."""
    found = []
    root = tree.getroottree()
    for comment in root.iter(etree.Comment):
        text = comment.text or ""
        match = _SAVED_FROM.search(text)
        if match:
            found.append(match.group(1))
        elif "singlefile" in text.lower():
            match = _SINGLEFILE_URL.search(text)
            if match:
                found.append(match.group(1))
    for sibling in root.getroot().itersiblings(preceding=True):
        if isinstance(sibling, etree._Comment):
            match = _SAVED_FROM.search(sibling.text or "")
            if match:
                found.append(match.group(1))
    return found


def _json_ld_article(tree: etree._Element) -> dict[str, Any] | None:
    """The JSON-LD object typed as an article that is this page (its address is the canonical
    one), else the first article, else a ClaimReview, else the first WebPage, else None. A
    page that cites or lists other articles describes them too: their dates are not its."""
    articles = list(_json_ld_articles(tree))
    canonical = {_bare(u) for u in _links(tree, "canonical") if u}
    for kind in ("article", "claimreview", "webpage"):
        candidates = [item for found, item in articles if found == kind]
        for item in candidates:
            if canonical & {
                _bare(_url_of(item.get("mainEntityOfPage"))),
                _bare(_text(item.get("url"))),
            }:
                return item
        if candidates:
            return candidates[0]
    return None


def _bare(url: str) -> str:
    return url.split("#")[0].split("?")[0].rstrip("/").removeprefix("https://").removeprefix("http://")


def _json_ld_articles(tree: etree._Element) -> Iterator[tuple[str, dict[str, Any]]]:
    """("article" | "claimreview" | "webpage", object) for each JSON-LD object of the page."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except (ValueError, RecursionError):
            continue
        for item in _objects(data):
            types = item.get("@type")
            types = [types] if isinstance(types, str) else types if isinstance(types, list) else []
            lowered = {str(t).lower() for t in types}
            if lowered & set(_ARTICLE_TYPES):
                yield "article", item
            elif "claimreview" in lowered:
                yield "claimreview", item
            elif "webpage" in lowered and item.get("headline"):
                yield "webpage", item


def _objects(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            yield from _objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in data:
                yield from _objects(data[key], depth + 1)


def _text(value: Any) -> str:
    if isinstance(value, str):
        return html.unescape(value)  # CMSs often write entities (O&#039;Donnell) into JSON-LD
    if isinstance(value, list) and value:
        return _text(value[0])
    if isinstance(value, dict):
        return _text(value.get("@value") or value.get("name") or "")
    return ""


def _names(value: Any) -> list[str]:
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    if isinstance(value, dict):
        name = value.get("name")
        return [html.unescape(name)] if isinstance(name, str) else []
    if isinstance(value, str) and not value.startswith(("http://", "https://")):
        return [html.unescape(value)]
    return []


def _url_of(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return _text(value.get("@id")) or _text(value.get("url"))
    return ""
