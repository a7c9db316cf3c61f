"""A widget's subscription to the change notices of the project it shows: one helper for the
comments, history and conflicts views, instead of the same code in each."""

from __future__ import annotations

from collections.abc import Callable

from annotator.services import Change, ChangeKind, ProjectService


class ChangeFeed:
    """Follows one project's change notices for a widget: `attach` moves it to another project
    (or to none), and it lets go if the widget was deleted before the project closed."""

    def __init__(self, on_change: Callable[[Change], None]) -> None:
        self._on_change = on_change
        self.service: ProjectService | None = None

    def attach(self, service: ProjectService | None) -> None:
        if self.service is not None:
            self.service.changes.unsubscribe(self._deliver)
        self.service = service
        if service is not None:
            service.changes.subscribe(self._deliver)

    def _deliver(self, change: Change) -> None:
        try:
            self._on_change(change)
        except RuntimeError:  # the widget was deleted before the project closed
            self.attach(None)


def concerns_claim(change: Change, claim_id: str | None) -> bool:
    """Whether a claim's view must refresh: the project was reloaded, or the change is its own."""
    return change.kind == ChangeKind.RELOADED or (
        change.claim_id is not None and change.claim_id == claim_id
    )
