"""Plain-text articles: any common encoding, line endings normalised, paragraphs kept; a short
first line above the body is the headline."""

from __future__ import annotations

from annotator.domain import ArticleDraft
from annotator.importers.canonical import build_canonical, split_plain_paragraphs, with_headline
from annotator.importers.encoding import decode_text
from annotator.importers.metadata import title_from


def read(data: bytes, name: str) -> ArticleDraft:
    paragraphs = split_plain_paragraphs(decode_text(data, name))
    title = title_from(paragraphs, name)
    text, blocks = build_canonical(
        with_headline(paragraphs, title, add=False) if len(paragraphs) > 1 else paragraphs
    )
    return ArticleDraft(title=title, text=text, blocks=blocks, source_format="text")
