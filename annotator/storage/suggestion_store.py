"""SQL for check-worthiness decisions and a project's retrained model (migration 0009)."""

from __future__ import annotations

from dataclasses import dataclass

from annotator.storage.store import ProjectStore


@dataclass(frozen=True)
class Decision:
    id: str
    article_id: str
    start: int
    end: int
    text: str
    decision: str  # "accepted" | "dismissed"
    score: float
    claim_id: str | None
    decided_by: str
    decided_at: str


_COLUMNS = (
    "id, article_id, position_start, position_end, text, decision, score, claim_id, decided_by, "
    "decided_at"
)


class SuggestionStore:
    def __init__(self, store: ProjectStore) -> None:
        self.store = store
        self.db = store.db

    def record(self, decision: Decision) -> None:
        """Store a decision; a later one on the same span replaces the earlier."""
        with self.store.transaction():
            self.db.execute(
                f"INSERT OR REPLACE INTO suggestion_decisions ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, "
                "?, ?, ?, ?, ?)",
                [decision.id, decision.article_id, decision.start, decision.end, decision.text,
                 decision.decision, decision.score, decision.claim_id, decision.decided_by,
                 decision.decided_at],
            )  # fmt: skip

    def remove(self, article_id: str, start: int, end: int) -> None:
        with self.store.transaction():
            self.db.execute(
                "DELETE FROM suggestion_decisions WHERE article_id = ? AND position_start = ? AND "
                "position_end = ?",
                [article_id, start, end],
            )

    def decisions(self, article_id: str | None = None) -> list[Decision]:
        where, params = ("WHERE article_id = ?", [article_id]) if article_id else ("", [])
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM suggestion_decisions {where} ORDER BY decided_at, rowid",
            params,
        ).fetchall()
        return [Decision(*row) for row in rows]

    def model(self, name: str) -> tuple[str, int, str] | None:
        """(model JSON, sentences trained on, trained_at) of a stored model."""
        row = self.db.execute(
            "SELECT model, trained_on, trained_at FROM checkworthy_models WHERE name = ?", [name]
        ).fetchone()
        return (row[0], row[1], row[2]) if row else None

    def put_model(self, name: str, model_json: str, trained_on: int, author: str, now: str) -> None:
        with self.store.transaction():
            self.db.execute(
                """INSERT OR REPLACE INTO checkworthy_models
                       (name, model, trained_on, trained_by, trained_at)
                   VALUES (?, ?, ?, ?, ?)""",
                [name, model_json, trained_on, author, now],
            )

    def drop_model(self, name: str) -> None:
        with self.store.transaction():
            self.db.execute("DELETE FROM checkworthy_models WHERE name = ?", [name])
