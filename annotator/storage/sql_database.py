"""The project's connection as storage uses it, without importing sqlite-utils at start.

Importing sqlite-utils (click, pluggy, dateutil and its own modules) was the largest cost of
starting the window that remained (docs/PERFORMANCE.md). What opening a project and reading it
need of it is small: `execute`, `query`, `executescript` and `atomic`. `Database` does those
itself, with sqlite-utils' semantics (a statement outside a transaction commits at once; a
failed one leaves no transaction open; `query` refuses a statement that returns no rows and
undoes it; nested `atomic` blocks are savepoints). The window's writes (`insert_rows`,
`update_row`, `upsert_rows`) are plain SQL too. `table(name)` is sqlite-utils' `Table`,
imported on its first use (creating a project, migrations), bound to an
adapter whose `execute`, `executescript` and `atomic` are this object's, so a write through
a table goes through the same transactions as every other (ProjectDatabase's IMMEDIATE ones).

`Migrations` registers the schema's migrations without sqlite-utils too, and imports it only
when one is pending.
"""

from __future__ import annotations

import contextlib
import json
import secrets
import sqlite3
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from annotator.storage.sql_script import complete_statements

if TYPE_CHECKING:
    import sqlite_utils
    import sqlite_utils.migrations
    from sqlite_utils.db import Table

Parameters = Sequence[Any] | dict[str, Any] | None
F = TypeVar("F", bound=Callable[..., None])

_TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})
_NOT_A_QUERY = _TRANSACTION_CONTROL | {"VACUUM", "ATTACH", "DETACH"}
_QUERY_ONLY = (
    "query() can only be used with SQL that returns rows - use execute() for other statements"
)


