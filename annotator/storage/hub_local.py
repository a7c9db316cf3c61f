"""The project-file half of a hub sync (the only SQL on the desktop side; see docs/HUB.md).

Pull: the hub's rows become a colleague's side in memory (`hub_side.their_side`) and are
merged with `merge.merge_into`, reading only the items they mention from my file, so a hub
sync applies exactly the rules and conflict detection of a file merge; the cursor moves in
the same SQLite transaction as the merge.
Push: only items marked in `hub_changes` (migration 0013) are read; an item is sent when the
hub does not have it or the hub's revision is one this file has passed through while its own
current revision is different (the hub is behind).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from typing import Any

from annotator.errors import ProjectError, msg
from annotator.storage import hub_bulk
from annotator.storage.history_values import history_rows
from annotator.storage.hub_link_state import hub_state
from annotator.storage.hub_side import bookkeeping, my_side_for, their_side, where_in
from annotator.storage.merge import KIND_BY_NAME, KINDS, MergeReport, Row, merge_into
from annotator.storage.migrations.m0012_person_ids import blind_reviewer_id
from annotator.storage.migrations.m0013_hub_changes import MARK_ALL
from annotator.storage.store import ProjectStore

HUB_KINDS = tuple(k.name for k in KINDS)
"""The item kinds hub schema 2 stores: every kind the merge engine tracks."""

RECORD_TABLES = (
    "people", "source_kinds", "article_versions", "review_records", "claim_history", "captures",
    "blind_reviews", "conflicts",
)  # fmt: skip
_APPEND_ONLY = ("article_versions", "review_records", "claim_history", "captures")
"""Rows never change once written: pushed from a rowid watermark. The others are small."""


def record_key(table: str, row: Row) -> tuple[str, str]:
    """(key, parent) of a record row on the hub."""
    if table == "article_versions":
        return f"{row['article_id']}|{row['version']}", row["article_id"]
    if table == "blind_reviews":
        return f"{row['article_id']}|{blind_reviewer_id(row)}", row["article_id"]
    parent = {
        "review_records": "claim_id", "claim_history": "claim_id", "conflicts": "item_id",
        "captures": "sha256",
    }  # fmt: skip
    return str(row["id"]), str(row.get(parent.get(table, ""), "") or "")


# -- the link -------------------------------------------------------------------------------


def set_hub_state(store: ProjectStore, values: dict[str, str]) -> None:
    """Store link values; connecting (a first `url`) marks every item for the next push."""
    with store.transaction():
        conn = store.db.conn
        connecting = "url" in values and not hub_state(store).get("url")
        conn.executemany(
            "INSERT OR REPLACE INTO hub_link (key, value) VALUES (?, ?)", list(values.items())
        )
        if connecting:
            conn.execute(MARK_ALL)


def clear_hub_state(store: ProjectStore) -> None:
    with store.transaction():
        store.db.execute("DELETE FROM hub_link")
        store.db.execute("DELETE FROM hub_changes")


# -- push -----------------------------------------------------------------------------------


def pending_changes(store: ProjectStore) -> tuple[int, list[tuple[str, str]]]:
    """(highest mark, (kind, item id) of every item changed since the hub last took it)."""
    conn = store.db.conn
    top = conn.execute("SELECT coalesce(max(seq), 0) FROM hub_changes").fetchone()[0]
    keys = [
        (k, i)
        for k, i in conn.execute("SELECT kind, item_id FROM hub_changes")
        if k in KIND_BY_NAME
    ]
    return int(top), keys


def settle(store: ProjectStore, keys: Iterable[tuple[str, str]], top: int) -> None:
    """The hub holds these items as they were when marks up to `top` were read."""
    with store.transaction():
        store.db.conn.executemany(
            "DELETE FROM hub_changes WHERE kind = ? AND item_id = ? AND seq <= ?",
            [(kind, item_id, top) for kind, item_id in keys],
        )


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


def _current(store: ProjectStore, kind: str, ids: list[str]) -> Iterator[Row]:
    """(kind, item_id, rev, history, row, tomb) of my items of one kind."""
    conn = store.db.conn
    table = KIND_BY_NAME[kind].table
    rows = {
        r["id"]: r for r in where_in(conn, f"SELECT * FROM {table} WHERE id IN ({{marks}})", ids)
    }
    revs, history, tombs = bookkeeping(conn, kind, ids)
    for item_id in ids:
        row, tomb = rows.get(item_id), None
        rev = revs.get(item_id, "") if row is not None else ""
        if row is None and item_id in tombs:
            tomb = tombs[item_id]
            rev = tomb["rev"]
        yield {"kind": kind, "item_id": item_id, "rev": rev,
               "history": set(history.get(item_id, ())), "row": row, "tomb": tomb}  # fmt: skip


def items_to_push(
    store: ProjectStore,
    pending: list[tuple[str, str]],
    hub_revs: dict[tuple[str, str], tuple[str, bool]],
) -> tuple[list[Row], list[tuple[str, str]]]:
    """(my marked items the hub has not seen, with their history; marked items it holds)."""
    by_kind: dict[str, list[str]] = {}
    for kind, item_id in pending:
        by_kind.setdefault(kind, []).append(item_id)
    out: list[Row] = []
    settled: list[tuple[str, str]] = []
    for kind, ids in by_kind.items():
        for item in _current(store, kind, ids):
            key = (kind, item["item_id"])
            if not item["rev"]:
                settled.append(key)  # neither alive nor deleted here: nothing to say
                continue
            theirs = hub_revs.get(key)
            if _hub_has_or_ahead(theirs, item["rev"], item["history"], item["row"]):
                if theirs is not None and theirs[0] == item["rev"]:
                    settled.append(key)  # the hub has exactly this; a newer hub state stays marked
                continue
            item["history"] = sorted(item["history"])
            out.append(item)
    return out, settled


def records_to_push(store: ProjectStore, marks: dict[str, str]) -> tuple[list[Row], dict[str, str]]:
    """Record rows (reviews, history, people...) newer than the watermarks, and the new marks."""
    conn = store.db.conn
    out: list[Row] = []
    new_marks: dict[str, str] = {}
    for table in RECORD_TABLES:
        if table in _APPEND_ONLY:
            mark_key = f"pushed_rowid.{table}"
            since = int(marks.get(mark_key, "0"))
            rows = _records_after(conn, table, since)
            new_marks[mark_key] = str(max([since, *(r.pop("_rowid") for r in rows)]))
        else:  # small tables: sent whole, but only when they changed since the last push
            digest_key = f"pushed_digest.{table}"
            rows = _whole_table(conn, table)
            digest = _digest(rows)
            if marks.get(digest_key) == digest:
                rows = []
            new_marks[digest_key] = digest
        out.extend(rows)
    return out, new_marks


def _records_after(conn: sqlite3.Connection, table: str, since: int) -> list[Row]:
    """The hub records of an append-only table's rows after rowid `since` (with `_rowid`)."""
    if table == "claim_history":  # pending lines filled in (storage/history_values.py)
        rows = history_rows(conn, "WHERE h.rowid > ? ORDER BY h.rowid", [since], rowid=True)
    else:
        cursor = conn.execute(
            f"SELECT rowid AS _rowid, * FROM {table} WHERE rowid > ? ORDER BY rowid", [since]
        )
        names = [d[0] for d in cursor.description]
        rows = (dict(zip(names, values, strict=True)) for values in cursor)
    out = []
    for row in rows:
        rowid = row.pop("_rowid")
        key, parent = record_key(table, row)
        out.append({"tbl": table, "key": key, "parent": parent, "row": row, "_rowid": rowid})
    return out


