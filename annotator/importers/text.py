"""Plain-text articles: any common encoding, line endings normalised, paragraphs kept."""

from __future__ import annotations

from annotator.domain import ArticleDraft
from annotator.importers.canonical import build_canonical, split_plain_paragraphs
from annotator.importers.encoding import decode_text
from annotator.importers.metadata import title_from


def read(data: bytes, name: str) -> ArticleDraft:
    paragraphs = split_plain_paragraphs(decode_text(data, name))
    text, blocks = build_canonical(paragraphs)
    return ArticleDraft(title=title_from(paragraphs, name), text=text, blocks=blocks, source_format="text")
