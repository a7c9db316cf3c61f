"""The project's connection (storage/sql_database.py) keeps sqlite-utils' semantics without
importing it: writes outside a transaction commit at once, a failed one leaves none open,
`query` refuses and undoes a statement that returns no rows, nested `atomic` blocks are
savepoints, and a write through `table()` joins the open transaction."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.storage.sql_database import Database


def _db(path: Path) -> Database:
    db = Database(sqlite3.connect(str(path)))
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE)")
    return db


def _names(path: Path) -> list[str]:
    """What another connection sees: only what was committed."""
    other = sqlite3.connect(str(path))
    try:
        return [row[0] for row in other.execute("SELECT name FROM t ORDER BY id")]
    finally:
        other.close()


def test_a_write_outside_a_transaction_is_committed_at_once(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    db = _db(path)
    db.execute("INSERT INTO t (name) VALUES (?)", ["first"])
    assert not db.conn.in_transaction
    assert _names(path) == ["first"]


def test_a_failed_write_leaves_no_transaction_open(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    db = _db(path)
    db.execute("INSERT INTO t (name) VALUES ('x')")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO t (name) VALUES ('x')")
    assert not db.conn.in_transaction
    db.execute("INSERT INTO t (name) VALUES ('y')")
    assert _names(path) == ["x", "y"]


def test_query_gives_dicts_and_refuses_and_undoes_a_statement_without_rows(
    tmp_path: Path,
) -> None:
    path = tmp_path / "a.db"
    db = _db(path)
    db.execute("INSERT INTO t (name) VALUES ('kept')")
    assert list(db.query("SELECT id, name, name FROM t")) == [
        {"id": 1, "name": "kept", "name_2": "kept"}
    ]
    with pytest.raises(ValueError, match="returns rows"):
        db.query("UPDATE t SET name = 'changed'")
    with pytest.raises(ValueError, match="returns rows"):
        db.query("BEGIN")
    assert _names(path) == ["kept"]
    assert list(db.query("PRAGMA user_version")) == [{"user_version": 0}]


def test_a_nested_atomic_block_that_fails_undoes_only_itself(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    db = _db(path)
    with db.atomic():
        db.execute("INSERT INTO t (name) VALUES ('outer')")
        with pytest.raises(RuntimeError), db.atomic():
            db.execute("INSERT INTO t (name) VALUES ('inner')")
            raise RuntimeError("undo the inner block")
        assert _names(path) == []  # nothing committed before the outer block ends
    assert _names(path) == ["outer"]


def test_a_write_through_table_joins_the_open_transaction(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    db = _db(path)
    with pytest.raises(RuntimeError), db.atomic():
        db.table("t").insert({"name": "rolled back"})
        raise RuntimeError("roll the transaction back")
    assert _names(path) == []
    with db.atomic():
        db.table("t").insert({"name": "committed"})
    assert _names(path) == ["committed"]
