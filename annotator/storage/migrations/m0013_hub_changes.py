"""0013: which items changed since the last hub push, so a sync reads only those.

`hub_changes` holds one row per item whose revision changed (or that was deleted) while the
project is connected to a hub (`hub_link` has a `url`); a push reads only these rows and
removes the ones the hub has taken. A project that is not connected records nothing (its
undo and its file stay exactly as before); connecting marks every item once.
"""

from __future__ import annotations

from annotator.storage.schema import migrations, set_version
from annotator.storage.sql_database import Database

VERSION = 13

_CONNECTED = "EXISTS (SELECT 1 FROM hub_link WHERE key = 'url')"
_MARK = "INSERT OR REPLACE INTO hub_changes (kind, item_id) VALUES (NEW.kind, NEW.item_id);"

_DDL = [
    # AUTOINCREMENT: a mark made while a push runs always gets a higher seq than the push read.
    """CREATE TABLE hub_changes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        item_id TEXT NOT NULL,
        UNIQUE (kind, item_id)
    )""",
    f"""CREATE TRIGGER item_revs_hub_insert AFTER INSERT ON item_revs WHEN {_CONNECTED}
        BEGIN {_MARK} END""",
    f"""CREATE TRIGGER item_revs_hub_update AFTER UPDATE ON item_revs WHEN {_CONNECTED}
        BEGIN {_MARK} END""",
    f"""CREATE TRIGGER tombstones_hub_insert AFTER INSERT ON tombstones WHEN {_CONNECTED}
        BEGIN {_MARK} END""",
    f"""CREATE TRIGGER tombstones_hub_update AFTER UPDATE ON tombstones WHEN {_CONNECTED}
        BEGIN {_MARK} END""",
]

MARK_ALL = """INSERT OR REPLACE INTO hub_changes (kind, item_id)
    SELECT kind, item_id FROM item_revs UNION SELECT kind, item_id FROM tombstones"""
"""Mark every item (a project just connected, or upgraded while connected)."""


@migrations(name="0013_hub_changes")
def hub_changes(db: Database) -> None:
    for statement in _DDL:
        db.execute(statement)
    if db.execute(f"SELECT {_CONNECTED}").fetchone()[0]:
        db.execute(MARK_ALL)
    set_version(db, VERSION)
