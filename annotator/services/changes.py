"""Change notices the project service broadcasts after each committed write.

Views subscribe and refresh only what a notice concerns (as Anki's operations do),
instead of reloading everything after every edit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
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
        self._held: list[Change] | None = None

    @contextmanager
    def held(self) -> Iterator[None]:
        """Queue notices until the block ends; send them only if it ends without an error.

        Wrapped around a transaction, views hear of an edit only after its commit, and
        never of one that rolled back. Nested blocks join the outermost one.
        """
        if self._held is not None:
            yield
            return
        self._held = []
        try:
            yield
        except BaseException:
            self._held = None
            raise
        queued, self._held = self._held, None
        for change in dict.fromkeys(queued):  # once each, in order
            self.notify(change)

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def notify(self, change: Change) -> None:
        if self._held is not None:
            self._held.append(change)
            return
        for listener in list(self._listeners):
            listener(change)
