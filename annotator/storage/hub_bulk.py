"""Writing a large hub pull into an empty project: full-text indexes built once, at the end.

Each FTS5 index of the project (external content: `claims_fts` indexes `claims`, and so on)
is kept by triggers, one index update per row written. When a pull of many items goes into
a project that has no articles, claims, sources or comments, the index triggers are dropped
for the length of the pull's transaction, the rows are written, each index is rebuilt from
its table in one pass (FTS5's `rebuild`), and the triggers are created again from their own
SQL, all in the same SQLite transaction: a failure rolls all of it back. The index then holds
exactly the entries the triggers would have made (`tests/hub/test_bulk_pull.py` compares a
bulk-pulled project with a row-by-row-pulled one table by table, and their indexes term by
term). The other triggers (revisions, history, approvals, hub marks) still run row by row.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

BULK_ITEMS = 1000
"""From this many pulled items on, a pull into an empty project indexes in bulk."""

_CONTENT = re.compile(r"""content\s*=\s*['"]?(\w+)""", re.IGNORECASE)


def _indexes(conn: sqlite3.Connection) -> dict[str, str]:
    """FTS5 index -> the table whose rows it indexes (external-content indexes only)."""
    found = {}
    for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'"
    ):
        match = _CONTENT.search(sql or "")
        if "fts5" in (sql or "").lower() and match and _is_table(conn, match.group(1)):
            found[name] = match.group(1)
    return found


def _is_table(conn: sqlite3.Connection, name: str) -> bool:
    """False for a view: `article_blocks_fts` indexes one, and is built before each commit
    (`storage/article_blocks.py`), not by triggers."""
    found = conn.execute("SELECT type FROM sqlite_master WHERE name = ?", [name]).fetchone()
    return found is not None and found[0] == "table"


def _index_triggers(conn: sqlite3.Connection) -> list[tuple[str, str]] | None:
    """(name, SQL) of the triggers that keep the indexes; None if one of them does anything
    besides writing to an index (then it cannot be left out, and nothing is done in bulk)."""
    indexes = _indexes(conn)
    found = []
    for name, table, sql in conn.execute(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"
    ).fetchall():
        if table not in indexes.values() or not any(
            re.search(rf"\b{re.escape(index)}\b", sql) for index in indexes
        ):
            continue
        body = sql[sql.upper().index("BEGIN") + 5 : sql.upper().rindex("END")]
        statements = [s.strip() for s in body.split(";") if s.strip()]
        if not all(_writes_an_index(statement, indexes) for statement in statements):
            return None
        found.append((name, sql))
    return found


def _writes_an_index(statement: str, indexes: dict[str, str]) -> bool:
    match = re.match(r"""INSERT\s+INTO\s+["']?(\w+)["']?""", statement, re.IGNORECASE)
    return match is not None and match.group(1) in indexes


def _empty(conn: sqlite3.Connection, table: str) -> bool:
    return bool(conn.execute(f'SELECT NOT EXISTS (SELECT 1 FROM "{table}")').fetchone()[0])


def bulk_possible(conn: sqlite3.Connection, items: int) -> bool:
    """True if a pull of `items` items may index in bulk: enough of them, every indexed table
    (articles, their versions, claims, sources, comments) empty, and the index triggers do
    nothing but keep the indexes."""
    if items < BULK_ITEMS:
        return False
    if not all(_empty(conn, table) for table in set(_indexes(conn).values())):
        return False
    return _index_triggers(conn) is not None


@contextmanager
def indexes_built_at_the_end(conn: sqlite3.Connection) -> Iterator[None]:
    """Inside the caller's transaction (which must be rolled back if the body fails): the
    index triggers are gone while the body writes; then every index is rebuilt from its table
    and the triggers are created again."""
    triggers = _index_triggers(conn) if conn.in_transaction else None
    if triggers is None:
        raise RuntimeError("indexes are built in bulk only inside a transaction, see bulk_possible")
    for name, _sql in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    yield
    for index in _indexes(conn):
        conn.execute(f'INSERT INTO "{index}" ("{index}") VALUES (\'rebuild\')')
    for _name, sql in triggers:
        conn.execute(sql)
