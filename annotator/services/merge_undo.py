"""Undo and redo of a merge as one step, through copies of the project taken around it.

A merge touches any number of rows, so its inverse is the whole project as it was: a copy
taken just before (SQLite backup API), put back into the open connection on undo (and the
merged state, copied at that moment, put back on redo). That is only right if nobody else
wrote in between, so each step first checks SQLite's `data_version` (which moves only
when another connection commits) and refuses otherwise.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from annotator.errors import EditConflictError, msg
from annotator.services.project import ProjectService
from annotator.storage import backups


@dataclass
class MergeStep:
    """The project before and after one merge, and the other writers' mark when we left it."""

    folder: tempfile.TemporaryDirectory[str] = field(
        default_factory=lambda: tempfile.TemporaryDirectory(prefix="annotator-merge-")
    )
    version: int = 0

    @property
    def before(self) -> Path:
        return Path(self.folder.name) / "before.annotator"

    @property
    def after(self) -> Path:
        return Path(self.folder.name) / "after.annotator"


def before_merge(project: ProjectService) -> MergeStep:
    """Copy the project as it is now; call just before merging."""
    step = MergeStep()
    backups.snapshot_to(project.store, step.before)
    return step


def merged(project: ProjectService, step: MergeStep) -> None:
    """Note the other writers' mark right after the merge."""
    step.version = project.store.data_version()


def undo_merge(project: ProjectService, step: MergeStep) -> None:
    _swap(project, step, keep=step.after, put=step.before)


def redo_merge(project: ProjectService, step: MergeStep) -> None:
    _swap(project, step, keep=step.before, put=step.after)


def _swap(project: ProjectService, step: MergeStep, *, keep: Path, put: Path) -> None:
    if project.store.data_version() != step.version:
        raise EditConflictError(
            msg("Someone else changed the project since the merge; putting it back would lose "
                "their work, so nothing was changed.")
        )
    backups.snapshot_to(project.store, keep)
    backups.copy_into(project.store, put)
    step.version = project.store.data_version()
    project.reload()
