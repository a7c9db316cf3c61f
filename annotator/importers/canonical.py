"""Build the canonical text that claim offsets count in: NFC, tidy white space, blank-line paragraphs."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from annotator.domain import Block

_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_LINE_BREAKS = re.compile(r"\r\n|\r|\u2028|\u2029|\u0085")


@dataclass(frozen=True)
class Paragraph:
    """A piece of structure from an importer, before it is joined into canonical text."""

    text: str
    kind: str = "paragraph"  # "heading" | "paragraph" | "list_item" | "quote"
    level: int = 0
    page: int | None = None


def tidy(text: str) -> str:
    """NFC, one space for each run of horizontal white space, no leading/trailing space."""
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text)
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


def build_canonical(paragraphs: list[Paragraph]) -> tuple[str, list[Block]]:
    """Join paragraphs with one blank line between them; return the text and its blocks."""
    parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for paragraph in paragraphs:
        text = tidy(paragraph.text)
        if not text:
            continue
        if parts:
            offset += 2  # the blank line before this paragraph
        parts.append(text)
        blocks.append(Block(offset, offset + len(text), paragraph.kind, paragraph.level, paragraph.page))
        offset += len(text)
    return "\n\n".join(parts), blocks


def split_plain_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs of plain text: separated by blank lines; single line breaks kept apart too
    when the lines look like separate paragraphs (short lines joined, long lines split)."""
    text = _LINE_BREAKS.sub("\n", text)
    paragraphs: list[Paragraph] = []
    for chunk in re.split(r"\n[ \t]*\n", text):
        lines = [line.strip() for line in chunk.split("\n") if line.strip()]
        if not lines:
            continue
        # Text pasted from the web puts one paragraph per line; hard-wrapped text breaks
        # lines mid-sentence. Join a line to the previous one only when that one does not
        # end a sentence and the next starts in lower case.
        current = lines[0]
        for line in lines[1:]:
            if not re.search(r"[.!?:;\"'”’)\]]$", current) and line[:1].islower():
                current = f"{current} {line}"
            else:
                paragraphs.append(Paragraph(current))
                current = line
        paragraphs.append(Paragraph(current))
    return paragraphs
