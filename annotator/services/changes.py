"""Change notices the project service broadcasts once a write has committed (never on rollback).

Views subscribe and refresh only what a notice concerns (as Anki's operations do),
instead of reloading everything after every edit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class ChangeKind(StrEnum):
    ARTICLE_ADDED = "article_added"
    ARTICLE_CHANGED = "article_changed"  # metadata or a new version
    ARTICLE_REMOVED = "article_removed"
    CLAIM_ADDED = "claim_added"
    CLAIM_CHANGED = "claim_changed"
    CLAIM_REMOVED = "claim_removed"
    SOURCES_CHANGED = "sources_changed"
    SETTINGS_CHANGED = "settings_changed"
    RELOADED = "reloaded"  # anything may have changed (another process wrote, a merge ran)


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    article_id: str | None = None
    claim_id: str | None = None


Listener = Callable[[Change], None]


class ChangeNotifier:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def notify(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)
