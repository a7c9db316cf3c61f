"""The project file's schema, as ordered, named migrations.

Each migration runs in its own transaction (sqlite-utils `Migrations`, through
`storage/sql_database.py`, which imports it only when one is pending) and sets
`PRAGMA user_version` to its number, so any SQLite tool can tell which schema a
file has. A released migration is never edited: add a new one instead, and
document the change in docs/SCHEMA.md.
"""

from __future__ import annotations

import uuid

from annotator.domain.verdict import DEFAULT_SCALE
from annotator.storage.sql_database import Database, Migrations

APPLICATION_ID = 0x416E6E6F  # "Anno": marks the file as an Annotator project
migrations = Migrations("annotator")


def _set_version(db: Database, version: int) -> None:
    set_version(db, version)


def set_version(db: Database, version: int) -> None:
    """Record that the file has reached schema `version` (never lowers it)."""
    current = db.execute("PRAGMA user_version").fetchone()[0]
    db.execute(f"PRAGMA user_version = {max(int(version), int(current))}")


@migrations(name="0001_initial")
def initial_schema(db: Database) -> None:
    for statement in _INITIAL_DDL:
        db.execute(statement)
    db.table("project_meta").insert_all(
        [
            {"key": "project_id", "value": str(uuid.uuid4())},
            {"key": "organisation_name", "value": ""},
            {"key": "organisation_url", "value": ""},
            {"key": "report_url", "value": ""},
            {"key": "methodology", "value": ""},
            {"key": "corrections_policy", "value": ""},
        ]
    )
    db.table("verdicts").insert_all(
        [
            {
                "id": str(uuid.uuid4()),
                "label": label,
                "colour": colour,
                "value": value,
                "position": i,
            }
            for i, (label, colour, value) in enumerate(DEFAULT_SCALE)
        ]
    )
    _set_version(db, 1)


_INITIAL_DDL = [
    """CREATE TABLE project_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    """CREATE TABLE verdicts (
        id TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        colour TEXT NOT NULL,
        value INTEGER CHECK (value IS NULL OR value >= 1),
        position INTEGER NOT NULL
    )""",
    """CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        standfirst TEXT NOT NULL DEFAULT '',
        authors TEXT NOT NULL DEFAULT '[]',
        publisher TEXT NOT NULL DEFAULT '',
        published TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT '',
        source_format TEXT NOT NULL DEFAULT 'text',
        source_name TEXT NOT NULL DEFAULT '',
        current_version INTEGER NOT NULL DEFAULT 1,
        author TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        modified TEXT NOT NULL,
        modified_by TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE article_versions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        text TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        blocks TEXT NOT NULL DEFAULT '[]',
        author TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        PRIMARY KEY (article_id, version)
    )""",
    "CREATE INDEX article_versions_hash ON article_versions(text_hash)",
    """CREATE TABLE claims (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position_start INTEGER NOT NULL,
        position_end INTEGER NOT NULL,
        quote_exact TEXT NOT NULL,
        quote_prefix TEXT NOT NULL DEFAULT '',
        quote_suffix TEXT NOT NULL DEFAULT '',
        original_exact TEXT NOT NULL DEFAULT '',
        anchor_state TEXT NOT NULL DEFAULT 'exact'
            CHECK (anchor_state IN ('exact', 'moved', 'changed', 'orphaned')),
        anchor_version INTEGER NOT NULL DEFAULT 1,
        claim_reviewed TEXT NOT NULL DEFAULT '',
        claimant TEXT NOT NULL DEFAULT '',
        claim_date TEXT NOT NULL DEFAULT '',
        verdict_id TEXT REFERENCES verdicts(id) ON DELETE SET NULL,
        explanation TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL DEFAULT 'draft'
            CHECK (status IN ('draft', 'ready_for_review', 'approved', 'changes_requested')),
        internal_note TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        modified TEXT NOT NULL,
        modified_by TEXT NOT NULL DEFAULT '',
        CHECK (position_start >= 0 AND position_end >= position_start)
    )""",
    "CREATE INDEX claims_article ON claims(article_id, position_start)",
    """CREATE TABLE sources (
        id TEXT PRIMARY KEY,
        claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        url TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        publisher TEXT NOT NULL DEFAULT '',
        source_author TEXT NOT NULL DEFAULT '',
        source_date TEXT NOT NULL DEFAULT '',
        accessed TEXT NOT NULL DEFAULT '',
        archive_url TEXT NOT NULL DEFAULT '',
        excerpt TEXT NOT NULL DEFAULT '',
        locator TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT 'secondary'
            CHECK (kind IN ('primary', 'secondary', 'expert', 'dataset', 'official')),
        stance TEXT NOT NULL DEFAULT 'supports'
            CHECK (stance IN ('supports', 'refutes', 'context')),
        author TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        modified TEXT NOT NULL,
        modified_by TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX sources_claim ON sources(claim_id, position)",
]

