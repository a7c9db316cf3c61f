"""Whether and where the project is linked to a team hub, as the window asks at every open:
without importing the sync (annotator/hub/sync.py and the merge engine it pulls with), which
loads once the project is linked or a sync is asked for."""

from __future__ import annotations

from annotator.services.project import ProjectService
from annotator.storage.hub_link_state import hub_state


def link_state(project: ProjectService) -> dict[str, str]:
    """The project's hub link (address without password, cursor, marks, last sync)."""
    return hub_state(project.store)
