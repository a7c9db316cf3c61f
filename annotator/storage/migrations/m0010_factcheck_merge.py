"""0010: the fact-check archive travels in merges, with revisions like the other kinds.

A fact-check's id becomes a name-based UUID of its key (the normalised url, else identifier),
so the same fact-check imported by two colleagues from their own copies of a feed is one item
in a merge, not two rows fighting over the key. Existing rows are given that id and a revision
derived from (id, content hash): two files that imported the same archive separately agree on
every revision. Triggers then keep `item_revs`, `revisions` and `tombstones` as for claims.
"""

from __future__ import annotations

import hashlib
import uuid

from annotator.storage.schema import migrations, revision_trigger_ddl, set_version
from annotator.storage.sql_database import Database

VERSION = 10
KIND = "factcheck"
REVISED_BY = ("key", "content_hash")
"""Columns whose change is a new revision: the key, and the hash of everything imported."""
_NAMESPACE = uuid.UUID("5d2b8f0c-91a4-4c3e-8b7a-2f6e1d0c9a51")


def factcheck_id(key: str) -> str:
    """The id every project gives the fact-check with this key."""
    return str(uuid.uuid5(_NAMESPACE, key))


def _revision(item_id: str, content_hash: str) -> str:
    return hashlib.sha256(f"{KIND}|{item_id}|{content_hash}".encode()).hexdigest()[:32]


@migrations(name="0010_factcheck_merge")
def factcheck_merge(db: Database) -> None:
    rows = db.execute("SELECT id, key, content_hash FROM factchecks").fetchall()
    db.conn.executemany(
        "UPDATE factchecks SET id = ? WHERE id = ?", [(factcheck_id(k), i) for i, k, _ in rows]
    )
    revs = [(KIND, factcheck_id(k), _revision(factcheck_id(k), h)) for _, k, h in rows]
    for verb, table in (("INSERT OR REPLACE", "item_revs"), ("INSERT OR IGNORE", "revisions")):
        db.conn.executemany(f"{verb} INTO {table} (kind, item_id, rev) VALUES (?, ?, ?)", revs)
    for statement in revision_trigger_ddl(KIND, "factchecks", REVISED_BY):
        # a fact-check has no modified_by: whoever imported it last is who the tombstone names
        db.execute(statement.replace("OLD.modified_by", "OLD.imported_by"))
    set_version(db, VERSION)
