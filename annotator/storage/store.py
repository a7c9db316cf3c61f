"""`ProjectStore`: an open project file, with its articles, claims and sources.

Every public write method runs in a single transaction (`db.atomic()`), so a
call either happens completely or not at all.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from annotator.domain import Article, Claim, Source, Verdict, text_hash
from annotator.errors import NotAProjectError, ProjectError, ProjectReadOnlyError, msg
from annotator.storage import database, full_text, stale_wal
from annotator.storage.checkpointer import IdleCheckpointer
from annotator.storage.full_text import Passage, SearchHit
from annotator.storage.rows import (
    CLAIM_INSERT,
    CLAIM_SELECT,
    CLAIM_TEXT_ORDER,
    CLAIM_UPDATE,
    SOURCE_SELECT,
    article_from_rows,
    article_to_row,
    blocks_to_json,
    claim_from_tuple,
    claim_values,
    claims_from_tuples,
    source_from_row,
    source_from_tuple,
    source_to_row,
    verdict_from_row,
)
from annotator.storage.schema import LATEST_VERSION
from annotator.storage.snapshots import ArticleSnapshot, ClaimSnapshot, capture, put_back
from annotator.storage.sql_database import Database


@dataclass(frozen=True)
class ArticleSummary:
    """A row of the library: metadata and claim counts, without the text."""

    id: str
    title: str
    publisher: str
    published: str
    url: str
    source_format: str
    text_length: int
    claim_count: int
    verdict_counts: dict[str, int]


class ProjectStore:
    """An open project file."""

    def __init__(self, path: Path, db: Database, *, read_only: bool) -> None:
        self.path = path
        self.db = db
        self.read_only = read_only
        self._on_close: Callable[[], object] | None = None
        self._checkpointer: IdleCheckpointer | None = None
        self.notices: list[str] = []
        """What opening did that the user should know (e.g. a stale -wal set aside)."""

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        create: bool = True,
        read_only: bool = False,
        before_upgrade: Callable[[Path], object] | None = None,
    ) -> ProjectStore:
        """Open (or create) a project; refuse foreign, damaged and too-new files untouched.

        `before_upgrade(path)` runs before an older schema is upgraded (a backup): if it
        raises, the file is left as it was.
        """
        path = Path(path)
        database.check_link(path)
        if not path.exists() and not create:
            raise ProjectError(msg("{path} does not exist.", path=path))
        if path.is_dir():
            raise ProjectError(msg("{path} is a folder, not a project file.", path=path))
        set_aside = stale_wal.set_aside_foreign_wal(path)
        database.check_openable(path)
        if not path.exists() and not path.parent.exists():
            raise ProjectError(msg("Cannot create {path}: the folder {parent} does not exist.",
                                   path=path, parent=path.parent))
        read_only = read_only or (path.exists() and not database.is_writable(path))
        if read_only and (not path.exists() or path.stat().st_size == 0):
            raise ProjectError(msg("Cannot create {path}: the folder or file is read-only.",
                                   path=path))
        if before_upgrade is not None and not read_only and database.needs_upgrade(path):
            before_upgrade(path)
        db = database.connect(path, read_only=read_only)
        store = cls(path, db, read_only=read_only)
        store._registered(set_aside)
        if not read_only and isinstance(db, database.ProjectDatabase):
            store._checkpointer = IdleCheckpointer(path)
            db.committed.append(store._checkpointer.poke)
        return store

    def wait_until_file_complete(self, timeout: float = 5.0) -> bool:
        """Wait until every commit so far is in the project file itself, not only in its
        -wal (edits are copied in when they pause); True when it is."""
        return self._checkpointer is None or self._checkpointer.wait(timeout)

    def on_rollback(self, action: Callable[[], None]) -> None:
        """Run `action` after every rollback of a transaction on this project."""
        if isinstance(self.db, database.ProjectDatabase):
            self.db.rolled_back.append(action)

    def after_commit(self, action: Callable[[], None]) -> None:
        """Run `action` after the open transaction commits (now, if none is open)."""
        if isinstance(self.db, database.ProjectDatabase):
            self.db.after_commit(action)
        else:
            action()

    @classmethod
    def open_for_reading(cls, path: str | Path) -> ProjectStore:
        """Open a project only to read it: no byte, header or mtime of the file changes.

        An older project is read from an upgraded temporary copy, dropped on close.
        """
        path = Path(path)
        if not path.exists():
            raise ProjectError(msg("{path} does not exist.", path=path))
        if path.is_dir():
            raise ProjectError(msg("{path} is a folder, not a project file.", path=path))
        set_aside = stale_wal.set_aside_foreign_wal(path)
        database.check_openable(path)
        if path.stat().st_size == 0:
            raise NotAProjectError(msg("{name} is empty; it is not an Annotator project.",
                                       name=path.name))
        _, version, _ = database.inspect_existing(path)
        if version >= LATEST_VERSION:
            store = cls(path, database.connect(path, read_only=True), read_only=True)
        else:
            copy = database.migrated_copy(path)
            store = cls(path, copy.__enter__(), read_only=True)
            store._on_close = lambda: copy.__exit__(None, None, None)
        store._registered(set_aside)
        return store

    def _registered(self, set_aside: stale_wal.SetAside | None) -> None:
        stale_wal.opened(self.path)
        if set_aside is not None:
            self.notices.append(set_aside.message(self.path))

    def close(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.stop()
        stale_wal.closed(self.path)
        if self._on_close is not None:  # a temporary upgraded copy: drop it
            self._on_close()
            return
        database.close(self.db, read_only=self.read_only)

    def backup_to(self, target: str | Path) -> None:
        """Copy the whole project with SQLite's online backup API (safe while open)."""
        target_conn = sqlite3.connect(str(target))
        try:
            with target_conn:
                self.db.conn.backup(target_conn)
            target_conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            target_conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several writes into one transaction (nests as a savepoint)."""
        self._check_writable()
        with self.db.atomic():
            yield

    def data_version(self) -> int:
        """Changes when another connection commits; lets a window notice other writers."""
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    def _check_writable(self) -> None:
        if self.read_only:
            raise ProjectReadOnlyError(
                msg("{name} is open read-only; changes cannot be saved.", name=self.path.name)
            )

    # -- project settings ----------------------------------------------------------------

    def setting(self, key: str, default: str = "") -> str:
        rows = list(self.db.query("SELECT value FROM project_meta WHERE key = ?", [key]))
        return rows[0]["value"] if rows else default

    def settings(self) -> dict[str, str]:
        rows = self.db.execute("SELECT key, value FROM project_meta ORDER BY rowid")
        return {key: value for key, value in rows}

    def set_settings(self, values: dict[str, str]) -> None:
        with self.transaction():
            self.db.upsert_rows(
                "project_meta", [{"key": k, "value": v} for k, v in values.items()], pk="key"
            )

    # -- verdict scale -------------------------------------------------------------------

    def verdicts(self) -> list[Verdict]:
        return [
            verdict_from_row(r) for r in self.db.query("SELECT * FROM verdicts ORDER BY position")
        ]

    # -- articles ------------------------------------------------------------------------

    def add_article(self, article: Article) -> None:
        with self.transaction():
            self.db.insert_rows("articles", [article_to_row(article)])
            self._insert_version(
                article.id, article.version, article.text, article, article.author, article.created
            )

    def _insert_version(
        self, article_id: str, version: int, text: str, article: Article, author: str, created: str
    ) -> None:
        self.db.insert_rows(
            "article_versions",
            [{
                "article_id": article_id,
                "version": version,
                "text": text,
                "text_hash": text_hash(text),
                "blocks": blocks_to_json(article.blocks),
                "author": author,
                "created": created,
            }],
        )

    def add_article_version(self, article: Article) -> None:
        """Store `article.text` as version `article.version` and make it current."""
        with self.transaction():
            self._require("articles", article.id, "article")
            if self.db.execute(
                "SELECT 1 FROM article_versions WHERE article_id = ? AND version = ?",
                [article.id, article.version],
            ).fetchone():
                raise ProjectError(
                    msg("Version {version} of “{title}” was already stored (perhaps in another "
                        "window); nothing was changed.", version=article.version,
                        title=article.title)
                )
            self._insert_version(
                article.id,
                article.version,
                article.text,
                article,
                article.modified_by,
                article.modified,
            )
            self.db.update_row("articles", article.id, article_to_row(article))

    def replace_article_version(self, before: Article, claims: list[Claim]) -> None:
        """Undo an update: drop the versions after `before.version` and put back `claims` as they
        were."""
        with self.transaction():
            self.db.execute(
                "DELETE FROM article_versions WHERE article_id = ? AND version > ?",
                [before.id, before.version],
            )
            self._require("articles", before.id, "article")
            self.db.update_row("articles", before.id, article_to_row(before))
            self.put_claims(claims)

    def get_article(self, article_id: str, version: int | None = None) -> Article | None:
        rows = list(self.db.query("SELECT * FROM articles WHERE id = ?", [article_id]))
        if not rows:
            return None
        wanted = version or rows[0]["current_version"]
        versions = list(
            self.db.query(
                "SELECT * FROM article_versions WHERE article_id = ? AND version = ?",
                [article_id, wanted],
            )
        )
        return article_from_rows(rows[0], versions[0]) if versions else None

    def article_versions(self, article_id: str) -> list[tuple[int, str, str]]:
        """(version, created, author) of each stored version, oldest first."""
        return [
            (r["version"], r["created"], r["author"])
            for r in self.db.query(
                "SELECT version, created, author FROM article_versions WHERE article_id = ? ORDER "
                "BY version",
                [article_id],
            )
        ]

    def update_article_metadata(self, article: Article) -> None:
        with self.transaction():
            self._require("articles", article.id, "article")
            self.db.update_row("articles", article.id, article_to_row(article))

    def article_ids(self) -> list[str]:
        return [r["id"] for r in self.db.query("SELECT id FROM articles ORDER BY created, rowid")]

    def find_article_by_text(self, text: str) -> str | None:
        """The id of an article whose current text is exactly `text`, if any."""
        rows = list(
            self.db.query(
                """SELECT a.id FROM article_versions v JOIN articles a
                   ON a.id = v.article_id AND a.current_version = v.version
                   WHERE v.text_hash = ? LIMIT 1""",
                [text_hash(text)],
            )
        )
        return rows[0]["id"] if rows else None

    def article_summaries(self) -> list[ArticleSummary]:
        counts: dict[str, dict[str, int]] = {}
        for row in self.db.query(
            """SELECT c.article_id, coalesce(v.label, '') AS label, count(*) AS n
               FROM claims c LEFT JOIN verdicts v ON v.id = c.verdict_id
               GROUP BY c.article_id, label"""
        ):
            counts.setdefault(row["article_id"], {})[row["label"]] = row["n"]
        return [
            ArticleSummary(
                id=r["id"],
                title=r["title"],
                publisher=r["publisher"],
                published=r["published"],
                url=r["url"],
                source_format=r["source_format"],
                text_length=r["text_length"],
                claim_count=sum(counts.get(r["id"], {}).values()),
                verdict_counts=counts.get(r["id"], {}),
            )
            for r in self.db.query(
                """SELECT a.*, length(v.text) AS text_length FROM articles a
                   JOIN article_versions v ON v.article_id = a.id AND v.version = a.current_version
                   ORDER BY a.created, a.rowid"""
            )
        ]

    def delete_article(self, article_id: str) -> ArticleSnapshot:
        with self.transaction():
            article_rows = list(self.db.query("SELECT * FROM articles WHERE id = ?", [article_id]))
            if not article_rows:
                raise KeyError(article_id)
            snapshot = ArticleSnapshot(
                article_row=article_rows[0],
                version_rows=list(
                    self.db.query(
                        "SELECT * FROM article_versions WHERE article_id = ? ORDER BY version",
                        [article_id],
                    )
                ),
                claims=[self._claim_snapshot(c) for c in self.claims_for_article(article_id)],
                dependents=capture(
                    self.db, "articles", article_id, handled=("article_versions", "claims")
                ),
            )
            self.db.execute("DELETE FROM articles WHERE id = ?", [article_id])
        return snapshot

    def restore_article(self, snapshot: ArticleSnapshot) -> None:
        with self.transaction():
            self.db.insert_rows("articles", [snapshot.article_row])
            self.db.insert_rows("article_versions", snapshot.version_rows)
            for claim_snapshot in snapshot.claims:
                self.restore_claim(claim_snapshot)
            put_back(self.db, snapshot.dependents)

    # -- claims --------------------------------------------------------------------------

    def insert_claim(self, claim: Claim) -> None:
        with self.transaction():
            self.db.execute(CLAIM_INSERT, claim_values(claim))

    def put_claim(self, claim: Claim) -> None:
        """Replace a stored claim's row with `claim` exactly (used by edits and by undo)."""
        with self.transaction():
            if self.db.execute(CLAIM_UPDATE, [*claim_values(claim), claim.id]).rowcount == 0:
                raise KeyError(claim.id)  # gone (another window): nothing was written

    def put_claims(self, claims: list[Claim]) -> None:
        with self.transaction():
            for claim in claims:
                self._require("claims", claim.id, "claim")
                self.db.execute(CLAIM_UPDATE, [*claim_values(claim), claim.id])

    def _require(self, table: str, item_id: str, what: str) -> None:
        """Refuse, with a message, to write back an item that is gone (deleted in another
        window)."""
        if self.db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [item_id]).fetchone() is None:
            raise ProjectError(
                msg("A {what} this change needs no longer exists (it may have been removed in "
                    "another window or by a merge); nothing was changed.", what=what)
            )

    def get_claim(self, claim_id: str) -> Claim | None:
        row = self.db.execute(
            f"SELECT {CLAIM_SELECT} FROM claims WHERE id = ?", [claim_id]
        ).fetchone()
        return claim_from_tuple(row) if row else None

    def claims_for_article(self, article_id: str) -> list[Claim]:
        """In text order (start, end, when made), sorted here: SQLite would copy whole rows."""
        query = f"SELECT {CLAIM_SELECT} FROM claims WHERE article_id = ?"
        claims = claims_from_tuples(self.db.execute(query, [article_id]))
        claims.sort(key=CLAIM_TEXT_ORDER)
        return claims

    def all_claims(self) -> list[Claim]:
        cursor = self.db.execute(
            f"SELECT {CLAIM_SELECT} FROM claims ORDER BY article_id, position_start"
        )
        return claims_from_tuples(cursor)

    def _claim_snapshot(self, claim: Claim) -> ClaimSnapshot:
        return ClaimSnapshot(
            claim=claim,
            sources=self.sources_for_claim(claim.id),
            dependents=capture(self.db, "claims", claim.id, handled=("sources",)),
        )

    def delete_claim(self, claim_id: str) -> ClaimSnapshot:
        with self.transaction():
            claim = self.get_claim(claim_id)
            if claim is None:
                raise KeyError(claim_id)
            snapshot = self._claim_snapshot(claim)
            self.db.execute("DELETE FROM claims WHERE id = ?", [claim_id])
        return snapshot

    def restore_claim(self, snapshot: ClaimSnapshot) -> None:
        with self.transaction():
            self.db.execute(CLAIM_INSERT, claim_values(snapshot.claim))
            self.db.insert_rows("sources", [source_to_row(s) for s in snapshot.sources])
            put_back(self.db, snapshot.dependents)

    # -- sources -------------------------------------------------------------------------

    def insert_source(self, source: Source) -> None:
        with self.transaction():
            self.db.insert_rows("sources", [source_to_row(source)])

    def put_source(self, source: Source) -> None:
        with self.transaction():
            if (
                self.db.execute("SELECT 1 FROM sources WHERE id = ?", [source.id]).fetchone()
                is None
            ):
                raise KeyError(source.id)
            self.db.update_row("sources", source.id, source_to_row(source))

    def get_source(self, source_id: str) -> Source | None:
        rows = list(self.db.query("SELECT * FROM sources WHERE id = ?", [source_id]))
        return source_from_row(rows[0]) if rows else None

    def delete_source(self, source_id: str) -> Source:
        with self.transaction():
            source = self.get_source(source_id)
            if source is None:
                raise KeyError(source_id)
            self.db.execute("DELETE FROM sources WHERE id = ?", [source_id])
        return source

    def sources_for_claim(self, claim_id: str) -> list[Source]:
        sql = f"SELECT {SOURCE_SELECT} FROM sources WHERE claim_id = ? ORDER BY position, created"
        return [source_from_tuple(row) for row in self.db.execute(sql, [claim_id])]

    def next_source_position(self, claim_id: str) -> int:
        row = self.db.execute(
            "SELECT coalesce(max(position) + 1, 0) FROM sources WHERE claim_id = ?", [claim_id]
        ).fetchone()
        return int(row[0])

    def sources_by_claim(self, claim_ids: list[str] | None = None) -> dict[str, list[Source]]:
        """All sources grouped by claim, in one query (for exports and listings)."""
        grouped: dict[str, list[Source]] = {}
        sql = f"SELECT {SOURCE_SELECT} FROM sources ORDER BY claim_id, position, created"
        for source in map(source_from_tuple, self.db.execute(sql)):
            grouped.setdefault(source.claim_id, []).append(source)
        if claim_ids is not None:
            wanted = set(claim_ids)
            grouped = {k: v for k, v in grouped.items() if k in wanted}
        return grouped

    # -- full-text search ------------------------------------------------------------------

    def search(self, match: str, limit: int = 50, where: Passage | None = None) -> list[SearchHit]:
        """FTS5 search of current article texts and of claims (`full_text.search`)."""
        return full_text.search(self.db, match, limit, where)

    def integrity_check(self) -> str:
        return str(self.db.execute("PRAGMA integrity_check").fetchone()[0])
