"""Markdown articles: headings, paragraphs and lists become structured text without markup."""

from __future__ import annotations

from markdown_it import MarkdownIt

from annotator.domain import ArticleDraft
from annotator.importers.canonical import Paragraph, build_canonical
from annotator.importers.text import decode

_PARSER = MarkdownIt("commonmark").disable(["html_block", "html_inline", "image"])


def _inline_text(token) -> str:  # noqa: ANN001 - markdown-it Token
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)


def paragraphs_from_markdown(source: str) -> list[Paragraph]:
    tokens = _PARSER.parse(source)
    paragraphs: list[Paragraph] = []
    kind, level = "paragraph", 0
    list_depth = quote_depth = 0
    for token in tokens:
        if token.type == "heading_open":
            kind, level = "heading", int(token.tag[1])
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif token.type == "blockquote_open":
            quote_depth += 1
        elif token.type == "blockquote_close":
            quote_depth -= 1
        elif token.type == "inline":
            this_kind = kind if kind == "heading" else "list_item" if list_depth else "quote" if quote_depth else "paragraph"
            paragraphs.append(Paragraph(_inline_text(token), this_kind, level if kind == "heading" else list_depth))
            kind, level = "paragraph", 0
        elif token.type in ("fence", "code_block"):
            paragraphs.append(Paragraph(token.content, "paragraph"))
    return paragraphs


def read(data: bytes, name: str) -> ArticleDraft:
    paragraphs = paragraphs_from_markdown(decode(data, name))
    text, blocks = build_canonical(paragraphs)
    headings = [p.text for p in paragraphs if p.kind == "heading" and p.level == 1]
    title = headings[0] if headings else (paragraphs[0].text if paragraphs else name)
    return ArticleDraft(title=title.strip()[:300], text=text, blocks=blocks, source_format="markdown")
