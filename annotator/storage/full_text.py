"""Full-text search of a project file (SQLite FTS5): article texts, metadata, claims, sources
and comments."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database


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


MATCH_START, MATCH_END = "\x02", "\x03"


def search(db: Database, match: str, limit: int = 50) -> list[SearchHit]:
    """FTS5 search of current article texts and of claims; `match` is an FTS5 expression."""
    snippet = f"'{MATCH_START}', '{MATCH_END}', '…', 14"
    hits = [
        SearchHit("article", r["id"], r["title"], r["snip"])
        for r in db.query(
            f"""SELECT a.id, a.title, snippet(article_versions_fts, 0, {snippet}) AS snip
               FROM article_versions_fts
               JOIN article_versions v ON v.rowid = article_versions_fts.rowid
               JOIN articles a ON a.id = v.article_id AND a.current_version = v.version
               WHERE article_versions_fts MATCH ? ORDER BY article_versions_fts.rank LIMIT ?""",
            [match, limit],
        )
    ]
    hits += [
        _claim_hit("claim", r)
        for r in db.query(
            f"""SELECT c.id AS claim_id, c.article_id, c.position_start, c.position_end, a.title,
                      snippet(claims_fts, -1, {snippet}) AS snip
               FROM claims_fts JOIN claims c ON c.rowid = claims_fts.rowid
               JOIN articles a ON a.id = c.article_id
               WHERE claims_fts MATCH ? ORDER BY claims_fts.rank LIMIT ?""",
            [match, limit],
        )
    ]
    hits += _search_extras(db, match, limit, snippet)
    return hits


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


def _search_extras(db: Database, match: str, limit: int, snippet: str) -> list[SearchHit]:
    """Hits in article metadata, sources and comments (schema 4 and later)."""
    if db.execute("PRAGMA user_version").fetchone()[0] < 4:
        return []
    hits = [
        SearchHit("metadata", r["id"], r["title"], r["snip"])
        for r in db.query(
            f"""SELECT a.id, a.title, snippet(articles_fts, -1, {snippet}) AS snip
               FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
               WHERE articles_fts MATCH ? ORDER BY articles_fts.rank LIMIT ?""",
            [match, limit],
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
                   WHERE {table}_fts MATCH ? ORDER BY {table}_fts.rank LIMIT ?""",
                [match, limit],
            )
        ]
    return hits
