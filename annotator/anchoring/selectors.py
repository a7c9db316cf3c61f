"""Position and quote selectors, as in the W3C Web Annotation model."""

from __future__ import annotations

from dataclasses import dataclass

CONTEXT_LENGTH = 32
"""Characters of prefix and suffix kept with a quote (the length Hypothesis uses)."""


@dataclass(frozen=True)
class TextQuote:
    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class Anchor:
    """Where a claim sits: code-point offsets into the canonical text plus its quote."""

    start: int
    end: int
    quote: TextQuote


def quote_at(text: str, start: int, end: int, context: int = CONTEXT_LENGTH) -> TextQuote:
    """The quote selector for `text[start:end]` with up to `context` characters either side."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span {start}..{end} is not inside a text of length {len(text)}")
    return TextQuote(
        exact=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
    )


def anchor_at(text: str, start: int, end: int) -> Anchor:
    return Anchor(start, end, quote_at(text, start, end))


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a selection so it neither starts nor ends with white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
