"""Full-text search over a project (SQLite FTS5): article texts and metadata, claims (quote,
claim as checked, claimant, explanation, tags), their sources and their comments.

What the user types is treated as words, never as FTS5 syntax: each word must occur,
the last one as a prefix (so results appear while typing); words in double quotes
(`"territory swap"`) must occur together, in that order. Like the index, finding the
passage again in the text ignores case and diacritics ("cafe" finds "café").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from annotator.services.project import ProjectService
from annotator.storage import MATCH_END, MATCH_START, SearchHit

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


def match_expression(query: str) -> str | None:
    terms = query_terms(query)
    if not terms:
        return None
    quoted = ['"' + " ".join(words) + '"' for words in terms]
    if not query.endswith(_FINISHED):  # a finished word (or closed phrase) is not a prefix
        quoted[-1] += "*"
    return " ".join(quoted)


def search(project: ProjectService, query: str, limit: int = 50) -> list[SearchResult]:
    expression = match_expression(query)
    if expression is None:
        return []
    terms = query_terms(query)
    results = []
    for hit in project.store.search(expression, limit):
        if hit.claim_start is not None and hit.claim_end is not None:
            results.append(SearchResult(hit, hit.claim_start, hit.claim_end))
        else:
            start, end = first_match(project.article(hit.article_id).text, terms)
            results.append(SearchResult(hit, start, end))
    return results


def fold(text: str) -> tuple[str, list[int]]:
    """`text` without case and diacritics (as the FTS tokenizer sees it), and for each
    character of the result the index of the character of `text` it came from."""
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for part in unicodedata.normalize("NFKD", char).casefold():
            if not unicodedata.combining(part):
                folded.append(part)
                origin.append(index)
    return "".join(folded), origin


def first_match(text: str, terms: list[list[str]]) -> tuple[int, int]:
    """Where the passage is: the first term of the query found as words (a phrase's words
    in order, the last as a prefix), ignoring case and diacritics; (0, 0) if none is."""
    folded, origin = fold(text)
    for words in terms:
        keys = [fold(w)[0] for w in words]
        pattern = r"\W+".join(re.escape(k) for k in keys)
        match = re.search(rf"(?<!\w){pattern}\w*", folded)
        if match and match.end() > match.start():
            end = origin[match.end()] if match.end() < len(origin) else len(text)
            return origin[match.start()], end
    return 0, 0
