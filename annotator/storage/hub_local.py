"""The project-file half of a hub sync (the only SQL on the desktop side; see docs/HUB.md).

Pull: the hub's rows are written into a temporary project file ("the hub's state") and
merged with `merge.merge_into`, so a hub sync applies exactly the rules and conflict
detection of a file merge; the cursor moves in the same SQLite transaction as the merge.
Push: an item is sent when the hub does not have it or the hub's revision is one this file
has passed through while its own current revision is different (the hub is behind).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from annotator.storage.merge import KINDS, MergeReport, Row, merge_into, read_side
from annotator.storage.store import ProjectStore

HUB_KINDS = ("article", "claim", "source", "comment")
"""The item kinds hub schema 1 stores (its push_batch refuses any other)."""

RECORD_TABLES = (
    "verdicts", "people", "article_versions", "review_records", "claim_history",
    "blind_reviews", "conflicts",
)  # fmt: skip
_APPEND_ONLY = ("article_versions", "review_records", "claim_history")
"""Rows never change once written: pushed from a rowid watermark. The others are small."""


def record_key(table: str, row: Row) -> tuple[str, str]:
    """(key, parent) of a record row on the hub."""
    if table == "article_versions":
        return f"{row['article_id']}|{row['version']}", row["article_id"]
    if table == "blind_reviews":
        return f"{row['article_id']}|{row['reviewer']}", row["article_id"]
    parent = {"review_records": "claim_id", "claim_history": "claim_id", "conflicts": "item_id"}
    return str(row["id"]), str(row.get(parent.get(table, ""), "") or "")


# -- the link -------------------------------------------------------------------------------


def hub_state(store: ProjectStore) -> dict[str, str]:
    return dict(store.db.execute("SELECT key, value FROM hub_link").fetchall())


def set_hub_state(store: ProjectStore, values: dict[str, str]) -> None:
    with store.transaction():
        store.db.conn.executemany(
            "INSERT OR REPLACE INTO hub_link (key, value) VALUES (?, ?)", list(values.items())
        )


def clear_hub_state(store: ProjectStore) -> None:
    with store.transaction():
        store.db.execute("DELETE FROM hub_link")


# -- push -----------------------------------------------------------------------------------


def _hub_has_or_ahead(
    theirs: tuple[str, bool] | None, rev: str, history: set[str], row: Row | None
) -> bool:
    """True if the hub holds this state, or one I have not seen (pull first).

    A deletion keeps the item's last revision, so "deleted at rev" is newer than "alive at rev".
    """
    if theirs is None:
        return False
    their_rev, their_deleted = theirs
    if their_rev == rev:
        return their_deleted or row is not None
    return their_rev not in history


def items_to_push(
    store: ProjectStore, hub_revs: dict[tuple[str, str], tuple[str, bool]]
) -> list[Row]:
    """My items the hub has not seen, with their whole revision history."""
    side = read_side(store.db.conn)
    out: list[Row] = []
    for kind in KINDS:
        name = kind.name
        if name not in HUB_KINDS:
            continue  # ratings, adjudications and the verdict scale stay in the file (HUB.md)
        current: dict[str, tuple[str, Row | None, Row | None]] = {
            i: (side.revs[name].get(i, ""), row, None) for i, row in side.rows[name].items()
        }
        for item_id, tomb in side.tombs[name].items():
            current.setdefault(item_id, (tomb["rev"], None, tomb))
        for item_id, (rev, row, deleted) in current.items():
            history = side.hist(name, item_id)
            if not rev or _hub_has_or_ahead(hub_revs.get((name, item_id)), rev, history, row):
                continue
            out.append(
                {"kind": name, "item_id": item_id, "rev": rev, "history": sorted(history),
                 "row": row, "tomb": deleted}  # fmt: skip
            )
    return out


def records_to_push(store: ProjectStore, marks: dict[str, str]) -> tuple[list[Row], dict[str, str]]:
    """Record rows (reviews, history, people...) newer than the watermarks, and the new marks."""
    conn = store.db.conn
    out: list[Row] = []
    new_marks: dict[str, str] = {}
    for table in RECORD_TABLES:
        mark_key = f"pushed_rowid.{table}"
        if table in _APPEND_ONLY:
            since = int(marks.get(mark_key, "0"))
            cursor = conn.execute(
                f"SELECT rowid AS _rowid, * FROM {table} WHERE rowid > ?", [since]
            )
        else:
            since, cursor = 0, conn.execute(f"SELECT 0 AS _rowid, * FROM {table} ORDER BY rowid")
        names = [d[0] for d in cursor.description]
        top = since
        rows = []
        for values in cursor:
            row = dict(zip(names, values, strict=True))
            top = max(top, row.pop("_rowid"))
            key, parent = record_key(table, row)
            rows.append({"tbl": table, "key": key, "parent": parent, "row": row})
        if table in _APPEND_ONLY:
            new_marks[mark_key] = str(top)
        else:  # small tables: sent whole, but only when they changed since the last push
            digest_key = f"pushed_digest.{table}"
            digest = hashlib.sha256(to_json(rows).encode()).hexdigest()
            if marks.get(digest_key) == digest:
                rows = []
            new_marks[digest_key] = digest
        out.extend(rows)
    return out, new_marks


# -- pull -----------------------------------------------------------------------------------


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def _insert(conn: sqlite3.Connection, table: str, rows: Iterable[Row]) -> None:
    known = _columns(conn, table)
    grouped: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    for row in rows:
        cols = tuple(c for c in row if c in known)
        grouped.setdefault(cols, []).append(tuple(row[c] for c in cols))
    for cols, values in grouped.items():
        conn.executemany(
            f"INSERT OR REPLACE INTO {table} ({', '.join(cols)}) "
            f"VALUES ({', '.join('?' for _ in cols)})",
            values,
        )


_TEMPLATE: dict[str, Path] = {}


def _empty_project(path: Path) -> ProjectStore:
    """A new project at `path`, copied from one made (migrated) once per process."""
    template = _TEMPLATE.get("path")
    if template is None or not template.exists():
        template = Path(tempfile.mkdtemp(prefix="annotator-hub-template-")) / "empty.annotator"
        ProjectStore.open(template, create=True).close()
        conn = sqlite3.connect(template)
        try:  # only the merge reads this file: no triggers (revisions, history, search index)
            names = [
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            ]
            for name in names:
                conn.execute(f'DROP TRIGGER "{name}"')
            conn.commit()
        finally:
            conn.close()
        _TEMPLATE["path"] = template
    shutil.copyfile(template, path)
    return ProjectStore.open(path, create=False)


def materialise(path: Path, pulled: dict[str, Any]) -> None:
    """Write the hub's rows into a new project file at `path`, revisions as the hub has them.

    `pulled`: "items" (kind, item_id, rev, row, tomb), "revisions" (kind, item_id, rev),
    "records" (table -> rows) and "hub_id".
    """
    store = _empty_project(path)
    conn = store.db.conn
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("PRAGMA synchronous = OFF")  # a scratch file: durability is not needed
        with conn:
            conn.execute("INSERT OR IGNORE INTO merge_in_progress (flag) VALUES (1)")
            conn.execute("INSERT OR IGNORE INTO approval_check_paused (flag) VALUES (1)")
            conn.execute("DELETE FROM verdicts")
            conn.execute("DELETE FROM people")
            conn.execute(
                "INSERT OR REPLACE INTO project_meta (key, value) VALUES ('project_id', ?)",
                [pulled["hub_id"]],
            )
            for kind in KINDS:
                items = [i for i in pulled["items"] if i["kind"] == kind.name]
                _insert(conn, kind.table, (i["row"] for i in items if i["row"] is not None))
                _insert(conn, "tombstones", (i["tomb"] for i in items if i["tomb"] is not None))
                conn.executemany(
                    "INSERT OR REPLACE INTO item_revs (kind, item_id, rev) VALUES (?, ?, ?)",
                    [(kind.name, i["item_id"], i["rev"]) for i in items if i["row"] is not None],
                )
            conn.executemany(
                "INSERT OR IGNORE INTO revisions (kind, item_id, rev) VALUES (?, ?, ?)",
                pulled["revisions"],
            )
            for table in RECORD_TABLES:
                _insert(conn, table, pulled["records"].get(table, ()))
            conn.execute("DELETE FROM approval_check_paused")
            conn.execute("DELETE FROM merge_in_progress")
    finally:
        store.close()


def merge_pulled(
    store: ProjectStore, path: Path, state: dict[str, str], *, merged_by: str, now: str
) -> MergeReport:
    """Merge the materialised hub state and record the new cursor, in one transaction."""
    with store.transaction():
        report = merge_into(store, path, merged_by=merged_by, now=now)
        store.db.conn.executemany(
            "INSERT OR REPLACE INTO hub_link (key, value) VALUES (?, ?)", list(state.items())
        )
    return report


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
