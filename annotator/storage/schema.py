"""The project file's schema, as ordered, named migrations.

Each migration runs in its own transaction (sqlite-utils `Migrations`) and sets
`PRAGMA user_version` to its number, so any SQLite tool can tell which schema a
file has. A released migration is never edited: add a new one instead, and
document the change in docs/SCHEMA.md.
"""

from __future__ import annotations

import uuid

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from annotator.domain.verdict import DEFAULT_SCALE

APPLICATION_ID = 0x416E6E6F  # "Anno": marks the file as an Annotator project
migrations = Migrations("annotator")


def _set_version(db: Database, version: int) -> None:
    db.execute(f"PRAGMA user_version = {int(version)}")


@migrations(name="0001_initial")
def initial_schema(db: Database) -> None:
    for statement in _INITIAL_DDL:
        db.execute(statement)
    db["project_meta"].insert_all(
        [
            {"key": "project_id", "value": str(uuid.uuid4())},
            {"key": "organisation_name", "value": ""},
            {"key": "organisation_url", "value": ""},
            {"key": "report_url", "value": ""},
            {"key": "methodology", "value": ""},
            {"key": "corrections_policy", "value": ""},
        ]
    )
    db["verdicts"].insert_all(
        [
            {"id": str(uuid.uuid4()), "label": label, "colour": colour, "value": value, "position": i}
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

LATEST_VERSION = 1
"""The newest schema this build knows; a file with a higher user_version is refused."""
