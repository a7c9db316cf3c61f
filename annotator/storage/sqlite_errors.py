"""SQLite errors in words a user understands: a full disk, a busy or read-only file, I/O errors."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from annotator.errors import msg


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


def error_kind(error: sqlite3.Error, directory: Path | None = None) -> str | None:
    """The kind of an error a user can cause: "full", "busy", "read-only", "io" or "cannot-open"
    (an I/O error on a nearly full disk in `directory` counts as "full"); None for others."""
    name = getattr(error, "sqlite_errorname", "") or ""
    message = str(error)
    io_error = name.startswith("SQLITE_IOERR") or "disk I/O error" in message
    if name.startswith("SQLITE_FULL") or "disk is full" in message:
        return "full"
    if io_error and disk_is_full(directory):
        return "full"
    if is_busy(error):
        return "busy"
    if name.startswith("SQLITE_READONLY") or "readonly" in message or "read-only" in message:
        return "read-only"
    if io_error:
        return "io"
    return "cannot-open" if name.startswith("SQLITE_CANTOPEN") else None


_PLAIN = {
    "full": msg("the disk is full. Free some space and try again; nothing was changed."),
    "busy": msg("the project is busy in another window or program; try again in a moment."),
    "read-only": msg("the file or its folder is read-only."),
    "io": msg("the disk reported an input/output error; nothing was changed."),
    "cannot-open": msg(
        "the file or its folder cannot be opened (check it exists and you have access)."
    ),
}
"""A known kind's words (msg() messages, so that the sentence they are put in translates
them with it); an unknown SQLite error keeps SQLite's own (English) words."""

def _not_saved(kind: str | None, name: str) -> str | None:
    """The message for a change not saved for a known reason (None for another reason)."""
    if kind == "full":
        return msg("{name}: the disk is full, so the last change was not saved. Free some space "
                   "and try again; everything saved before is safe.", name=name)
    if kind == "busy":
        return msg("{name} is busy in another window or program, so the last change was not "
                   "saved. Try again in a moment.", name=name)
    if kind == "read-only":
        return msg("{name} is read-only; the last change was not saved.", name=name)
    if kind == "io":
        return msg("{name}: the disk reported an input/output error, so the last change was not "
                   "saved. Everything saved before is safe.", name=name)
    return None


def plain_error(error: sqlite3.Error, directory: Path | None = None) -> str:
    """What went wrong, in words a user understands (used after "Cannot open X: ")."""
    kind = error_kind(error, directory)
    if kind is not None:
        return _PLAIN[kind]
    message = str(error)
    return message.splitlines()[0] if message else type(error).__name__


def write_error_message(path: Path, error: sqlite3.Error) -> str:
    """The message for a change that could not be saved, saying that what was saved before is
    kept (each earlier change was committed in its own transaction)."""
    known = _not_saved(error_kind(error, path.parent), path.name)
    if known is not None:
        return known
    return msg("{name}: the last change was not saved ({plain_error}).", name=path.name,
               plain_error=plain_error(error, path.parent))
