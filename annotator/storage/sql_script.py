"""Splitting an SQL script into statements in linear time.

sqlite-utils runs a script inside an open transaction (enable_fts during a migration) one
statement at a time, finding the ends by joining the text again after every character: the
cost grows with the square of the script's length, and was most of the CPU time of creating a
new project file. The same statements are found here by asking SQLite whether the text so far
is complete only where it can become so: after a semicolon.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator


def complete_statements(sql: str) -> Iterator[str]:
    """The statements of `sql`, stripped, as sqlite-utils' own splitter yields them.

    A text is a complete statement only if it ends with a semicolon token (SQLite's
    `sqlite3_complete`), so checking at each semicolon finds the same boundaries."""
    start = 0
    position = sql.find(";")
    while position != -1:
        statement = sql[start : position + 1].strip()
        if sqlite3.complete_statement(statement):
            yield statement
            start = position + 1
        position = sql.find(";", position + 1)
    rest = sql[start:].strip()
    if rest:
        yield rest
