"""Opening a project file safely: refuse what is not ours, never modify a file we refuse."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from annotator.errors import NotAProjectError, ProjectError, ProjectTooNewError
from annotator.storage.schema import APPLICATION_ID, LATEST_VERSION, migrations

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


def inspect_existing(path: Path) -> tuple[int, int, bool]:
    """Read (application_id, user_version, has_tables) without writing to the file.

    Raises NotAProjectError or ProjectError with a message naming the file.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise ProjectError(f"Cannot read {path}: {error.strerror or error}") from error
    if header != SQLITE_HEADER:
        raise NotAProjectError(f"{path.name} is not an Annotator project (it is not a SQLite database).")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise ProjectError(f"Cannot open {path.name}: {error}") from error
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        if application_id == APPLICATION_ID:
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise ProjectError(f"{path.name} is damaged ({check}). Restore it from a backup.")
    except sqlite3.DatabaseError as error:
        raise ProjectError(f"{path.name} is damaged or truncated and cannot be read ({error}).") from error
    finally:
        conn.close()
    return application_id, user_version, has_tables


def check_openable(path: Path) -> None:
    """Refuse foreign, damaged and too-new files before anything is written to them."""
    if not path.exists() or path.stat().st_size == 0:
        return
    application_id, user_version, has_tables = inspect_existing(path)
    if application_id != APPLICATION_ID and has_tables:
        raise NotAProjectError(
            f"{path.name} is a SQLite database from another application, not an Annotator project."
        )
    if user_version > LATEST_VERSION:
        raise ProjectTooNewError(
            f"{path.name} was saved by a newer version of Annotator (schema {user_version}; "
            f"this version reads up to {LATEST_VERSION}). Update Annotator to open it."
        )


def is_writable(path: Path) -> bool:
    directory = path.parent if path.parent != Path("") else Path(".")
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(directory, os.W_OK)


def connect(path: Path, *, read_only: bool) -> Database:
    """Open the file with the pragmas every connection needs, and bring its schema up to date."""
    if read_only:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    else:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    db = Database(conn)
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        if read_only:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version < LATEST_VERSION:
                raise ProjectError(
                    f"{path.name} is read-only and was made by an older Annotator; "
                    "it must be upgraded, which needs write access. Copy it somewhere writable first."
                )
            return db
        db.execute("PRAGMA journal_mode = WAL")
        # NORMAL in WAL mode survives a crash of the app (every committed transaction is kept);
        # only a power cut can lose the last few commits, and never corrupts the file.
        db.execute("PRAGMA synchronous = NORMAL")
        migrations.apply(db)
        if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        return db
    except sqlite3.OperationalError as error:
        conn.close()
        raise ProjectError(f"Cannot open {path.name}: {_plain(error)}") from error
    except BaseException:
        conn.close()
        raise


def close(db: Database, *, read_only: bool) -> None:
    """Checkpoint the WAL so the file alone holds everything, then close."""
    if not read_only:
        with contextlib.suppress(sqlite3.Error):
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            # Back to a rollback journal so the file can be copied or mailed on its own;
            # this fails harmlessly while another process still has it open.
            db.execute("PRAGMA journal_mode = DELETE")
    db.conn.close()


def _plain(error: sqlite3.Error) -> str:
    message = str(error)
    if "locked" in message:
        return "the project is busy in another program; try again in a moment."
    if "readonly" in message or "read-only" in message:
        return "the file is read-only."
    if "disk is full" in message or "full" in message:
        return "the disk is full. Free some space; nothing was lost."
    return message
