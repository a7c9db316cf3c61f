"""Project files as older Annotators left them, for the upgrade, merge and read-only tests.

This build cannot write schema 1 itself, so the file is made by running only the first
migration and copying in, from a current project, the rows of the tables schema 1 has
(only the columns it has: later migrations added some, e.g. 0007's articles.report_url).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from annotator.storage.schema import migrations

APPLICATION_ID = 1097756271
"""Annotator's `PRAGMA application_id`, which schema 1 files carry too."""


def schema_1_copy(
    current: Path, old: Path, tables: tuple[str, ...] = ("articles", "article_versions")
) -> Path:
    """Write `old`, a schema-1 project holding `current`'s rows of `tables`; returns `old`."""
    db = Database(sqlite3.connect(old))
    migrations.apply(db, stop_before="0002_review_and_merge")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    base = sqlite3.connect(current)
    try:
        for table in tables:
            old_columns = {row[1] for row in db.conn.execute(f"PRAGMA table_info({table})")}
            now = [d[0] for d in base.execute(f"SELECT * FROM {table}").description]
            columns = [c for c in now if c in old_columns]
            db.conn.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})",
                base.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall(),
            )
        db.conn.commit()
    finally:
        db.conn.close()
        base.close()
    return old


OLD_NOW = "2025-01-01T00:00:00.000Z"
"""The created and modified time of every row `older_file` and its callers write."""


def older_file(path: Path, stop_before: str, article_id: str = "a1") -> Database:
    """A project file with the schema of the migrations before `stop_before`, holding one
    article `article_id` whose one version reads "Some text here."; the caller adds its rows,
    then commits and closes the returned database."""
    db = Database(sqlite3.connect(path))
    migrations.apply(db, stop_before=stop_before)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db["articles"].insert({"id": article_id, "title": "T", "created": OLD_NOW, "modified": OLD_NOW})
    db["article_versions"].insert(
        {"article_id": article_id, "version": 1, "text": "Some text here.", "text_hash": "h",
         "created": OLD_NOW}
    )  # fmt: skip
    return db


def old_claim(article_id: str, claim_id: str, **fields: object) -> dict[str, object]:
    """A claim row on "Some" (the first word of `older_file`'s article)."""
    return {"id": claim_id, "article_id": article_id, "position_start": 0, "position_end": 4,
            "quote_exact": "Some", "created": OLD_NOW, "modified": OLD_NOW, **fields}  # fmt: skip


def undo_person_ids(conn: sqlite3.Connection) -> None:
    """Take a current file back to before 0012: records name people, blind reviews by name."""
    from annotator.storage.migrations.m0012_person_ids import ID_COLUMNS

    for index in ("ratings_rater", "claim_history_unstamped", "sources_unstamped"):
        conn.execute(f"DROP INDEX IF EXISTS {index}")
    for table, _name, column in ID_COLUMNS:
        if column in {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}:
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute("ALTER TABLE blind_reviews RENAME TO blind_reviews_0012")
    conn.execute(
        """CREATE TABLE blind_reviews (article_id TEXT NOT NULL, reviewer TEXT NOT NULL,
               started_at TEXT NOT NULL, revealed_at TEXT NOT NULL DEFAULT '',
               PRIMARY KEY (article_id, reviewer))"""
    )
    conn.execute(
        """INSERT OR IGNORE INTO blind_reviews SELECT article_id, reviewer, started_at,
               revealed_at FROM blind_reviews_0012"""
    )
    conn.execute("DROP TABLE blind_reviews_0012")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0012_person_ids'")
    conn.execute("PRAGMA user_version = 11")
