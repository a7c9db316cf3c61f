"""What changed between two versions of a text: for the article diff view and the review queue.

The diff is computed in two levels so a 100 KB article takes milliseconds: first on
lines (paragraphs), then on word tokens inside the paragraphs that changed. Both
levels use rapidfuzz's Indel (longest common subsequence) alignment, which keeps
unchanged words aligned instead of pairing unrelated ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate
from typing import Literal

from annotator.anchoring.textunits import tokens

ChunkKind = Literal["equal", "insert", "delete", "replace"]

RawChunk = tuple[bool, int, int, int, int]
"""(equal?, old_start, old_end, new_start, new_end); a list of them covers both texts."""


@dataclass(frozen=True)
class DiffChunk:
    kind: ChunkKind
    old_start: int
    old_end: int
    new_start: int
    new_end: int
    old_text: str
    new_text: str


def raw_diff(old: str, new: str) -> list[RawChunk]:
    """Word-level alignment of `old` and `new`: alternating equal and changed runs, in order."""
    out: list[RawChunk] = []
    old_lines, new_lines = old.splitlines(keepends=True), new.splitlines(keepends=True)
    old_at = list(accumulate(map(len, old_lines), initial=0))
    new_at = list(accumulate(map(len, new_lines), initial=0))
    for equal, i1, i2, j1, j2 in _blocks(_opcodes(old_lines, new_lines)):
        o1, o2, n1, n2 = old_at[i1], old_at[i2], new_at[j1], new_at[j2]
        if equal or o1 == o2 or n1 == n2:
            _emit(out, equal, o1, o2, n1, n2)
            continue
        # Changed paragraphs: align their words.
        old_tokens, new_tokens = tokens(old[o1:o2]), tokens(new[n1:n2])
        old_tat = list(accumulate(map(len, old_tokens), initial=o1))
        new_tat = list(accumulate(map(len, new_tokens), initial=n1))
        for tequal, a1, a2, b1, b2 in _blocks(_opcodes(old_tokens, new_tokens)):
            _emit(out, tequal, old_tat[a1], old_tat[a2], new_tat[b1], new_tat[b2])
    return out


def _blocks(opcodes: list[tuple[str, int, int, int, int]]) -> list[RawChunk]:
    """Opcodes with each run of adjacent deletes and inserts joined into one changed block."""
    out: list[RawChunk] = []
    for tag, i1, i2, j1, j2 in opcodes:
        _emit(out, tag == "equal", i1, i2, j1, j2)
    return out


def text_diff(old: str, new: str) -> list[DiffChunk]:
    """Passages inserted, deleted or changed between two versions of an article.

    Changes separated only by white space, punctuation or a word or two are merged into
    one passage, so a reworded sentence shows as one change rather than a dozen.
    """
    return _chunks(old, new, _merge(raw_diff(old, new), old, _is_small_gap))


def word_diff(old: str, new: str) -> list[DiffChunk]:
    """Word-level changes between two short passages (one claim's old and new quote)."""
    return _chunks(old, new, _merge(raw_diff(old, new), old, _is_blank_gap))


def _opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    from rapidfuzz.distance import Indel  # rapidfuzz loads with the first diff, not at start

    ids: dict[str, int] = {}
    a_ids = [ids.setdefault(x, len(ids)) for x in a]
    b_ids = [ids.setdefault(x, len(ids)) for x in b]
    return [tuple(op) for op in Indel.opcodes(a_ids, b_ids).as_list()]  # type: ignore[misc]


def _emit(out: list[RawChunk], equal: bool, o1: int, o2: int, n1: int, n2: int) -> None:
    if o1 == o2 and n1 == n2:
        return
    if out and out[-1][0] == equal:
        prev = out[-1]
        out[-1] = (equal, prev[1], o2, prev[3], n2)
    else:
        out.append((equal, o1, o2, n1, n2))


def _merge(raw: list[RawChunk], old: str, small_gap: Callable[[str], bool]) -> list[RawChunk]:
    """Fold an equal run lying between two changes into them when `small_gap` says so."""
    out: list[RawChunk] = []
    for i, chunk in enumerate(raw):
        equal, o1, o2, n1, n2 = chunk
        between_changes = 0 < i < len(raw) - 1
        if equal and between_changes and small_gap(old[o1:o2]):
            equal = False
        _emit(out, equal, o1, o2, n1, n2)
    return out


_WORD = re.compile(r"\w+")


def _is_small_gap(gap: str) -> bool:
    if "\n" in gap:
        return False  # a paragraph break separates passages
    return not gap.strip() or (len(gap) <= 20 and len(_WORD.findall(gap)) <= 2)


def _is_blank_gap(gap: str) -> bool:
    return not gap.strip()


def _chunks(old: str, new: str, raw: list[RawChunk]) -> list[DiffChunk]:
    result = []
    for equal, o1, o2, n1, n2 in raw:
        if equal:
            kind: ChunkKind = "equal"
        elif o1 == o2:
            kind = "insert"
        elif n1 == n2:
            kind = "delete"
        else:
            kind = "replace"
        result.append(DiffChunk(kind, o1, o2, n1, n2, old[o1:o2], new[n1:n2]))
    return result
