"""Reading one side of a merge: a project file's items, revisions and tombstones.

The colleague's file is only read: opened read-only, or a migrated temporary copy if it
is older, and read completely in one read transaction before my file is touched.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.errors import NotAProjectError, ProjectError, msg
from annotator.storage import database
from annotator.storage.capture_store import read_evidence
from annotator.storage.history_values import history_rows
from annotator.storage.schema import APPLICATION_ID, LATEST_VERSION

Row = dict[str, Any]


@dataclass(frozen=True)
class ItemKind:
    name: str
    table: str
    parent: str | None  # kind of the parent item
    parent_column: str | None


ARTICLE = ItemKind("article", "articles", None, None)
CLAIM = ItemKind("claim", "claims", "article", "article_id")
SOURCE = ItemKind("source", "sources", "claim", "claim_id")
COMMENT = ItemKind("comment", "comments", "claim", "claim_id")
RATING = ItemKind("rating", "ratings", "claim", "claim_id")  # blind ratings (migration 0007)
ADJUDICATION = ItemKind("adjudication", "adjudications", "claim", "claim_id")
VERDICT = ItemKind("verdict", "verdicts", None, None)  # schema 8: the scale travels too
# schema 10: the fact-check archive (reference material, ids named after their keys)
FACTCHECK = ItemKind("factcheck", "factchecks", None, None)
KINDS = (ARTICLE, CLAIM, SOURCE, COMMENT, RATING, ADJUDICATION, VERDICT, FACTCHECK)
KIND_BY_NAME = {k.name: k for k in KINDS}


@dataclass
class Side:
    """Everything the merge needs from one file, read up front."""

    rows: dict[str, dict[str, Row]]
    revs: dict[str, dict[str, str]]
    history: dict[str, dict[str, set[str]]]
    tombs: dict[str, dict[str, Row]]
    article_hashes: dict[str, str]  # article id -> text hash of its current version
    verdicts: list[Row]
    project_id: str

    def hist(self, kind: str, item_id: str) -> set[str]:
        return self.history[kind].get(item_id, _EMPTY)


_EMPTY: set[str] = set()


def query(conn: sqlite3.Connection, sql: str, params: Iterable[Any] = ()) -> Iterator[Row]:
    cursor = conn.execute(sql, tuple(params))
    names = [d[0] for d in cursor.description]
    for values in cursor:
        yield dict(zip(names, values, strict=True))


def read_side(conn: sqlite3.Connection) -> Side:
    rows = {k.name: {r["id"]: r for r in query(conn, f"SELECT * FROM {k.table}")} for k in KINDS}
    revs: dict[str, dict[str, str]] = {k.name: {} for k in KINDS}
    for kind, item_id, rev in conn.execute("SELECT kind, item_id, rev FROM item_revs"):
        if kind in revs:
            revs[kind][item_id] = rev
    history: dict[str, dict[str, set[str]]] = {k.name: defaultdict(set) for k in KINDS}
    for kind, item_id, rev in conn.execute("SELECT kind, item_id, rev FROM revisions"):
        if kind in history:
            history[kind][item_id].add(rev)
    tombs: dict[str, dict[str, Row]] = {k.name: {} for k in KINDS}
    for tomb in query(conn, "SELECT * FROM tombstones"):
        if tomb["kind"] in tombs:
            tombs[tomb["kind"]][tomb["item_id"]] = tomb
    hashes = dict(
        conn.execute(
            """SELECT a.id, v.text_hash FROM articles a JOIN article_versions v
               ON v.article_id = a.id AND v.version = a.current_version"""
        ).fetchall()
    )
    meta = dict(conn.execute("SELECT key, value FROM project_meta").fetchall())
    return Side(
        rows=rows,
        revs=revs,
        history=history,
        tombs=tombs,
        article_hashes=hashes,
        verdicts=list(query(conn, "SELECT * FROM verdicts ORDER BY position")),
        project_id=meta.get("project_id", ""),
    )


@contextmanager
def open_other(path: str | Path, mine: Path | None = None) -> Iterator[sqlite3.Connection]:
    """Open a colleague's project for reading only, after checking it is a sound project.

    An older file is upgraded in a temporary copy; the colleague's file is never written.
    """
    path = Path(path)
    if not path.exists():
        raise ProjectError(msg("{path} does not exist.", path=path))
    if path.is_dir():
        raise ProjectError(msg("{path} is a folder, not a project file.", path=path))
    if mine is not None and mine.exists() and path.resolve() == mine.resolve():
        raise ProjectError(
            msg("{name} is the project itself; choose a colleague's copy to merge.", name=path.name)
        )
    if path.stat().st_size == 0:
        raise NotAProjectError(msg("{name} is empty; it is not an Annotator project.",
                                   name=path.name))
    database.check_openable(path)
    application_id, user_version, _ = database.inspect_existing(path)
    if application_id != APPLICATION_ID or user_version < 1:
        raise NotAProjectError(msg("{name} is not an Annotator project.", name=path.name))
    if user_version >= LATEST_VERSION:
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        except sqlite3.Error as error:
            raise ProjectError(
                msg("Cannot open {name}: {error}", name=path.name, error=error)
            ) from error
        try:
            yield conn
        finally:
            conn.close()
        return
    with database.migrated_copy(path) as db:
        yield db.conn


@dataclass
class OtherProject:
    """Everything merging needs from a colleague's file, read in one read transaction."""

    path: Path
    side: Side
    extras: dict[str, list[Row]]
    versions: dict[str, list[Row]]
    # captures, their bytes and source kinds (storage/capture_store.py)
    evidence: dict[str, list[tuple[Any, ...]]]


def read_other(other_path: str | Path, mine: Path | None = None) -> OtherProject:
    """Check and read the colleague's file completely, before anything touches mine.

    One read transaction: a colleague writing to it meanwhile (a shared drive) cannot
    give us half of one state and half of another. Raises ProjectError for a damaged,
    foreign or too-new file.
    """
    other_path = Path(other_path)
    try:
        with open_other(other_path, mine) as other:
            other.execute("BEGIN")  # deferred: the first SELECT fixes the snapshot
            try:
                theirs = read_side(other)
                extras = {
                    table: list(query(other, f"SELECT * FROM {table}"))
                    for table in ("review_records", "blind_reviews", "conflicts", "people")
                }
                extras["claim_history"] = list(history_rows(other))  # pending lines filled
                versions: dict[str, list[Row]] = defaultdict(list)
                for row in query(other, "SELECT * FROM article_versions"):
                    versions[row["article_id"]].append(row)
                evidence = read_evidence(other)
            finally:
                other.rollback()
    except sqlite3.DatabaseError as error:
        raise ProjectError(
            msg("{name} is damaged and cannot be read ({error}); nothing was merged.",
                name=other_path.name, error=error)
        ) from error
    return OtherProject(other_path, theirs, extras, versions, evidence)