def _whole_table(conn: sqlite3.Connection, table: str) -> list[Row]:
    cursor = conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
    names = [d[0] for d in cursor.description]
    out = []
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        key, parent = record_key(table, row)
        out.append({"tbl": table, "key": key, "parent": parent, "row": row})
    return out


def _digest(rows: list[Row]) -> str:
    return hashlib.sha256(to_json(rows).encode()).hexdigest()


# -- capture bytes (content-addressed) ------------------------------------------------------


def blob(store: ProjectStore, sha256: str) -> bytes | None:
    """One capture's bytes (read one at a time: a push never holds them all)."""
    row = store.db.execute("SELECT data FROM capture_blobs WHERE sha256 = ?", [sha256]).fetchone()
    return None if row is None else bytes(row[0])


def missing_blobs(store: ProjectStore, hashes: Iterable[str]) -> list[str]:
    """The hashes whose bytes this file lacks."""
    wanted = set(hashes)
    have = {
        r["sha256"]
        for r in where_in(
            store.db.conn, "SELECT sha256 FROM capture_blobs WHERE sha256 IN ({marks})", wanted
        )
    }
    return sorted(wanted - have)


def store_blobs(store: ProjectStore, blobs: Iterable[tuple[str, bytes]]) -> int:
    """Keep each (hash, bytes) whose bytes match the hash, one transaction per capture;
    refuses bytes that do not (content-addressed). Returns how many were stored."""
    stored = 0
    for sha256, data in blobs:
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ProjectError(msg("The hub sent bytes that do not match their hash {sha256}.",
                                   sha256=sha256[:12]))
        with store.transaction():
            store.db.execute(
                "INSERT OR IGNORE INTO capture_blobs (sha256, size, data) VALUES (?, ?, ?)",
                [sha256, len(data), data],
            )
        stored += 1
    return stored


# -- pull -----------------------------------------------------------------------------------


