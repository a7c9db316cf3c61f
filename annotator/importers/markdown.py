"""Markdown articles: headings, paragraphs, lists, quotes and tables become structured text
without the markup characters; a YAML front matter block supplies the metadata."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from annotator.domain import ArticleDraft
from annotator.importers.canonical import Paragraph, build_canonical, with_headline
from annotator.importers.encoding import decode_text
from annotator.importers.htmltext import CELL_SEPARATOR, paragraphs_from_html
from annotator.importers.metadata import (
    clean_title,
    first_nonempty,
    language_tag,
    partial_date,
    people,
    title_from,
    web_url,
)

_PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])
_FRONT_MATTER = re.compile(
    r"\A(?:\ufeff)?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL
)
_KEY_VALUE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")
_LIST_ENTRY = re.compile(r"^\s+-\s+(.*)$")


def _inline_text(token: Token) -> str:
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)


def paragraphs_from_markdown(source: str) -> list[Paragraph]:
    """Structured paragraphs of a Markdown document (without its front matter)."""
    paragraphs: list[Paragraph] = []
    heading_level = 0
    list_depth = quote_depth = 0
    row: list[str] | None = None
    for token in _PARSER.parse(source):
        kind = token.type
        if kind == "heading_open":
            heading_level = int(token.tag[1])
        elif kind == "heading_close":
            heading_level = 0
        elif kind in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif kind == "blockquote_open":
            quote_depth += 1
        elif kind == "blockquote_close":
            quote_depth -= 1
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            paragraphs.append(Paragraph(CELL_SEPARATOR.join(cell for cell in row if cell.strip())))
            row = None
        elif kind == "inline" and row is not None:
            row.append(_inline_text(token))
        elif kind == "inline":
            if heading_level:
                paragraphs.append(Paragraph(_inline_text(token), "heading", heading_level))
            elif list_depth:
                paragraphs.append(Paragraph(_inline_text(token), "list_item", list_depth))
            elif quote_depth:
                paragraphs.append(Paragraph(_inline_text(token), "quote"))
            else:
                paragraphs.append(Paragraph(_inline_text(token)))
        elif kind in ("fence", "code_block"):
            paragraphs.append(Paragraph(token.content))
        elif kind == "html_block":
            paragraphs.extend(paragraphs_from_html(token.content))
    return paragraphs


def front_matter(source: str) -> tuple[dict[str, str | list[str]], str]:
    """Split a leading YAML front matter block off; read its simple `key: value` lines and
    `key:` followed by `- item` lists (enough for title, author(s), date, url, language)."""
    match = _FRONT_MATTER.match(source)
    if not match:
        return {}, source
    values: dict[str, str | list[str]] = {}
    key = None
    for line in match.group(1).splitlines():
        entry = _LIST_ENTRY.match(line)
        if entry and key:
            existing = values.get(key)
            items = existing if isinstance(existing, list) else []
            items.append(_unquote(entry.group(1)))
            values[key] = items
            continue
        pair = _KEY_VALUE.match(line)
        if pair:
            key = pair.group(1).lower()
            value = pair.group(2).strip()
            if value.startswith("[") and value.endswith("]"):
                values[key] = [_unquote(part) for part in value[1:-1].split(",") if part.strip()]
            elif value:
                values[key] = _unquote(value)
    return values, source[match.end() :]


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _strings(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def read(data: bytes, name: str) -> ArticleDraft:
    meta, body = front_matter(decode_text(data, name).replace("\r\n", "\n").replace("\r", "\n"))
    paragraphs = paragraphs_from_markdown(body)

    def get(*keys: str) -> str:
        return first_nonempty(*(v for k in keys for v in _strings(meta.get(k))[:1]))

    declared = clean_title(get("title", "headline"))
    title = declared or title_from(paragraphs, name)
    standfirst = get("subtitle", "description", "summary", "standfirst")
    text, blocks = build_canonical(with_headline(paragraphs, title, standfirst, add=bool(declared)))
    return ArticleDraft(
        title=title,
        text=text,
        blocks=blocks,
        standfirst=standfirst,
        authors=people(_strings(meta.get("authors")) + _strings(meta.get("author"))),
        publisher=get("publisher", "site", "site_name", "source"),
        published=partial_date(get("date", "published", "datepublished", "pubdate")),
        url=web_url(get("canonical_url", "canonical", "url", "link", "source_url")),
        language=language_tag(get("lang", "language", "locale")),
        source_format="markdown",
    )
