"""Full-text search over every article and claim of a project (SQLite FTS5).

What the user types is treated as words, never as FTS5 syntax: each word must occur,
the last one as a prefix (so results appear while typing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from annotator.services.project import ProjectService
from annotator.storage import MATCH_END, MATCH_START, SearchHit

_WORD = re.compile(r"\w+", re.UNICODE)


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


def match_expression(query: str) -> str | None:
    words = _WORD.findall(query)
    if not words:
        return None
    quoted = [f'"{word}"' for word in words]
    if not query.endswith(tuple(" \"'.,;:!?")):  # a finished word is not a prefix
        quoted[-1] += "*"
    return " ".join(quoted)


def search(project: ProjectService, query: str, limit: int = 50) -> list[SearchResult]:
    expression = match_expression(query)
    if expression is None:
        return []
    words = _WORD.findall(query)
    results = []
    for hit in project.store.search(expression, limit):
        if hit.kind == "claim" and hit.claim_start is not None and hit.claim_end is not None:
            results.append(SearchResult(hit, hit.claim_start, hit.claim_end))
        else:
            start, end = _first_match(project.article(hit.article_id).text, words)
            results.append(SearchResult(hit, start, end))
    return results


def _first_match(text: str, words: list[str]) -> tuple[int, int]:
    """Where the passage is: the first word of the query, as a word prefix, case-insensitively."""
    for word in words:
        match = re.search(rf"\b{re.escape(word)}\w*", text, re.IGNORECASE)
        if match:
            return match.start(), match.end()
    return 0, 0
