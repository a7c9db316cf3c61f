"""A new project file made from a template instead of by running every migration again.

The template is a project file the migrations have just created and nobody has edited. Its
pages, copied into an empty database, make a new project once the copy gets what a newly
created file gets at random or from the clock: its project id, the ids of its default verdicts
and their revisions, and the times its migrations were applied. `tests/storage/test_template.py`
checks that a copy differs from the template, and from another copy, exactly where two newly
created files differ from each other. The test suite creates its project files this way
(tests/conftest.py): running every migration costs about 50 ms of CPU per file.
"""

from __future__ import annotations

import secrets
import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path


def fill_from_template(conn: sqlite3.Connection, template: Path) -> None:
    """Make the empty database of `conn` a new project: the template's pages, new identities.

    Errors (a full disk, a read-only folder) come out as `sqlite3.Error`, as they would from
    the migrations.
    """
    source = sqlite3.connect(f"{template.resolve().as_uri()}?mode=ro", uri=True)
    try:
        source.backup(conn)
    finally:
        source.close()
    conn.execute("BEGIN IMMEDIATE")
    try:
        give_new_identities(conn)
    except BaseException:
        conn.rollback()
        raise
    conn.execute("COMMIT")


def give_new_identities(conn: sqlite3.Connection) -> None:
    """Give a copy of a never-edited project the random ids and times a new file gets."""
    counters = conn.execute("SELECT name FROM sqlite_sequence").fetchall()
    conn.execute("UPDATE project_meta SET value = ? WHERE key = 'project_id'", [str(uuid.uuid4())])
    for (old,) in conn.execute("SELECT id FROM verdicts ORDER BY rowid").fetchall():
        new = str(uuid.uuid4())
        rev = secrets.token_hex(16)  # what 0008 gave the scale: lower(hex(randomblob(16)))
        # Changing only the id fires no revision trigger (they watch the verdict's fields).
        conn.execute("UPDATE verdicts SET id = ? WHERE id = ?", [new, old])
        for table in ("item_revs", "revisions"):
            conn.execute(
                f"UPDATE {table} SET item_id = ?, rev = ? WHERE kind = 'verdict' AND item_id = ?",
                [new, rev, old],
            )
    rows = conn.execute("SELECT rowid FROM _sqlite_migrations ORDER BY rowid").fetchall()
    for (rowid,) in rows:
        conn.execute(
            "UPDATE _sqlite_migrations SET applied_at = ? WHERE rowid = ?",
            [str(datetime.now(UTC)), rowid],
        )
    # The updates above run the (idle) hub-change triggers, whose AUTOINCREMENT table then
    # gets a counter row a new file does not have.
    conn.execute(
        f"DELETE FROM sqlite_sequence WHERE name NOT IN ({', '.join('?' * len(counters))})",
        [name for (name,) in counters],
    )
