"""SQL for the fact-check archive and its match index (tables of migration 0009)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields

from annotator.domain.factcheck import FactCheck
from annotator.storage.migrations.m0010_factcheck_merge import factcheck_id
from annotator.storage.store import ProjectStore

_FIELDS = [f.name for f in fields(FactCheck)]


@dataclass(frozen=True)
class StoredFactCheck:
    """A fact-check of the archive with its row id."""

    id: str
    factcheck: FactCheck


@dataclass(frozen=True)
class IndexHit:
    """One row of the match index: a fact-check (factcheck_id) or an approved claim (claim_id)."""

    score: float  # BM25, higher is better
    factcheck: FactCheck
    factcheck_id: str = ""
    claim_id: str = ""
    article_id: str = ""


@dataclass(frozen=True)
class ImportCounts:
    added: int
    updated: int
    unchanged: int


def _values(factcheck: FactCheck) -> list[str]:
    return [getattr(factcheck, name) for name in _FIELDS]  # dataclasses.astuple deep-copies: slow


def content_hash(values: list[str]) -> str:
    data = "\x1f".join(values)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


class FactCheckStore:
    """The archive's rows; writes in one transaction each."""

    def __init__(self, store: ProjectStore) -> None:
        self.store = store
        self.db = store.db

    def upsert(
        self, items: list[tuple[FactCheck, str]], *, source_file: str, author: str, now: str
    ) -> ImportCounts:
        """Add new fact-checks, update changed ones (same key), leave identical ones untouched."""
        existing = dict(self.db.execute("SELECT key, content_hash FROM factchecks").fetchall())
        new_rows, changed_rows, unchanged = [], [], 0
        seen: set[str] = set()
        for factcheck, search_text in items:
            key = factcheck.key()
            if key in seen:
                continue
            seen.add(key)
            values = [*_values(factcheck), search_text]
            digest = content_hash(values)
            values.append(digest)
            if key not in existing:
                new_rows.append([factcheck_id(key), key, *values, source_file, now, author])
            elif existing[key] != digest:
                changed_rows.append([*values, source_file, now, author, key])
            else:
                unchanged += 1
        columns = [*_FIELDS, "search_text", "content_hash"]
        with self.store.transaction():
            self.db.conn.executemany(
                f"INSERT INTO factchecks (id, key, {', '.join(columns)}, source_file, imported_at,"
                f" imported_by) VALUES ({', '.join('?' * (len(columns) + 5))})",
                new_rows,
            )
            assignments = ", ".join(
                f"{c} = ?" for c in [*columns, "source_file", "imported_at", "imported_by"]
            )
            self.db.conn.executemany(
                f"UPDATE factchecks SET {assignments} WHERE key = ?", changed_rows
            )
        return ImportCounts(len(new_rows), len(changed_rows), unchanged)

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM factchecks").fetchone()[0])

    def get(self, factcheck_id: str) -> StoredFactCheck | None:
        rows = self._select("WHERE id = ?", [factcheck_id])
        return rows[0] if rows else None

    def listing(self, query: str = "", limit: int = 200, offset: int = 0) -> list[StoredFactCheck]:
        """Newest first; with `query` (an FTS5 expression) only the matching ones."""
        if not query:
            return self._select(
                "ORDER BY date_published DESC, rowid LIMIT ? OFFSET ?", [limit, offset]
            )
        return self._select(
            "WHERE rowid IN (SELECT rowid FROM match_index WHERE match_index MATCH ? AND rowid > 0)"
            " ORDER BY date_published DESC, rowid LIMIT ? OFFSET ?",
            [query, limit, offset],
        )

    def _select(self, tail: str, params: list[object]) -> list[StoredFactCheck]:
        cursor = self.db.execute(f"SELECT id, {', '.join(_FIELDS)} FROM factchecks {tail}", params)
        return [StoredFactCheck(row[0], FactCheck(*row[1:])) for row in cursor.fetchall()]

    def search_index(self, fts_query: str, limit: int) -> list[IndexHit]:
        """The best `limit` rows of the match index for an FTS5 OR-query, best first."""
        ranked = self.db.execute(
            "SELECT rowid, bm25(match_index) FROM match_index WHERE match_index MATCH ?"
            " ORDER BY bm25(match_index) LIMIT ?",
            [fts_query, limit],
        ).fetchall()
        hits = []
        for rowid, rank in ranked:
            hit = self._factcheck_hit(rowid, -rank) if rowid > 0 else self._claim_hit(-rowid, -rank)
            if hit is not None:
                hits.append(hit)
        return hits

    def _factcheck_hit(self, rowid: int, score: float) -> IndexHit | None:
        row = self.db.execute(
            f"SELECT id, {', '.join(_FIELDS)} FROM factchecks WHERE rowid = ?", [rowid]
        ).fetchone()
        return IndexHit(score, FactCheck(*row[1:]), factcheck_id=row[0]) if row else None

    def _claim_hit(self, rowid: int, score: float) -> IndexHit | None:
        row = self.db.execute(
            """SELECT c.id, c.article_id, c.claim_reviewed, c.quote_exact, c.claimant, c.claim_date,
                      coalesce(v.label, ''), c.modified, a.url, a.publisher
               FROM claims c JOIN articles a ON a.id = c.article_id
               LEFT JOIN verdicts v ON v.id = c.verdict_id WHERE c.rowid = ?""",
            [rowid],
        ).fetchone()
        if row is None:
            return None
        organisation = self.store.setting("organisation_name")
        factcheck = FactCheck(
            url=self.store.setting("report_url"),
            claim_reviewed=row[2] or row[3],
            verdict=row[6],
            organisation=organisation,
            organisation_url=self.store.setting("organisation_url"),
            date_published=row[7][:10],
            claimant=row[4],
            claim_date=row[5],
            appearance_url=row[8],
        )
        return IndexHit(score, factcheck, claim_id=row[0], article_id=row[1])
