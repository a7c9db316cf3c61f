"""0008: captures (stored copies of what a source said), source kinds as data, protected
sources, and retired verdicts.

`sources` is rebuilt because its `kind` CHECK listed five fixed kinds; kinds now live in
`source_kinds`. The rebuilt table keeps every row, its revision and its history triggers.
"""

from __future__ import annotations

from annotator.storage.schema import _NEW_REV, _NOT_MERGING, _NOW, migrations, set_version
from annotator.storage.sql_database import Database

VERSION = 8

SOURCE_COLUMNS = (
    "claim_id", "position", "url", "title", "publisher", "source_author", "source_date",
    "accessed", "archive_url", "excerpt", "locator", "kind", "stance", "author", "created",
    "modified", "modified_by", "capture_id", "protected", "role", "method",
)  # fmt: skip
"""Columns whose change gives a source a new revision (all but the id)."""

SEED_KINDS = (
    # id, label, url required, fields that describe it
    ("web_page", "Web page", 1, "url title publisher source_author source_date archive_url"),
    ("document", "Document", 0, "title source_author source_date locator"),
    ("dataset", "Dataset", 0, "url title publisher source_date"),
    ("interview", "Interview", 0, "source_author role source_date method"),
    ("correspondence", "Correspondence", 0, "source_author role source_date method"),
    ("other", "Other", 0, "title"),
    ("primary", "Primary source", 1, "url title publisher source_author source_date"),
    ("secondary", "Secondary source", 1, "url title publisher source_author source_date"),
    ("expert", "Expert", 1, "url title source_author role"),
    ("official", "Official record", 1, "url title publisher source_date"),
)  # fmt: skip
"""The kinds a new project starts with; the last four are the kinds of schema 1, kept."""

