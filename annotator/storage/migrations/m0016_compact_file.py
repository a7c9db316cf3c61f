"""0016: a smaller project file: the passage index and history lines stop copying text.

`article_blocks_fts` becomes an external-content FTS5 index over the view
`article_blocks_text`, which cuts each block out of its article version's text
(`storage/article_blocks.py`): 0015's index kept a second copy of every current text. Every
block is cut anew. History lines "created" and "source" no longer copy the claim's quote or
the source while those stand as they were written (`storage/history_values.py`):
`claim_history` gains `source_id`, and the triggers that wrote those lines are replaced.
Lines already written keep their values. `claim_history_claim` indexes the claim only (a
claim's few lines are sorted when read). New revision ids are 8 random bytes (16 hex
characters) instead of 16: a revision id only has to differ from the other revisions of the
same item, and the revisions already recorded keep theirs.
"""

from __future__ import annotations

from annotator.storage import article_blocks, history_values
from annotator.storage.schema import migrations, set_version
from annotator.storage.sql_database import Database

VERSION = 16
OLD_REVISION_ID = "lower(hex(randomblob(16)))"
NEW_REVISION_ID = "lower(hex(randomblob(8)))"

_DROP_0015 = [
    "DROP TABLE article_blocks_terms",
    "DROP TABLE article_blocks_fts",
    "DROP TRIGGER article_blocks_article_deleted",
    "DROP TRIGGER article_blocks_version_changed",
    "DROP TRIGGER article_blocks_version_deleted",
    "DELETE FROM article_blocks",
]


@migrations(name="0016_compact_file")
def compact_file(db: Database) -> None:
    for statement in _DROP_0015:
        db.execute(statement)
    for statement in article_blocks.EXTERNAL_DDL:
        db.execute(statement)
    article_blocks.mark_all_stale(db.conn)
    article_blocks.refresh(db.conn)
    for name in history_values.DROPPED_TRIGGERS:
        db.execute(f"DROP TRIGGER {name}")
    for statement in history_values.DDL:
        db.execute(statement)
    db.execute("DROP INDEX claim_history_claim")
    db.execute("CREATE INDEX claim_history_claim ON claim_history(claim_id)")
    _shorter_revision_ids(db)
    set_version(db, VERSION)


def _shorter_revision_ids(db: Database) -> None:
    """Every trigger that makes a revision id makes an 8-byte one (the triggers are otherwise
    as they were; none depends on the order it fires in among the others of its table)."""
    for name, sql in db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE ?",
        [f"%{OLD_REVISION_ID}%"],
    ).fetchall():
        db.execute(f'DROP TRIGGER "{name}"')
        db.execute(sql.replace(OLD_REVISION_ID, NEW_REVISION_ID))
