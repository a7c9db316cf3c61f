"""0006: approvals bound to the content they approved, and people as identities.

Adds `people` (id, display name), `claims.author_id`, `review_records.reviewer_id` and
`review_records.reviewed_content`, the views `claim_reviewed_content` and `claim_approval`,
and triggers that send an approved claim back to "ready for review" (with a line in its
history) as soon as its approval no longer covers it. Triggers, so every write path (the
window, the command line, imports, undo, other SQLite tools) is covered; merges and restores
pause them and check once at the end (`storage/approvals.py`).
"""

from __future__ import annotations

from annotator.domain.dates import utc_now
from annotator.domain.people import legacy_person_id
from annotator.storage.schema import migrations, set_version
from annotator.storage.sql_database import Database

VERSION = 6

_ACTIVE = (
    "NOT EXISTS (SELECT 1 FROM merge_in_progress) "
    "AND NOT EXISTS (SELECT 1 FROM approval_check_paused)"
)
_SELF_OK = (
    "EXISTS (SELECT 1 FROM project_meta WHERE key = 'allow_self_approval' "
    "AND lower(trim(value)) IN ('1', 'true', 'yes'))"
)
_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
_HISTORY = (
    "INSERT INTO claim_history (claim_id, field, old_value, new_value, changed_by, changed_at)"
)
_SOURCE_ITEM = (
    "json_array(url, title, publisher, source_author, source_date, archive_url, excerpt, "
    "locator, kind, stance)"
)
CONTENT_VIEW = f"""CREATE VIEW claim_reviewed_content AS
    SELECT c.id AS claim_id,
           json_array(c.quote_exact, c.claim_reviewed, c.claimant, c.claim_date, c.verdict_id,
                      c.explanation,
                      (SELECT json_group_array(json(s.item)) FROM
                          (SELECT {_SOURCE_ITEM} AS item FROM sources
                           WHERE claim_id = c.id ORDER BY position, id) AS s)) AS content
    FROM claims c"""


def _approved_by_other(alias: str, *, same_content: bool) -> str:
    content = (
        f" AND r.reviewed_content = (SELECT content FROM claim_reviewed_content "
        f"WHERE claim_id = {alias}.id)"
        if same_content
        else ""
    )
    return (
        f"EXISTS (SELECT 1 FROM review_records r WHERE r.claim_id = {alias}.id "
        f"AND r.decision = 'approved' AND r.reviewer_id <> '' "
        f"AND (r.reviewer_id IS NOT {alias}.author_id OR {_SELF_OK}){content})"
    )


def valid_approval(alias: str) -> str:
    """SQL: an approval by someone other than the author covers the claim's current content."""
    return _approved_by_other(alias, same_content=True)


APPROVAL_VIEW = f"""CREATE VIEW claim_approval AS
    SELECT c.id AS claim_id, c.status AS status,
           CASE WHEN {valid_approval('c')} THEN 'current'
                WHEN {_approved_by_other('c', same_content=False)} THEN 'stale'
                WHEN EXISTS (SELECT 1 FROM review_records r
                             WHERE r.claim_id = c.id AND r.decision = 'approved') THEN 'own'
                ELSE 'none' END AS approval
    FROM claims c"""

_REASON_BY_STATE = """CASE (SELECT approval FROM claim_approval WHERE claim_id = {id})
    WHEN 'stale' THEN 'approval voided: the reviewed content changed after it was approved'
    WHEN 'own' THEN 'not approved: its only approval is by its author'
    ELSE 'not approved: no approval of this content by someone other than its author' END"""

_CLAIM_CONTENT_FIELDS = (
    ("quote_exact", "quote"), ("claim_reviewed", "claim as checked"), ("claimant", "claimant"),
    ("claim_date", "claim date"), ("verdict_id", "verdict"), ("explanation", "explanation"),
)  # fmt: skip


def _changed_fields() -> str:
    parts = " || ".join(
        f"CASE WHEN OLD.{column} IS NOT NEW.{column} THEN ', {label}' ELSE '' END"
        for column, label in _CLAIM_CONTENT_FIELDS
    )
    return f"substr({parts}, 3)"


def _demote(claim_id: str, reason: str, who: str) -> str:
    return f"""{_HISTORY} VALUES ({claim_id}, 'approval', 'approved', {reason}, {who}, {_NOW});
        UPDATE claims SET status = 'ready_for_review' WHERE id = {claim_id};"""


