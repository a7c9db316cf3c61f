"""SQL for finding the claims that sit on exactly one span of an article (the article/start
index finds them without reading the article's other claims)."""

from __future__ import annotations

from annotator.domain import AnchorState, Claim, ClaimPlace
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


def claim_places(store: ProjectStore, article_id: str) -> list[ClaimPlace]:
    """Where the article's claims are highlighted (orphans have no place in the text): four
    columns, not the whole rows `claims_for_article` reads, for the window's first paint."""
    cursor = store.db.execute(
        "SELECT id, position_start, position_end, verdict_id FROM claims "
        "WHERE article_id = ? AND anchor_state != ?",
        [article_id, str(AnchorState.ORPHANED)],
    )
    return [ClaimPlace(*row) for row in cursor]
