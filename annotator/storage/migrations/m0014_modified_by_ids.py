"""0014: who last changed an article, claim, source or comment is a person id, not only a name.

Adds `modified_by_id` to `articles`, `claims`, `sources` and `comments`, so "Last changed by"
and the exports show the person's current display name and two people of one name stay apart.
Existing rows get, for the name in `modified_by`: the row's author's id when the author has that
name (the author changed it last, the usual case), else the id of the one person of that name
in `people`, else the name's legacy id (`legacy_person_id`, with a row in `people`, as 0006 and
0012 did). The new column is not among the columns the revision triggers compare, and approval
checks are paused while it is filled in: the upgrade changes no revision and demotes no claim.
"""

from __future__ import annotations

from annotator.domain.dates import utc_now
from annotator.domain.people import legacy_person_id
from annotator.storage.schema import migrations, set_version
from annotator.storage.sql_database import Database

VERSION = 14

TABLES = ("articles", "claims", "sources", "comments")
"""The tables whose `modified_by` gets a `modified_by_id`."""

INDEXES = [
    # The rows `storage/person_stamp.py` looks for before each commit: a few at most.
    f"CREATE INDEX {table}_modifier_unstamped ON {table}(modified_by) WHERE modified_by_id = ''"
    for table in TABLES
]


def _ids_by_name(db: Database) -> dict[str, str]:
    """Each name in a `modified_by` -> the one person of that name, else its legacy id."""
    names = {
        row[0]
        for table in TABLES
        for row in db.execute(f"SELECT DISTINCT modified_by FROM {table}").fetchall()
        if row[0] and row[0].strip()
    }
    known: dict[str, list[str]] = {}
    for person_id, name in db.execute("SELECT id, name FROM people").fetchall():
        known.setdefault(" ".join(name.split()).casefold(), []).append(person_id)
    ids = {}
    for name in names:
        same = known.get(" ".join(name.split()).casefold(), [])
        ids[name] = same[0] if len(same) == 1 else legacy_person_id(name)
    return ids


def _backfill(db: Database, table: str, ids: dict[str, str]) -> None:
    columns = {row[1] for row in db.execute(f"PRAGMA table_info({table})").fetchall()}
    if "author_id" in columns:
        db.execute(
            f"UPDATE {table} SET modified_by_id = author_id "
            "WHERE modified_by = author AND author_id <> ''"
        )
    db.conn.executemany(
        f"UPDATE {table} SET modified_by_id = ? WHERE modified_by = ? AND modified_by_id = ''",
        [(person_id, name) for name, person_id in ids.items()],
    )


def _add_legacy_people(db: Database, ids: dict[str, str]) -> None:
    """A row in `people` for each legacy id the backfill gave (none for ids it did not use)."""
    used = {
        row[0]
        for table in TABLES
        for row in db.execute(f"SELECT DISTINCT modified_by_id FROM {table}").fetchall()
    }
    now = utc_now()
    db.conn.executemany(
        "INSERT OR IGNORE INTO people (id, name, updated_at) VALUES (?, ?, ?)",
        [
            (person_id, " ".join(name.split()), now)
            for name, person_id in sorted(ids.items())
            if person_id in used
        ],
    )


@migrations(name="0014_modified_by_ids")
def modified_by_ids(db: Database) -> None:
    ids = _ids_by_name(db)
    paused = db.execute("SELECT 1 FROM approval_check_paused").fetchone() is not None
    if not paused:
        db.execute("INSERT INTO approval_check_paused (flag) VALUES (1)")
    for table in TABLES:
        db.execute(f"ALTER TABLE {table} ADD COLUMN modified_by_id TEXT NOT NULL DEFAULT ''")
        _backfill(db, table, ids)
    _add_legacy_people(db, ids)
    if not paused:
        db.execute("DELETE FROM approval_check_paused")
    for statement in INDEXES:
        db.execute(statement)
    set_version(db, VERSION)
