"""Give the records a transaction wrote under a name the id of the person acting.

Claim history lines are written by SQLite triggers from `modified_by` (a name), and sources
are written with their author's name: the triggers stay as they are, and just before each
commit the rows of this transaction that still lack an id and carry the acting person's name
get that person's id. Rows that already have an id (copied by a merge, or upgraded) keep it.
The service stamps `modified_by_id` itself with each edit (`services/stamps.py`); a row a
writer left without one (e.g. pulled from a hub client older than schema 14) is stamped here
only if it names the acting person.
"""

from __future__ import annotations

from collections.abc import Callable

from annotator.storage import database
from annotator.storage.store import ProjectStore

_STAMPS = (
    "UPDATE claim_history SET changed_by_id = ? WHERE changed_by_id = '' AND changed_by = ?",
    "UPDATE sources SET author_id = ? WHERE author_id = '' AND author = ?",
    *(
        f"UPDATE {table} SET modified_by_id = ? WHERE modified_by_id = '' AND modified_by = ?"
        for table in ("articles", "claims", "sources", "comments")
    ),
)


def stamp_acting_person(store: ProjectStore, acting: Callable[[], tuple[str, str]]) -> None:
    """Before every commit on `store`, stamp unstamped rows named `acting()[0]` with its id."""
    db = store.db
    if not isinstance(db, database.ProjectDatabase) or store.read_only:
        return

    def stamp() -> None:
        name, person_id = acting()
        if name and person_id:
            for statement in _STAMPS:
                db.execute(statement, [person_id, name])

    db.before_commit.append(stamp)
