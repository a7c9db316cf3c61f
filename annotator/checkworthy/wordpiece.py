"""BERT's uncased WordPiece tokenizer in pure Python (what `tokenizers` does for
all-MiniLM-L6-v2: BertNormalizer lower-casing and stripping accents, BertPreTokenizer,
greedy longest-match WordPiece with "##" continuations)."""

from __future__ import annotations

import re
import unicodedata


def _is_punctuation(char: str) -> bool:
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")


def _is_cjk(code: int) -> bool:
    return (
        0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x2A6DF
        or 0x2A700 <= code <= 0x2B73F or 0x2B740 <= code <= 0x2B81F or 0x2B820 <= code <= 0x2CEAF
        or 0xF900 <= code <= 0xFAFF or 0x2F800 <= code <= 0x2FA1F
    )  # fmt: skip


def _normalize(text: str) -> str:
    out = []
    for char in text:
        code = ord(char)
        if code == 0 or code == 0xFFFD:
            continue
        category = unicodedata.category(char)
        if char in "\t\n\r" or category == "Zs":
            out.append(" ")
        elif category.startswith("C"):
            continue
        elif _is_cjk(code):
            out.append(f" {char} ")
        else:
            out.append(char)
    text = unicodedata.normalize("NFD", "".join(out))
    return "".join(c for c in text if unicodedata.category(c) != "Mn").lower()


def pre_tokens(text: str) -> list[str]:
    words: list[str] = []
    for chunk in _normalize(text).split():
        current = ""
        for char in chunk:
            if _is_punctuation(char):
                if current:
                    words.append(current)
                    current = ""
                words.append(char)
            else:
                current += char
        if current:
            words.append(current)
    return words


def word_pieces(word: str, vocab: dict[str, int], unknown: int) -> list[int]:
    if len(word) > 100:
        return [unknown]
    pieces: list[int] = []
    start = 0
    while start < len(word):
        end = len(word)
        found = None
        while start < end:
            piece = word[start:end] if start == 0 else "##" + word[start:end]
            found = vocab.get(piece)
            if found is not None:
                break
            end -= 1
        if found is None:
            return [unknown]
        pieces.append(found)
        start = end
    return pieces


_ASCII_PUNCTUATION = "".join(
    chr(c) for c in range(33, 127) if not chr(c).isalnum()
)  # 33-47, 58-64, 91-96, 123-126: what `_is_punctuation` says of ASCII
_ASCII_WORD = re.compile(r"[a-z0-9]+|[" + re.escape(_ASCII_PUNCTUATION) + "]")
_ASCII_CONTROL = {c: None for c in [*range(0, 9), 11, 12, *range(14, 32), 127]}


def pre_tokens_fast(text: str) -> list[str]:
    """`pre_tokens`, with a regular expression for the usual case of ASCII text."""
    if not text.isascii():
        return pre_tokens(text)
    return _ASCII_WORD.findall(text.translate(_ASCII_CONTROL).lower())
