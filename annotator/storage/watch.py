"""Noticing changes another window or process committed to the open project.

`PRAGMA data_version` changes only when *another* connection commits, so a window
can poll it cheaply (a timer every second or two) and reload only when needed.
"""

from __future__ import annotations

import sqlite3

from annotator.storage.store import ProjectStore


class ExternalChangeWatcher:
    """Remembers the project's data version; says when someone else has written since."""

    def __init__(self, store: ProjectStore) -> None:
        self._store = store
        self._seen = self._version()

    def _version(self) -> int | None:
        try:
            return self._store.data_version()
        except sqlite3.Error:  # closed, or the file went away: nothing to report
            return None

    def has_external_changes(self) -> bool:
        """True once after each time another connection committed; our own commits never count."""
        current = self._version()
        if current is None:
            return False
        changed = self._seen is not None and current != self._seen
        self._seen = current
        return changed

    def reset(self) -> None:
        """Forget pending changes (after the window reloaded everything anyway)."""
        self._seen = self._version()
