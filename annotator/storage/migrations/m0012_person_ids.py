"""0012: blind reviews, ratings, adjudications, sources, history and resolutions carry person ids.

Adds `ratings.rater_id`, `adjudications.adjudicator_id`, `sources.author_id`,
`claim_history.changed_by_id` and `comments.resolved_by_id`, and rebuilds `blind_reviews` keyed
by `(article_id, reviewer_id)`, so a rename does not end a blind review and two people of one
name do not share one. Every existing name gets its legacy id (`legacy_person_id`) and a row in
`people`, as 0006 did. The new columns are not among the columns the revision triggers compare,
and approval checks are paused while they are filled in: the upgrade changes no revision and
demotes no approved claim.
"""

from __future__ import annotations

from annotator.domain.dates import utc_now
from annotator.domain.people import legacy_person_id
from annotator.storage.schema import migrations, set_version
from annotator.storage.sql_database import Database

VERSION = 12

ID_COLUMNS = (
    ("ratings", "rater", "rater_id"),
    ("adjudications", "adjudicator", "adjudicator_id"),
    ("sources", "author", "author_id"),
    ("claim_history", "changed_by", "changed_by_id"),
    ("comments", "resolved_by", "resolved_by_id"),
)
"""(table, name column, id column) of every record this migration gives a person id."""

_BLIND_TABLE = """CREATE TABLE blind_reviews (
        article_id TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        reviewer_id TEXT NOT NULL,
        started_at TEXT NOT NULL,
        revealed_at TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (article_id, reviewer_id)
    )"""

_INDEXES = [
    "CREATE INDEX ratings_rater ON ratings(claim_id, rater_id)",
    # The rows `storage/person_stamp.py` looks for before each commit: a few at most.
    "CREATE INDEX claim_history_unstamped ON claim_history(changed_by) WHERE changed_by_id = ''",
    "CREATE INDEX sources_unstamped ON sources(author) WHERE author_id = ''",
]


def _names(db: Database) -> set[str]:
    columns = [(t, n) for t, n, _ in ID_COLUMNS] + [("blind_reviews", "reviewer")]
    return {
        row[0]
        for table, column in columns
        for row in db.execute(f"SELECT DISTINCT {column} FROM {table}").fetchall()
        if row[0] and row[0].strip()
    }


def _rebuild_blind_reviews(db: Database) -> None:
    rows = db.execute(
        "SELECT article_id, reviewer, started_at, revealed_at FROM blind_reviews"
    ).fetchall()
    db.execute("DROP TABLE blind_reviews")
    db.execute(_BLIND_TABLE)
    db.conn.executemany(
        """INSERT INTO blind_reviews (article_id, reviewer, reviewer_id, started_at, revealed_at)
           VALUES (?, ?, ?, ?, ?)""",
        [(a, who, legacy_person_id(who), s, r) for a, who, s, r in rows],
    )


@migrations(name="0012_person_ids")
def person_ids(db: Database) -> None:
    names = _names(db)
    now = utc_now()
    ids = {name: legacy_person_id(name) for name in names}
    db.conn.executemany(
        "INSERT OR IGNORE INTO people (id, name, updated_at) VALUES (?, ?, ?)",
        [(person_id, " ".join(name.split()), now) for name, person_id in sorted(ids.items())],
    )
    paused = db.execute("SELECT 1 FROM approval_check_paused").fetchone() is not None
    if not paused:
        db.execute("INSERT INTO approval_check_paused (flag) VALUES (1)")
    for table, name_column, id_column in ID_COLUMNS:
        db.execute(f"ALTER TABLE {table} ADD COLUMN {id_column} TEXT NOT NULL DEFAULT ''")
        db.conn.executemany(
            f"UPDATE {table} SET {id_column} = ? WHERE {name_column} = ?",
            [(person_id, name) for name, person_id in ids.items()],
        )
    if not paused:
        db.execute("DELETE FROM approval_check_paused")
    _rebuild_blind_reviews(db)
    for statement in _INDEXES:
        db.execute(statement)
    set_version(db, VERSION)


def blind_reviewer_id(row: dict[str, object]) -> str:
    """The reviewer's id of a blind_reviews row (one from before 0012: their name's legacy id)."""
    return str(row.get("reviewer_id") or legacy_person_id(str(row["reviewer"])))
