"""0007: blind ratings and adjudications stored apart from claims; a published-report URL per article.

A blind second review used to make a second claim on the same passage; those claims are
turned into ratings of the passage's first claim here (when they carry nothing but a verdict
and an explanation), so an export publishes one claim per passage.
"""

from __future__ import annotations

import uuid
from typing import Any

from annotator.storage.schema import migrations, revision_trigger_ddl, set_version
from annotator.storage.sql_database import Database

VERSION = 7

RATING_COLUMNS = (
    "claim_id",
    "rater",
    "verdict_id",
    "explanation",
    "created",
    "modified",
    "modified_by",
)
ADJUDICATION_COLUMNS = (
    "claim_id",
    "verdict_id",
    "adjudicator",
    "note",
    "created",
    "modified",
    "modified_by",
)

_DDL = [
    # One rating per rater and claim: the id is derived from both (rating_id), so two copies
    # of a project that each hold the same person's rating merge it as one item.
    """CREATE TABLE ratings (
        id TEXT PRIMARY KEY,
        claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        rater TEXT NOT NULL,
        verdict_id TEXT,
        explanation TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        modified TEXT NOT NULL,
        modified_by TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX ratings_claim ON ratings(claim_id)",
    """CREATE TABLE adjudications (
        id TEXT PRIMARY KEY,
        claim_id TEXT NOT NULL UNIQUE REFERENCES claims(id) ON DELETE CASCADE,
        verdict_id TEXT,
        adjudicator TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        modified TEXT NOT NULL,
        modified_by TEXT NOT NULL DEFAULT ''
    )""",
    "ALTER TABLE articles ADD COLUMN report_url TEXT NOT NULL DEFAULT ''",
]


def rating_id(claim_id: str, rater: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"rating|{claim_id}|{rater}"))


def adjudication_id(claim_id: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"adjudication|{claim_id}"))


_NAMESPACE = uuid.UUID("0b6f3f8e-5a52-4c1e-9f43-7d7f2b1e0a07")


@migrations(name="0007_ratings")
def ratings_and_adjudication(db: Database) -> None:
    for statement in _DDL:
        db.execute(statement)
    for kind, table, columns in (
        ("rating", "ratings", RATING_COLUMNS),
        ("adjudication", "adjudications", ADJUDICATION_COLUMNS),
    ):
        for statement in revision_trigger_ddl(kind, table, columns):
            db.execute(statement)
    _blind_claims_to_ratings(db)
    set_version(db, VERSION)


def _blind_claims_to_ratings(db: Database) -> None:
    """A blind reviewer's claim overlapping an earlier colleague's claim becomes a rating of it."""
    blind = db.execute("SELECT article_id, reviewer FROM blind_reviews").fetchall()
    for article_id, reviewer in blind:
        rows = [
            dict(
                zip(
                    (
                        "id",
                        "start",
                        "end",
                        "author",
                        "verdict_id",
                        "explanation",
                        "created",
                        "modified",
                    ),
                    r,
                    strict=True,
                )
            )
            for r in db.execute(
                """SELECT id, position_start, position_end, author, verdict_id, explanation, created, modified
                   FROM claims WHERE article_id = ? ORDER BY created, id""",
                [article_id],
            ).fetchall()
        ]
        rated: set[str] = set()
        for mine in (r for r in rows if r["author"] == reviewer and _bare(db, r["id"])):
            target = _best_overlap(
                mine, [r for r in rows if r["author"] != reviewer and r["id"] not in rated]
            )
            if target is None:
                continue
            rated.add(target["id"])
            db.execute(
                """INSERT INTO ratings (id, claim_id, rater, verdict_id, explanation, created, modified, modified_by)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                [rating_id(target["id"], reviewer), target["id"], reviewer, mine["verdict_id"], mine["explanation"],
                 mine["created"], mine["modified"], reviewer],
            )  # fmt: skip
            db.execute("DELETE FROM claims WHERE id = ?", [mine["id"]])


def _bare(db: Database, claim_id: str) -> bool:
    """Nothing but a verdict: no sources and no comments that a conversion would lose."""
    for table in ("sources", "comments"):
        if db.execute(f"SELECT 1 FROM {table} WHERE claim_id = ?", [claim_id]).fetchone():
            return False
    return True


def _best_overlap(mine: dict[str, Any], others: list[dict[str, Any]]) -> dict[str, Any] | None:
    best, best_share = None, 0.0
    for other in others:
        if other["created"] > mine["created"]:
            continue
        common = min(mine["end"], other["end"]) - max(mine["start"], other["start"])
        union = max(mine["end"], other["end"]) - min(mine["start"], other["start"])
        if common > 0 and common / union > best_share:
            best, best_share = other, common / union
    return best
