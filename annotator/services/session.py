"""What a window does around an open project: backups, the presence of other instances, and
noticing other writers. Thin wrappers, so the window reaches storage only through services."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from annotator import leftovers
from annotator.errors import ProjectError, error_message, msg
from annotator.services.project import ProjectService
from annotator.storage import backups, presence
from annotator.storage.backups import BackupInfo
from annotator.storage.database import read_only_notice, read_only_reason
from annotator.storage.opening_backup import OpeningBackup
from annotator.storage.watch import ExternalChangeWatcher

BACKUPS_KEPT = 5

__all__ = [
    "BACKUPS_KEPT",
    "BackupInfo",
    "ExternalChangeWatcher",
    "backup_dir",
    "OpeningBackup",
    "opening_backup",
    "backup_problem",
    "clean_leftovers",
    "command_presence",
    "list_backups",
    "open_project",
    "other_instance_warning",
    "read_only_notice",
    "read_only_reason",
    "release",
    "restore",
    "watcher",
]


def backup_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def open_project(
    path: str | Path,
    author: str,
    data_dir: Path,
    *,
    create: bool = True,
    author_id: str | None = None,
    verdict_names: Callable[[str], str] | None = None,
) -> ProjectService:
    """Open a project for a window: an older schema is backed up before it is upgraded; a new
    one gets its verdicts named by `verdict_names` (see `ProjectService.open`)."""
    return ProjectService.open(
        path, author, create=create, backup_dir=backup_dir(data_dir), author_id=author_id,
        verdict_names=verdict_names,
    )


def opening_backup(service: ProjectService, data_dir: Path) -> OpeningBackup:
    """The copy of the project into the rotating backups (SQLite backup API) that opening it
    makes, on a thread of its own once `start()`ed; from now on every edit and the close wait
    until the copy is complete (storage/opening_backup.py)."""
    return OpeningBackup(service.store, backup_dir(data_dir), BACKUPS_KEPT)


def backup_problem(backup: OpeningBackup) -> str | None:
    """Once `backup.done`: what went wrong, as a message (a problem is not a failure)."""
    if backup.error is None:
        return None
    return msg("No backup was made: {error}", error=error_message(backup.error))


def other_instance_warning(path: Path) -> str | None:
    """Register this window as having `path` open; the warning to show if another instance has it
    too.

    Call before opening the file: if a backup is being restored into it, this waits for that
    to end (ProjectError if it does not within a minute).
    """
    try:
        other = presence.claim_presence(path)
    except presence.ProjectBeingReplaced as error:
        raise ProjectError(
            msg("{name} is being restored from a backup; try again in a minute.", name=path.name)
        ) from error
    return other.message(path) if other is not None else None


@contextmanager
def command_presence(path: str | Path, program: str, *, enabled: bool = True) -> Iterator[None]:
    """Be visible to other instances (and to a restore) while a command has `path` open."""
    if not enabled:
        yield
        return
    try:
        presence.claim_presence(path, program)
    except presence.ProjectBeingReplaced as error:
        raise ProjectError(
            msg(
                "{name} is being restored from a backup; try again in a minute.",
                name=Path(path).name,
            )
        ) from error
    try:
        yield
    finally:
        presence.release_presence(path)


def clean_leftovers(data_dir: Path, projects: list[Path], export_folder: Path | None) -> list[Path]:
    """At start: remove what killed runs left (half-made backups, hidden export part files, the
    stale lock files of these projects); never anything another running instance is writing."""
    removed = backups.clean_leftovers(backup_dir(data_dir))
    removed += [presence.lock_path(p) for p in projects if presence.remove_stale_lock(p)]
    for folder in {p.parent for p in projects} | ({export_folder} if export_folder else set()):
        removed += leftovers.remove_export_parts(folder)  # without importing the exporters
    return removed


def release(path: Path) -> None:
    presence.release_presence(path)


def list_backups(data_dir: Path, path: Path) -> list[BackupInfo]:
    return backups.list_backups(backup_dir(data_dir), path)


def restore(info: BackupInfo, path: Path) -> Path | None:
    """Put a backup in place of `path` (closed); returns where the replaced file was kept."""
    return backups.restore_backup(info, path)


def watcher(service: ProjectService) -> ExternalChangeWatcher:
    return ExternalChangeWatcher(service.store)
