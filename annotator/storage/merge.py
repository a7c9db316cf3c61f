"""Merging a colleague's project file into mine (the SQL half; see docs/REVIEW.md).

Items (articles, claims, sources, comments) are matched by id, articles also by
identical current text. Whether a side changed an item "since we last agreed" is
read from revision ids: every change gives an item a new random revision and each
file keeps every revision each item has passed through (`revisions`). If their
current revision is one I have passed through, I am up to date or ahead; if mine
is one they have passed through, they are ahead and I take theirs; otherwise both
changed it: a conflict. Both versions are kept in `conflicts`; the claim table gets
a deterministic winner (the later `modified`, then the larger revision), so merging
A into B and B into A leave the same claims.

The other file is only read (opened read-only, or a migrated temporary copy if it
is older), everything is read before my file is touched, and all writes happen in
one transaction: a damaged or foreign file, or any failure, leaves my project as it was.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

from annotator.errors import ProjectError, msg
from annotator.storage.capture_store import write_evidence
from annotator.storage.merge_apply import (
    apply_plan,
    log_merge,
    quote_name,
    resolve_conflict_rows,
    upsert_rows,
)
from annotator.storage.merge_plan import ACTIONS, Conflict, MergeReport, Plan, Planner
from annotator.storage.merge_read import (
    KIND_BY_NAME,
    KINDS,
    ItemKind,
    OtherProject,
    Row,
    Side,
    open_other,
    query,
    read_other,
    read_side,
)
from annotator.storage.migrations.m0012_person_ids import blind_reviewer_id
from annotator.storage.store import ProjectStore

__all__ = [
    "ACTIONS",
    "KINDS",
    "KIND_BY_NAME",
    "Conflict",
    "ItemKind",
    "MergeReport",
    "OtherProject",
    "Plan",
    "Planner",
    "Row",
    "Side",
    "apply_plan",
    "merge_into",
    "open_other",
    "quote_name",
    "read_other",
    "read_side",
    "resolve_conflict",
    "resolve_conflict_rows",
    "upsert_rows",
]


def merge_into(
    store: ProjectStore,
    other: str | Path | OtherProject,
    *,
    merged_by: str,
    now: str,
    read_mine: Callable[[sqlite3.Connection, Side], Side] | None = None,
) -> MergeReport:
    """Merge the colleague's project (a path, or one already read) into `store`, in one
    transaction.

    `read_mine(conn, theirs)` reads my side (default: all of it); a hub pull reads only the
    items the merge can touch (storage/hub_side.py).

    Raises ProjectError (and leaves my file untouched) if the other file is not a
    sound project or its content cannot be merged.
    """
    if not isinstance(other, OtherProject):
        other = read_other(other, store.path)
    report = MergeReport(other=str(other.path))
    try:
        with store.transaction():
            _merge_in_transaction(
                store.db.conn, other, report, merged_by=merged_by, now=now, read_mine=read_mine
            )
    except sqlite3.IntegrityError as error:
        raise ProjectError(
            msg("{name} holds data that does not fit this project ({error}); nothing was merged.",
                name=other.path.name, error=error)
        ) from error
    except ProjectError as error:  # the store's own plain-language translation of SQLite errors
        raise ProjectError(
            msg("Merging {name} failed, nothing was merged: {error}", name=other.path.name,
                error=error)
        ) from error
    return report


def _merge_in_transaction(
    conn: sqlite3.Connection,
    other: OtherProject,
    report: MergeReport,
    *,
    merged_by: str,
    now: str,
    read_mine: Callable[[sqlite3.Connection, Side], Side] | None = None,
) -> None:
    """Read my side, plan, check, write, and log the merge if it changed anything."""
    theirs, versions = other.side, other.versions
    extras = {table: list(rows) for table, rows in other.extras.items()}
    mine = read_side(conn) if read_mine is None else read_mine(conn, theirs)
    mine_blind = {
        (r["article_id"], blind_reviewer_id(r)): r
        for r in query(conn, "SELECT * FROM blind_reviews")
    }
    extras["blind_reviews"] = [r for r in extras["blind_reviews"] if _blind_news(r, mine_blind)]
    _check_text_divergence(conn, mine, theirs, versions)
    plan = Planner(mine, theirs, versions, report).run()
    _check_version_clashes(conn, plan)
    merge_row = {
        "id": str(uuid.uuid4()),
        "at": now,
        "merged_by": merged_by,
        "other_name": other.path.name,
        "other_project_id": theirs.project_id,
    }
    before = conn.total_changes
    apply_plan(conn, plan, mine, theirs, extras, merge_row)
    report.captures_added = write_evidence(conn, other.evidence)
    if conn.total_changes - before > 2:  # more than setting and clearing the flag
        report.merge_id = merge_row["id"]
        log_merge(conn, plan, merge_row, report)


def _blind_news(theirs: Row, mine: dict[tuple[str, str], Row]) -> bool:
    known = mine.get((theirs["article_id"], blind_reviewer_id(theirs)))
    return (
        known is None
        or theirs["started_at"] < known["started_at"]
        or theirs["revealed_at"] > known["revealed_at"]
    )


def _check_text_divergence(
    conn: sqlite3.Connection, mine: Side, theirs: Side, versions: dict[str, list[Row]]
) -> None:
    """Refuse when both sides gave an article a new text and neither text descends from the
    other: the article row alone can look the same (same title, same version number)."""
    diverged = []
    for article_id, their_hash in theirs.article_hashes.items():
        my_hash = mine.article_hashes.get(article_id)
        if my_hash is None or my_hash == their_hash:
            continue
        my_hashes = {
            h for (h,) in conn.execute(
                "SELECT text_hash FROM article_versions WHERE article_id = ?", [article_id]
            )
        }  # fmt: skip
        their_hashes = {v["text_hash"] for v in versions.get(article_id, ())}
        if their_hash not in my_hashes and my_hash not in their_hashes:
            diverged.append(mine.rows["article"].get(article_id, {}).get("title", article_id))
    if diverged:
        raise ProjectError(
            msg("Both projects changed the text of the same article differently ({articles}); "
                "update the text in one of them to the other's first. Nothing was merged.",
                articles=", ".join(repr(t) for t in diverged))
        )


def _check_version_clashes(conn: sqlite3.Connection, plan: Plan) -> None:
    """Refuse to overwrite an article version number that holds a different text here."""
    if not plan.article_versions:
        return
    mine = {
        (r[0], r[1]): r[2]
        for r in conn.execute("SELECT article_id, version, text_hash FROM article_versions")
    }
    clashing = {
        v["article_id"]
        for v in plan.article_versions
        if (v["article_id"], v["version"]) in mine
        and mine[(v["article_id"], v["version"])] != v["text_hash"]
    }
    if clashing:
        raise ProjectError(
            msg("Both projects changed the text of the same article differently ({length} "
                "article(s)); re-import the text in one of them first. Nothing was merged.",
                length=len(clashing))
        )


def resolve_conflict(
    store: ProjectStore,
    conflict_id: str,
    row: Row | None,
    *,
    resolved_by: str,
    resolution: str,
    now: str,
) -> tuple[str, str]:
    """`resolve_conflict_rows` in a transaction of its own on `store`."""
    with store.transaction():
        return resolve_conflict_rows(
            store.db.conn,
            conflict_id,
            row,
            resolved_by=resolved_by,
            resolution=resolution,
            now=now,
        )

