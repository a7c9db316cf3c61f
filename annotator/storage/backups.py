"""Automatic backups of a project, made with SQLite's online backup API when it is opened.

Backups live in one folder (the user's data folder, chosen by the caller), named
`<project name>-<hash of its path>.<UTC time>.annotator-backup`, so backups of two
projects with the same name in different folders never mix. Only the newest
`keep` are kept per project; a backup identical to the newest is not made twice,
so opening a project repeatedly without changing it does not push out older states.
"""

from __future__ import annotations

import contextlib
import errno
import filecmp
import hashlib
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from annotator import leftovers
from annotator.domain.filenames import safe_file_name
from annotator.errors import ProjectError, msg
from annotator.storage import database
from annotator.storage.store import ProjectStore

DEFAULT_KEEP = 5
BACKUP_SUFFIX = ".annotator-backup"
TEMPORARY_SUFFIX = ".tmp"
_STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<prefix>.+)\.(?P<stamp>\d{8}T\d{12}Z)" + re.escape(BACKUP_SUFFIX) + "$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where it is, when it was made (UTC), how big it is (bytes)."""

    path: Path
    created: datetime
    size: int

    def label(self) -> str:
        """ "2025-03-01 14:02:05 (1.2 MB)" in local time, for the Restore dialog's list."""
        local = self.created.astimezone()
        return f"{local:%Y-%m-%d %H:%M:%S} ({_human_size(self.size)})"


def backup_prefix(project_path: str | Path) -> str:
    """The part of a backup's name that ties it to one project file."""
    project_path = Path(project_path).resolve()
    digest = hashlib.sha256(str(project_path).encode("utf-8", "surrogatepass")).hexdigest()[:10]
    stem = safe_file_name(project_path.stem, "")[:60]
    return f"{stem}-{digest}"


def make_backup(store: ProjectStore, backup_dir: str | Path, keep: int = DEFAULT_KEEP) -> Path:
    """Copy the open project into `backup_dir`, drop its older backups beyond `keep`.

    Returns the path of the newest backup (an existing one if nothing changed since).
    Raises ProjectError if the copy cannot be written (full disk, unwritable folder);
    the project itself is never touched.
    """
    return _backup(store.path, store.backup_to, Path(backup_dir), keep)


def backup_before_upgrade(path: Path, backup_dir: str | Path, keep: int = DEFAULT_KEEP) -> Path:
    """Copy a project that is about to get a newer schema, as it is (read only), into the
    backups; raises ProjectError if that fails, so the upgrade does not run without one."""
    return backup_file(path, backup_dir, keep)


def backup_file(path: Path, backup_dir: str | Path, keep: int = DEFAULT_KEEP) -> Path:
    """`make_backup` of the file at `path` read through a read-only connection of its own, so
    any thread may make it: the copy is the project as committed when the copy began."""

    def copy_to(target: Path) -> None:
        source = database.open_to_read(path)
        try:
            target_conn = sqlite3.connect(str(target))
            try:
                with target_conn:
                    source.backup(target_conn)
                target_conn.execute("PRAGMA journal_mode = DELETE")
            finally:
                target_conn.close()
        finally:
            source.close()

    return _backup(path, copy_to, Path(backup_dir), keep)


def _backup(project: Path, copy_to: Callable[[Path], None], backup_dir: Path, keep: int) -> Path:
    clean_leftovers(backup_dir)
    newest = list_backups(backup_dir, project)
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
        final = _unused_name(backup_dir, backup_prefix(project))
        temporary = final.with_name(final.name + TEMPORARY_SUFFIX)
        try:
            with leftovers.writing(temporary):  # a kill leaves it unlocked: cleaned next time
                copy_to(temporary)
                _fsync(temporary)
                if newest and filecmp.cmp(temporary, newest[0].path, shallow=False):
                    temporary.unlink()
                    return newest[0].path
                os.replace(temporary, final)
        finally:
            with contextlib.suppress(OSError):
                temporary.unlink()
    except (OSError, sqlite3.Error) as error:
        raise ProjectError(
            msg("Could not back up {name} to {backup_dir}: {reason}. The project itself is "
                "unchanged.", name=project.name, backup_dir=backup_dir, reason=_reason(error))
        ) from error
    for old in list_backups(backup_dir, project)[max(1, keep) :]:
        with contextlib.suppress(OSError):
            old.path.unlink()
    return final


def clean_leftovers(backup_dir: str | Path) -> list[Path]:
    """Remove half-made backups (and their journals) that a killed run left in `backup_dir`."""
    with contextlib.suppress(OSError):
        return leftovers.remove_abandoned(
            Path(backup_dir).glob(f"*{BACKUP_SUFFIX}{TEMPORARY_SUFFIX}")
        )
    return []


def snapshot_to(store: ProjectStore, target: str | Path) -> None:
    """A consistent copy of the open project (SQLite backup API), kept as it is for `copy_into`."""
    target_conn = sqlite3.connect(str(target))
    try:
        with target_conn:
            store.db.conn.backup(target_conn)
    finally:
        target_conn.close()


