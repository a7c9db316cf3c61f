"""Build the canonical text that claim offsets count in: NFC, tidy white space, blank-line
paragraphs."""

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
    kind: str = (
        "paragraph"  # "headline" | "standfirst" | "heading" | "paragraph" | "list_item" | "quote"
    )
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
        blocks.append(
            Block(offset, offset + len(text), paragraph.kind, paragraph.level, paragraph.page)
        )
        offset += len(text)
    return "\n\n".join(parts), blocks


HEADLINE, STANDFIRST = "headline", "standfirst"
_LOOKED_AT = 6  # the opening paragraphs where a headline or standfirst is looked for


def with_headline(
    paragraphs: list[Paragraph], title: str, standfirst: str = "", add: bool = True
) -> list[Paragraph]:
    """The paragraphs with the headline (and standfirst) in the text exactly once, marked as
    blocks of kind "headline" and "standfirst".

    `add` is true when the title is declared (page metadata, front matter): an opening
    paragraph that is the title becomes the headline and later copies of it among the opening
    paragraphs are dropped; when the text does not show it, it is put first. When `add` is
    false the title was found in the text: the opening paragraph that is the title is marked
    if it is a heading or has the shape of one (short, no closing full stop), and nothing is
    added or dropped. The standfirst is marked likewise, or put after the headline when
    `add`; a standfirst that the text already opens with (the lede) is left as it is."""
    title_key = _same_text_key(title)
    result = list(paragraphs)
    headline_at = next(
        (
            i for i, p in enumerate(result[:_LOOKED_AT])
            if title_key and _same_text_key(p.text) == title_key and (add or _headline_shaped(p))
        ),
        None,
    )
    if headline_at is not None:
        found = result[headline_at]
        result[headline_at] = Paragraph(found.text, HEADLINE, 1, found.page)
        if add:
            after = headline_at + 1
            opening = [
                p for p in result[after : after + _LOOKED_AT] if _same_text_key(p.text) != title_key
            ]
            result = result[:after] + opening + result[after + _LOOKED_AT :]
    elif title_key and add:
        result.insert(0, Paragraph(title, HEADLINE, 1))
        headline_at = 0
    return _with_standfirst(result, standfirst, -1 if headline_at is None else headline_at, add)


def _headline_shaped(paragraph: Paragraph) -> bool:
    text = tidy(paragraph.text)
    return paragraph.kind == "heading" or (
        len(text) <= 150 and not text.endswith((".", ",", ";", ":"))
    )


def _with_standfirst(
    paragraphs: list[Paragraph], standfirst: str, headline_at: int, add: bool
) -> list[Paragraph]:
    key = _same_text_key(standfirst)
    if not key:
        return paragraphs
    opening = paragraphs[headline_at + 1 : headline_at + 1 + _LOOKED_AT]
    for index, paragraph in enumerate(opening, start=headline_at + 1):
        paragraph_key = _same_text_key(paragraph.text)
        if not paragraph_key:
            continue
        if paragraph_key == key and paragraph.kind in ("paragraph", "heading"):
            result = list(paragraphs)
            result[index] = Paragraph(paragraph.text, STANDFIRST, 0, paragraph.page)
            return result
        if paragraph_key.startswith(key) or key.startswith(paragraph_key[:200]):
            return paragraphs  # the standfirst is (the start of) the lede: already in the text
    if not add:
        return paragraphs
    return [
        *paragraphs[: headline_at + 1],
        Paragraph(standfirst, STANDFIRST),
        *paragraphs[headline_at + 1 :],
    ]


def _same_text_key(text: str) -> str:
    return tidy(text).casefold().rstrip(" .…")


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
            # Only the line's end is looked at: a search of the whole (growing) paragraph
            # made a long hard-wrapped paragraph quadratic.
            continues = line[:1].islower() and not SENTENCE_END.search(current[-1:])
            if not starts_item and (continues or (wrapped and not _BULLET.match(current))):
                current = join_lines(current, line)
            else:
                paragraphs.append(_plain_paragraph(current))
                current = line
        paragraphs.append(_plain_paragraph(current))
    return paragraphs


def join_lines(first: str, second: str) -> str:
    """Join two lines of one paragraph; a word hyphenated at the line end is made whole."""
    if _HYPHEN_END.search(first[-2:]) and second[:1].islower():  # the end is all it needs
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