def trigger_ddl() -> list[str]:
    changed = _changed_fields()
    claim_reason = (
        f"CASE WHEN OLD.status = 'approved' AND {changed} <> '' "
        f"THEN 'approval voided: ' || {changed} || ' changed after it was approved' "
        f"ELSE {_REASON_BY_STATE.format(id='NEW.id')} END"
    )
    source_reason = "'approval voided: its sources changed after it was approved'"
    statements = [
        f"""CREATE TRIGGER claims_approval_insert AFTER INSERT ON claims
            WHEN NEW.status = 'approved' AND {_ACTIVE} AND NOT {valid_approval('NEW')} BEGIN
            {_demote('NEW.id', _REASON_BY_STATE.format(id='NEW.id'), 'NEW.modified_by')}
        END""",
        f"""CREATE TRIGGER claims_approval_update AFTER UPDATE ON claims
            WHEN NEW.status = 'approved' AND {_ACTIVE} AND NOT {valid_approval('NEW')} BEGIN
            {_demote('NEW.id', claim_reason, 'NEW.modified_by')}
        END""",
    ]
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        statements.append(
            f"""CREATE TRIGGER sources_approval_{event.lower()} AFTER {event} ON sources
                WHEN {_ACTIVE} AND EXISTS (SELECT 1 FROM claims c WHERE c.id = {row}.claim_id
                    AND c.status = 'approved' AND NOT {valid_approval('c')}) BEGIN
                {_demote(f'{row}.claim_id', source_reason, f'{row}.modified_by')}
            END"""
        )
    return statements


# The full-text index must follow only changes to the text it indexes: the approval triggers
# change a claim's status from inside another trigger, and an index update fired there would
# remove text the outer statement has not indexed yet (a damaged FTS5 index).
def fts_update_trigger(columns: list[str]) -> str:
    """`claims_au`, firing only when one of the indexed `columns` is written."""
    return f"""CREATE TRIGGER claims_au AFTER UPDATE OF {', '.join(columns)} ON claims BEGIN
    INSERT INTO claims_fts (claims_fts, rowid, {', '.join(columns)})
        VALUES ('delete', old.rowid, {', '.join(f'old.{c}' for c in columns)});
    INSERT INTO claims_fts (rowid, {', '.join(columns)})
        VALUES (new.rowid, {', '.join(f'new.{c}' for c in columns)});
END"""


def _indexed_claim_columns(db: Database) -> list[str]:
    """The columns claims_fts indexes in this file (0003's four, and `tags` since 0004)."""
    return [row[1] for row in db.execute("PRAGMA table_info(claims_fts)").fetchall()]


_DDL = [
    """CREATE TABLE people (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        updated_at TEXT NOT NULL DEFAULT ''
    )""",
    "ALTER TABLE claims ADD COLUMN author_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE comments ADD COLUMN author_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE review_records ADD COLUMN reviewer_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE review_records ADD COLUMN reviewed_content TEXT NOT NULL DEFAULT ''",
    "CREATE TABLE approval_check_paused (flag INTEGER PRIMARY KEY)",
    CONTENT_VIEW,
    APPROVAL_VIEW,
]


def _backfill_people(db: Database) -> None:
    """Every name in the file becomes a person whose id derives from the name."""
    names = {
        row[0]
        for table, column in (
            ("claims", "author"), ("claims", "modified_by"), ("review_records", "reviewer"),
            ("comments", "author"), ("sources", "author"), ("articles", "author"),
        )  # fmt: skip
        for row in db.execute(f"SELECT DISTINCT {column} FROM {table}").fetchall()
        if row[0] and row[0].strip()
    }
    now = utc_now()
    ids = {name: legacy_person_id(name) for name in names}
    db.conn.executemany(
        "INSERT OR IGNORE INTO people (id, name, updated_at) VALUES (?, ?, ?)",
        [(person_id, " ".join(name.split()), now) for name, person_id in sorted(ids.items())],
    )
    db.conn.executemany(
        "UPDATE claims SET author_id = ? WHERE author = ?", [(i, n) for n, i in ids.items()]
    )
    db.conn.executemany(
        "UPDATE comments SET author_id = ? WHERE author = ?", [(i, n) for n, i in ids.items()]
    )
    db.conn.executemany(
        "UPDATE review_records SET reviewer_id = ? WHERE reviewer = ?",
        [(i, n) for n, i in ids.items()],
    )


def _backfill_approved_content(db: Database) -> None:
    """An approved claim's newest approval is taken to cover what the claim says now."""
    db.execute(
        """UPDATE review_records SET reviewed_content =
               (SELECT content FROM claim_reviewed_content WHERE claim_id = review_records.claim_id)
           WHERE id IN (SELECT (SELECT r.id FROM review_records r
                                WHERE r.claim_id = c.id AND r.decision = 'approved'
                                ORDER BY r.at DESC, r.rowid DESC LIMIT 1)
                        FROM claims c WHERE c.status = 'approved')"""
    )


@migrations(name="0006_approvals_and_identities")
def approvals_and_identities(db: Database) -> None:
    from annotator.storage.approvals import enforce_approvals

    db.execute("DROP TRIGGER IF EXISTS claims_au")
    db.execute(fts_update_trigger(_indexed_claim_columns(db)))
    for statement in _DDL:
        db.execute(statement)
    _backfill_people(db)
    _backfill_approved_content(db)
    for statement in trigger_ddl():
        db.execute(statement)
    enforce_approvals(db.conn, changed_by="upgrade to schema 6")
    set_version(db, VERSION)
