"""SQL behind "is this approval still current?", for every claim at once (exports read it)."""

from __future__ import annotations

from annotator.storage.store import ProjectStore


def last_approvals(store: ProjectStore) -> dict[str, str]:
    """Claim id → time of its latest approval record."""
    rows = store.db.execute(
        "SELECT claim_id, max(at) FROM review_records WHERE decision = 'approved' GROUP BY claim_id"
    ).fetchall()
    return dict(rows)


def last_changes(store: ProjectStore, fields: frozenset[str]) -> dict[str, str]:
    """Claim id → time of the latest history entry for any of `fields`."""
    marks = ", ".join("?" for _ in fields)
    rows = store.db.execute(
        f"SELECT claim_id, max(changed_at) FROM claim_history WHERE field IN ({marks}) GROUP BY claim_id",
        sorted(fields),
    ).fetchall()
    return dict(rows)
