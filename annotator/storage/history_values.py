"""History lines that do not copy what the project already holds (migration 0016).

Creating a claim used to copy its quote into the history line "created", and adding a source
copied the source (URL, title, stance, kind, excerpt, as JSON) into a line "source": about a
third of a project file. Since 0016 such a line is *pending* while the value it would copy is
still the claim's quote or the source as it stands: its `new_value` is NULL (a source line names
the source in `source_id`, and has the source's claim as `claim_id`). The moment that value
changes or goes (the quote changes, the source is edited, moved to another claim or deleted,
the claim is deleted; in a merge too), a trigger writes the old value into the pending line, so
a line, once filled, holds what it always said.

Every reader of history goes through `history_rows`, which fills pending lines from the claim
or source in the same query: the history panel, a hub push and a merge read the same values
as before 0016, and a line pushed or merged elsewhere arrives filled.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

_NOT_MERGING = "NOT EXISTS (SELECT 1 FROM merge_in_progress)"
_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
_HISTORY = (
    "INSERT INTO claim_history (id, claim_id, field, old_value, new_value, changed_by, changed_at"
)
_ID = "lower(hex(randomblob(8)))"
"""A line's id: 8 random bytes (the table's default, from 0002, is 16)."""


def source_json(row: str) -> str:
    """The JSON a history line holds for a source (`row`: NEW, OLD or a table alias)."""
    return (
        f"json_object('url', {row}.url, 'title', {row}.title, 'stance', {row}.stance,"
        f" 'kind', {row}.kind, 'excerpt', {row}.excerpt)"
    )


def _fill_source(row: str) -> str:
    return (
        f"UPDATE claim_history SET new_value = {source_json(row)} WHERE claim_id = {row}.claim_id"
        f" AND source_id = {row}.id AND field = 'source' AND new_value IS NULL;"
    )


_FILL_QUOTE = (
    "UPDATE claim_history SET new_value = OLD.quote_exact WHERE claim_id = OLD.id"
    " AND field = 'created' AND new_value IS NULL;"
)
_RESTORED = "EXISTS (SELECT 1 FROM tombstones WHERE kind = 'claim' AND item_id = NEW.id)"

DROPPED_TRIGGERS = (
    "claims_history_insert", "sources_history_insert", "sources_history_update",
    "sources_history_delete",
)  # fmt: skip
"""The 0002 triggers that copied values; `DDL` creates their replacements."""

DDL = [
    "ALTER TABLE claim_history ADD COLUMN source_id TEXT",
    f"""CREATE TRIGGER claims_history_insert BEFORE INSERT ON claims WHEN {_NOT_MERGING} BEGIN
        {_HISTORY}) VALUES ({_ID}, NEW.id,
            CASE WHEN {_RESTORED} THEN 'restored' ELSE 'created' END,
            NULL, CASE WHEN {_RESTORED} THEN NEW.quote_exact END, NEW.modified_by,
            CASE WHEN {_RESTORED} THEN {_NOW} ELSE NEW.modified END);
    END""",
    f"""CREATE TRIGGER claims_history_quote_changed AFTER UPDATE OF quote_exact ON claims
        WHEN OLD.quote_exact IS NOT NEW.quote_exact BEGIN {_FILL_QUOTE}
    END""",
    f"""CREATE TRIGGER claims_history_quote_deleted AFTER DELETE ON claims BEGIN {_FILL_QUOTE}
    END""",
    f"""CREATE TRIGGER sources_history_insert AFTER INSERT ON sources WHEN {_NOT_MERGING} BEGIN
        {_HISTORY}, source_id) VALUES ({_ID}, NEW.claim_id, 'source', NULL, NULL, NEW.modified_by,
            NEW.modified, NEW.id);
    END""",
    f"""CREATE TRIGGER sources_history_update AFTER UPDATE ON sources
        WHEN {source_json("OLD")} IS NOT {source_json("NEW")} OR OLD.claim_id IS NOT NEW.claim_id
        BEGIN
        {_fill_source("OLD")}
        {_HISTORY}, source_id) SELECT {_ID}, NEW.claim_id, 'source', {source_json("OLD")}, NULL,
            NEW.modified_by, NEW.modified, NEW.id
            WHERE {_NOT_MERGING} AND {source_json("OLD")} IS NOT {source_json("NEW")};
    END""",
    f"""CREATE TRIGGER sources_history_delete AFTER DELETE ON sources BEGIN
        {_fill_source("OLD")}
        {_HISTORY}) SELECT {_ID}, OLD.claim_id, 'source', {source_json("OLD")}, NULL,
            OLD.modified_by, {_NOW}
            WHERE {_NOT_MERGING} AND EXISTS (SELECT 1 FROM claims WHERE id = OLD.claim_id);
    END""",
]
"""Migration 0016: `claim_history.source_id` and the triggers that write and fill pending
lines."""

_NEW_VALUE = f"""CASE WHEN h.new_value IS NOT NULL THEN h.new_value
        WHEN h.field = 'created' THEN (SELECT c.quote_exact FROM claims c WHERE c.id = h.claim_id)
        WHEN h.field = 'source' AND h.source_id IS NOT NULL
            THEN (SELECT {source_json("s")} FROM sources s WHERE s.id = h.source_id)
    END"""


def history_rows(
    conn: sqlite3.Connection, where: str = "", params: Sequence[Any] = (), *, rowid: bool = False
) -> Iterator[dict[str, Any]]:
    """`SELECT * FROM claim_history h {where}` as dicts, pending lines filled in; with `rowid`,
    each row starts with its `_rowid`."""
    cursor = conn.execute(
        f"SELECT {'h.rowid AS _rowid, ' if rowid else ''}h.*, {_NEW_VALUE} AS _filled "
        f"FROM claim_history h {where}",
        params,
    )
    names = [d[0] for d in cursor.description]
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        row["new_value"] = row.pop("_filled")
        yield row