BASE_VERSION = 3
"""The last migration kept in this module; later ones live in `storage/migrations/`."""


# -- 0002: review, comments, history and merge bookkeeping ------------------------------
#
# Revisions: every article, claim, source and comment has a current revision id in
# `item_revs` (a random id, new at each change) and every revision it has ever had in
# `revisions`. A merge asks "is their current revision one I have passed through?"
# instead of needing a common ancestor file, which also works between three colleagues.
# Triggers keep the bookkeeping, so every write path (edits, undo, restore) is covered.
# While a merge runs, the row `merge_in_progress(1)` switches off the triggers that
# would invent revisions or history: the merge copies the colleague's instead.

_REV_KINDS = (
    # kind, table, columns whose change makes a new revision
    ("article", "articles", (
        "title", "standfirst", "authors", "publisher", "published", "url", "language",
        "source_format", "source_name", "current_version", "author", "created", "modified",
        "modified_by",
    )),
    ("claim", "claims", (
        "article_id", "position_start", "position_end", "quote_exact", "quote_prefix",
        "quote_suffix", "original_exact", "anchor_state", "anchor_version", "claim_reviewed",
        "claimant", "claim_date", "verdict_id", "explanation", "tags", "status", "internal_note",
        "author", "created", "modified", "modified_by",
    )),
    ("source", "sources", (
        "claim_id", "position", "url", "title", "publisher", "source_author", "source_date",
        "accessed", "archive_url", "excerpt", "locator", "kind", "stance", "author", "created",
        "modified", "modified_by",
    )),
    ("comment", "comments", (
        "claim_id", "parent_id", "body", "resolved", "resolved_by", "resolved_at", "author",
        "created", "modified", "modified_by",
    )),
)  # fmt: skip

_CLAIM_HISTORY_FIELDS = (
    "verdict_id", "explanation", "status", "tags", "claim_reviewed", "claimant", "claim_date",
)  # fmt: skip

_NEW_REV = "lower(hex(randomblob(16)))"
_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
_NOT_MERGING = "NOT EXISTS (SELECT 1 FROM merge_in_progress)"


@migrations(name="0002_review_and_merge")
def review_and_merge(db: Database) -> None:
    for statement in _REVIEW_DDL:
        db.execute(statement)
    _backfill_revisions(db)
    for statement in _trigger_ddl():
        db.execute(statement)
    db.execute(
        "INSERT OR IGNORE INTO project_meta (key, value) VALUES ('allow_self_approval', '0')"
    )
    _set_version(db, 2)


def _backfill_revisions(db: Database) -> None:
    """Give existing rows a revision derived from (kind, id, modified).

    Deterministic, so two copies of one older project that were upgraded separately
    still agree on the revisions of everything neither side has touched.
    """
    import hashlib

    for kind, table, _columns in _REV_KINDS:
        rows = db.execute(f"SELECT id, modified FROM {table}").fetchall()
        revs = [
            (
                kind,
                item_id,
                hashlib.sha256(f"{kind}|{item_id}|{modified}".encode()).hexdigest()[:32],
            )
            for item_id, modified in rows
        ]
        db.conn.executemany("INSERT INTO item_revs (kind, item_id, rev) VALUES (?, ?, ?)", revs)
        db.conn.executemany("INSERT INTO revisions (kind, item_id, rev) VALUES (?, ?, ?)", revs)


def _trigger_ddl() -> list[str]:
    statements = []
    for kind, table, columns in _REV_KINDS:
        statements += revision_trigger_ddl(kind, table, columns)
    return statements + _history_trigger_ddl()


