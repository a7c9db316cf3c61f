"""SQLite errors in words a user understands: a full disk, a busy or read-only file, I/O errors."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def is_busy(error: sqlite3.Error) -> bool:
    """The file is locked by another connection (SQLITE_BUSY or SQLITE_LOCKED)."""
    name = getattr(error, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(error)


DISK_NEARLY_FULL = 1 << 20
"""Free bytes below which an I/O error is taken to be the disk filling up (SQLite reports
a failed -shm or -wal extension on a full disk as SQLITE_IOERR, not SQLITE_FULL)."""


def disk_is_full(directory: Path | None) -> bool:
    if directory is None:
        return False
    try:
        return os.statvfs(directory).f_bavail * os.statvfs(directory).f_frsize < DISK_NEARLY_FULL
    except OSError:
        return False


def plain_error(error: sqlite3.Error, directory: Path | None = None) -> str:
    """What went wrong, in words a user understands (used after "Cannot open X: ")."""
    name = getattr(error, "sqlite_errorname", "") or ""
    message = str(error)
    io_error = name.startswith("SQLITE_IOERR") or "disk I/O error" in message
    if (
        name.startswith("SQLITE_FULL")
        or "disk is full" in message
        or (io_error and disk_is_full(directory))
    ):
        return "the disk is full. Free some space and try again; nothing was changed."
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in message:
        return "the project is busy in another window or program; try again in a moment."
    if name.startswith("SQLITE_READONLY") or "readonly" in message or "read-only" in message:
        return "the file or its folder is read-only."
    if name.startswith("SQLITE_IOERR") or "disk I/O error" in message:
        return "the disk reported an input/output error; nothing was changed."
    if name.startswith("SQLITE_CANTOPEN"):
        return "the file or its folder cannot be opened (check it exists and you have access)."
    return message.splitlines()[0] if message else type(error).__name__


def write_error_message(path: Path, error: sqlite3.Error) -> str:
    """The message for a change that could not be saved; earlier changes are always kept."""
    name = getattr(error, "sqlite_errorname", "") or ""
    message = str(error)
    io_error = name.startswith("SQLITE_IOERR") or "disk I/O error" in message
    if (
        name.startswith("SQLITE_FULL")
        or "disk is full" in message
        or (io_error and disk_is_full(path.parent))
    ):
        return (
            f"{path.name}: the disk is full, so the last change was not saved. "
            "Free some space and try again; everything saved before is safe."
        )
    if is_busy(error):
        return (
            f"{path.name} is busy in another window or program, so the last change was not saved. "
            "Try again in a moment."
        )
    if name.startswith("SQLITE_READONLY") or "readonly" in message:
        return f"{path.name} is read-only; the last change was not saved."
    if name.startswith("SQLITE_IOERR") or "disk I/O error" in message:
        return (
            f"{path.name}: the disk reported an input/output error, so the last change was not "
            "saved. "
            "Everything saved before is safe."
        )
    return f"{path.name}: the last change was not saved ({plain_error(error, path.parent)})."
