"""Plain-text articles."""

from __future__ import annotations

from pathlib import Path

from annotator.domain import ArticleDraft
from annotator.errors import ArticleImportError
from annotator.importers.canonical import build_canonical, split_plain_paragraphs


def decode(data: bytes, name: str) -> str:
    """Decode text bytes; refuse binary data."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise ArticleImportError(f"{name}: this is a binary file, not text.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read(data: bytes, name: str) -> ArticleDraft:
    text = decode(data, name)
    paragraphs = split_plain_paragraphs(text)
    canonical, blocks = build_canonical(paragraphs)
    title = paragraphs[0].text.strip() if paragraphs else Path(name).stem
    return ArticleDraft(title=title[:300], text=canonical, blocks=blocks, source_format="text")