def copy_into(store: ProjectStore, source: str | Path) -> None:
    """Make the open project's content that of `source`, in one step inside SQLite.

    The backup API writes into the open connection under SQLite's own locks, so it waits
    for other writers and every connection sees the new content at once (no file is
    renamed under anyone). Used to undo and redo a merge.
    """
    source_conn = sqlite3.connect(str(source))
    try:
        source_conn.backup(store.db.conn)
    except sqlite3.Error as error:
        raise ProjectError(
            msg("Could not put {name} back as it was: {reason}.", name=store.path.name,
                reason=_reason(error))
        ) from error
    finally:
        source_conn.close()


def list_backups(backup_dir: str | Path, project_path: str | Path) -> list[BackupInfo]:
    """Backups of `project_path` in `backup_dir`, newest first."""
    backup_dir = Path(backup_dir)
    prefix = backup_prefix(project_path)
    found = []
    with contextlib.suppress(OSError):
        for entry in backup_dir.iterdir():
            match = _NAME.match(entry.name)
            if not match or match["prefix"] != prefix:
                continue
            try:
                created = datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=UTC)
                size = entry.stat().st_size
            except (ValueError, OSError):
                continue
            found.append(BackupInfo(entry, created, size))
    return sorted(found, key=lambda b: b.created, reverse=True)


def restore_backup(backup: BackupInfo | str | Path, target_path: str | Path) -> Path | None:
    """Replace `target_path` with the backup's content; the current file is kept aside first.

    The project must be closed in this window; the restore holds the project's lock
    exclusively, so it is refused while any other window or writing command has the
    file open, and whoever opens it meanwhile waits and then sees the restored file.
    Returns the copy of the current file ("NAME (before restore DATE).annotator", in the
    same folder), or None if there was no current file. Raises ProjectError, leaving
    everything as it was, if the backup is not a sound project or the copy fails.
    """
    from annotator.storage.presence import exclusive_presence  # presence imports nothing of ours

    source = Path(backup.path if isinstance(backup, BackupInfo) else backup)
    target = Path(target_path)
    if not source.is_file():
        raise ProjectError(msg("The backup {name} no longer exists.", name=source.name))
    database.check_openable(source)
    if source.stat().st_size == 0:
        raise ProjectError(msg("The backup {name} is empty.", name=source.name))
    with exclusive_presence(target) as other:
        if other is not None:
            raise ProjectError(
                msg("{name} is open in another program ({describe}). Close it there (or let the "
                    "command finish) first, then restore the backup; nothing was changed.",
                    name=target.name, describe=other.describe())
            )
        return _replace_with(source, target)


def _replace_with(source: Path, target: Path) -> Path | None:
    """Keep the current file aside, then put `source` in its place (nobody has it open)."""
    aside = None
    try:
        if target.exists():
            aside = _set_aside(target)
        temporary = target.with_name(f".{target.name}.restoring")
        try:
            shutil.copyfile(source, temporary)
            _fsync(temporary)
            # The old WAL must go before the new file arrives: SQLite would replay it onto it.
            for suffix in database.SIDECAR_SUFFIXES:
                with contextlib.suppress(FileNotFoundError):
                    database.sidecar(target, suffix).unlink()
            os.replace(temporary, target)
            _fsync_dir(target.parent)
        finally:
            with contextlib.suppress(OSError):
                temporary.unlink()
    except OSError as error:
        kept = f" The current file was kept as {aside.name}." if aside else ""
        raise ProjectError(msg("Could not restore {name}: {reason}.{kept}", name=target.name,
                               reason=_reason(error), kept=kept)) from error
    return aside


def _set_aside(target: Path) -> Path:
    """Copy the project (and any unfinished -wal/-journal with it) under a dated name."""
    stamp = datetime.now().strftime("%Y-%m-%d %H%M%S")
    aside = target.with_name(f"{target.stem} (before restore {stamp}){target.suffix}")
    counter = 2
    while aside.exists():
        aside = target.with_name(f"{target.stem} (before restore {stamp} {counter}){target.suffix}")
        counter += 1
    shutil.copy2(target, aside)
    for suffix in ("-wal", "-journal"):
        companion = database.sidecar(target, suffix)
        if companion.exists() and companion.stat().st_size > 0:
            shutil.copy2(companion, database.sidecar(aside, suffix))
    _fsync(aside)
    return aside


def _unused_name(backup_dir: Path, prefix: str) -> Path:
    while True:
        stamp = datetime.now(UTC).strftime(_STAMP_FORMAT)
        candidate = backup_dir / f"{prefix}.{stamp}{BACKUP_SUFFIX}"
        if not candidate.exists():
            return candidate


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(directory: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _reason(error: BaseException) -> str:
    if isinstance(error, sqlite3.Error):
        full = (getattr(error, "sqlite_errorname", "") or "").startswith("SQLITE_FULL")
        return msg("the disk is full") if full else str(error).splitlines()[0]
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return msg("the disk is full")
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return str(error)


def _human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"
