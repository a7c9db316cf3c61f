"""Merging a colleague's project into mine, and resolving the conflicts it found.

The rules are in annotator/storage/merge.py and docs/REVIEW.md; this layer stamps
who and when, turns conflict records into domain objects, and refreshes the views.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from annotator.domain import Claim, Comment, Source
from annotator.domain.dates import utc_now
from annotator.errors import ValidationError, msg
from annotator.services.project import ProjectService
from annotator.services.stamps import stamp
from annotator.storage.review_store import ConflictRecord, ReviewStore
from annotator.storage.rows import (
    claim_from_row,
    claim_to_row,
    comment_from_row,
    comment_to_row,
    source_from_row,
    source_to_row,
)

if TYPE_CHECKING:
    from annotator.storage.merge import ACTIONS, MergeReport, OtherProject

_ENGINE_NAMES = ("ACTIONS", "MergeReport", "OtherProject")


def __getattr__(name: str) -> Any:
    """The merge engine's names this module passes on, imported when first asked for: the
    engine (storage/merge*.py) loads with a merge, not when the window starts."""
    if name in _ENGINE_NAMES:
        from annotator.storage import merge

        return getattr(merge, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ACTIONS",
    "ConflictView",
    "MergeReport",
    "OtherProject",
    "conflicts",
    "merge_projects",
    "read_colleague_file",
    "resolve_conflict",
]


def read_colleague_file(other_path: str | Path, mine: str | Path | None = None) -> OtherProject:
    """Check and read a colleague's file (without writing it), before opening mine.

    Raises ProjectError for a damaged, foreign, too-new file, or for my own file.
    """
    from annotator.storage.merge import read_other

    return read_other(other_path, Path(mine) if mine is not None else None)


def merge_projects(project: ProjectService, other: str | Path | OtherProject) -> MergeReport:
    """Bring a colleague's articles, claims, sources and comments into `project`.

    Atomic and idempotent; raises ProjectError (project untouched) for a damaged,
    foreign or too-new file. `other` may be what `read_colleague_file` returned.
    """
    from annotator.storage.merge import merge_into

    report = merge_into(project.store, other, merged_by=project.author, now=utc_now())
    if report.changed_anything:
        project.reload()
    return report


@dataclass(frozen=True)
class ConflictView:
    """Both versions of an item changed on both sides; None means that side deleted it."""

    record: ConflictRecord
    mine: Claim | Source | Comment | dict[str, Any] | None
    theirs: Claim | Source | Comment | dict[str, Any] | None

    @property
    def id(self) -> str:
        return self.record.id

    @property
    def kind(self) -> str:
        return self.record.kind

    @property
    def item_id(self) -> str:
        return self.record.item_id


def _domain(
    kind: str, row: dict[str, Any] | None
) -> Claim | Source | Comment | dict[str, Any] | None:
    if row is None:
        return None
    if kind == "claim":
        return claim_from_row(row)
    if kind == "source":
        return source_from_row(row)
    if kind == "comment":
        return comment_from_row(row)
    return row  # articles: the metadata row


def conflicts(project: ProjectService, *, include_resolved: bool = False) -> list[ConflictView]:
    """Conflicts the merges found (open ones only, unless asked), oldest first."""
    return [
        ConflictView(r, _domain(r.kind, r.mine), _domain(r.kind, r.theirs))
        for r in ReviewStore(project.store).conflicts(include_resolved=include_resolved)
    ]


Choice = Literal["mine", "theirs"] | Claim | Source | Comment


def resolve_conflict(project: ProjectService, conflict_id: str, choice: Choice) -> None:
    """Keep my version, theirs, or an edited result (a Claim, Source or Comment with the item's id).

    The result is a new revision that supersedes both, so colleagues merging it take it.
    """
    record = ReviewStore(project.store).conflict(conflict_id)
    if record is None:
        raise KeyError(conflict_id)
    now = utc_now()
    if choice == "mine":
        row, resolution = record.mine, "mine"
    elif choice == "theirs":
        row, resolution = record.theirs, "theirs"
    elif isinstance(choice, Claim | Source | Comment):
        row, resolution = _row_of(record.kind, choice), "edited"
    else:
        raise ValueError(f"not a conflict resolution: {choice!r}")
    if row is not None and "modified" in row:  # verdict rows carry no timestamps
        row = {**row, **stamp(project, now)}
        _check_parent(project, record.kind, row)
    from annotator.storage.merge import resolve_conflict as resolve_in_store

    resolve_in_store(
        project.store, conflict_id, row, resolved_by=project.author, resolution=resolution, now=now
    )
    project.reload()


def _row_of(kind: str, item: Claim | Source | Comment) -> dict[str, Any]:
    if kind == "claim" and isinstance(item, Claim):
        return claim_to_row(item)
    if kind == "source" and isinstance(item, Source):
        return source_to_row(item)
    if kind == "comment" and isinstance(item, Comment):
        return comment_to_row(item)
    raise ValidationError(msg("A {kind} conflict is resolved with a {kind}.", kind=kind))


def _check_parent(project: ProjectService, kind: str, row: dict[str, Any]) -> None:
    from annotator.storage.merge import KIND_BY_NAME

    item_kind = KIND_BY_NAME[kind]
    if item_kind.parent is None:
        return
    parent_id = row[item_kind.parent_column]  # type: ignore[index]
    exists = (
        project.store.get_article(parent_id) is not None
        if item_kind.parent == "article"
        else project.store.get_claim(parent_id) is not None
    )
    if not exists:
        raise ValidationError(
            msg("The {parent} this {kind} belongs to was deleted; restore it first.",
                parent=item_kind.parent, kind=kind)
        )


def merges(project: ProjectService) -> list[dict[str, Any]]:
    """Every merge into this project (when, by whom, from which file, what it did)."""
    return ReviewStore(project.store).merges()


def merge_items(project: ProjectService, merge_id: str) -> list[tuple[str, str, str]]:
    """(kind, item id, action) for what one merge brought or changed."""
    return ReviewStore(project.store).merge_items(merge_id)


def merges_of_item(project: ProjectService, kind: str, item_id: str) -> list[tuple[str, str, str]]:
    """(merge id, when, action) of the merges that brought or changed an item."""
    return ReviewStore(project.store).merges_of_item(kind, item_id)
