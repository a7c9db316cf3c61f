"""Split very long paragraphs into short blocks for the PDF's text layout only.

Qt's rich-text engine lays a paragraph out in time that grows with the square of its
length (a 4 MB one-line article took five minutes). Cut into blocks of about
`BLOCK_CHARS` characters at spaces, with no spacing between the pieces, the layout is
linear and the page reads as one paragraph; the text and the highlights are unchanged.
"""

from __future__ import annotations

import dataclasses

from annotator.exporters.common import Segment

BLOCK_CHARS = 2_000


class LayoutParagraph(list[Segment]):
    """A piece of a paragraph; `joins_previous`/`joins_next` say whether it was cut there."""

    joins_previous: bool = False
    joins_next: bool = False


def split_for_layout(
    paragraphs: list[list[Segment]], limit: int = BLOCK_CHARS
) -> list[LayoutParagraph]:
    out: list[LayoutParagraph] = []
    for paragraph in paragraphs:
        pieces = _split(paragraph, limit)
        for i, piece in enumerate(pieces):
            piece.joins_previous, piece.joins_next = i > 0, i < len(pieces) - 1
        out += pieces
    return out


def _split(paragraph: list[Segment], limit: int) -> list[LayoutParagraph]:
    pieces = [LayoutParagraph()]
    length = 0
    for segment in paragraph:
        for i, part in enumerate(_cut(segment.text, limit)):
            if length + len(part) > limit and pieces[-1]:
                pieces.append(LayoutParagraph())
                length = 0
            markers = segment.markers if i == 0 else []
            pieces[-1].append(dataclasses.replace(segment, text=part, markers=list(markers)))
            length += len(part)
    return pieces


def _cut(text: str, limit: int) -> list[str]:
    """`text` in parts of at most about `limit` characters, each ending after a space if it can."""
    parts, start = [], 0
    while len(text) - start > limit:
        end = text.rfind(" ", start + limit // 2, start + limit)
        end = start + limit if end < 0 else end + 1
        parts.append(text[start:end])
        start = end
    parts.append(text[start:])
    return parts
