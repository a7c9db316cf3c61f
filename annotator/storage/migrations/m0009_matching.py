"""0009: the fact-check archive, its match index, and check-worthiness decisions and models.

`factchecks` holds imported ClaimReviews (reference material, apart from `claims`).
`match_index` is one FTS5 table (Porter stemming) over the archive and the project's own
approved claims: fact-checks use their own rowid, claims the negated rowid of `claims`, and
triggers keep both current, so a match query never has to rebuild anything.
"""

from __future__ import annotations

from annotator.storage.schema import migrations, set_version
from annotator.storage.sql_database import Database

VERSION = 9

_CLAIM_BODY = "new.claim_reviewed || ' ' || new.quote_exact || ' ' || new.claimant"

_DDL = [
    """CREATE TABLE factchecks (
        id TEXT PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        url TEXT NOT NULL DEFAULT '',
        identifier TEXT NOT NULL DEFAULT '',
        claim_reviewed TEXT NOT NULL DEFAULT '',
        headline TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        verdict TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        organisation_url TEXT NOT NULL DEFAULT '',
        date_published TEXT NOT NULL DEFAULT '',
        claimant TEXT NOT NULL DEFAULT '',
        claim_date TEXT NOT NULL DEFAULT '',
        appearance_url TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL DEFAULT '',
        content_hash TEXT NOT NULL,
        source_file TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE VIRTUAL TABLE match_index USING fts5(
        body, tokenize = 'porter unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER factchecks_index_insert AFTER INSERT ON factchecks BEGIN
        INSERT INTO match_index (rowid, body) VALUES (new.rowid, new.search_text);
    END""",
    """CREATE TRIGGER factchecks_index_update AFTER UPDATE OF search_text ON factchecks BEGIN
        DELETE FROM match_index WHERE rowid = old.rowid;
        INSERT INTO match_index (rowid, body) VALUES (new.rowid, new.search_text);
    END""",
    """CREATE TRIGGER factchecks_index_delete AFTER DELETE ON factchecks BEGIN
        DELETE FROM match_index WHERE rowid = old.rowid;
    END""",
    f"""CREATE TRIGGER claims_match_insert AFTER INSERT ON claims
        WHEN new.status = 'approved' BEGIN
        INSERT INTO match_index (rowid, body) VALUES (-new.rowid, {_CLAIM_BODY});
    END""",
    f"""CREATE TRIGGER claims_match_update AFTER UPDATE ON claims BEGIN
        DELETE FROM match_index WHERE rowid = -old.rowid;
        INSERT INTO match_index (rowid, body)
            SELECT -new.rowid, {_CLAIM_BODY} WHERE new.status = 'approved';
    END""",
    """CREATE TRIGGER claims_match_delete AFTER DELETE ON claims BEGIN
        DELETE FROM match_index WHERE rowid = -old.rowid;
    END""",
    """CREATE TABLE suggestion_decisions (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position_start INTEGER NOT NULL,
        position_end INTEGER NOT NULL,
        text TEXT NOT NULL,
        decision TEXT NOT NULL CHECK (decision IN ('accepted', 'dismissed')),
        score REAL NOT NULL DEFAULT 0,
        claim_id TEXT,
        decided_by TEXT NOT NULL DEFAULT '',
        decided_at TEXT NOT NULL,
        UNIQUE (article_id, position_start, position_end)
    )""",
    """CREATE TABLE checkworthy_models (
        name TEXT PRIMARY KEY,
        model TEXT NOT NULL,
        trained_on INTEGER NOT NULL,
        trained_by TEXT NOT NULL DEFAULT '',
        trained_at TEXT NOT NULL
    )""",
]


@migrations(name="0009_matching")
def matching(db: Database) -> None:
    for statement in _DDL:
        db.execute(statement)
    db.execute(
        """INSERT INTO match_index (rowid, body)
           SELECT -rowid, claim_reviewed || ' ' || quote_exact || ' ' || claimant
           FROM claims WHERE status = 'approved'"""
    )
    set_version(db, VERSION)
