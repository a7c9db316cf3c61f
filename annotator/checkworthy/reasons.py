"""Why a sentence is worth checking, in words a checker uses. Plain patterns: each reason
names something a reader can see in the sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBER = "a number or quantity"
COMPARISON = "a comparison or superlative"
CAUSAL = "a causal statement"
ATTRIBUTION = "an attribution to a named person or body"
PREDICTION = "a prediction"
FACTUAL = "reads as a statement of fact"

_I = re.IGNORECASE


@dataclass(frozen=True)
class _Cue:
    """What shows one reason, split so most sentences are decided by a set lookup: whole
    words, word beginnings and endings, and a pattern (on lower-cased text) for phrases."""

    words: frozenset[str]
    prefixes: tuple[str, ...] = ()
    suffix: str = ""  # a word of at least twice its length ending in it ("-est")
    phrases: re.Pattern[str] | None = None
    gate: frozenset[str] = frozenset()  # a phrase needs one of these words (or gate_prefixes)
    gate_prefixes: tuple[str, ...] = ()

    def shown_by(self, word: str) -> bool:
        """The word alone shows the reason (a cue word, beginning or ending)."""
        if word in self.words or (self.prefixes and word.startswith(self.prefixes)):
            return True
        return bool(self.suffix) and len(word) >= 2 * len(self.suffix) and word.endswith(
            self.suffix
        )

    def opens_gate(self, word: str) -> bool:
        """The word lets the phrase pattern run (always, for a cue without a gate)."""
        if not (self.gate or self.gate_prefixes):
            return True
        return word in self.gate or bool(self.gate_prefixes) and word.startswith(self.gate_prefixes)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_CUES = [
    (NUMBER, _Cue(_words(
        "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty"
        " hundred hundreds thousand thousands million millions billion billions trillion trillions"
        " dozen dozens half third quarter percent twice double doubled doubles triple tripled"
        " triples majority minority"), phrases=re.compile(r"[\d$€£¥%]|\bper cent\b"))),
    (COMPARISON, _Cue(_words(
        "more less fewer greater higher lower larger smaller bigger better worse than most least"
        " best worst compared record ever only first last rise rises risen rising rose fell fall"
        " falls fallen falling drop drops dropped grew grow grows grown growing"),
        prefixes=("increas", "decreas"), suffix="est")),
    (CAUSAL, _Cue(_words("because therefore since blame blamed blames"), prefixes=("caus",),
        phrases=re.compile(
            r"\b(?:due to|led to|leads? to|leading to|result(?:s|ed|ing)? in|as a result|"
            r"thanks to|responsible for|so that|contribut\w* to|driv(?:e|es|en|ing) by|"
            r"linked to)\b"),
        gate=_words("due led lead leads leading result results resulted resulting thanks"
                    " responsible so drive drives driven driving linked"),
        gate_prefixes=("contribut",))),
    (ATTRIBUTION, _Cue(_words(
        "said says say told claim claims claimed state stated states report reports reported"
        " wrote writes deny denies denied"),
        prefixes=("announc", "insist", "argu", "tweet", "testif", "admit", "confirm"),
        phrases=re.compile(r"\baccording to\b"), gate=_words("according"))),
    (PREDICTION, _Cue(_words("will gonna likely projects projected projection"),
        prefixes=("expect", "forecast", "predict"),
        phrases=re.compile(
            r"\b(?:won't|going to|next (?:year|month|week|decade)|by (?:19|20)\d\d|"
            r"in the (?:coming|next)|would (?:be|cost|mean|lead|create|cut|raise))\b"),
        gate=_words("won going next coming would"), gate_prefixes=("19", "20"))),
]  # fmt: skip
_WORD = re.compile(r"\w+")
_UNGATED = [i for i, (_, cue) in enumerate(_CUES) if not (cue.gate or cue.gate_prefixes)]
_ALWAYS_OPEN = sum(1 << (2 * i + 1) for i in _UNGATED)
_word_bits: dict[str, int] = {}
"""word -> for each cue i, bit 2i: the word shows it, bit 2i+1: it opens the cue's gate."""
_WORDS_CACHED = 200_000


def _bits(word: str) -> int:
    bits = _word_bits.get(word)
    if bits is None:
        bits = 0
        for i, (_, cue) in enumerate(_CUES):
            bits |= cue.shown_by(word) << (2 * i) | cue.opens_gate(word) << (2 * i + 1)
        if len(_word_bits) < _WORDS_CACHED:
            _word_bits[word] = bits
    return bits


def _found(lowered: str, words: set[str]) -> list[str]:
    """The cues that apply: decided from each distinct word's bits (computed once per word),
    the phrase patterns run only where a word opened their gate."""
    bits = _ALWAYS_OPEN
    for word in words:
        bits |= _bits(word)
    found = []
    for i, (name, cue) in enumerate(_CUES):
        if bits >> (2 * i) & 1 or (
            cue.phrases is not None and bits >> (2 * i + 1) & 1
            and cue.phrases.search(lowered) is not None
        ):  # fmt: skip
            found.append(name)
    return found
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")


def reasons_for(sentence: str) -> list[str]:
    """The reasons that apply, in a fixed order; a statement of fact when none of them does."""
    lowered = sentence.lower()
    words = set(_WORD.findall(lowered))
    found = _found(lowered, words)
    if ATTRIBUTION in found and not _names_someone(sentence):
        found.remove(ATTRIBUTION)
    return found or [FACTUAL]


def _names_someone(sentence: str) -> bool:
    """An attribution needs a who: a capitalised name past the first word, or a pronoun of a
    body."""
    bodies = (
        r"\b(?:government|ministry|department|agency|police|court|study|report|survey|"
        r"officials?|experts?|scientists?|researchers?|he|she|they)\b"
    )
    if re.search(bodies, sentence, _I):
        return True
    return bool(_NAME.search(sentence[1:]))