def revision_trigger_ddl(kind: str, table: str, columns: tuple[str, ...]) -> list[str]:
    """Triggers that keep a merge-tracked table's revisions and tombstones (later migrations
    reuse it)."""
    statements = []
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)
    new_rev = f"""
        INSERT OR REPLACE INTO item_revs (kind, item_id, rev) VALUES ('{kind}', NEW.id, {_NEW_REV});
        INSERT OR IGNORE INTO revisions (kind, item_id, rev)
            SELECT kind, item_id, rev FROM item_revs WHERE kind = '{kind}' AND item_id = NEW.id;"""
    statements.append(
        f"""CREATE TRIGGER {table}_rev_insert AFTER INSERT ON {table} BEGIN
            DELETE FROM tombstones WHERE kind = '{kind}' AND item_id = NEW.id;
            INSERT OR REPLACE INTO item_revs (kind, item_id, rev)
                SELECT '{kind}', NEW.id, {_NEW_REV} WHERE {_NOT_MERGING};
            INSERT OR IGNORE INTO revisions (kind, item_id, rev)
                SELECT kind, item_id, rev FROM item_revs WHERE kind = '{kind}' AND item_id = NEW.id;
        END"""
    )
    statements.append(
        f"""CREATE TRIGGER {table}_rev_update AFTER UPDATE ON {table}
            WHEN ({changed}) AND {_NOT_MERGING} BEGIN {new_rev}
        END"""
    )
    statements.append(
        f"""CREATE TRIGGER {table}_rev_delete AFTER DELETE ON {table} BEGIN
            INSERT OR REPLACE INTO tombstones (kind, item_id, rev, deleted_at, deleted_by)
                VALUES ('{kind}', OLD.id,
                        coalesce((SELECT rev FROM item_revs WHERE kind = '{kind}' AND item_id = OLD.id), ''),
                        {_NOW}, OLD.modified_by);
            DELETE FROM item_revs WHERE kind = '{kind}' AND item_id = OLD.id;
        END"""
    )
    return statements


_HISTORY = (
    "INSERT INTO claim_history (claim_id, field, old_value, new_value, changed_by, changed_at)"
)


def _history_trigger_ddl() -> list[str]:
    """Triggers that write a claim's history: its fields, and its sources."""
    return _claim_history_ddl() + _source_history_ddl()


def _claim_history_ddl() -> list[str]:
    history = _HISTORY
    # An undo puts back an older row: log it now, by the person whose edit it takes back
    # (undo stacks belong to one person's session), not with the restored row's old stamp.
    who = "CASE WHEN NEW.modified < OLD.modified THEN OLD.modified_by ELSE NEW.modified_by END"
    when = f"CASE WHEN NEW.modified < OLD.modified THEN {_NOW} ELSE NEW.modified END"
    field_rows = "\n".join(
        f"{history} SELECT NEW.id, '{f}', OLD.{f}, NEW.{f}, {who}, {when} "
        f"WHERE OLD.{f} IS NOT NEW.{f};"
        for f in _CLAIM_HISTORY_FIELDS
    )
    return [
        f"""CREATE TRIGGER claims_history_update AFTER UPDATE ON claims WHEN {_NOT_MERGING} BEGIN
            {field_rows}
            {history} SELECT NEW.id, 'position',
                OLD.position_start || '-' || OLD.position_end, NEW.position_start || '-' || NEW.position_end,
                {who}, {when}
                WHERE OLD.position_start IS NOT NEW.position_start OR OLD.position_end IS NOT NEW.position_end;
        END""",
        f"""CREATE TRIGGER claims_history_insert BEFORE INSERT ON claims WHEN {_NOT_MERGING} BEGIN
            {history} VALUES (NEW.id,
                CASE WHEN EXISTS (SELECT 1 FROM tombstones WHERE kind = 'claim' AND item_id = NEW.id)
                     THEN 'restored' ELSE 'created' END,
                NULL, NEW.quote_exact, NEW.modified_by,
                CASE WHEN EXISTS (SELECT 1 FROM tombstones WHERE kind = 'claim' AND item_id = NEW.id)
                     THEN {_NOW} ELSE NEW.modified END);
        END""",
        f"""CREATE TRIGGER claims_history_delete AFTER DELETE ON claims WHEN {_NOT_MERGING} BEGIN
            {history} VALUES (OLD.id, 'deleted', OLD.quote_exact, NULL, OLD.modified_by, {_NOW});
        END""",
    ]


def _source_history_ddl() -> list[str]:
    history = _HISTORY
    source_json = (
        "json_object('url', {0}.url, 'title', {0}.title, 'stance', {0}.stance,"
        " 'kind', {0}.kind, 'excerpt', {0}.excerpt)"
    )
    return [
        f"""CREATE TRIGGER sources_history_insert AFTER INSERT ON sources WHEN {_NOT_MERGING} BEGIN
            {history} VALUES (NEW.claim_id, 'source', NULL, {source_json.format("NEW")}, NEW.modified_by, NEW.modified);
        END""",
        f"""CREATE TRIGGER sources_history_update AFTER UPDATE ON sources
            WHEN {_NOT_MERGING} AND ({source_json.format("OLD")} IS NOT {source_json.format("NEW")}) BEGIN
            {history} VALUES (NEW.claim_id, 'source', {source_json.format("OLD")}, {source_json.format("NEW")},
                              NEW.modified_by, NEW.modified);
        END""",
        f"""CREATE TRIGGER sources_history_delete AFTER DELETE ON sources
            WHEN {_NOT_MERGING} AND EXISTS (SELECT 1 FROM claims WHERE id = OLD.claim_id) BEGIN
            {history} VALUES (OLD.claim_id, 'source', {source_json.format("OLD")}, NULL, OLD.modified_by, {_NOW});
        END""",
    ]


