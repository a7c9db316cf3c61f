"""A deterministic re-anchoring workload: an article, an edited version and many claims.

Used by the `reanchor` benchmark and its sanity test (tests/anchoring/test_speed.py, which
times nothing); the same seed gives the same case.
"""

from __future__ import annotations

import random

from annotator.anchoring.reanchor import AnchorTarget
from annotator.anchoring.selectors import quote_at

_SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ten",
    "ra",
    "su",
    "ve",
    "on",
    "da",
    "pri",
    "col",
    "nat",
    "ber",
    "gu",
    "sha",
    "tel",
    "mon",
    "is",
    "ex",
    "far",
]
_EXTRA_WORDS = ["café", "naïve", "Zürich", "東京", "😀", "São", "Ελλάδα", "مرحبا"]


def _vocabulary(rng: random.Random, size: int = 2000) -> list[str]:
    words = {"".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(1, 4))) for _ in range(size)}
    return sorted(words) + _EXTRA_WORDS


def _sentence(rng: random.Random, vocabulary: list[str]) -> str:
    words = [rng.choice(vocabulary) for _ in range(rng.randint(6, 22))]
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words)), f"{rng.randint(1, 99)}.{rng.randint(0, 9)}%")
    words[0] = words[0].capitalize()
    return " ".join(words) + rng.choice(".....!?")


def make_reanchor_case(
    seed: int, text_bytes: int = 100_000, n_claims: int = 1000
) -> tuple[str, str, list[AnchorTarget]]:
    """(old text, new text with scattered edits, targets on the old text)."""
    rng = random.Random(seed)
    vocabulary = _vocabulary(rng)
    paragraphs: list[str] = []
    size = 0
    while size < text_bytes:
        paragraph = " ".join(_sentence(rng, vocabulary) for _ in range(rng.randint(2, 6)))
        paragraphs.append(paragraph)
        size += len(paragraph.encode()) + 2
    old = "\n\n".join(paragraphs)

    words = word_spans(old)
    targets = _claims(rng, old, words, n_claims)
    new = _edit(rng, old, words, vocabulary, edits=max(1, len(old) // 1000))
    return old, new, targets


def word_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every run of non-space characters."""
    spans, start = [], None
    for i, ch in enumerate(text):
        if ch.isspace():
            if start is not None:
                spans.append((start, i))
                start = None
        elif start is None:
            start = i
    if start is not None:
        spans.append((start, len(text)))
    return spans


def _claims(
    rng: random.Random, text: str, words: list[tuple[int, int]], n_claims: int
) -> list[AnchorTarget]:
    """Non-overlapping runs of 2..12 words, spread over the whole text."""
    slot = max(1, len(words) // max(1, n_claims))
    targets = []
    for i in range(n_claims):
        first = i * slot
        if first >= len(words):
            break
        count = rng.randint(2, 12)
        last = min(len(words) - 1, first + min(count, slot) - 1)
        start, end = words[first][0], words[last][1]
        quote = quote_at(text, start, end)
        targets.append(AnchorTarget(f"c{i}", start, end, quote.exact, quote.prefix, quote.suffix))
    return targets


def _edit(
    rng: random.Random,
    text: str,
    words: list[tuple[int, int]],
    vocabulary: list[str],
    edits: int,
) -> str:
    """Apply scattered edits (applied back to front so earlier offsets stay valid)."""
    chosen = sorted(rng.sample(range(len(words)), min(edits, len(words))), reverse=True)
    for index in chosen:
        start, end = words[index]
        kind = rng.choice(["insert", "insert", "delete", "replace", "space", "punct", "sentence"])
        if kind == "insert":
            text = text[:start] + rng.choice(vocabulary) + " " + text[start:]
        elif kind == "delete":
            text = text[:start] + text[end + 1 :]
        elif kind == "replace":
            text = text[:start] + rng.choice(vocabulary) + text[end:]
        elif kind == "space":
            text = text[:end] + "  " + text[end + 1 :]
        elif kind == "punct":
            text = text[:end] + "," + text[end:]
        else:
            text = text[:start] + _sentence(rng, vocabulary) + " " + text[start:]
    return text
