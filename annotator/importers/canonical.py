"""Build the canonical text that claim offsets count in: NFC, tidy white space, blank-line paragraphs."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from annotator.domain import Block

_SPACES = re.compile(r"[ \t\n\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_LINE_BREAKS = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\u0085")
# Control characters (Unicode category Cc; those that are white space are handled above), soft
# hyphens, zero-width spaces and stray byte-order marks.
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u200b\ufeff]")


@dataclass(frozen=True)
class Paragraph:
    """A piece of structure from an importer, before it is joined into canonical text."""

    text: str
    kind: str = "paragraph"  # "heading" | "paragraph" | "list_item" | "quote"
    level: int = 0
    page: int | None = None


def tidy(text: str) -> str:
    """NFC, one space for each run of white space, no leading/trailing space; control
    characters, soft hyphens and zero-width spaces removed (they break searching)."""
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    return _SPACES.sub(" ", text).strip()


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


SENTENCE_END = re.compile(r"[.!?:;\"'”’»)\]…]$")
_BULLET = re.compile(r"^(?:[•▪◦‣∙·*+-]|–)\s+(?=\S)")
_NUMBERED = re.compile(r"^\d{1,3}[.)]\s+(?=\S)")
_HYPHEN_END = re.compile(r"(?<=[^\W\d_])[-\u00ad\u2010]$")


def split_plain_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs of plain text.

    Blank lines always separate paragraphs. Within a block of lines, hard-wrapped prose (lines
    of similar length, as e-mail and old text files have) is joined into one paragraph, with
    words hyphenated at a line end put back together; otherwise each line is its own paragraph
    (text copied from the web has one paragraph per line), except that a line continuing a
    sentence in lower case is joined to the one before. Lines starting with a bullet become
    list items, without the bullet.
    """
    text = _LINE_BREAKS.sub("\n", text)
    paragraphs: list[Paragraph] = []
    for chunk in re.split(r"\n[ \t]*\n", text):
        lines = [line.strip() for line in chunk.split("\n") if line.strip()]
        if not lines:
            continue
        wrapped = _looks_hard_wrapped(lines)
        current = lines[0]
        for line in lines[1:]:
            starts_item = starts_list_item(line)
            continues = line[:1].islower() and not SENTENCE_END.search(current)
            if not starts_item and (continues or (wrapped and not _BULLET.match(current))):
                current = join_lines(current, line)
            else:
                paragraphs.append(_plain_paragraph(current))
                current = line
        paragraphs.append(_plain_paragraph(current))
    return paragraphs


def join_lines(first: str, second: str) -> str:
    """Join two lines of one paragraph; a word hyphenated at the line end is made whole."""
    if _HYPHEN_END.search(first) and second[:1].islower():
        return first[:-1] + second
    return f"{first} {second}"


def _looks_hard_wrapped(lines: list[str]) -> bool:
    """Three or more lines, all but the last of about the same length (40-100 characters)."""
    if len(lines) < 3:
        return False
    body = [len(line) for line in lines[:-1]]
    longest = max(body)
    if not 40 <= longest <= 100:
        return False
    return sum(1 for length in body if length >= 0.7 * longest) >= 0.8 * len(body)


def starts_list_item(line: str) -> bool:
    """True if the line starts with a bullet or a number such as "1." or "2)"."""
    return bool(_BULLET.match(line) or _NUMBERED.match(line))


def list_item(line: str, page: int | None = None) -> Paragraph:
    """A list item from a line of text: the bullet character is dropped, a number is kept."""
    bullet = _BULLET.match(line)
    return Paragraph(line[bullet.end() :] if bullet else line, "list_item", 1, page)


def _plain_paragraph(line: str) -> Paragraph:
    return list_item(line) if starts_list_item(line) else Paragraph(line)