_REVIEW_DDL = [
    """CREATE TABLE comments (
        id TEXT PRIMARY KEY,
        claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        parent_id TEXT,
        body TEXT NOT NULL,
        resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
        resolved_by TEXT NOT NULL DEFAULT '',
        resolved_at TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        modified TEXT NOT NULL,
        modified_by TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX comments_claim ON comments(claim_id, created)",
    """CREATE TABLE claim_history (
        id TEXT PRIMARY KEY DEFAULT (lower(hex(randomblob(16)))),
        claim_id TEXT NOT NULL,
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        changed_by TEXT NOT NULL DEFAULT '',
        changed_at TEXT NOT NULL
    )""",
    "CREATE INDEX claim_history_claim ON claim_history(claim_id, changed_at)",
    """CREATE TABLE review_records (
        id TEXT PRIMARY KEY,
        claim_id TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        decision TEXT NOT NULL,
        from_status TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL
    )""",
    "CREATE INDEX review_records_claim ON review_records(claim_id, at)",
    """CREATE TABLE blind_reviews (
        article_id TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        started_at TEXT NOT NULL,
        revealed_at TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (article_id, reviewer)
    )""",
    """CREATE TABLE item_revs (
        kind TEXT NOT NULL,
        item_id TEXT NOT NULL,
        rev TEXT NOT NULL,
        PRIMARY KEY (kind, item_id)
    ) WITHOUT ROWID""",
    """CREATE TABLE revisions (
        kind TEXT NOT NULL,
        item_id TEXT NOT NULL,
        rev TEXT NOT NULL,
        PRIMARY KEY (kind, item_id, rev)
    ) WITHOUT ROWID""",
    """CREATE TABLE tombstones (
        kind TEXT NOT NULL,
        item_id TEXT NOT NULL,
        rev TEXT NOT NULL DEFAULT '',
        deleted_at TEXT NOT NULL,
        deleted_by TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (kind, item_id)
    ) WITHOUT ROWID""",
    "CREATE TABLE merge_in_progress (flag INTEGER PRIMARY KEY)",
    """CREATE TABLE merges (
        id TEXT PRIMARY KEY,
        at TEXT NOT NULL,
        merged_by TEXT NOT NULL DEFAULT '',
        other_name TEXT NOT NULL DEFAULT '',
        other_project_id TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '{}'
    )""",
    """CREATE TABLE merge_items (
        merge_id TEXT NOT NULL REFERENCES merges(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        item_id TEXT NOT NULL,
        action TEXT NOT NULL,
        PRIMARY KEY (merge_id, kind, item_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX merge_items_item ON merge_items(kind, item_id)",
    """CREATE TABLE conflicts (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        item_id TEXT NOT NULL,
        mine TEXT,
        theirs TEXT,
        mine_rev TEXT NOT NULL DEFAULT '',
        theirs_rev TEXT NOT NULL DEFAULT '',
        merge_id TEXT NOT NULL DEFAULT '',
        detected_at TEXT NOT NULL,
        resolved_at TEXT NOT NULL DEFAULT '',
        resolved_by TEXT NOT NULL DEFAULT '',
        resolution TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX conflicts_item ON conflicts(kind, item_id)",
]


@migrations(name="0003_full_text_search")
def full_text_search(db: Database) -> None:
    """FTS5 indexes over article texts and claims, kept current by sqlite-utils' triggers."""
    db.table("article_versions").enable_fts(
        ["text"], fts_version="FTS5", create_triggers=True, tokenize="unicode61 remove_diacritics 2"
    )
    db.table("claims").enable_fts(
        ["quote_exact", "claim_reviewed", "claimant", "explanation"],
        fts_version="FTS5",
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 2",
    )
    _set_version(db, 3)


# Later migrations, one module each in storage/migrations/ (imported here, after `migrations`
# and `set_version` exist, so each module can register itself).
from annotator.storage.migrations import LATEST_MIGRATION  # noqa: E402

LATEST_VERSION = max(BASE_VERSION, LATEST_MIGRATION)
"""The newest schema this build knows; a file with a higher user_version is refused."""
