"""Opening a project file safely: refuse what is not ours, never modify a file we refuse.

Also the connection's transaction policy: every write transaction starts with
BEGIN IMMEDIATE (it waits up to BUSY_TIMEOUT_MS for the write lock up front, so a write
in one window waits for another window's instead of failing half-way), and SQLite errors
that a user can cause (a full disk, a read-only file, a file still busy after that wait)
come out of a transaction as `ProjectError` with a plain message instead of a traceback.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import stat
import tempfile
import time
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import TypeVar

from annotator.errors import (
    NotAProjectError,
    ProjectError,
    ProjectTooNewError,
    ValidationError,
    msg,
)
from annotator.storage import article_blocks
from annotator.storage.schema import APPLICATION_ID, LATEST_VERSION, migrations
from annotator.storage.sql_database import Database
from annotator.storage.sqlite_errors import (
    is_busy,
    plain_error,
    write_error_message,
)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
CLOSE_BUSY_TIMEOUT_MS = 200
"""On close, wait only briefly for another window's readers before checkpointing."""
SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")
T = TypeVar("T")


def sidecar(path: Path, suffix: str) -> Path:
    """SQLite's companion file of `path` (`-wal`, `-shm` or `-journal`)."""
    return path.with_name(path.name + suffix)


class ProjectDatabase(Database):
    """The project's Database (storage/sql_database.py) with IMMEDIATE write transactions and
    plain-language errors."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        super().__init__(conn)
        self.path = path
        self._after_commit: list[Callable[[], None]] = []
        self.committed: list[Callable[[], None]] = []
        """Run after every outermost commit (e.g. a WAL checkpoint when the app is idle)."""
        self.rolled_back: list[Callable[[], None]] = []
        """Run after a rollback (e.g. dropping caches that may hold what was undone)."""
        self.before_commit: list[Callable[[], None]] = []
        """Run inside every outermost transaction just before it commits (part of it)."""
        self.write_gates: list[Callable[[], None]] = []
        """Each runs once, before the next write transaction begins or the file closes, and
        may wait: the opening backup (storage/opening_backup.py) holds every edit until the
        copy of the project as it was opened is complete."""

    def pass_write_gates(self) -> None:
        """Run (and forget) the gates set on this connection; see `write_gates`."""
        while self.write_gates:
            self.write_gates.pop(0)()

    def after_commit(self, action: Callable[[], None]) -> None:
        """Run `action` once the open transaction commits (at once if none is open).

        Dropped if the transaction rolls back: a view is never told of a change that
        never happened.
        """
        if self.conn.in_transaction:
            self._after_commit.append(action)
        else:
            action()

    def rollback(self) -> None:
        self._after_commit.clear()
        self.conn.rollback()
        for action in self.rolled_back:
            action()

    def _run_after_commit(self) -> None:
        pending, self._after_commit = self._after_commit, []
        for action in [*pending, *self.committed]:
            action()

    @contextlib.contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        if self.conn.in_transaction:  # nested: a savepoint inside the open transaction
            queued = len(self._after_commit)
            try:
                with super().atomic():
                    yield self
            except BaseException:
                del self._after_commit[queued:]  # that part was rolled back
                for action in self.rolled_back:
                    action()
                raise
            return
        try:
            self.pass_write_gates()
            self._begin_immediate()
            try:
                yield self
                for action in self.before_commit:
                    action()
            except BaseException:
                self.rollback()
                raise
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise
        except sqlite3.OperationalError as error:
            raise ProjectError(write_error_message(self.path, error)) from error
        except UnicodeEncodeError as error:  # an unpaired surrogate cannot be stored as UTF-8
            raise ValidationError(
                msg("The text contains a character that cannot be saved ({object!r} at position "
                    "{start}); nothing was changed.", object=error.object[error.start],
                    start=error.start)
            ) from error
        except sqlite3.IntegrityError as error:
            if "FOREIGN KEY" not in str(error):
                raise  # a constraint the program should have checked: a bug, not a user error
            raise ProjectError(
                msg("{name}: the change was not saved because the item it belongs to no longer "
                    "exists (it may have been removed in another window).", name=self.path.name)
            ) from error
        except sqlite3.DatabaseError as error:
            if isinstance(error, sqlite3.ProgrammingError | sqlite3.InterfaceError):
                raise
            raise ProjectError(
                msg("{name} is damaged ({error}); the last change was not saved. Restore it from "
                    "a backup.", name=self.path.name, error=error)
            ) from error
        self._run_after_commit()

    def _begin_immediate(self) -> None:
        """Take the write lock now (the busy timeout applies); a rare SQLITE_BUSY that
        escapes the busy handler is retried briefly."""
        _retry_busy(lambda: self.conn.execute("BEGIN IMMEDIATE"), seconds=1.0)


def _retry_busy(action: Callable[[], T], seconds: float = BUSY_TIMEOUT_MS / 1000) -> T:
    """Run `action`, retrying while SQLite says the file is busy, for up to `seconds`."""
    deadline = time.monotonic() + seconds
    pause = 0.005
    while True:
        try:
            return action()
        except sqlite3.OperationalError as error:
            if not is_busy(error) or time.monotonic() > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.1)


def _readonly_connection(
    path: Path, *, timeout: float = BUSY_TIMEOUT_MS / 1000
) -> sqlite3.Connection:
    """A connection that cannot write to `path`.

    A file left in WAL mode in a folder we cannot write to cannot be opened with
    mode=ro (SQLite wants to create the -shm file); when there is no -wal or
    -journal content it could miss, `immutable=1` reads it safely instead.
    """
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=timeout)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as error:
        conn.close()
        pending = [sidecar(path, s) for s in ("-wal", "-journal")]
        if getattr(error, "sqlite_errorname", "") != "SQLITE_CANTOPEN" or any(
            p.exists() and p.stat().st_size > 0 for p in pending
        ):
            raise
    conn = sqlite3.connect(f"{uri}?immutable=1", uri=True, timeout=timeout)
    return conn


def open_to_read(path: Path) -> sqlite3.Connection:
    """A connection that reads `path` and cannot write it (for copies and checks)."""
    return _readonly_connection(path)


def needs_upgrade(path: Path) -> bool:
    """True if `path` is one of our projects (or a blank file) with an older schema.

    For a file `check_openable` has just accepted: it reads the schema version only, without
    a second `quick_check` of the whole file (for 18 MB, tens of milliseconds at every open)."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    try:
        conn = _readonly_connection(path)
        try:
            user_version, has_tables = _schema_facts(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise ProjectError(_damaged_message(path, error)) from error
    return bool(has_tables and user_version < LATEST_VERSION)


def _schema_facts(conn: sqlite3.Connection) -> tuple[int, bool]:
    """(user_version, has_tables) of an open file: its schema version, and whether it is blank."""
    user_version = conn.execute("PRAGMA user_version").fetchone()[0]
    has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    return user_version, has_tables


def inspect_existing(path: Path) -> tuple[int, int, bool]:
    """Read (application_id, user_version, has_tables) without writing to the file.

    Raises NotAProjectError or ProjectError with a message naming the file.
    """
    _check_header(path)
    try:
        conn = _readonly_connection(path)
    except sqlite3.Error as error:
        rolled_back = getattr(error, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK"
        if rolled_back and is_writable(path):
            # The last program to write it was killed mid-change; any opener rolls that
            # change back (SQLite's own recovery), after which the file can be checked.
            _recover_hot_journal(path)
            return inspect_existing(path)
        raise ProjectError(_damaged_message(path, error)) from error
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        user_version, has_tables = _schema_facts(conn)
        if application_id == APPLICATION_ID:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
            if problems != ["ok"]:
                lines = [line for p in problems for line in p.splitlines()]
                count = sum(1 for line in lines if line.strip() and not line.startswith("***"))
                raise ProjectError(msg(
                    "{name} is damaged (SQLite's check found 1 problem) and was not opened; "
                    "nothing was changed. Restore it from a backup." if count == 1 else
                    "{name} is damaged (SQLite's check found {count} problems) and was not "
                    "opened; nothing was changed. Restore it from a backup.",
                    name=path.name, count=count))
    except sqlite3.DatabaseError as error:
        raise ProjectError(_damaged_message(path, error)) from error
    finally:
        conn.close()
    return application_id, user_version, has_tables


def _check_header(path: Path) -> None:
    """Refuse a file that is not SQLite, or is cut short, before SQLite opens it."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise ProjectError(msg("Cannot read {path}: {value}.", path=path,
                               value=error.strerror or error)) from error
    truncated = msg("{name} is damaged: the file is truncated (only {size} bytes).", name=path.name,
                    size=len(header))
    if len(header) < 100 and (SQLITE_HEADER.startswith(header) or header.startswith(SQLITE_HEADER)):
        raise ProjectError(truncated)
    if not header.startswith(SQLITE_HEADER):
        raise NotAProjectError(
            msg("{name} is not an Annotator project (it is not a SQLite database).", name=path.name)
        )
    if len(header) < 100:
        raise ProjectError(truncated)


def _damaged_message(path: Path, error: sqlite3.Error) -> str:
    detail = str(error).splitlines()[0] if str(error) else type(error).__name__
    return (
        msg("{name} is damaged or truncated and cannot be read ({detail}); nothing was changed. "
            "Restore it from a backup.", name=path.name, detail=detail)
    )


def _recover_hot_journal(path: Path) -> None:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as error:
        raise ProjectError(_damaged_message(path, error)) from error
    finally:
        conn.close()


def check_link(path: Path) -> None:
    """A symbolic link that loops or leads nowhere is named as such (not "does not exist")."""
    if not path.is_symlink():
        return
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise ProjectError(
                msg("{name} is a symbolic link that leads back to itself (a loop), so it cannot "
                    "be opened.", name=path.name)
            ) from error
        if error.errno == errno.ENOENT:
            raise ProjectError(
                msg("{name} is a symbolic link to {readlink}, which does not exist.",
                    name=path.name, readlink=os.readlink(path))
            ) from error


def check_openable(path: Path) -> None:
    """Refuse foreign, damaged and too-new files before anything is written to them."""
    if not path.exists() or path.stat().st_size == 0:
        return
    application_id, user_version, has_tables = inspect_existing(path)
    if application_id != APPLICATION_ID and (has_tables or application_id != 0):
        raise NotAProjectError(
            msg("{name} is a SQLite database from another application, not an Annotator project.",
                name=path.name)
        )
    if user_version > LATEST_VERSION:
        raise ProjectTooNewError(
            msg("{name} was saved by a newer version of Annotator (schema {user_version}; this "
                "version reads up to {latest_version}). Update Annotator to open it.",
                name=path.name, user_version=user_version, latest_version=LATEST_VERSION)
        )


def read_only_reason(path: Path) -> str | None:
    """Why `path` cannot be written (a sentence for the user), or None if it can.

    A file with no write permission bits is treated as read-only even for root,
    so that "make it read-only" always protects a project.
    """
    directory = path.parent if str(path.parent) else Path(".")
    if _on_read_only_filesystem(directory):
        return msg("{name} is on a read-only disk", name=path.name)
    if path.exists():
        mode = path.stat().st_mode
        if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK):
            return msg("{name} is write-protected", name=path.name)
    if not os.access(directory, os.W_OK):
        return msg("the folder {directory} cannot be written to", directory=str(directory))
    return None


def _on_read_only_filesystem(directory: Path) -> bool:
    try:
        return bool(os.statvfs(directory).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def is_writable(path: Path) -> bool:
    return read_only_reason(path) is None


def read_only_notice(path: Path) -> str:
    """The sentence a window shows (status bar, title) for a project opened read-only."""
    reason = read_only_reason(path) or msg("{name} was opened read-only", name=path.name)
    return msg("Read-only: {reason}. You can read and export it, but changes cannot be saved.",
               reason=reason)  # fmt: skip


def connect(path: Path, *, read_only: bool) -> Database:
    """Open the file with the pragmas every connection needs, and bring its schema up to date."""
    existed = path.exists()
    try:
        if read_only:
            conn = _readonly_connection(path)
        else:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as error:
        raise ProjectError(msg("Cannot open {name}: {plain_error}", name=path.name,
                               plain_error=plain_error(error, path.parent))) from error
    db = ProjectDatabase(conn, path)
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        if read_only:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version < LATEST_VERSION:
                raise ProjectError(
                    msg("{name} is read-only and was made by an older Annotator; it must be "
                        "upgraded, which needs write access. Copy it somewhere writable first.",
                        name=path.name)
                )
            return db
        _prepare_for_writing(db)
        db.before_commit.append(lambda: article_blocks.refresh(conn))  # the search blocks
        return db
    except (sqlite3.Error, ProjectError) as error:
        conn.close()
        _forget_new_file(path, existed)
        cause = error.__cause__ if isinstance(error, ProjectError) else error
        if not isinstance(cause, sqlite3.Error):
            raise
        raise ProjectError(msg("Cannot open {name}: {plain_error}", name=path.name,
                               plain_error=plain_error(cause, path.parent))) from cause
    except BaseException:
        conn.close()
        _forget_new_file(path, existed)
        raise


def _prepare_for_writing(db: ProjectDatabase) -> None:
    """WAL mode and its pragmas, the application id, and the schema brought up to date."""
    # Switching journal mode needs a moment alone with the file; SQLite reports "locked"
    # at once (no busy handler) when another instance is opening or closing just then.
    _retry_busy(lambda: db.execute("PRAGMA journal_mode = WAL").fetchone())
    # NORMAL in WAL mode survives a crash of the app (every committed transaction is kept);
    # only a power cut can lose the last few commits, and never corrupts the file.
    db.execute("PRAGMA synchronous = NORMAL")
    # Copy the WAL into the file every 100 pages (400 KB) even during a long burst of
    # edits, so the WAL never needs much room (a nearly full disk); pauses are handled
    # by storage/checkpointer.py.
    db.execute("PRAGMA wal_autocheckpoint = 100")
    if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        # Marked first, so a file killed half-way through creation is still recognised as ours.
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    schema_before = db.execute("PRAGMA user_version").fetchone()[0]
    migrations.apply(db)
    if db.execute("PRAGMA user_version").fetchone()[0] != schema_before:
        # Creating or upgrading a file rewrites many pages: fold them into the file now,
        # so the WAL does not keep that size (it matters on a nearly full disk).
        with contextlib.suppress(sqlite3.Error):
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _forget_new_file(path: Path, existed: bool) -> None:
    """A project we were creating and could not finish is removed, not left half-made."""
    if existed:
        return
    for name in (path, *(sidecar(path, s) for s in SIDECAR_SUFFIXES)):
        with contextlib.suppress(OSError):
            name.unlink()


def close(db: Database, *, read_only: bool) -> None:
    """Close; unless `read_only`, first try to checkpoint the WAL so the file alone holds
    everything.

    Another window on the same file may be reading: wait for it only briefly; its
    own close (or the next open) finishes the checkpoint.
    """
    if isinstance(db, ProjectDatabase):
        db.pass_write_gates()  # an opening backup still running finishes first
    if not read_only:
        with contextlib.suppress(sqlite3.Error):
            db.execute(f"PRAGMA busy_timeout = {CLOSE_BUSY_TIMEOUT_MS}")
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            # Back to a rollback journal so the file can be copied or mailed on its own;
            # this fails harmlessly while another process still has it open.
            db.execute("PRAGMA journal_mode = DELETE")
    db.conn.close()


@contextlib.contextmanager
def migrated_copy(path: Path) -> Iterator[Database]:
    """An older project brought up to date in a temporary copy; `path` itself is only read."""
    folder = Path(tempfile.mkdtemp(prefix="annotator-read-"))
    try:
        copy = folder / path.name
        source = _readonly_connection(path)
        try:
            target = sqlite3.connect(str(copy))
            with target:
                source.backup(target)
            target.close()
        finally:
            source.close()
        db = connect(copy, read_only=False)
        try:
            yield db
        finally:
            db.conn.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