def first_keyword(sql: str) -> str:
    """The statement's first keyword, uppercased, after blanks, comments, `;` and a BOM."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i].isspace() or sql[i] in (";", "\ufeff"):
            i += 1
        elif sql.startswith("--", i):
            newline = sql.find("\n", i)
            if newline == -1:
                return ""
            i = newline + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end == -1:
                return ""
            i = end + 2
        else:
            break
    j = i
    while j < n and (sql[j].isalpha() or sql[j] == "_"):
        j += 1
    return sql[i:j].upper()


def _keys(cursor: sqlite3.Cursor) -> list[str]:
    """Column names, a repeated one given `_2`, `_3`... as sqlite-utils names them."""
    keys = [d[0] for d in cursor.description]
    if len(set(keys)) == len(keys):
        return keys
    from sqlite_utils.utils import dedupe_keys  # rare: a join repeating a column name

    return dedupe_keys(keys)


class Database:
    """A connection with sqlite-utils' `execute`, `query`, `executescript` and `atomic`."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._utils: sqlite_utils.Database | None = None
        self.execute("PRAGMA recursive_triggers=on;")  # as sqlite-utils' Database sets it

    def execute(self, sql: str, parameters: Parameters = None) -> sqlite3.Cursor:
        """Run one statement; outside a transaction, a write is committed at once."""
        was_in_transaction = self.conn.in_transaction
        try:
            if parameters is not None:
                cursor = self.conn.execute(sql, parameters)
            else:
                cursor = self.conn.execute(sql)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # the failed statement's implicit transaction
            raise
        if (
            not was_in_transaction
            and self.conn.in_transaction
            and cursor.description is None
            and first_keyword(sql) not in _TRANSACTION_CONTROL
        ):
            self.conn.execute("COMMIT")  # the statement's implicit transaction
        return cursor

    def executescript(self, sql: str) -> sqlite3.Cursor:
        return self._executescript(sql)

    def _executescript(self, sql: str) -> sqlite3.Cursor:
        if not self.conn.in_transaction:
            return self.conn.executescript(sql)
        cursor = self.conn.cursor()
        for statement in complete_statements(sql):  # no executescript: it would COMMIT
            cursor.execute(statement)
        return cursor

    def query(self, sql: str, params: Parameters = None) -> Iterator[dict[str, Any]]:
        """Rows as dicts; a statement that returns none is refused (ValueError) and undone."""
        keyword = first_keyword(sql)
        if keyword in _NOT_A_QUERY:
            raise ValueError(_QUERY_ONLY)
        args: tuple[Any, ...] = (params,) if params is not None else ()
        if keyword == "PRAGMA":
            return self._pragma_query(sql, args)
        self.conn.execute('SAVEPOINT "sqlite_utils_query"')
        released = False
        try:
            cursor = self.conn.execute(sql, *args)
            if cursor.description is None:
                raise ValueError(_QUERY_ONLY)
            keys = _keys(cursor)
            try:
                self.conn.execute('RELEASE "sqlite_utils_query"')
                released = True
            except sqlite3.OperationalError:  # a write still running (RETURNING): finish it
                fetched = cursor.fetchall()
                self.conn.execute('RELEASE "sqlite_utils_query"')
                released = True
                return (dict(zip(keys, row, strict=True)) for row in fetched)
            return (dict(zip(keys, row, strict=True)) for row in cursor)
        finally:
            if not released and self.conn.in_transaction:
                self.conn.execute('ROLLBACK TO "sqlite_utils_query"')
                self.conn.execute('RELEASE "sqlite_utils_query"')

    def _pragma_query(self, sql: str, args: tuple[Any, ...]) -> Iterator[dict[str, Any]]:
        """Some PRAGMAs refuse to run in a transaction: no savepoint, driver autocommit."""
        if self.conn.in_transaction:
            cursor = self.conn.execute(sql, *args)
        else:
            level = self.conn.isolation_level
            try:
                self.conn.isolation_level = None
                cursor = self.conn.execute(sql, *args)
            finally:
                self.conn.isolation_level = level
        if cursor.description is None:
            raise ValueError(_QUERY_ONLY)
        keys = _keys(cursor)
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    @contextlib.contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        """A transaction; nested, a savepoint of the open one."""
        if self.conn.in_transaction:
            savepoint = f"sqlite_utils_{secrets.token_hex(16)}"
            self.conn.execute(f"SAVEPOINT {savepoint};")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:  # a RAISE(ROLLBACK) may have ended it already
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint};")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint};")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {savepoint};")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def insert_rows(self, table: str, rows: Sequence[dict[str, Any]]) -> None:
        """Insert `rows` (column -> plain value) with plain SQL, as `table(name).insert_all` did
        for rows read back from the file: putting back what an undo restores needs no
        sqlite-utils import (about 0.1 s, docs/PERFORMANCE.md). A column a row lacks is NULL."""
        columns = list(dict.fromkeys(column for row in rows for column in row))
        if not columns:
            return
        names = ", ".join(_quoted(c) for c in columns)
        sql = f"INSERT INTO {_quoted(table)} ({names}) VALUES ({', '.join('?' * len(columns))})"
        for row in rows:
            self.execute(sql, [_value(row.get(column)) for column in columns])

    def update_row(self, table: str, key: Any, values: dict[str, Any], pk: str = "id") -> None:
        """Set `values` on the row whose `pk` is `key`, with plain SQL, as `table(name).update`
        did (the same columns set, so the same `UPDATE OF` triggers fire); a row that is not
        there is not written and raises KeyError (sqlite-utils raised its NotFoundError)."""
        found = self.execute(
            f"SELECT 1 FROM {_quoted(table)} WHERE {_quoted(pk)} = ?", [key]
        ).fetchone()
        if found is None:
            raise KeyError(key)
        if not values:
            return
        sets = ", ".join(f"{_quoted(c)} = ?" for c in values)
        self.execute(
            f"UPDATE {_quoted(table)} SET {sets} WHERE {_quoted(pk)} = ?",
            [*(_value(v) for v in values.values()), key],
        )

    def upsert_rows(self, table: str, rows: Sequence[dict[str, Any]], pk: str) -> None:
        """Insert `rows`, or update the columns given of those whose `pk` is taken: the
        statement `table(name).upsert_all(rows, pk=pk)` ran (INSERT ... ON CONFLICT DO
        UPDATE), so the same triggers fire."""
        for row in rows:
            names = ", ".join(_quoted(c) for c in row)
            sets = ", ".join(f"{_quoted(c)} = excluded.{_quoted(c)}" for c in row if c != pk)
            action = f"DO UPDATE SET {sets}" if sets else "DO NOTHING"
            self.execute(
                f"INSERT INTO {_quoted(table)} ({names}) VALUES ({', '.join('?' * len(row))}) "
                f"ON CONFLICT({_quoted(pk)}) {action}",
                [_value(v) for v in row.values()],
            )

    def table(self, name: str) -> Table:
        """sqlite-utils' Table (imported now if not yet), writing through this connection."""
        if self._utils is None:
            self._utils = _adapter(self)
        return self._utils.table(name)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _value(value: Any) -> Any:
    """A list, tuple or dict stored as JSON, as sqlite-utils stored it; the rest as it is."""
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, default=repr, ensure_ascii=False)
    return value


