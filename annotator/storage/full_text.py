"""Full-text search of a project file (SQLite FTS5): article texts, metadata, claims, sources
and comments."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from annotator.storage import article_blocks
from annotator.storage.sql_database import Database


@dataclass(frozen=True)
class SearchHit:
    """A full-text match: in an article's current text, or in a claim (quote, explanation...)."""

    kind: str  # "article" (its text), "metadata" (title, authors...), "claim", "source", "comment"
    article_id: str
    title: str
    snippet: str  # matched words wrapped in MATCH_START / MATCH_END
    claim_id: str | None = None
    claim_start: int | None = None
    claim_end: int | None = None
    passage: tuple[int, int] | None = None  # article text: where the first term is, if found


@dataclass(frozen=True)
class Passage:
    """How to find where in an article's text a query matches.

    `terms`: an FTS5 expression for each term of the query, in order, each as a prefix;
    `marks`: the terms (FTS5 expressions) of the query, whose words the snippet marks;
    `locate(text, n)`: where term `n` first occurs in `text` (start, end), or None.
    """

    terms: tuple[str, ...]
    marks: tuple[str, ...]
    locate: Callable[[str, int], tuple[int, int] | None]


MATCH_START, MATCH_END = "\x02", "\x03"
SNIPPET = f"'{MATCH_START}', '{MATCH_END}', '…', 14"
# At most this many matches of a kind are ranked: with more, the best are picked from the
# RANK_WINDOW newest (highest rowid). FTS5 computes bm25 for every match it sorts (about
# 2 µs each: 80 ms for a word in 35,000 of 50,000 claims), while a count or a scan in rowid
# order is a tenth of that; a query that common lists "the best of each kind" anyway.
RANK_WINDOW = 1000


def rank_floor(db: Database, table: str, match: str) -> int:
    """The lowest rowid of `table` (an FTS5 table) whose matches are ranked: 0 (all) when
    `match` matches at most RANK_WINDOW rows, else the rowid of the RANK_WINDOW-th newest."""
    row = db.execute(
        f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        [match, RANK_WINDOW],
    ).fetchone()
    return 0 if row is None else int(row[0]) + 1


def search(
    db: Database, match: str, limit: int = 50, passage: Passage | None = None
) -> list[SearchHit]:
    """FTS5 search of current article texts and of claims; `match` is an FTS5 expression.

    With `passage`, an article text hit's snippet and `passage` come from the block of the
    text where the first term of the query first occurs (`storage/article_blocks.py`), not
    from the whole text; without (or where the blocks are stale), from the whole text.
    """
    snippet = SNIPPET
    found = db.execute(
        """SELECT a.id, a.title FROM article_versions_fts
           JOIN article_versions v ON v.rowid = article_versions_fts.rowid
           JOIN articles a ON a.id = v.article_id AND a.current_version = v.version
           WHERE article_versions_fts MATCH ? AND article_versions_fts.rowid >= ?
           ORDER BY article_versions_fts.rank LIMIT ?""",
        [match, rank_floor(db, "article_versions_fts", match), limit],
    )
    rows = found.fetchall()
    indexed = passage is not None and article_blocks.indexed(db.conn)
    passages = _Passages(db, _spelt_out(db, passage) if passage is not None and indexed else None)
    hits = [_article_hit(db, match, id_, title, passages) for id_, title in rows]
    hits += [
        _claim_hit("claim", r)
        for r in db.query(
            f"""SELECT c.id AS claim_id, c.article_id, c.position_start, c.position_end, a.title,
                      snippet(claims_fts, -1, {snippet}) AS snip
               FROM claims_fts JOIN claims c ON c.rowid = claims_fts.rowid
               JOIN articles a ON a.id = c.article_id
               WHERE claims_fts MATCH ? AND claims_fts.rowid >= ?
               ORDER BY claims_fts.rank LIMIT ?""",
            [match, rank_floor(db, "claims_fts", match), limit],
        )
    ]
    hits += _search_extras(db, match, limit, snippet, passages)
    return hits


def _spelt_out(db: Database, passage: Passage) -> Passage:
    """`passage` with its prefixes spelt out (`article_blocks.without_prefix`)."""
    spelt = {t: article_blocks.without_prefix(db.conn, t) for t in {*passage.terms, *passage.marks}}
    terms = tuple(spelt[t] for t in passage.terms)
    marks = tuple(spelt[t] for t in passage.marks)
    return Passage(terms, (" OR ".join(f"({m})" for m in marks),), passage.locate)


