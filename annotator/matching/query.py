"""Turning a fact-check or a piece of text into what the BM25 index (SQLite FTS5) compares.

Why these choices (measured in benchmarks/matching_map.py, figures in docs/MATCHING.md): a
fact-check is indexed with its claim, headline, description and the words of its URL slug;
a query keeps every word except English function words and web links, and FTS5's Porter
stemmer makes "vaccines" meet "vaccinated".
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from annotator.domain.factcheck import FactCheck

MAX_QUERY_TERMS = 120
"""Longer selections keep their first distinct words; BM25 is dominated by the rare ones anyway."""

_STOP_WORDS_TEXT = """a about above after again against all am an and any are as at be because
    been before being
    below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers herself him himself his how i if in into is it its itself
    just me more most my myself no nor not now of off on once only or other our ours ourselves out
    over own same she should so some such than that the their theirs them themselves then there
    these they this those through to too under until up very was we were what when where which
    while who whom why will with would you your yours yourself yourselves rt amp via"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())

_LINK = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S+", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+")


def slug_words(url: str) -> str:
    """The words of a URL's last path segment ("…/fact-check/10-meter-anaconda/" → "10 meter
    anaconda")."""
    path = unquote(urlsplit(url).path).rstrip("/")
    segment = path.rsplit("/", 1)[-1]
    segment = re.sub(r"\.(?:html?|php|aspx?)$", "", segment, flags=re.IGNORECASE)
    return " ".join(_WORD.findall(segment))


def search_text(factcheck: FactCheck) -> str:
    """The text a fact-check is found by."""
    parts = [
        factcheck.claim_reviewed,
        factcheck.headline,
        factcheck.description,
        factcheck.claimant,
    ]
    if factcheck.url:
        parts.append(slug_words(factcheck.url))
    return " ".join(part for part in parts if part)


def query_terms(text: str) -> list[str]:
    """Distinct content words of `text`, lower-cased, in order of first appearance."""
    words = _WORD.findall(_LINK.sub(" ", text).lower())
    terms = dict.fromkeys(w for w in words if w not in STOP_WORDS)
    return list(terms)[:MAX_QUERY_TERMS]


def fts_query(text: str) -> str:
    """An FTS5 expression matching any of the terms; each is quoted, so no word is an operator."""
    return " OR ".join(f'"{term}"' for term in query_terms(text))