def _adapter(owner: Database) -> sqlite_utils.Database:
    """A sqlite-utils Database on `owner`'s connection whose statements and transactions are
    `owner`'s; no plugins (whatever another package registers would run on the project)."""
    from annotator.storage.sqlite_utils_lite import import_sqlite_utils

    import_sqlite_utils()
    import sqlite_utils

    class Adapter(sqlite_utils.Database):
        def execute(self, sql: str, parameters: Parameters = None) -> sqlite3.Cursor:
            return owner.execute(sql, parameters)

        def _executescript(self, sql: str) -> sqlite3.Cursor:
            return owner._executescript(sql)  # noqa: SLF001 - the owner's, with its splitter

        @contextlib.contextmanager
        def atomic(self) -> Generator[sqlite_utils.Database, None, None]:
            with owner.atomic():
                yield self

    return Adapter(owner.conn, execute_plugins=False, recursive_triggers=False)


class Migrations:
    """The schema's named migrations (sqlite-utils' `Migrations`, which is imported only when
    one is pending: opening an up-to-date project reads their names with plain SQL)."""

    TABLE = "_sqlite_migrations"

    def __init__(self, name: str) -> None:
        self.name = name
        self._registered: list[tuple[str, Callable[..., None], bool]] = []

    def __call__(self, *, name: str, transactional: bool = True) -> Callable[[F], F]:
        def register(function: F) -> F:
            self._registered.append((name, function, transactional))
            return function

        return register

    def names(self) -> list[str]:
        return [name for name, _function, _transactional in self._registered]

    def all_applied(self, db: Database) -> bool:
        """Whether every registered migration is recorded as applied in `db`."""
        found = db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [self.TABLE]
        ).fetchone()
        if found is None:
            return False
        rows = db.execute(
            f"SELECT name FROM {self.TABLE} WHERE migration_set = ?", [self.name]
        ).fetchall()
        return set(self.names()) <= {row[0] for row in rows}

    def apply(self, db: Any, *, stop_before: str | Iterable[str] | None = None) -> None:
        """Apply the pending migrations, each in its own transaction (see sqlite-utils)."""
        if stop_before is None and isinstance(db, Database) and self.all_applied(db):
            return
        self.real().apply(_utils_of(db), stop_before=stop_before)

    def real(self) -> sqlite_utils.migrations.Migrations:
        """sqlite-utils' Migrations with the same migrations."""
        from annotator.storage.sqlite_utils_lite import import_sqlite_utils

        import_sqlite_utils()
        from sqlite_utils.migrations import Migrations as UtilsMigrations

        real = UtilsMigrations(self.name)
        for name, function, transactional in self._registered:
            real(name=name, transactional=transactional)(function)
        return real


def _utils_of(db: Any) -> Any:
    """What sqlite-utils' Migrations is given: the adapter of our Database (its migrations
    call `table()` and the rest through it), or a sqlite-utils Database as it is (tests)."""
    if isinstance(db, Database):
        if db._utils is None:  # noqa: SLF001 - the one place outside the class
            db._utils = _adapter(db)  # noqa: SLF001
        return db._utils  # noqa: SLF001
    return db
