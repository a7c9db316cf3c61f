"""Words, word boundaries and a whitespace/punctuation-blind comparison key.

Re-anchoring needs three small notions of "text unit":
- tokens for diffs (a word with its combining marks, one CJK/Thai character, a
  whitespace run, or one other character with what attaches to it, such as an
  emoji's variation selector or zero-width-joiner sequence);
- word boundaries, so an approximately matched highlight never starts or ends
  mid-word (and never inside a user-perceived character);
- a comparison key, so a quote whose text changed only in white space or prose
  punctuation counts as the same text. Punctuation that carries meaning in a
  fact-check stays significant: a separator between digits ("3.5", "1,000"),
  a sign before a number ("-5"), and symbols such as % # & / @ *.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

ZWJ = "\u200d"
_SIGNIFICANT_PUNCT = set("%‰‱#&*@/\\†‡§¶٪﹪％＃＆＊＠／＼")
_DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
_APOSTROPHES = "'\u2019\u02bc"
_DIGIT_SEPARATORS = ".,\u066b\u066c\u2009\u202f:"  # decimal/thousands separators, times


def _is_continua(ch: str) -> bool:
    """Scripts written without spaces: every character is its own word for snapping."""
    o = ord(ch)
    return (
        0x3040 <= o <= 0x30FF  # hiragana, katakana
        or 0x3400 <= o <= 0x4DBF
        or 0x4E00 <= o <= 0x9FFF
        or 0xF900 <= o <= 0xFAFF
        or 0x20000 <= o <= 0x3134F
        or 0xFF66 <= o <= 0xFF9D  # half-width katakana
        or 0x0E00 <= o <= 0x0EFF  # Thai, Lao
        or 0x1000 <= o <= 0x109F  # Myanmar
        or 0x1780 <= o <= 0x17FF  # Khmer
    )


def _attaches(ch: str, before: str = "") -> bool:
    """True if `ch` belongs to the character `before` it (no cut may fall before it). An
    emoji skin-tone modifier after white space modifies nothing: it stands alone (a colour
    swatch), so a highlight may start at it rather than take in the space."""
    o = ord(ch)
    return (
        unicodedata.category(ch)[0] == "M"  # combining marks, variation selectors
        or ch == ZWJ
        or (0x1F3FB <= o <= 0x1F3FF and not before.isspace())  # emoji skin-tone modifiers
        or 0xE0020 <= o <= 0xE007F  # emoji tag sequences (subdivision flags)
    )


def _wordish(ch: str) -> bool:
    return ch.isalnum() or ch == "_" or unicodedata.category(ch)[0] == "M"


def is_word_boundary(text: str, pos: int) -> bool:
    """Whether a highlight may start or end at `pos` without cutting a word or a character."""
    n = len(text)
    if pos <= 0 or pos >= n:
        return True
    a, b = text[pos - 1], text[pos]
    if a.isascii() and b.isascii() and (a.isspace() or b.isspace()):
        return True
    if a.isascii() and b.isascii() and a.isalnum() and b.isalnum():
        return False
    if _attaches(b, a) or a == ZWJ:
        return False
    if _wordish(a) and _wordish(b):
        return _is_continua(a) or _is_continua(b)
    # "don't", "3.5", "1,000": the connector is inside the word.
    if b in _APOSTROPHES and pos + 1 < n and a.isalpha() and text[pos + 1].isalpha():
        return False
    if a in _APOSTROPHES and pos >= 2 and text[pos - 2].isalpha() and b.isalpha():
        return False
    if b in _DIGIT_SEPARATORS and pos + 1 < n and a.isdigit() and text[pos + 1].isdigit():
        return False
    return not (a in _DIGIT_SEPARATORS and pos >= 2 and text[pos - 2].isdigit() and b.isdigit())


def word_starts(text: str, lo: int, hi: int) -> list[int]:
    """Positions in [lo, hi] where a highlight may start: a boundary before a non-space."""
    lo, hi = max(0, lo), min(len(text) - 1, hi)
    return [p for p in range(lo, hi + 1) if not text[p].isspace() and is_word_boundary(text, p)]


def word_ends(text: str, lo: int, hi: int) -> list[int]:
    """Positions in [lo, hi] where a highlight may end: a boundary after a non-space."""
    lo, hi = max(1, lo), min(len(text), hi)
    return [p for p in range(lo, hi + 1) if not text[p - 1].isspace() and is_word_boundary(text, p)]


_NUMBER_SUFFIXES = "%‰‱٪﹪％"
SNAP_REACH = 200
"""How far (in characters) a selection's end may move to reach a word boundary; a "word" longer
than that (a URL, a hash) is cut where the selection ends."""


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """`text[start:end]` widened to whole words: an end inside a word (or inside a character
    with its combining marks, or an emoji sequence) moves out to the word's edge; white space at
    either end is dropped first. Each CJK/Thai character is a word of its own, so such text
    snaps to the character. A number takes the currency sign just before it and a percent or
    per-mille sign just after it ("$500", "3.5%"). The span never narrows apart from the white
    space."""
    n = len(text)
    start, end = max(0, min(start, n)), max(0, min(end, n))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return start, start
    start, end = _to_boundary(text, start, -1), _to_boundary(text, end, 1)
    if 0 < start < n and text[start].isdigit() and unicodedata.category(text[start - 1]) == "Sc":
        start -= 1
    if 0 < end < n and text[end - 1].isdigit() and text[end] in _NUMBER_SUFFIXES:
        end += 1
    return start, end


def _to_boundary(text: str, pos: int, step: int) -> int:
    """The nearest word boundary from `pos` in direction `step`, or `pos` beyond SNAP_REACH."""
    candidate = pos
    for _ in range(SNAP_REACH + 1):
        if is_word_boundary(text, candidate):
            return candidate
        candidate += step
    return pos


# --- character classes built from the Unicode database (once, on first use) ---


def _class_body(code_points: list[int]) -> str:
    """A regex character-class body (ranges) for sorted code points."""
    parts: list[str] = []
    i = 0
    while i < len(code_points):
        j = i
        while j + 1 < len(code_points) and code_points[j + 1] == code_points[j] + 1:
            j += 1
        a, b = code_points[i], code_points[j]
        parts.append(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}")
        i = j + 1
    return "".join(parts)


@cache
def _classes() -> dict[str, str]:
    """Marks, format characters and prose punctuation up to U+1FFFF, in one pass."""
    found: dict[str, list[int]] = {"mark": [], "format": [], "punct": []}
    excluded = _SIGNIFICANT_PUNCT | set(_DASHES.replace("\\", "")) | {"_"}
    category = unicodedata.category
    for cp in range(0x20000):
        cat = category(chr(cp))
        if cat[0] == "M":
            found["mark"].append(cp)
        elif cat == "Cf":
            found["format"].append(cp)
        elif cat[0] == "P" and chr(cp) not in excluded:
            found["punct"].append(cp)
    return {
        "mark": _class_body(found["mark"]) + "\\U000e0100-\\U000e01ef",
        "format": _class_body(found["format"]) + "\\U000e0001-\\U000e007f",
        "punct": _class_body(found["punct"]),
    }


_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9d\U00020000-\U0003134f"


@cache
def _token_re() -> re.Pattern[str]:
    ext = rf"(?:[{_classes()['mark']}\U0001f3fb-\U0001f3ff]|\u200d\S)"
    unit = rf"(?:(?![{_CJK}])\w{ext}*)+"
    # "3.5", "1,000", "don't" are one word, as `is_word_boundary` sees them.
    joiner = rf"(?:(?<=\d)[{_DIGIT_SEPARATORS}](?=\d)|(?<=[^\W\d_])[{_APOSTROPHES}](?=[^\W\d_]))"
    word = rf"{unit}(?:{joiner}{unit})*"
    return re.compile(rf"[{_CJK}]{ext}*|{word}|\s+|[^\w\s]{ext}*")


def tokens(text: str) -> list[str]:
    """Diff tokens; their concatenation is `text`."""
    return _token_re().findall(text)


@cache
def _separator_re() -> re.Pattern[str]:
    """Runs of white space and prose punctuation (folded to one space when comparing)."""
    c = _classes()
    punct = rf"(?:[{c['punct']}](?!\d)|(?<!\d)[{c['punct']}])"
    dash = rf"(?:[{_DASHES}](?!\d)|(?<=\w)[{_DASHES}])"  # a dash before a digit is a sign
    return re.compile(rf"(?:\s|{punct}|{dash})+")


@cache
def _format_re() -> re.Pattern[str]:
    """Invisible format characters (soft hyphen, zero-width space, direction marks): dropped."""
    return re.compile(rf"[{_classes()['format']}]+")


def comparison_key(text: str) -> str:
    """`text` with prose punctuation and white-space runs folded to single spaces, ends stripped."""
    return _separator_re().sub(" ", _format_re().sub("", text)).strip(" ")


def same_text(a: str, b: str) -> bool:
    """Equal, or equal apart from white space and prose punctuation (and not just punctuation)."""
    if a == b:
        return True
    key = comparison_key(a)
    return bool(key) and key == comparison_key(b)


def loose_pattern(text: str) -> re.Pattern[str] | None:
    """A pattern finding candidates for text that differs from `text` only between words.

    It is deliberately permissive (any non-word run between the words); confirm each
    match with `same_text`.
    """
    key = comparison_key(text)
    if not key:
        return None
    return re.compile(r"\W+".join(re.escape(word) for word in key.split(" ")))
