"""SQL of the verdict scale editor: rows of `verdicts`, written whole so undo can put them back."""

from __future__ import annotations

from typing import Any

from annotator.storage.store import ProjectStore

_COLUMNS = ("id", "label", "colour", "value", "position", "retired")


def verdict_rows(store: ProjectStore) -> list[dict[str, Any]]:
    conn = store.db.conn
    cursor = conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM verdicts ORDER BY position, id")
    return [dict(zip(_COLUMNS, row, strict=True)) for row in cursor]


def put_scale(store: ProjectStore, rows: list[dict[str, Any]]) -> None:
    """Make the scale exactly `rows`: update or insert each, delete verdicts not among them.

    Deleting a verdict a claim uses is refused (retire it instead). Caller holds the transaction.
    """
    conn = store.db.conn
    wanted = {row["id"] for row in rows}
    for verdict_id, in conn.execute("SELECT id FROM verdicts").fetchall():
        if verdict_id in wanted:
            continue
        if conn.execute(
            "SELECT 1 FROM claims WHERE verdict_id = ? LIMIT 1", [verdict_id]
        ).fetchone():
            raise ValueError(f"verdict {verdict_id} is used by claims")
        conn.execute("DELETE FROM verdicts WHERE id = ?", [verdict_id])
    # Separate UPDATE and INSERT (not an upsert): an outer ON CONFLICT would override the
    # revision triggers' own INSERT OR REPLACE.
    existing = {r[0] for r in conn.execute("SELECT id FROM verdicts")}
    values = [{**row, "retired": int(bool(row["retired"]))} for row in rows]
    conn.executemany(
        f"UPDATE verdicts SET {', '.join(f'{c} = :{c}' for c in _COLUMNS[1:])} WHERE id = :id",
        [v for v in values if v["id"] in existing],
    )
    conn.executemany(
        f"INSERT INTO verdicts ({', '.join(_COLUMNS)}) VALUES "
        f"({', '.join(':' + c for c in _COLUMNS)})",
        [v for v in values if v["id"] not in existing],
    )

def claims_using(store: ProjectStore) -> dict[str, int]:
    conn = store.db.conn
    return dict(
        conn.execute(
            "SELECT verdict_id, count(*) FROM claims WHERE verdict_id IS NOT NULL GROUP BY "
            "verdict_id"
        ).fetchall()
    )
