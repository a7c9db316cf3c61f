"""SQL for blind ratings and adjudications (tables of migration 0007, merge-tracked kinds)."""

from __future__ import annotations

from typing import Any

from annotator.domain.rating import Adjudication, Rating
from annotator.storage.migrations.m0007_ratings import adjudication_id, rating_id
from annotator.storage.sql_database import Database
from annotator.storage.store import ProjectStore

_RATING_COLUMNS = "id, claim_id, rater, verdict_id, explanation, created, modified, rater_id"


class RatingsStore:
    """Ratings of an open project (uses the project's connection and transactions)."""

    def __init__(self, store: ProjectStore) -> None:
        self.store = store
        self.db = store.db

    def put_rating(self, rating: Rating, modified_by: str) -> None:
        """Insert or update the rater's one rating of the claim (an update keeps its revision
        chain). The rating is the rater's by id: a rename does not make a second one."""
        key = rating.id or rating_id(rating.claim_id, rating.rater_id or rating.rater)
        with self.store.transaction():
            mine = self.db.execute(
                "SELECT id FROM ratings WHERE claim_id = ? AND rater_id = ?",
                [rating.claim_id, rating.rater_id],
            ).fetchone()
            key = mine[0] if mine else key
            _update_else_insert(
                self.db,
                """UPDATE ratings SET verdict_id = ?, explanation = ?, modified = ?, modified_by = ?
                   WHERE id = ?""",
                [rating.verdict_id, rating.explanation, rating.modified, modified_by, key],
                f"INSERT INTO ratings ({_RATING_COLUMNS}, modified_by) VALUES (?, ?, ?, ?, ?, ?, "
                "?, ?, ?)",
                [key, rating.claim_id, rating.rater, rating.verdict_id, rating.explanation,
                 rating.created, rating.modified, rating.rater_id, modified_by],
            )  # fmt: skip

    def delete_rating(self, claim_id: str, rater_id: str) -> None:
        with self.store.transaction():
            self.db.execute(
                "DELETE FROM ratings WHERE claim_id = ? AND rater_id = ?", [claim_id, rater_id]
            )

    def ratings(self, claim_ids: list[str] | None = None) -> list[Rating]:
        """Ratings of the given claims (all when None), oldest first."""
        rows = self.db.execute(
            f"SELECT {_RATING_COLUMNS} FROM ratings ORDER BY created, rowid"
        ).fetchall()
        wanted = None if claim_ids is None else set(claim_ids)
        return [Rating(*row) for row in rows if wanted is None or row[1] in wanted]

    def put_adjudication(self, adjudication: Adjudication) -> None:
        key = adjudication_id(adjudication.claim_id)
        with self.store.transaction():
            _update_else_insert(
                self.db,
                """UPDATE adjudications SET verdict_id = ?, adjudicator = ?, note = ?, modified = ?,
                       modified_by = ?, adjudicator_id = ? WHERE id = ?""",
                [
                    adjudication.verdict_id,
                    adjudication.adjudicator,
                    adjudication.note,
                    adjudication.at,
                    adjudication.adjudicator,
                    adjudication.adjudicator_id,
                    key,
                ],
                """INSERT INTO adjudications
                       (id, claim_id, verdict_id, adjudicator, note, created, modified, modified_by,
                        adjudicator_id)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [
                    key,
                    adjudication.claim_id,
                    adjudication.verdict_id,
                    adjudication.adjudicator,
                    adjudication.note,
                    adjudication.at,
                    adjudication.at,
                    adjudication.adjudicator,
                    adjudication.adjudicator_id,
                ],
            )

    def delete_adjudication(self, claim_id: str) -> None:
        with self.store.transaction():
            self.db.execute("DELETE FROM adjudications WHERE id = ?", [adjudication_id(claim_id)])

    def adjudications(self) -> dict[str, Adjudication]:
        rows = self.db.execute(
            """SELECT claim_id, verdict_id, adjudicator, note, modified, adjudicator_id
               FROM adjudications"""
        ).fetchall()
        return {row[0]: Adjudication(*row) for row in rows}

    def verdict_setters(self) -> dict[str, tuple[str, str]]:
        """Claim id → (id, name then) of who last set its verdict (from the claim history; the
        author if never changed).

        Only history lines at or before the claim's own `modified` count: an undo puts back an
        older row and logs the restoration later than that row's stamp, so taking a change back
        does not make the undoer the setter of the verdict it restored."""
        rows = self.db.execute(
            """SELECT c.id, coalesce(h.changed_by_id, c.author_id), coalesce(h.changed_by, c.author)
               FROM claims c LEFT JOIN claim_history h ON h.rowid =
                   (SELECT h2.rowid FROM claim_history h2
                    WHERE h2.claim_id = c.id AND h2.field = 'verdict_id'
                          AND h2.changed_at <= c.modified
                    ORDER BY h2.changed_at DESC, h2.rowid DESC LIMIT 1)"""
        ).fetchall()
        return {claim_id: (who_id, who) for claim_id, who_id, who in rows}


def _update_else_insert(
    db: Database, update: str, update_args: list[Any], insert: str, insert_args: list[Any]
) -> None:
    """An UPDATE, or an INSERT when no row matched; not an upsert: the upsert's ON CONFLICT
    overrides the revision triggers' own INSERT OR REPLACE into item_revs, which then fails."""
    if db.execute(update, update_args).rowcount == 0:
        db.execute(insert, insert_args)
