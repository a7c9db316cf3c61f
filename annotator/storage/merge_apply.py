"""Applying a merge plan, and a conflict's resolution, to my project file (SQL writes).

The caller holds the transaction, so a failure leaves the project as it was.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from typing import Any

from annotator.storage.approvals import enforce_approvals, merge_people
from annotator.storage.merge_plan import MergeReport, Plan
from annotator.storage.merge_read import ARTICLE, KIND_BY_NAME, KINDS, Row, Side
from annotator.storage.migrations.m0012_person_ids import blind_reviewer_id


def quote_name(name: str) -> str:
    """A column name (taken from the other file's schema) as a quoted SQL identifier."""
    return '"' + str(name).replace('"', '""') + '"'


def _insert_rows(
    conn: sqlite3.Connection, table: str, rows: list[Row], *, or_ignore: bool = False
) -> None:
    if not rows:
        return
    columns = list(rows[0])
    verb = "INSERT OR IGNORE" if or_ignore else "INSERT"
    names = ", ".join(map(quote_name, columns))
    marks = ", ".join("?" for _ in columns)
    conn.executemany(
        f"{verb} INTO {table} ({names}) VALUES ({marks})",
        [tuple(row[c] for c in columns) for row in rows],
    )


def upsert_rows(
    conn: sqlite3.Connection, table: str, rows: list[Row], existing: set[str] | dict[str, Any]
) -> None:
    """Insert the rows whose id is not in `existing`, update the others column by column."""
    new = [r for r in rows if r["id"] not in existing]
    old = [r for r in rows if r["id"] in existing]
    _insert_rows(conn, table, new)
    if old:
        columns = [c for c in old[0] if c != "id"]
        assignments = ", ".join(f"{quote_name(c)} = ?" for c in columns)
        conn.executemany(
            f"UPDATE {table} SET {assignments} WHERE id = ?",
            [(*(row[c] for c in columns), row["id"]) for row in old],
        )


def apply_plan(
    conn: sqlite3.Connection,
    plan: Plan,
    mine: Side,
    theirs: Side,
    extras: dict[str, list[Row]],
    merge_row: Row,
) -> None:
    """Write the plan. The caller holds the transaction."""
    conn.execute("INSERT OR IGNORE INTO merge_in_progress (flag) VALUES (1)")
    conn.execute("PRAGMA defer_foreign_keys = ON")
    _insert_rows(conn, "verdicts", plan.new_verdicts)
    _write_items(conn, plan, mine)
    _write_revisions(conn, plan, mine, theirs)
    _insert_rows(conn, "claim_history", extras["claim_history"], or_ignore=True)
    _insert_rows(conn, "review_records", extras["review_records"], or_ignore=True)
    _merge_blind_reviews(conn, extras["blind_reviews"])
    _merge_conflict_records(conn, plan, extras["conflicts"], merge_row)
    merge_people(conn, extras["people"])
    conn.execute("DELETE FROM merge_in_progress")
    # An incoming approval counts only if the rules would grant it here (migration 0006).
    enforce_approvals(conn, changed_by=merge_row["merged_by"])


def _write_items(conn: sqlite3.Connection, plan: Plan, mine: Side) -> None:
    """Upserts parents first (with their current revision), deletions children first."""
    for kind in KINDS:
        rows = [row for row, _ in plan.upserts.get(kind.name, ())]
        upsert_rows(conn, kind.table, rows, mine.rows[kind.name])
        if kind is ARTICLE:
            _insert_rows(conn, "article_versions", plan.article_versions, or_ignore=True)
        conn.executemany(
            "INSERT OR REPLACE INTO item_revs (kind, item_id, rev) VALUES (?, ?, ?)",
            [(kind.name, row["id"], rev) for row, rev in plan.upserts.get(kind.name, ()) if rev],
        )
    for kind in reversed(KINDS):
        conn.executemany(
            f"DELETE FROM {kind.table} WHERE id = ?",
            [(i,) for i in plan.deletes.get(kind.name, ())],
        )


def _write_revisions(conn: sqlite3.Connection, plan: Plan, mine: Side, theirs: Side) -> None:
    """Their tombstones and every revision they passed through that I had not."""
    # The triggers wrote my own tombstones for what the merge deleted; keep theirs (who, when).
    conn.executemany(
        "INSERT OR REPLACE INTO tombstones (kind, item_id, rev, deleted_at, deleted_by)"
        " VALUES (?, ?, ?, ?, ?)",
        [(t["kind"], t["item_id"], t["rev"], t["deleted_at"], t["deleted_by"]) for t in plan.tombs],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO revisions (kind, item_id, rev) VALUES (?, ?, ?)",
        [
            (kind, item_id, rev)
            for kind, per_item in theirs.history.items()
            for item_id, revs in per_item.items()
            if not revs <= mine.hist(kind, item_id)
            for rev in revs
        ],
    )


def _merge_blind_reviews(conn: sqlite3.Connection, theirs: list[Row]) -> None:
    """A blind review started at the earlier time and revealed at the later one of both."""
    conn.executemany(
        """INSERT INTO blind_reviews (article_id, reviewer, reviewer_id, started_at, revealed_at)
           VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (article_id, reviewer_id) DO UPDATE SET
               started_at = min(started_at, excluded.started_at),
               revealed_at = max(revealed_at, excluded.revealed_at)""",
        [
            (r["article_id"], r["reviewer"], blind_reviewer_id(r), r["started_at"],
             r["revealed_at"])
            for r in theirs
        ],  # fmt: skip
    )


def _merge_conflict_records(
    conn: sqlite3.Connection, plan: Plan, theirs: list[Row], merge_row: Row
) -> None:
    records = [
        {
            "id": c.id,
            "kind": c.kind,
            "item_id": c.item_id,
            "mine": None if c.mine is None else json.dumps(c.mine, ensure_ascii=False),
            "theirs": None if c.theirs is None else json.dumps(c.theirs, ensure_ascii=False),
            "mine_rev": c.mine_rev,
            "theirs_rev": c.theirs_rev,
            "merge_id": merge_row["id"],
            "detected_at": merge_row["at"],
        }
        for c in plan.conflicts
    ]
    _insert_rows(conn, "conflicts", records, or_ignore=True)
    # Conflicts a colleague recorded travel too, seen from my side (their "mine" is my "theirs");
    # a conflict resolved anywhere is resolved everywhere.
    swapped = [
        {
            **r,
            "mine": r["theirs"],
            "theirs": r["mine"],
            "mine_rev": r["theirs_rev"],
            "theirs_rev": r["mine_rev"],
        }
        for r in theirs
    ]
    _insert_rows(conn, "conflicts", swapped, or_ignore=True)
    conn.executemany(
        "UPDATE conflicts SET resolved_at = ?, resolved_by = ?, resolution = ?"
        " WHERE id = ? AND resolved_at = ''",
        [
            (r["resolved_at"], r["resolved_by"], r["resolution"], r["id"])
            for r in theirs
            if r["resolved_at"]
        ],
    )


def log_merge(
    conn: sqlite3.Connection, plan: Plan, merge_row: Row, report: MergeReport
) -> None:
    """Record the merge and what it did to each item (for the history and undoing it)."""
    merge_row["summary"] = json.dumps(report.as_dict(), ensure_ascii=False)
    _insert_rows(conn, "merges", [merge_row])
    conn.executemany(
        "INSERT OR REPLACE INTO merge_items (merge_id, kind, item_id, action) VALUES (?, ?, ?, ?)",
        [(merge_row["id"], kind, item_id, action) for kind, item_id, action in plan.log],
    )



def resolve_conflict_rows(
    conn: sqlite3.Connection,
    conflict_id: str,
    row: Row | None,
    *,
    resolved_by: str,
    resolution: str,
    now: str,
) -> tuple[str, str]:
    """Make `row` (or a deletion, if None) the item's state and close the conflict.

    The result gets a new revision whose history contains both conflicting ones, so
    colleagues who merge it take it instead of seeing the conflict again.
    Returns (kind, item_id). Caller holds the transaction.
    """
    found = conn.execute(
        "SELECT kind, item_id, mine_rev, theirs_rev, resolved_at FROM conflicts WHERE id = ?",
        [conflict_id],
    ).fetchone()
    if found is None:
        raise KeyError(conflict_id)
    kind_name, item_id, mine_rev, theirs_rev, _resolved_at = found
    revs = [r for r in (mine_rev, theirs_rev) if r]
    if row is None:
        _resolve_as_deleted(conn, kind_name, item_id, revs)
    else:
        _resolve_as_row(conn, kind_name, item_id, row, revs)
    conn.execute(
        "UPDATE conflicts SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ?",
        [now, resolved_by, resolution, conflict_id],
    )
    return kind_name, item_id


def _item_exists(conn: sqlite3.Connection, table: str, item_id: str) -> bool:
    return conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", [item_id]).fetchone() is not None


def _add_revisions(conn: sqlite3.Connection, kind: str, item_id: str, revs: list[str]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO revisions (kind, item_id, rev) VALUES (?, ?, ?)",
        [(kind, item_id, r) for r in revs],
    )


def _resolve_as_row(
    conn: sqlite3.Connection, kind_name: str, item_id: str, row: Row, revs: list[str]
) -> None:
    """The chosen version, under a new revision that descends from both conflicting ones."""
    if row.get("id") != item_id:
        raise ValueError("the resolved version must keep the item's id")
    table = KIND_BY_NAME[kind_name].table
    upsert_rows(conn, table, [row], {item_id} if _item_exists(conn, table, item_id) else set())
    rev = uuid.uuid4().hex
    conn.execute(
        "INSERT OR REPLACE INTO item_revs (kind, item_id, rev) VALUES (?, ?, ?)",
        [kind_name, item_id, rev],
    )
    _add_revisions(conn, kind_name, item_id, [*revs, rev])


def _resolve_as_deleted(
    conn: sqlite3.Connection, kind_name: str, item_id: str, revs: list[str]
) -> None:
    """The item deleted, under a tombstone whose revision descends from both conflicting ones."""
    table = KIND_BY_NAME[kind_name].table
    if _item_exists(conn, table, item_id):
        conn.execute(f"DELETE FROM {table} WHERE id = ?", [item_id])
    _add_revisions(conn, kind_name, item_id, revs)
    # the tombstone must cover both versions, so record the newest one we knew
    conn.execute(
        "UPDATE tombstones SET rev = ? WHERE kind = ? AND item_id = ?",
        [uuid.uuid4().hex, kind_name, item_id],
    )
    conn.execute(
        "INSERT OR IGNORE INTO revisions (kind, item_id, rev)"
        " SELECT kind, item_id, rev FROM tombstones WHERE kind = ? AND item_id = ?",
        [kind_name, item_id],
    )
