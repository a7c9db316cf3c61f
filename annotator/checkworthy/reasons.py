"""Why a sentence is worth checking, in words a checker uses. Plain patterns: each reason
names something a reader can see in the sentence."""

from __future__ import annotations

import re

NUMBER = "a number or quantity"
COMPARISON = "a comparison or superlative"
CAUSAL = "a causal statement"
ATTRIBUTION = "an attribution to a named person or body"
PREDICTION = "a prediction"
FACTUAL = "reads as a statement of fact"

_I = re.IGNORECASE
_PATTERNS = [
    (NUMBER, re.compile(
        r"\d|[$€£¥%]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
        r"thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|"
        r"third|quarter|percent|per cent|twice|double[ds]?|triple[ds]?|majority|minority)\b", _I)),
    (COMPARISON, re.compile(
        r"\b(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|better|worse|than|"
        r"most|least|best|worst|compared|record|ever|only|first|last|increas\w*|decreas\w*|"
        r"ris(?:e|es|en|ing)|rose|fell|fall(?:s|en|ing)?|drop(?:s|ped)?|grew|grow(?:s|n|ing)?|"
        r"\w{3,}est)\b", _I)),
    (CAUSAL, re.compile(
        r"\b(?:because|caus\w*|due to|led to|leads? to|lead(?:s|ing)? to|result(?:s|ed|ing)? in|"
        r"as a result|therefore|thanks to|blame[ds]?|responsible for|so that|since|"
        r"contribut\w* to|driv(?:e|es|en|ing) by|linked to)\b", _I)),
    (ATTRIBUTION, re.compile(
        r"\b(?:said|says|say|told|according to|claim(?:s|ed)?|stated?|states|report(?:s|ed)?|"
        r"announc\w*|insist\w*|argu\w*|wrote|writes|tweet\w*|testif\w*|admit\w*|confirm\w*|"
        r"den(?:y|ies|ied))\b", _I)),
    (PREDICTION, re.compile(
        r"\b(?:will|won't|going to|gonna|expect\w*|forecast\w*|predict\w*|project(?:s|ed|ion)|"
        r"likely|next (?:year|month|week|decade)|by (?:19|20)\d\d|in the (?:coming|next)|"
        r"would (?:be|cost|mean|lead|create|cut|raise))\b", _I)),
]  # fmt: skip
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")


def reasons_for(sentence: str) -> list[str]:
    """The reasons that apply, in a fixed order; a statement of fact when none of them does."""
    found = [name for name, pattern in _PATTERNS if pattern.search(sentence)]
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
