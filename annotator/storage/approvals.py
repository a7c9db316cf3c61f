"""SQL for approvals bound to content and for people (tables and views of migration 0006).

The triggers of 0006 check each write as it happens; a merge or a restore, which writes a
claim before its sources and review records, pauses them and checks once at the end here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from annotator.domain.dates import utc_now
from annotator.domain.people import Person
from annotator.storage.store import ProjectStore

_REASONS = {
    "stale": "approval voided: the reviewed content changed after it was approved",
    "own": "not approved: its only approval is by its author",
    "none": "not approved: no approval of this content by someone other than its author",
}


def enforce_approvals(
    conn: sqlite3.Connection, changed_by: str, claim_ids: Iterable[str] | None = None
) -> list[str]:
    """Send every approved claim whose approval does not cover it back to ready for review.

    Records why in its history; returns the ids of the claims it changed.
    """
    rows = conn.execute(
        "SELECT claim_id, approval FROM claim_approval WHERE status = 'approved' "
        "AND approval <> 'current'"
    ).fetchall()
    wanted = None if claim_ids is None else set(claim_ids)
    rows = [(claim_id, state) for claim_id, state in rows if wanted is None or claim_id in wanted]
    now = utc_now()
    conn.executemany(
        """INSERT INTO claim_history (claim_id, field, old_value, new_value, changed_by, changed_at)
           VALUES (?, 'approval', 'approved', ?, ?, ?)""",
        [(claim_id, _REASONS[state], changed_by, now) for claim_id, state in rows],
    )
    conn.executemany(
        "UPDATE claims SET status = 'ready_for_review' WHERE id = ?", [(c,) for c, _ in rows]
    )
    return [claim_id for claim_id, _ in rows]


@contextmanager
def approval_checks_paused(store: ProjectStore, changed_by: str) -> Iterator[None]:
    """Write several rows of one claim (a restore) and check its approval once, at the end."""
    with store.transaction():
        store.db.execute("INSERT OR IGNORE INTO approval_check_paused (flag) VALUES (1)")
        try:
            yield
        finally:
            store.db.execute("DELETE FROM approval_check_paused")
        enforce_approvals(store.db.conn, changed_by)


def withdrawn_since(store: ProjectStore, since: str) -> list[str]:
    """Claims whose approval the rules took back at or after `since` (ISO time), oldest first."""
    rows = store.db.execute(
        "SELECT claim_id FROM claim_history WHERE field = 'approval' AND changed_at >= ? "
        "ORDER BY changed_at, rowid",
        [since],
    ).fetchall()
    return list(dict.fromkeys(r[0] for r in rows))


def approval_state(store: ProjectStore, claim_id: str) -> str:
    """'current', 'stale' (approved by someone else, then changed), 'own' or 'none'."""
    row = store.db.execute(
        "SELECT approval FROM claim_approval WHERE claim_id = ?", [claim_id]
    ).fetchone()
    return row[0] if row else "none"


def approval_states(store: ProjectStore) -> dict[str, str]:
    return dict(store.db.execute("SELECT claim_id, approval FROM claim_approval").fetchall())


def approval_states_of(store: ProjectStore, claim_ids: list[str]) -> dict[str, str]:
    """`approval_state` of each of `claim_ids` that exists, in one query per 500 ids (the
    view evaluated for those claims only, not for the whole file)."""
    states: dict[str, str] = {}
    for first in range(0, len(claim_ids), 500):
        chunk = claim_ids[first : first + 500]
        marks = ",".join("?" * len(chunk))
        states.update(
            store.db.execute(
                f"SELECT claim_id, approval FROM claim_approval WHERE claim_id IN ({marks})",
                chunk,
            ).fetchall()
        )
    return states


def reviewed_content(store: ProjectStore, claim_id: str) -> str:
    row = store.db.execute(
        "SELECT content FROM claim_reviewed_content WHERE claim_id = ?", [claim_id]
    ).fetchone()
    return row[0] if row else ""


# -- people ----------------------------------------------------------------------------------


def people(store: ProjectStore) -> list[Person]:
    return [
        Person(r[0], r[1])
        for r in store.db.execute("SELECT id, name FROM people ORDER BY name, id").fetchall()
    ]


def person(store: ProjectStore, person_id: str) -> Person | None:
    row = store.db.execute("SELECT id, name FROM people WHERE id = ?", [person_id]).fetchone()
    return Person(row[0], row[1]) if row else None


def people_named(store: ProjectStore, name: str) -> list[Person]:
    wanted = " ".join(name.split()).casefold()
    return [p for p in people(store) if p.name.casefold() == wanted]


def save_person(store: ProjectStore, person_: Person) -> bool:
    """Record a person or their new display name; False if the file already says so."""
    known = person(store, person_.id)
    if known == person_:
        return False
    with store.transaction():
        store.db.execute(
            """INSERT INTO people (id, name, updated_at) VALUES (?, ?, ?)
               ON CONFLICT (id) DO UPDATE SET name = excluded.name,
                   updated_at = excluded.updated_at""",
            [person_.id, person_.name, utc_now()],
        )
    return True


def merge_people(conn: sqlite3.Connection, theirs: list[dict[str, Any]]) -> None:
    """Bring a colleague's people in; a display name changed later wins (same both ways)."""
    conn.executemany(
        """INSERT INTO people (id, name, updated_at) VALUES (?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at
           WHERE (excluded.updated_at, excluded.name) > (people.updated_at, people.name)""",
        [(r["id"], r["name"], r["updated_at"]) for r in theirs],
    )
