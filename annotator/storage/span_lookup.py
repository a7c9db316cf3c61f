"""SQL for finding the claims that sit on exactly one span of an article (the article/start
index finds them without reading the article's other claims)."""

from __future__ import annotations

from annotator.domain import Claim
from annotator.storage.rows import CLAIM_SELECT, claim_from_tuple
from annotator.storage.store import ProjectStore


def claims_on_span(store: ProjectStore, article_id: str, start: int, end: int) -> list[Claim]:
    """The article's claims at exactly [start, end), oldest first."""
    cursor = store.db.execute(
        f"SELECT {CLAIM_SELECT} FROM claims WHERE article_id = ? AND position_start = ? "
        "AND position_end = ? ORDER BY created",
        [article_id, start, end],
    )
    return [claim_from_tuple(row) for row in cursor]
