"""The project side of a team-hub sync: the door `annotator/hub/sync.py` goes through.

The hub code speaks PostgreSQL; everything it needs from the project file (the link, the
items changed since the last push, capture bytes, applying a pull as a merge) is here, so
nothing above the services touches the project's store.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from annotator.services.project import ProjectService
from annotator.storage import hub_local
from annotator.storage.hub_link_state import hub_state
from annotator.storage.merge import MergeReport, Row

RECORD_TABLES = hub_local.RECORD_TABLES


def state(project: ProjectService) -> dict[str, str]:
    """The project's hub link (address without password, cursor, marks, last sync)."""
    return hub_state(project.store)


def set_state(project: ProjectService, values: dict[str, str]) -> None:
    hub_local.set_hub_state(project.store, values)


def clear(project: ProjectService) -> None:
    """Forget the hub (the project's own data stays complete)."""
    hub_local.clear_hub_state(project.store)


def pending(project: ProjectService) -> tuple[int, list[tuple[str, str]]]:
    """(highest change mark, the items changed since the hub last took them)."""
    return hub_local.pending_changes(project.store)


def items_to_push(
    project: ProjectService,
    keys: list[tuple[str, str]],
    hub_revs: dict[tuple[str, str], tuple[str, bool]],
) -> tuple[list[Row], list[tuple[str, str]]]:
    return hub_local.items_to_push(project.store, keys, hub_revs)


def records_to_push(
    project: ProjectService, marks: dict[str, str]
) -> tuple[list[Row], dict[str, str]]:
    return hub_local.records_to_push(project.store, marks)


def settle(project: ProjectService, keys: Iterable[tuple[str, str]], top: int) -> None:
    hub_local.settle(project.store, keys, top)


def blob(project: ProjectService, sha256: str) -> bytes | None:
    return hub_local.blob(project.store, sha256)


def missing_blobs(project: ProjectService, hashes: Iterable[str]) -> list[str]:
    return hub_local.missing_blobs(project.store, hashes)


def store_blobs(project: ProjectService, blobs: Iterable[tuple[str, bytes]]) -> int:
    return hub_local.store_blobs(project.store, blobs)


def articles_lacking(project: ProjectService, ids: Iterable[str]) -> list[str]:
    return hub_local.articles_lacking(project.store, ids)


def apply_pull(
    project: ProjectService, pulled: dict[str, Any], values: dict[str, str], *, now: str
) -> MergeReport:
    """Merge the hub's rows and move the cursor in one transaction; tell the views."""
    report = hub_local.apply_pull(project.store, pulled, values, merged_by=project.author, now=now)
    if report.changed_anything:
        project.reload()
    return report
