"""Who else has a project open: a lock file next to it, so a second instance can warn the user.

`NAME.annotator.lock` holds one JSON record (pid, host, user, since) and every
instance with the project open holds a shared `flock` on it. The kernel drops
that lock when a process dies, even by SIGKILL, so a lock left behind by a crash
is recognised as stale; where `flock` is not available the record's pid is
checked with `os.kill(pid, 0)` on the same host. Between windows and the CLI this
is advice (SQLite itself keeps two writers safe). It is a barrier for one operation
that SQLite cannot make safe: replacing the file (Restore from Backup) takes the lock
exclusively (`exclusive_presence`), so it is refused while any window or writing CLI
command has the project open, and a window or command that starts meanwhile waits
for it to finish and then opens the restored file.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from annotator.errors import msg

try:
    import fcntl
except ImportError:  # Windows: fall back to the record and a pid check
    fcntl = None  # type: ignore[assignment]

LOCK_SUFFIX = ".lock"
WAIT_FOR_RESTORE = 60.0
"""Seconds an opener waits for a running restore before giving up."""


class ProjectBeingReplaced(Exception):
    """The project is being replaced by a backup for longer than an opener waits."""


_held: dict[
    Path, tuple[int, int]
] = {}  # project (resolved) -> (lock file fd, claims by this process)


@dataclass(frozen=True)
class OtherInstance:
    """Another running Annotator that has the project open (as far as can be told)."""

    pid: int
    host: str
    user: str
    since: str  # ISO local time the other instance opened the project, "" if unknown
    certain: bool = True  # False: a record from another computer whose liveness cannot be checked
    program: str = ""  # "Annotator" (a window) or "annotator import" (a command), "" if unknown

    def describe(self) -> str:
        """Who has it open, as a message whose parts translate too ("by ana on desk-2")."""
        parts: list[str] = [self.program] if self.program and self.program != "Annotator" else []
        if self.user:
            parts.append(msg("by {user}", user=self.user))
        if self.host and self.host != socket.gethostname():
            parts.append(msg("on {host}", host=self.host))
        if self.since:
            with contextlib.suppress(ValueError):
                when = f"{datetime.fromisoformat(self.since):%Y-%m-%d %H:%M}"
                parts.append(msg("since {time}", time=when))
        if not parts:
            return msg("another program")
        described = parts[0]
        for part in parts[1:]:
            described = msg("{first} {second}", first=described, second=part)
        return described

    def message(self, project_path: str | Path) -> str:
        """The warning a window shows when it opens the project."""
        name = Path(project_path).name
        if not self.certain:
            return msg(
                "{name} may be open in Annotator {who}, or that program ended without closing "
                "it. If it is open there, both of you can work: every change is saved at once "
                "and each window shows the other's changes.",
                name=name,
                who=self.describe(),
            )
        return msg(
            "{name} is already open in another Annotator ({who}). You can both work on it: "
            "every change is saved at once and each window shows the other's changes within a "
            "few seconds. Avoid editing the same claim at the same time.",
            name=name,
            who=self.describe(),
        )


def lock_path(project_path: str | Path) -> Path:
    project_path = Path(project_path)
    return project_path.with_name(project_path.name + LOCK_SUFFIX)


def claim_presence(project_path: str | Path, program: str = "Annotator") -> OtherInstance | None:
    """Register this process as having the project open; return who else has, if anyone.

    Call it *before* opening the database, and `release_presence` after closing it. If
    a backup is being restored into the file, waits for that to end. If the lock file
    cannot be made (read-only folder), presence is simply unknown and None is
    returned. Raises ProjectBeingReplaced only if a restore outlasts WAIT_FOR_RESTORE.
    """
    key = Path(project_path).resolve()
    if key in _held:
        fd, count = _held[key]
        _held[key] = (fd, count + 1)
        return None
    path = lock_path(key)
    for _ in range(20):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            return None
        try:
            other, alone = _lock(fd, path)
        except _Replaced:
            os.close(fd)
            continue
        except OSError:
            os.close(fd)
            return None
        except ProjectBeingReplaced:
            os.close(fd)
            raise
        record = _read_record(fd)
        if alone or record is None or not _alive(record):
            _write_record(fd, program)
        _held[key] = (fd, 1)
        return other
    return None


def release_presence(project_path: str | Path) -> None:
    """Unregister; the last instance to leave removes the lock file."""
    key = Path(project_path).resolve()
    if key not in _held:
        return
    fd, count = _held.pop(key)
    if count > 1:
        _held[key] = (fd, count - 1)
        return
    try:
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return  # someone else still has it open: leave the file for them
        with contextlib.suppress(OSError):
            lock_path(key).unlink()
    finally:
        os.close(fd)


def remove_stale_lock(project_path: str | Path) -> bool:
    """Delete the project's lock file if a crashed run left it (nobody holds it); True if removed.

    A record written on another computer (a shared folder) is kept: its owner may be alive.
    """
    key = Path(project_path).resolve()
    path = lock_path(key)
    if fcntl is None or key in _held or not path.is_file():
        return False
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False  # someone has the project open
        if _uncertain(_read_record(fd)) is not None:
            return False
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            return True
        return False
    finally:
        os.close(fd)


def other_instance(project_path: str | Path) -> OtherInstance | None:
    """Who has the project open, without registering (used before restoring a backup)."""
    key = Path(project_path).resolve()
    path = lock_path(key)
    if key in _held and _held[key][1] > 0:
        return None  # this process: the caller knows its own windows
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return _record_or_unknown(_read_record(fd))
            except OSError:
                pass
            else:
                return _uncertain(_read_record(fd))
        record = _read_record(fd)
        return record if record is not None and _alive(record) else None
    finally:
        os.close(fd)


@contextlib.contextmanager
def exclusive_presence(project_path: str | Path) -> Iterator[OtherInstance | None]:
    """Hold the project's lock alone while the file is replaced; yields who prevents it.

    Yields None with the exclusive lock held, or the other instance (nothing held) if
    any window or command has the project open, this process's other windows included.
    On exit the lock file is removed, so openers that waited retry on a fresh one and
    open the new file. Without `flock` it falls back to `other_instance`.
    """
    path = lock_path(Path(project_path).resolve())
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        yield other_instance(project_path)
        return
    try:
        if fcntl is None:
            yield other_instance(project_path)
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield _record_or_unknown(_read_record(fd), mine_too=True)
            return
        try:
            yield None
        finally:
            with contextlib.suppress(OSError):
                path.unlink()
    finally:
        os.close(fd)


class _Replaced(Exception):
    """The lock file was removed or replaced between opening and locking it."""


def _lock(fd: int, path: Path) -> tuple[OtherInstance | None, bool]:
    """Take a shared lock; report (other instance or None, whether we are alone)."""
    if fcntl is None:
        record = _read_record(fd)
        other = record if record is not None and _alive(record) else None
        return other, other is None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        alone = True
    except BlockingIOError:
        alone = False
    except OSError as error:
        if error.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS):
            record = _read_record(fd)
            other = record if record is not None and _alive(record) else None
            return other, other is None
        raise
    if alone:
        _check_same_file(fd, path)
        # Nobody holds it here; a record from another computer may still be live.
        other = _uncertain(_read_record(fd))
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        return other, True
    record = _read_record(fd)
    deadline = time.monotonic() + WAIT_FOR_RESTORE
    while True:  # others hold shared locks; an exclusive one: a newcomer's instant, or a restore
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            if time.monotonic() > deadline:
                raise ProjectBeingReplaced from None
            time.sleep(0.01)
    _check_same_file(fd, path)
    return _record_or_unknown(record), False


def _check_same_file(fd: int, path: Path) -> None:
    try:
        if os.fstat(fd).st_ino != path.stat().st_ino:
            raise _Replaced
    except FileNotFoundError:
        raise _Replaced from None


def _record_or_unknown(record: OtherInstance | None, *, mine_too: bool = False) -> OtherInstance:
    if (
        record is not None
        and (mine_too or record.pid != os.getpid())
        and (mine_too or _alive(record))
    ):
        return record
    return OtherInstance(pid=0, host="", user="", since="")


def _uncertain(record: OtherInstance | None) -> OtherInstance | None:
    """A record left by another computer (network folder): cannot be checked, may be stale."""
    if record is None or record.host == socket.gethostname():
        return None
    return OtherInstance(record.pid, record.host, record.user, record.since, certain=False)


def _alive(record: OtherInstance) -> bool:
    if record.host != socket.gethostname():
        return True
    if record.pid == os.getpid() or record.pid <= 0:
        return False
    try:
        os.kill(record.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, belongs to another user
    return True


def _read_record(fd: int) -> OtherInstance | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = os.read(fd, 4096)
        values = json.loads(data.decode("utf-8")) if data.strip() else None
        if not isinstance(values, dict):
            return None
        return OtherInstance(
            pid=int(values.get("pid", 0)),
            host=str(values.get("host", "")),
            user=str(values.get("user", "")),
            since=str(values.get("since", "")),
            program=str(values.get("program", "")),
        )
    except (OSError, ValueError, TypeError):
        return None


def _write_record(fd: int, program: str = "Annotator") -> None:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    record = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "user": user,
        "since": datetime.now().isoformat(timespec="seconds"),
        "program": program,
    }
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(record).encode("utf-8"))
