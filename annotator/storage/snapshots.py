"""What a deletion takes with it besides the row itself, so undo can put back every table.

Deleting a claim cascades to its comments (and to whatever a later migration hangs off
claims with ON DELETE CASCADE); the delete triggers write tombstones (which a merge would
spread to colleagues) and history lines, and drop the items' current revisions. A
`Dependents` snapshot holds all of that; `put_back` restores it after the rows are
re-inserted, so the file is exactly as before the deletion: same revisions (a colleague
holding the same claim sees no change), no tombstones, no history of the round trip.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from annotator.domain import Claim, Source
from annotator.storage.sql_database import Database

KIND_OF_TABLE = {
    "articles": "article", "claims": "claim", "sources": "source", "comments": "comment",
    "ratings": "rating", "adjudications": "adjudication",
}  # fmt: skip
"""Tables whose rows carry revisions (see storage/schema.py `_REV_KINDS`)."""

Row = dict[str, Any]


@dataclass
class Dependents:
    children: list[tuple[str, list[Row]]] = field(
        default_factory=list
    )  # (table, rows), parents first
    items: list[tuple[str, str]] = field(default_factory=list)  # (kind, id) of every row involved
    item_revs: list[Row] = field(default_factory=list)
    revisions: list[Row] = field(default_factory=list)
    tombstones: list[Row] = field(default_factory=list)
    history_ids: dict[str, list[str]] = field(default_factory=dict)  # claim id -> claim_history ids
    pending_ids: list[str] = field(default_factory=list)  # history lines pending (history_values)


@dataclass
class ClaimSnapshot:
    """Everything a deleted claim took with it, so undo can put it back exactly."""

    claim: Claim
    sources: list[Source] = field(default_factory=list)
    dependents: Dependents = field(default_factory=Dependents)  # comments, revisions, history


@dataclass
class ArticleSnapshot:
    """A deleted article with all its versions and claims, for undo."""

    article_row: dict[str, Any]
    version_rows: list[dict[str, Any]]
    claims: list[ClaimSnapshot]
    dependents: Dependents = field(default_factory=Dependents)


def _cascading_children(db: Database, parent: str) -> list[tuple[str, str]]:
    """(table, column) pairs that reference `parent`(id) with ON DELETE CASCADE."""
    found = []
    for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        for fk in db.execute(f"PRAGMA foreign_key_list('{table}')").fetchall():
            # id, seq, table, from, to, on_update, on_delete, match
            if fk[2] == parent and str(fk[6]).upper() == "CASCADE":
                found.append((table, fk[3]))
    return found


def capture(db: Database, table: str, item_id: str, *, handled: tuple[str, ...] = ()) -> Dependents:
    """Everything deleting `table`(id = item_id) would remove or add, except `handled` tables."""
    deps = Dependents()
    _collect(db, table, [item_id], handled, deps)
    deps.items.insert(0, (KIND_OF_TABLE[table], item_id))
    for kind, key in deps.items:
        deps.item_revs += _rows(
            db, "SELECT * FROM item_revs WHERE kind = ? AND item_id = ?", [kind, key]
        )
        deps.revisions += _rows(
            db, "SELECT * FROM revisions WHERE kind = ? AND item_id = ?", [kind, key]
        )
        deps.tombstones += _rows(
            db, "SELECT * FROM tombstones WHERE kind = ? AND item_id = ?", [kind, key]
        )
        if kind == "claim":
            rows = _rows(db, "SELECT id FROM claim_history WHERE claim_id = ?", [key])
            deps.history_ids[key] = [r["id"] for r in rows]
            deps.pending_ids += [r["id"] for r in _rows(db, _PENDING, [key])]
    return deps


def _collect(
    db: Database, parent: str, ids: list[str], handled: tuple[str, ...], deps: Dependents
) -> None:
    for child, column in _cascading_children(db, parent):
        marks = ",".join("?" * len(ids))
        rows = _rows(db, f"SELECT * FROM {child} WHERE {column} IN ({marks})", ids) if ids else []
        if child in KIND_OF_TABLE:
            deps.items += [(KIND_OF_TABLE[child], r["id"]) for r in rows]
        if child in handled:
            continue  # the caller snapshots and restores these rows itself
        if rows:
            deps.children.append((child, rows))
        if rows and "id" in rows[0]:
            _collect(db, child, [r["id"] for r in rows], handled, deps)


_PENDING = """SELECT id FROM claim_history WHERE claim_id = ? AND new_value IS NULL
    AND (field = 'created' OR (field = 'source' AND source_id IS NOT NULL))"""
"""A claim's history lines that the deletion fills in (storage/history_values.py)."""


def _rows(db: Database, sql: str, params: list[Any]) -> list[Row]:
    return [dict(r) for r in db.query(sql, params)]


def put_back(db: Database, deps: Dependents) -> None:
    """After the deleted rows are inserted again: their children and bookkeeping as they were."""
    for table, rows in deps.children:
        db.insert_rows(table, rows)
    for kind, key in deps.items:
        db.execute("DELETE FROM item_revs WHERE kind = ? AND item_id = ?", [kind, key])
        db.execute("DELETE FROM revisions WHERE kind = ? AND item_id = ?", [kind, key])
        db.execute("DELETE FROM tombstones WHERE kind = ? AND item_id = ?", [kind, key])
    for table, rows in (
        ("item_revs", deps.item_revs),
        ("revisions", deps.revisions),
        ("tombstones", deps.tombstones),
    ):
        db.insert_rows(table, rows)
    for claim_id, kept in deps.history_ids.items():
        marks = ",".join("?" * len(kept))
        keep_clause = f"AND id NOT IN ({marks})" if kept else ""
        db.execute(f"DELETE FROM claim_history WHERE claim_id = ? {keep_clause}", [claim_id, *kept])
    # The lines the deletion filled in are pending again: their claim and sources are back.
    db.conn.executemany(
        "UPDATE claim_history SET new_value = NULL WHERE id = ?", [(i,) for i in deps.pending_ids]
    )
