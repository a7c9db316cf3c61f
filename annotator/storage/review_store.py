"""SQL for the review workflow: comments, claim history, review decisions, blind reviews,
and the merge bookkeeping the Conflicts panel reads (tables of migration 0002)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from annotator.domain import Comment
from annotator.storage.history_values import history_rows
from annotator.storage.rows import comment_from_row, comment_to_row
from annotator.storage.store import ProjectStore


@dataclass(frozen=True)
class StoredComment:
    """A comment with the bookkeeping the domain dataclass does not carry."""

    comment: Comment
    resolved_by: str = ""
    resolved_at: str = ""
    modified_by: str = ""
    resolved_by_id: str = ""  # who resolved the thread (people.id); `resolved_by`: their name
    modified_by_id: str = ""  # who changed it last (people.id); `modified_by`: their name then
    row_number: int | None = None  # its SQLite rowid: comments of one millisecond keep their order


@dataclass(frozen=True)
class HistoryEntry:
    claim_id: str
    field: str  # a claim column, "position", "source", "created", "restored" or "deleted"
    old_value: str | None
    new_value: str | None
    changed_by: str
    changed_at: str
    changed_by_id: str = ""  # who made the change (people.id); `changed_by`: their name then


@dataclass(frozen=True)
class ReviewRecord:
    id: str
    claim_id: str
    reviewer: str
    decision: str  # the status the claim was moved to
    from_status: str
    note: str
    at: str
    reviewer_id: str = ""  # the reviewer's identity (people.id)
    reviewed_content: str = ""  # the claim's reviewed content when decided (set on insert)


@dataclass(frozen=True)
class ConflictRecord:
    id: str
    kind: str
    item_id: str
    mine: dict[str, Any] | None  # None: deleted on my side
    theirs: dict[str, Any] | None  # None: deleted on theirs
    mine_rev: str
    theirs_rev: str
    merge_id: str
    detected_at: str
    resolved_at: str
    resolved_by: str
    resolution: str

    @property
    def resolved(self) -> bool:
        return bool(self.resolved_at)


def _comment_from_row(row: dict[str, Any]) -> StoredComment:
    return StoredComment(
        comment_from_row(row),
        resolved_by=row["resolved_by"],
        resolved_at=row["resolved_at"],
        modified_by=row["modified_by"],
        resolved_by_id=row.get("resolved_by_id") or "",
        modified_by_id=row.get("modified_by_id") or "",
        row_number=row.get("row_number"),
    )


class ReviewStore:
    """Review tables of an open project (uses the project's connection and transactions)."""

    def __init__(self, store: ProjectStore) -> None:
        self.store = store
        self.db = store.db

    # -- comments --------------------------------------------------------------------------

    def insert_comment(
        self, comment: Comment, modified_by: str, modified_by_id: str, row_number: int | None = None
    ) -> None:
        """Insert `comment`; with `row_number` (an undo putting it back) at that rowid unless
        another comment has taken it since, so that it lists in its old place among comments
        written in the same millisecond (they list by time, then rowid)."""
        with self.store.transaction():
            row: dict[str, Any] = {
                **comment_to_row(comment),
                "modified_by": modified_by,
                "modified_by_id": modified_by_id,
            }
            if row_number is not None and not self.db.execute(
                "SELECT 1 FROM comments WHERE rowid = ?", [row_number]
            ).fetchone():
                row["rowid"] = row_number
            self.db.insert_rows("comments", [row])

    def get_comment(self, comment_id: str) -> StoredComment | None:
        sql = "SELECT rowid AS row_number, * FROM comments WHERE id = ?"
        rows = list(self.db.query(sql, [comment_id]))
        return _comment_from_row(rows[0]) if rows else None

    def all_comments(self) -> list[StoredComment]:
        return [
            _comment_from_row(r)
            for r in self.db.query(
                "SELECT rowid AS row_number, * FROM comments ORDER BY claim_id, created, rowid"
            )
        ]

    def comments_for_claim(self, claim_id: str) -> list[StoredComment]:
        return [
            _comment_from_row(r)
            for r in self.db.query(
                "SELECT rowid AS row_number, * FROM comments WHERE claim_id = ?"
                " ORDER BY created, rowid",
                [claim_id],
            )
        ]

    def update_comment(self, comment_id: str, values: dict[str, Any]) -> None:
        with self.store.transaction():
            if (
                self.db.execute("SELECT 1 FROM comments WHERE id = ?", [comment_id]).fetchone()
                is None
            ):
                raise KeyError(comment_id)
            self.db.update_row("comments", comment_id, values)

    def delete_comments(self, comment_ids: list[str]) -> None:
        with self.store.transaction():
            self.db.conn.executemany(
                "DELETE FROM comments WHERE id = ?", [(i,) for i in comment_ids]
            )

    def unresolved_counts(self) -> dict[str, int]:
        """Open threads (unresolved top-level comments) per claim."""
        return {
            row["claim_id"]: row["n"]
            for row in self.db.query(
                """SELECT claim_id, count(*) AS n FROM comments
                   WHERE parent_id IS NULL AND resolved = 0 GROUP BY claim_id"""
            )
        }

    # -- history and review decisions ------------------------------------------------------

    def history(self, claim_id: str) -> list[HistoryEntry]:
        return [
            HistoryEntry(
                r["claim_id"],
                r["field"],
                r["old_value"],
                r["new_value"],
                r["changed_by"],
                r["changed_at"],
                r.get("changed_by_id") or "",
            )
            for r in history_rows(
                self.db.conn,
                # An approval taken back by the rules (0006) is logged from inside the edit
                # that caused it: list it after that edit, the status change first, then the
                # approval taken back (in the same millisecond the rows' order would decide).
                """WHERE claim_id = ?
                   ORDER BY changed_at,
                            CASE WHEN field = 'approval' THEN 2
                                 WHEN field = 'status' AND old_value = 'approved'
                                      AND new_value = 'ready_for_review' THEN 1
                                 ELSE 0 END,
                            rowid""",
                [claim_id],
            )
        ]

    def add_review_record(self, record: ReviewRecord) -> None:
        """Store a decision with the claim's reviewed content as it is now (what was decided on)."""
        with self.store.transaction():
            self.db.execute(
                """INSERT INTO review_records
                       (id, claim_id, reviewer, decision, from_status, note, at, reviewer_id,
                        reviewed_content)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?,
                           coalesce((SELECT content FROM claim_reviewed_content
                                     WHERE claim_id = ?), ''))""",
                [
                    record.id, record.claim_id, record.reviewer, record.decision,
                    record.from_status, record.note, record.at, record.reviewer_id,
                    record.claim_id,
                ],
            )

    def review_records(self, claim_id: str | None = None) -> list[ReviewRecord]:
        where, params = ("WHERE claim_id = ?", [claim_id]) if claim_id else ("", [])
        return [
            ReviewRecord(**r)
            for r in self.db.query(
                f"SELECT * FROM review_records {where} ORDER BY at, rowid", params
            )
        ]

    # -- blind review ----------------------------------------------------------------------

    def blind_state(self, article_id: str, reviewer_id: str) -> tuple[str, str] | None:
        """(started_at, revealed_at) of the person's blind review of the article, if any (found
        by id: a rename keeps it, and two people of one name have one each)."""
        row = self.db.execute(
            """SELECT started_at, revealed_at FROM blind_reviews
               WHERE article_id = ? AND reviewer_id = ?""",
            [article_id, reviewer_id],
        ).fetchone()
        return (row[0], row[1]) if row else None

    def start_blind(self, article_id: str, reviewer_id: str, reviewer: str, now: str) -> None:
        with self.store.transaction():
            self.db.execute(
                """INSERT INTO blind_reviews
                       (article_id, reviewer, reviewer_id, started_at, revealed_at)
                   VALUES (?, ?, ?, ?, '')
                   ON CONFLICT (article_id, reviewer_id) DO UPDATE SET revealed_at = ''""",
                [article_id, reviewer, reviewer_id, now],
            )

    def reveal(self, article_id: str, reviewer_id: str, reviewer: str, now: str) -> None:
        with self.store.transaction():
            self.db.execute(
                """INSERT INTO blind_reviews
                       (article_id, reviewer, reviewer_id, started_at, revealed_at)
                   VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT (article_id, reviewer_id)
                   DO UPDATE SET revealed_at = excluded.revealed_at""",
                [article_id, reviewer, reviewer_id, now, now],
            )

    # -- merge bookkeeping -----------------------------------------------------------------

    def conflicts(self, *, include_resolved: bool = False) -> list[ConflictRecord]:
        where = "" if include_resolved else "WHERE resolved_at = ''"
        return [
            ConflictRecord(
                **{
                    **r,
                    "mine": json.loads(r["mine"]) if r["mine"] is not None else None,
                    "theirs": json.loads(r["theirs"]) if r["theirs"] is not None else None,
                }
            )
            for r in self.db.query(
                f"SELECT * FROM conflicts {where} ORDER BY detected_at, kind, item_id"
            )
        ]

    def conflict(self, conflict_id: str) -> ConflictRecord | None:
        return next((c for c in self.conflicts(include_resolved=True) if c.id == conflict_id), None)

    def merges(self) -> list[dict[str, Any]]:
        return [
            {**r, "summary": json.loads(r["summary"] or "{}")}
            for r in self.db.query("SELECT * FROM merges ORDER BY at, rowid")
        ]

    def merge_items(self, merge_id: str) -> list[tuple[str, str, str]]:
        """(kind, item id, action) of everything the merge brought or changed."""
        return [
            (r["kind"], r["item_id"], r["action"])
            for r in self.db.query(
                "SELECT * FROM merge_items WHERE merge_id = ? ORDER BY kind, item_id", [merge_id]
            )
        ]

    def merges_of_item(self, kind: str, item_id: str) -> list[tuple[str, str, str]]:
        """(merge id, merged at, action) of every merge that touched the item."""
        return [
            (r["merge_id"], r["at"], r["action"])
            for r in self.db.query(
                """SELECT i.merge_id, m.at, i.action
                   FROM merge_items i JOIN merges m ON m.id = i.merge_id
                   WHERE i.kind = ? AND i.item_id = ? ORDER BY m.at""",
                [kind, item_id],
            )
        ]
