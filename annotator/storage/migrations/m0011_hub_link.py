"""0011: the team hub a project syncs with (address without password, cursor, last sync)."""

from __future__ import annotations

from annotator.storage.schema import migrations, set_version
from annotator.storage.sql_database import Database

VERSION = 11


@migrations(name="0011_hub_link")
def hub_link(db: Database) -> None:
    db.execute(
        """CREATE TABLE hub_link (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )"""
    )
    set_version(db, VERSION)