_DDL = [
    """CREATE TABLE source_kinds (
        id TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        url_required INTEGER NOT NULL DEFAULT 0 CHECK (url_required IN (0, 1)),
        fields TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE capture_blobs (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
        size INTEGER NOT NULL,
        data BLOB NOT NULL
    )""",
    """CREATE TABLE captures (
        id TEXT PRIMARY KEY,
        sha256 TEXT NOT NULL REFERENCES capture_blobs(sha256),
        record TEXT NOT NULL CHECK (record IN ('response', 'resource')),
        url TEXT NOT NULL DEFAULT '',
        final_url TEXT NOT NULL DEFAULT '',
        status INTEGER,
        reason TEXT NOT NULL DEFAULT '',
        headers TEXT NOT NULL DEFAULT '[]',
        request_headers TEXT NOT NULL DEFAULT '[]',
        redirects TEXT NOT NULL DEFAULT '[]',
        content_type TEXT NOT NULL DEFAULT '',
        file_name TEXT NOT NULL DEFAULT '',
        captured_at TEXT NOT NULL,
        captured_by TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX captures_sha256 ON captures(sha256)",
    """CREATE TRIGGER captures_immutable BEFORE UPDATE ON captures BEGIN
        SELECT RAISE(ABORT, 'captures are never modified; make a new capture');
    END""",
    """CREATE TRIGGER capture_blobs_immutable BEFORE UPDATE ON capture_blobs BEGIN
        SELECT RAISE(ABORT, 'captures are never modified; make a new capture');
    END""",
    "ALTER TABLE article_versions ADD COLUMN capture_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE verdicts ADD COLUMN retired INTEGER NOT NULL DEFAULT 0",
    # sources_new repeats the sources DDL of storage/schema.py on purpose: a released migration
    # is frozen, so it keeps its own copy of the table it rebuilds.
    """CREATE TABLE sources_new (
        id TEXT PRIMARY KEY,
        claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        url TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        publisher TEXT NOT NULL DEFAULT '',
        source_author TEXT NOT NULL DEFAULT '',
        source_date TEXT NOT NULL DEFAULT '',
        accessed TEXT NOT NULL DEFAULT '',
        archive_url TEXT NOT NULL DEFAULT '',
        excerpt TEXT NOT NULL DEFAULT '',
        locator TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT 'secondary',
        stance TEXT NOT NULL DEFAULT 'supports'
            CHECK (stance IN ('supports', 'refutes', 'context')),
        author TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        modified TEXT NOT NULL,
        modified_by TEXT NOT NULL DEFAULT '',
        capture_id TEXT NOT NULL DEFAULT '',
        protected INTEGER NOT NULL DEFAULT 0 CHECK (protected IN (0, 1)),
        role TEXT NOT NULL DEFAULT '',
        method TEXT NOT NULL DEFAULT ''
    )""",
]

_OLD_SOURCE_COLUMNS = ("id",) + SOURCE_COLUMNS[:17]


@migrations(name="0008_evidence")
def evidence(db: Database) -> None:
    for statement in _DDL:
        db.execute(statement)
    db.conn.executemany(
        "INSERT INTO source_kinds (id, label, url_required, fields, position) VALUES (?, ?, ?, ?, "
        "?)",
        [(k, label, req, fields, i) for i, (k, label, req, fields) in enumerate(SEED_KINDS)],
    )
    _rebuild_sources(db)
    _backfill_verdict_revisions(db)
    for statement in verdict_trigger_ddl():
        db.execute(statement)
    set_version(db, VERSION)


def _rebuild_sources(db: Database) -> None:
    """Swap in `sources_new`, keeping the triggers that earlier migrations put on `sources`.

    SQLite cannot change a CHECK constraint in place, so this is its documented table rebuild:
    the rename runs with `legacy_alter_table` on, so views and triggers elsewhere that name
    `sources` (the approval checks of 0006) are neither rewritten nor re-checked, and keep
    naming the new table. Triggers *on* `sources` go with the old table: the revision and
    history ones are made anew by `source_trigger_ddl`, any others are put back as they were."""
    saved = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'sources' "
        "AND sql IS NOT NULL ORDER BY rowid"
    ).fetchall()
    columns = ", ".join(_OLD_SOURCE_COLUMNS + _keep_added_columns(db))
    db.execute(f"INSERT INTO sources_new ({columns}) SELECT {columns} FROM sources")
    db.execute("DROP TABLE sources")  # drops its index and triggers too
    db.execute("PRAGMA legacy_alter_table = ON")
    try:
        db.execute("ALTER TABLE sources_new RENAME TO sources")
    finally:
        db.execute("PRAGMA legacy_alter_table = OFF")
    db.execute("CREATE INDEX sources_claim ON sources(claim_id, position)")
    for statement in source_trigger_ddl():
        db.execute(statement)
    made = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    for name, sql in saved:
        if name not in made:
            db.execute(sql)


VERDICT_COLUMNS = ("label", "colour", "value", "position", "retired")
"""Columns whose change gives a verdict a new revision, so scale edits travel in merges."""


def _backfill_verdict_revisions(db: Database) -> None:
    """Revisions derived from each verdict's content: two copies of one project upgraded
    separately agree on every verdict neither side has changed."""
    import hashlib

    rows = db.execute("SELECT id, label, colour, value, position FROM verdicts").fetchall()
    revs = [
        (
            "verdict",
            row[0],
            hashlib.sha256("verdict|{}|{}|{}|{}|{}".format(*row).encode()).hexdigest()[:32],
        )
        for row in rows
    ]
    db.conn.executemany(
        "INSERT OR REPLACE INTO item_revs (kind, item_id, rev) VALUES (?, ?, ?)", revs
    )
    db.conn.executemany(
        "INSERT OR IGNORE INTO revisions (kind, item_id, rev) VALUES (?, ?, ?)", revs
    )


def verdict_trigger_ddl() -> list[str]:
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in VERDICT_COLUMNS)
    keep = """INSERT OR IGNORE INTO revisions (kind, item_id, rev)
                SELECT kind, item_id, rev FROM item_revs WHERE kind = 'verdict' AND item_id = NEW.id;"""
    return [
        f"""CREATE TRIGGER verdicts_rev_insert AFTER INSERT ON verdicts BEGIN
            DELETE FROM tombstones WHERE kind = 'verdict' AND item_id = NEW.id;
            INSERT OR REPLACE INTO item_revs (kind, item_id, rev)
                SELECT 'verdict', NEW.id, {_NEW_REV} WHERE {_NOT_MERGING};
            {keep}
        END""",
        f"""CREATE TRIGGER verdicts_rev_update AFTER UPDATE ON verdicts
            WHEN ({changed}) AND {_NOT_MERGING} BEGIN
            INSERT OR REPLACE INTO item_revs (kind, item_id, rev) VALUES ('verdict', NEW.id, {_NEW_REV});
            {keep}
        END""",
        f"""CREATE TRIGGER verdicts_rev_delete AFTER DELETE ON verdicts BEGIN
            INSERT OR REPLACE INTO tombstones (kind, item_id, rev, deleted_at, deleted_by)
                VALUES ('verdict', OLD.id,
                        coalesce((SELECT rev FROM item_revs WHERE kind = 'verdict' AND item_id = OLD.id), ''),
                        {_NOW}, '');
            DELETE FROM item_revs WHERE kind = 'verdict' AND item_id = OLD.id;
        END""",
    ]


def _keep_added_columns(db: Database) -> tuple[str, ...]:
    """Columns another migration added to `sources` before this one: carried over, not lost."""
    new = {row[1] for row in db.execute("PRAGMA table_info(sources_new)").fetchall()}
    extra = []
    for _cid, name, type_, notnull, default, _pk in db.execute(
        "PRAGMA table_info(sources)"
    ).fetchall():
        if name in new:
            continue
        constraint = f" NOT NULL DEFAULT {default}" if notnull and default is not None else ""
        if not notnull and default is not None:
            constraint = f" DEFAULT {default}"
        db.execute(f'ALTER TABLE sources_new ADD COLUMN "{name}" {type_}{constraint}')
        extra.append(f'"{name}"')
    return tuple(extra)


def source_trigger_ddl() -> list[str]:
    """The revision and history triggers of storage/schema.py for the rebuilt `sources`."""
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in SOURCE_COLUMNS)
    rev = f"""INSERT OR REPLACE INTO item_revs (kind, item_id, rev) VALUES ('source', NEW.id, {_NEW_REV});
        INSERT OR IGNORE INTO revisions (kind, item_id, rev)
            SELECT kind, item_id, rev FROM item_revs WHERE kind = 'source' AND item_id = NEW.id;"""
    history = (
        "INSERT INTO claim_history (claim_id, field, old_value, new_value, changed_by, changed_at)"
    )
    snap = (
        "json_object('url', {0}.url, 'title', {0}.title, 'stance', {0}.stance, 'kind', {0}.kind, "
        "'excerpt', {0}.excerpt)"
    )
    old, new = snap.format("OLD"), snap.format("NEW")
    return [
        f"""CREATE TRIGGER sources_rev_insert AFTER INSERT ON sources BEGIN
            DELETE FROM tombstones WHERE kind = 'source' AND item_id = NEW.id;
            INSERT OR REPLACE INTO item_revs (kind, item_id, rev)
                SELECT 'source', NEW.id, {_NEW_REV} WHERE {_NOT_MERGING};
            INSERT OR IGNORE INTO revisions (kind, item_id, rev)
                SELECT kind, item_id, rev FROM item_revs WHERE kind = 'source' AND item_id = NEW.id;
        END""",
        f"""CREATE TRIGGER sources_rev_update AFTER UPDATE ON sources
            WHEN ({changed}) AND {_NOT_MERGING} BEGIN {rev}
        END""",
        f"""CREATE TRIGGER sources_rev_delete AFTER DELETE ON sources BEGIN
            INSERT OR REPLACE INTO tombstones (kind, item_id, rev, deleted_at, deleted_by)
                VALUES ('source', OLD.id,
                        coalesce((SELECT rev FROM item_revs WHERE kind = 'source' AND item_id = OLD.id), ''),
                        {_NOW}, OLD.modified_by);
            DELETE FROM item_revs WHERE kind = 'source' AND item_id = OLD.id;
        END""",
        f"""CREATE TRIGGER sources_history_insert AFTER INSERT ON sources WHEN {_NOT_MERGING} BEGIN
            {history} VALUES (NEW.claim_id, 'source', NULL, {new}, NEW.modified_by, NEW.modified);
        END""",
        f"""CREATE TRIGGER sources_history_update AFTER UPDATE ON sources
            WHEN {_NOT_MERGING} AND ({old} IS NOT {new}) BEGIN
            {history} VALUES (NEW.claim_id, 'source', {old}, {new}, NEW.modified_by, NEW.modified);
        END""",
        f"""CREATE TRIGGER sources_history_delete AFTER DELETE ON sources
            WHEN {_NOT_MERGING} AND EXISTS (SELECT 1 FROM claims WHERE id = OLD.claim_id) BEGIN
            {history} VALUES (OLD.claim_id, 'source', {old}, NULL, OLD.modified_by, {_NOW});
        END""",
    ]