def _article_hit(
    db: Database, match: str, article_id: str, title: str, passages: _Passages
) -> SearchHit:
    found = passages.find(article_id)
    if found is not None and found[1]:
        return SearchHit("article", article_id, title, found[1], passage=found[0])
    return _whole_row_hit(db, match, article_id, title)


class _Passages:
    """The passages of one search, found once per article (article and details hits share)."""

    def __init__(self, db: Database, passage: Passage | None) -> None:
        self.db, self.passage = db, passage
        self.found: dict[str, tuple[tuple[int, int], str] | None] = {}

    def find(self, article_id: str) -> tuple[tuple[int, int], str] | None:
        """(start, end) of the first term's first occurrence in the article's text and the
        snippet of its block; ((0, 0), "") if no term occurs; None if only the whole text can
        tell (stale blocks, or blocks FTS5 matches where `locate` finds nothing)."""
        if self.passage is None:
            return None
        if article_id not in self.found:
            self.found[article_id] = _passage_in_blocks(self.db, self.passage, article_id)
        return self.found[article_id]


def _passage_in_blocks(
    db: Database, passage: Passage, article_id: str
) -> tuple[tuple[int, int], str] | None:
    for number, term in enumerate(passage.terms):
        blocks = article_blocks.candidates(db.conn, article_id, term, passage.marks[0], SNIPPET)
        if blocks is None:
            return None
        matched = False
        for block in blocks:
            matched = True
            found = passage.locate(block.text, number)
            if found is not None:
                return (block.start + found[0], block.start + found[1]), block.snippet
        if matched:
            return None
    return (0, 0), ""


def _whole_row_hit(db: Database, match: str, article_id: str, title: str) -> SearchHit:
    """The hit as schema 14 made it: the snippet from the article's whole current text."""
    row = db.execute(
        f"""SELECT snippet(article_versions_fts, 0, {SNIPPET}) FROM article_versions_fts
            JOIN article_versions v ON v.rowid = article_versions_fts.rowid
            JOIN articles a ON a.id = v.article_id AND a.current_version = v.version
            WHERE article_versions_fts MATCH ? AND a.id = ?""",
        [match, article_id],
    ).fetchone()
    return SearchHit("article", article_id, title, row[0] if row else "")


def _claim_hit(kind: str, row: dict[str, Any]) -> SearchHit:
    """A hit shown at a claim's place in its article."""
    return SearchHit(
        kind,
        row["article_id"],
        row["title"],
        row["snip"],
        row["claim_id"],
        row["position_start"],
        row["position_end"],
    )


def _where(passages: _Passages, article_id: str) -> tuple[int, int] | None:
    found = passages.find(article_id)
    return None if found is None else found[0]


def _search_extras(
    db: Database, match: str, limit: int, snippet: str, passages: _Passages
) -> list[SearchHit]:
    """Hits in article metadata, sources and comments (schema 4 and later)."""
    if db.execute("PRAGMA user_version").fetchone()[0] < 4:
        return []
    hits = [
        SearchHit("metadata", r["id"], r["title"], r["snip"], passage=_where(passages, r["id"]))
        for r in db.query(
            f"""SELECT a.id, a.title, snippet(articles_fts, -1, {snippet}) AS snip
               FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
               WHERE articles_fts MATCH ? AND articles_fts.rowid >= ?
               ORDER BY articles_fts.rank LIMIT ?""",
            [match, rank_floor(db, "articles_fts", match), limit],
        )
    ]
    for kind, table in (("source", "sources"), ("comment", "comments")):
        hits += [
            _claim_hit(kind, r)
            for r in db.query(
                f"""SELECT c.id AS claim_id, c.article_id, c.position_start, c.position_end,
                          a.title, snippet({table}_fts, -1, {snippet}) AS snip
                   FROM {table}_fts JOIN {table} x ON x.rowid = {table}_fts.rowid
                   JOIN claims c ON c.id = x.claim_id JOIN articles a ON a.id = c.article_id
                   WHERE {table}_fts MATCH ? AND {table}_fts.rowid >= ?
                   ORDER BY {table}_fts.rank LIMIT ?""",
                [match, rank_floor(db, f"{table}_fts", match), limit],
            )
        ]
    return hits
