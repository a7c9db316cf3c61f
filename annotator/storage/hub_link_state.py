"""The project's link to a team hub (the `hub_link` table: address without password, cursor,
marks, last sync), read on its own: the window reads it at every open, and reading it must
not import the sync's half of the project file (`hub_local.py`, the merge engine)."""

from __future__ import annotations

from annotator.storage.store import ProjectStore


def hub_state(store: ProjectStore) -> dict[str, str]:
    return dict(store.db.execute("SELECT key, value FROM hub_link").fetchall())
