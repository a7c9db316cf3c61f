"""Full-text search over a project (SQLite FTS5): article texts and metadata, claims (quote,
claim as checked, claimant, explanation, tags), their sources and their comments.

What the user types is treated as words, never as FTS5 syntax: each word must occur,
the last one as a prefix (so results appear while typing); words in double quotes
(`"territory swap"`) must occur together, in that order. Like the index, finding the
passage again in the text ignores case and diacritics ("cafe" finds "café").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from annotator.services.project import ProjectService
from annotator.storage import MATCH_END, MATCH_START, Passage, SearchHit

_WORD = re.compile(r"\w+", re.UNICODE)
_FINISHED = tuple(" \"'.,;:!?")


@dataclass(frozen=True)
class SearchResult:
    hit: SearchHit
    start: int  # code points in the article's current text: where to show the passage
    end: int

    @property
    def article_id(self) -> str:
        return self.hit.article_id

    @property
    def claim_id(self) -> str | None:
        return self.hit.claim_id

    def snippet_text(self, before: str = "«", after: str = "»") -> str:
        return self.hit.snippet.replace(MATCH_START, before).replace(MATCH_END, after)


def query_terms(query: str) -> list[list[str]]:
    """The query as terms: a single word, or the words of a "quoted phrase"."""
    terms: list[list[str]] = []
    for index, part in enumerate(query.split('"')):
        words = _WORD.findall(part)
        if index % 2 == 1:  # inside quotes
            if words:
                terms.append(words)
        else:
            terms.extend([w] for w in words)
    return terms


def _quoted(terms: list[list[str]], query: str) -> list[str]:
    quoted = ['"' + " ".join(words) + '"' for words in terms]
    if not query.endswith(_FINISHED):  # a finished word (or closed phrase) is not a prefix
        quoted[-1] += "*"
    return quoted


def match_expression(query: str) -> str | None:
    terms = query_terms(query)
    if not terms:
        return None
    return " ".join(_quoted(terms, query))


def passage_query(query: str) -> Passage:
    """How storage finds where an article's text matches `query` (see `first_match`): each
    term as a prefix, in order; the snippet marks the words the query's expression matches."""
    terms = query_terms(query)
    keys = [[fold(w)[0] for w in words] for words in terms]
    return Passage(
        terms=tuple('"' + " ".join(words) + '"*' for words in terms),
        marks=tuple(_quoted(terms, query)),
        locate=lambda text, number: find_term(text, keys[number]),
    )


PER_KIND = 20
"""Hits of each kind the search box lists (the command line's --limit chooses its own)."""


def search(project: ProjectService, query: str, limit: int = PER_KIND) -> list[SearchResult]:
    """At most `limit` hits of each kind (article text, details, claim, source, comment), the
    best first."""
    expression = match_expression(query)
    if expression is None:
        return []
    terms = query_terms(query)
    results = []
    for hit in project.store.search(expression, limit, passage_query(query)):
        if hit.claim_start is not None and hit.claim_end is not None:
            results.append(SearchResult(hit, hit.claim_start, hit.claim_end))
        elif hit.passage is not None:
            results.append(SearchResult(hit, *hit.passage))
        else:
            start, end = first_match(project.article(hit.article_id).text, terms)
            results.append(SearchResult(hit, start, end))
    return results


def capped(results: list[SearchResult], limit: int = PER_KIND) -> bool:
    """True if `search(..., limit)` may have left hits out: some kind has `limit` of them."""
    counts = Counter(r.hit.kind for r in results)
    return any(count >= limit for count in counts.values())


def fold(text: str) -> tuple[str, list[int]]:
    """`text` without case and diacritics (as the FTS tokenizer sees it), and for each
    character of the result the index of the character of `text` it came from."""
    table: dict[str, str | int | None] = {char: _fold_char(char) for char in set(text)}
    if all(len(str(folded)) == 1 for folded in table.values()):  # the usual case: offsets kept
        return text.translate(str.maketrans(table)), list(range(len(text)))
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        part = str(table[char])
        folded.append(part)
        origin.extend([index] * len(part))
    return "".join(folded), origin


@functools.lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    parts = unicodedata.normalize("NFKD", char).casefold()
    return "".join(part for part in parts if not unicodedata.combining(part))


def first_match(text: str, terms: list[list[str]]) -> tuple[int, int]:
    """Where the passage is: the first term of the query found as words (a phrase's words
    in order, the last as a prefix), ignoring case and diacritics; (0, 0) if none is."""
    folded = fold(text)
    for words in terms:
        found = _find(text, folded, [fold(w)[0] for w in words])
        if found is not None:
            return found
    return 0, 0


def find_term(text: str, keys: list[str]) -> tuple[int, int] | None:
    """Where the words `keys` (folded) first occur in `text` in order, the last as a prefix."""
    if text.isascii():  # folding is lower case only, and keeps every offset
        pattern = r"\W+".join(re.escape(k) for k in keys)
        match = re.search(rf"(?<!\w){pattern}\w*", text.lower())
        return match.span() if match and match.end() > match.start() else None
    return _find(text, fold(text), keys)


def _find(text: str, folding: tuple[str, list[int]], keys: list[str]) -> tuple[int, int] | None:
    folded, origin = folding
    pattern = r"\W+".join(re.escape(k) for k in keys)
    match = re.search(rf"(?<!\w){pattern}\w*", folded)
    if match and match.end() > match.start():
        end = origin[match.end()] if match.end() < len(origin) else len(text)
        return origin[match.start()], end
    return None