def articles_lacking(store: ProjectStore, ids: Iterable[str]) -> list[str]:
    """The article ids this file has neither alive nor deleted (a pull brings all their text)."""
    wanted = set(ids)
    conn = store.db.conn
    have = {
        r["id"] for r in where_in(conn, "SELECT id FROM articles WHERE id IN ({marks})", wanted)
    }
    gone = {
        r["item_id"]
        for r in where_in(
            conn, "SELECT item_id FROM tombstones WHERE kind = 'article' AND item_id IN ({marks})",
            wanted,
        )
    }  # fmt: skip
    return sorted(wanted - have - gone)


def apply_pull(
    store: ProjectStore, pulled: dict[str, Any], state: dict[str, str], *, merged_by: str, now: str
) -> MergeReport:
    """Merge the hub's rows and record the new cursor, in one transaction.

    A large pull into an empty project builds its full-text indexes once, at the end
    (`hub_bulk`). Items that end up exactly as the hub has them are no longer marked for
    pushing, and the push marks of the records move past the rows this pull wrote that the
    hub sent (so the next push does not send the hub its own records back).
    """
    conn = store.db.conn
    other = their_side(conn, pulled)
    with store.transaction():
        before = _RecordMarks(conn, hub_state(store))
        bulk = hub_bulk.bulk_possible(conn, len(pulled["items"]))
        with hub_bulk.indexes_built_at_the_end(conn) if bulk else nullcontext():
            report = merge_into(store, other, merged_by=merged_by, now=now, read_mine=my_side_for)
        _settle_pulled(store, pulled["items"])
        state = {**state, **before.moved_past(pulled["records"])}
        conn.executemany(
            "INSERT OR REPLACE INTO hub_link (key, value) VALUES (?, ?)", list(state.items())
        )
    return report


class _RecordMarks:
    """The record push marks before a pull, and where they can move after it.

    An append-only table's mark moves only if every row of mine was pushed before the pull,
    and then only past the rows whose key the hub sent (a row of mine written meanwhile, such
    as a history line of a claim whose approval the pull voided, stops it). A small table's
    digest becomes the merged table's only if it was pushed as it stood before the pull and
    every row is either as it was or one the hub sent: re-sending those would change nothing
    on the hub (its rules keep the later name, the earliest start, a resolution).
    """

    def __init__(self, conn: sqlite3.Connection, marks: dict[str, str]) -> None:
        self.conn, self.marks = conn, marks
        self.tops = {
            t: conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {t}").fetchone()[0]
            for t in _APPEND_ONLY
        }
        self.small: dict[str, set[str]] = {}
        for table in RECORD_TABLES:
            if table not in _APPEND_ONLY:
                rows = _whole_table(conn, table)
                if marks.get(f"pushed_digest.{table}") == _digest(rows):
                    self.small[table] = {to_json(r) for r in rows}

    def moved_past(self, records: dict[str, list[Row]]) -> dict[str, str]:
        out: dict[str, str] = {}
        for table, top in self.tops.items():
            since = int(self.marks.get(f"pushed_rowid.{table}", "0"))
            sent = {record_key(table, r)[0] for r in records.get(table, ())}
            if since < top or not sent:
                continue
            mark = since
            key = "article_id || '|' || version" if table == "article_versions" else "id"
            for rowid, row_key in self.conn.execute(
                f"SELECT rowid, {key} FROM {table} WHERE rowid > ? ORDER BY rowid", [since]
            ):
                if row_key not in sent:
                    break
                mark = rowid
            if mark > since:
                out[f"pushed_rowid.{table}"] = str(mark)
        for table, known in self.small.items():
            sent = {record_key(table, r)[0] for r in records.get(table, ())}
            rows = _whole_table(self.conn, table)
            if all(r["key"] in sent or to_json(r) in known for r in rows):
                out[f"pushed_digest.{table}"] = _digest(rows)
        return out


def _settle_pulled(store: ProjectStore, items: list[Row]) -> None:
    """Unmark the pulled items that are here exactly as on the hub (alive at its revision,
    or deleted under its tombstone's revision)."""
    store.db.conn.executemany(
        """DELETE FROM hub_changes WHERE kind = :kind AND item_id = :item_id AND CASE
             WHEN :alive THEN EXISTS (SELECT 1 FROM item_revs r
                  WHERE r.kind = :kind AND r.item_id = :item_id AND r.rev = :rev)
             ELSE NOT EXISTS (SELECT 1 FROM item_revs r
                  WHERE r.kind = :kind AND r.item_id = :item_id)
              AND EXISTS (SELECT 1 FROM tombstones t
                  WHERE t.kind = :kind AND t.item_id = :item_id AND t.rev = :rev) END""",
        [
            {"kind": i["kind"], "item_id": i["item_id"], "rev": i["rev"],
             "alive": i["row"] is not None}
            for i in items
            if i["kind"] in KIND_BY_NAME
        ],  # fmt: skip
    )


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
