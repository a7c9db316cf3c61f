"""Sentence spans of an article's canonical text, in code points (what claims count in)."""

from __future__ import annotations

import re

_PARAGRAPH = re.compile(r"[^\n]+")
# A sentence ends at . ! ? (and closing quotes/brackets) followed by space and anything but a
# lower-case letter or punctuation that continues one.
_BOUNDARY = re.compile(r"""(?<=[.!?…])(["'”’)\]]*)\s+(?=["'“‘(\[]?[^\sa-zß-öø-ÿ,;:])""")
_ABBREVIATION_TEXT = (
    "mr mrs ms dr prof sen rep gov gen col lt st jr sr vs etc inc ltd co corp no u.s u.k e.g i.e"
    " jan feb mar apr jun jul aug sep sept oct nov dec"
)
_ABBREVIATIONS = frozenset(_ABBREVIATION_TEXT.split())
MAX_SENTENCE = 2000
"""A run longer than this without a boundary is cut (a list or table flattened into one line)."""


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trimmed of surrounding white space; paragraphs never merge."""
    spans: list[tuple[int, int]] = []
    for paragraph in _PARAGRAPH.finditer(text):
        start = paragraph.start()
        for boundary in _BOUNDARY.finditer(paragraph.group()):
            end = paragraph.start() + boundary.end(1)  # closing quotes belong to the sentence
            if _ends_with_abbreviation(text, start, end):
                continue
            spans.extend(_trimmed(text, start, end))
            start = paragraph.start() + boundary.end()
        spans.extend(_trimmed(text, start, paragraph.end()))
    return spans


def _ends_with_abbreviation(text: str, start: int, end: int) -> bool:
    word = text[start:end].rsplit(None, 1)[-1] if text[start:end].strip() else ""
    word = word.rstrip(".").lower().lstrip("\"'“‘([")
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _trimmed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return []
    return [(s, min(s + MAX_SENTENCE, end)) for s in range(start, end, MAX_SENTENCE)]
