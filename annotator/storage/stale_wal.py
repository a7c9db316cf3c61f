"""A `-wal` file left beside a project that it does not belong to is never applied.

SQLite applies whatever `NAME-wal` sits beside `NAME` when it opens it. After a
crash, the project may have been replaced by a colleague's copy of the same name,
or the WAL may be from another file altogether; applying it would silently rewrite
(or damage) the new file. Before a project is opened, a WAL nobody is using is
checked, and one that does not belong is moved aside (renamed, never deleted), with
a message, leaving the project file exactly as it was.

What is checked (all by reading; the checks of content run on temporary copies):
- the WAL header (magic number, its checksum, the page size of the project file);
- the frames: a WAL with bytes but no frame whose salts and checksums are valid;
- the content: the app copies the WAL into the file when edits pause, so the file
  beside its own WAL holds the WAL's pages as of the point copied (known from `-shm`,
  or else some transaction boundary). A file that matches at no such point (a
  colleague's copy, another database) is not the WAL's file.

When nothing of the WAL had been copied yet (a crash within a moment of an edit), or the
`-shm` is gone and the file matches the WAL at no transaction boundary, the WAL is applied
to a temporary copy instead: it must give a sound file, with no more rows pointing at missing
rows than before (another project of the same schema can replace whole tables), and the same
application id and project id. So in those cases a colleague's copy of the *same* project is
not recognised.

A WAL killed in its first transaction after a restart has a header and no committed frame of
its own; SQLite applies nothing of it. It is set aside only when the previous generation's
frames still in it end a commit and match the file at none of their commits.
"""

from __future__ import annotations

import contextlib
import fcntl
import shutil
import sqlite3
import struct
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from annotator.errors import msg

WAL_MAGIC = (0x377F0682, 0x377F0683)
WAL_HEADER = 32
FRAME_HEADER = 24
DMS_LOCK_BYTE = 128
"""The byte of `-shm` every connection to a WAL database holds a shared lock on."""

open_in_this_process: Counter[Path] = Counter()
"""Projects this process has open, and how many times (their WAL is live, not stale)."""


@dataclass(frozen=True)
class SetAside:
    """A WAL moved away from a project, and why."""

    kept_as: Path
    reason: str

    def message(self, project: Path) -> str:
        return msg(
            "{name}: a leftover change log ({name}-wal) did not belong to this file ({reason}), "
            "so it was not applied. It was kept as {kept}; the project was opened as it is.",
            name=project.name,
            reason=self.reason,
            kept=self.kept_as.name,
        )


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _checksum(data: bytes, big_endian: bool, s0: int = 0, s1: int = 0) -> tuple[int, int]:
    """SQLite's WAL checksum over `data` (a multiple of 8 bytes)."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def structural_problem(wal: bytes, page_size: int) -> str | None:
    """Why the WAL's bytes cannot belong to a file with `page_size`, or None."""
    if len(wal) < WAL_HEADER:
        return msg("it is too short to be a change log")
    magic, _version, wal_page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(
        ">8I", wal[:WAL_HEADER]
    )
    if magic not in WAL_MAGIC:
        return msg("it is not a SQLite change log")
    big_endian = magic & 1 == 1
    if _checksum(wal[:24], big_endian) != (c0, c1):
        return msg("its header is damaged")
    if wal_page_size != page_size:
        return msg(
            "its page size is {wal}, the project's is {main}", wal=wal_page_size, main=page_size
        )
    committed = _valid_frames(wal, wal_page_size, big_endian, (salt1, salt2), (c0, c1))
    if committed == 0 and _restart_leftovers(wal, wal_page_size) is None:
        return msg("none of its changes match its header (salt or checksum mismatch)")
    return None


def _valid_frames(
    wal: bytes, page_size: int, big_endian: bool, salts: tuple[int, int], sums: tuple[int, int]
) -> int:
    """How many frames SQLite would accept (up to the last valid commit)."""
    offset, count, committed = WAL_HEADER, 0, 0
    s0, s1 = sums
    while offset + FRAME_HEADER + page_size <= len(wal):
        header = wal[offset : offset + FRAME_HEADER]
        _page, commit_size, salt1, salt2, c0, c1 = struct.unpack(">6I", header)
        if (salt1, salt2) != salts:
            break
        s0, s1 = _checksum(header[:8], big_endian, s0, s1)
        page = wal[offset + FRAME_HEADER : offset + FRAME_HEADER + page_size]
        s0, s1 = _checksum(page, big_endian, s0, s1)
        if (s0, s1) != (c0, c1):
            break
        count += 1
        if commit_size:
            committed = count
        offset += FRAME_HEADER + page_size
    return committed


def in_use(path: Path) -> bool:
    """True if any connection (this process or another) has the project open now."""
    if open_in_this_process[path.resolve()] > 0:
        return True
    shm = path.with_name(path.name + "-shm")
    if not shm.exists():
        return False
    try:
        with shm.open("rb") as handle:
            query = struct.pack("hhqqi4x", fcntl.F_WRLCK, 0, DMS_LOCK_BYTE, 1, 0)
            answer = fcntl.fcntl(handle.fileno(), fcntl.F_GETLK, query)
    except OSError:
        return True  # cannot tell: leave it to SQLite
    return bool(struct.unpack("hhqqi4x", answer)[0] != fcntl.F_UNLCK)


def _frames(wal: bytes, page_size: int) -> list[tuple[int, bool, bytes]]:
    """(page number, ends a transaction, page image) of each frame SQLite would accept."""
    return _frames_from(wal, WAL_HEADER, wal[16:24], page_size)


def _frames_from(
    wal: bytes, offset: int, salts: bytes, page_size: int
) -> list[tuple[int, bool, bytes]]:
    """The frames from `offset` on that carry `salts` (checksums not checked)."""
    frames = []
    while offset + FRAME_HEADER + page_size <= len(wal):
        page, commit_size = struct.unpack(">2I", wal[offset : offset + 8])
        if wal[offset + 8 : offset + 16] != salts:
            break
        start = offset + FRAME_HEADER
        frames.append((page, commit_size != 0, wal[start : start + page_size]))
        offset = start + page_size
    return frames


def _restart_leftovers(wal: bytes, page_size: int) -> list[tuple[int, bool, bytes]] | None:
    """The previous generation's frames a restarted WAL still holds, if the WAL is one whose
    first transaction was cut short ([] when none can be compared); None if it is not.

    Once every frame has been copied into the file, the next transaction restarts the WAL: it
    writes a new header (salt-1 one more than before, a new salt-2), then its frames over the
    old ones from the start, the commit frame last. A kill before that commit leaves a header
    none of whose frames are committed: some frames of this generation (the last one maybe
    half-written), then what was there before: the previous generation's frames, all in the
    file already, older ones, or the uncommitted frames of an earlier start cut short the
    same way. SQLite applies nothing of such a WAL.
    """
    size = FRAME_HEADER + page_size
    current = _frames_from(wal, WAL_HEADER, wal[16:24], page_size)
    if any(commit for _page, commit, _image in current[:-1]):
        return None  # transactions of this generation with damaged checksums: not a restart
    offset = WAL_HEADER + len(current) * size
    previous = (int.from_bytes(wal[16:20], "big") - 1) % 2**32
    if offset + size > len(wal) or int.from_bytes(wal[offset + 8 : offset + 12], "big") != previous:
        return []
    return _chained(wal, offset, page_size)


def _chained(wal: bytes, offset: int, page_size: int) -> list[tuple[int, bool, bytes]]:
    """The frames from `offset` on whose checksums follow, each from the one before (the
    first cannot be checked: the frame before it was overwritten)."""
    big_endian = int.from_bytes(wal[:4], "big") & 1 == 1
    frames = _frames_from(wal, offset, wal[offset + 8 : offset + 16], page_size)
    for number in range(1, len(frames)):
        start = offset + number * (FRAME_HEADER + page_size)
        sums = struct.unpack(">2I", wal[start - page_size - 8 : start - page_size])
        header = wal[start : start + FRAME_HEADER]
        s0, s1 = _checksum(header[:8], big_endian, *sums)
        if _checksum(frames[number][2], big_endian, s0, s1) != struct.unpack(">2I", header[16:]):
            return frames[:number]
    return frames


def _backfilled(path: Path, wal: bytes) -> int | None:
    """How many WAL frames were already copied into the file, from the `-shm` index (if it is this
    WAL's index); None when unknown."""
    shm = path.with_name(path.name + "-shm")
    try:
        index = shm.read_bytes()[:136]
    except OSError:
        return None
    if len(index) < 136 or index[32:40] != wal[16:24]:
        return None
    return int.from_bytes(index[96:100], sys.byteorder)


def content_problem(path: Path, main: bytes, wal: bytes, page_size: int) -> str | None:
    """Why the WAL was not written on top of `main`, or None.

    Frames are copied into the file as the app goes (a checkpoint once edits pause), so
    the file beside a WAL of its own holds, of every page copied, that copy or a later
    version from the WAL (how far copying got is read from `-shm`; without it, the file
    must equal the WAL at some transaction boundary, or else pass a trial application).
    """
    frames = _frames(wal, page_size)[: _valid_count(wal, page_size)]
    if not frames:  # a restart cut short: the previous generation must be this file's
        return _boundary_problem(main, _restart_leftovers(wal, page_size) or [], page_size)
    known = _backfilled(path, wal)
    if known:
        return _check_copied(main, frames, known, page_size)
    if known == 0:  # nothing copied in yet (a crash right after an edit): nothing to compare
        return _applied_problem(main, wal)
    if _matches_at_a_boundary(main, frames, page_size):
        return None
    return _applied_problem(main, wal)  # no index and no copy point: a crash before the first?


def _matches_at_a_boundary(
    main: bytes, frames: list[tuple[int, bool, bytes]], page_size: int
) -> bool:
    """True if `main` holds, of every page in `frames` up to some commit, its last version."""
    mismatched: set[int] = set()
    for page, commit, image in frames:
        stored = main[(page - 1) * page_size : page * page_size]
        (mismatched.discard if stored == image else mismatched.add)(page)
        if commit and not mismatched:
            return True
    return False


def _boundary_problem(
    main: bytes, frames: list[tuple[int, bool, bytes]], page_size: int
) -> str | None:
    """Frames all copied into their file long ago (a restarted WAL's previous generation): the
    file must match them at some commit, if any commit is among them."""
    if not any(commit for _page, commit, _image in frames):
        return None
    if _matches_at_a_boundary(main, frames, page_size):
        return None
    return msg("it holds changes to a different file")


def _applied_problem(main: bytes, wal: bytes) -> str | None:
    """Apply the WAL to a temporary copy: it must give a sound file of the same project."""
    with tempfile.TemporaryDirectory(prefix="annotator-wal-") as folder:
        alone = _identity(Path(folder), main, None)
        applied = _identity(Path(folder), main, wal)
    if alone[0] == "ok" and applied[0] != "ok":
        return msg("applying it would damage the file")
    # Another project of the same schema can overwrite whole tables and still pass the checks
    # above: its rows then point at rows this file has and it lacks (claims at its articles).
    if applied[3] > alone[3]:
        return msg("it was written for a different project file")
    # A file killed while it was being created holds no id yet: its WAL completes it.
    for mine, theirs in zip(alone[1:3], applied[1:3], strict=True):
        if mine and mine != theirs:
            return msg("it was written for a different project file")
    return None


def _identity(folder: Path, main: bytes, wal: bytes | None) -> tuple[str, int, str, int]:
    """(quick_check, application_id, project_id, broken references) of `main` with `wal`
    applied (or alone)."""
    copy = folder / ("with-wal" if wal is not None else "alone")
    copy.write_bytes(main)
    if wal is not None:
        copy.with_name(copy.name + "-wal").write_bytes(wal)
    conn = sqlite3.connect(str(copy))
    try:
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        try:
            row = conn.execute("SELECT value FROM project_meta WHERE key = 'project_id'").fetchone()
        except sqlite3.Error:
            row = None
        broken = len(conn.execute("PRAGMA foreign_key_check").fetchall())
        return check, application_id, row[0] if row else "", broken
    except sqlite3.DatabaseError as error:
        return msg("unreadable ({error})", error=str(error)), 0, "", 0
    finally:
        conn.close()


def _check_copied(
    main: bytes, frames: list[tuple[int, bool, bytes]], known: int, page_size: int
) -> str | None:
    """Every page the index says was copied must hold that copy, or a later one of the WAL
    (a checkpoint killed half-way writes pages before it records how far it got)."""
    later: dict[int, list[bytes]] = {}
    for number, (page, _commit, image) in enumerate(frames, start=1):
        if number <= known:
            later[page] = [image]  # the copy, and any later version of the page below
        elif page in later:
            later[page].append(image)
    for page, images in later.items():
        if main[(page - 1) * page_size : page * page_size] not in images:
            return msg("it holds changes to a different file")
    return None


def _valid_count(wal: bytes, page_size: int) -> int:
    magic, *_rest, salt1, salt2, c0, c1 = struct.unpack(">8I", wal[:WAL_HEADER])
    return _valid_frames(wal, page_size, magic & 1 == 1, (salt1, salt2), (c0, c1))


def opened(path: Path) -> None:
    open_in_this_process[path.resolve()] += 1


def closed(path: Path) -> None:
    key = path.resolve()
    open_in_this_process[key] -= 1
    if open_in_this_process[key] <= 0:
        del open_in_this_process[key]


def set_aside_foreign_wal(path: Path) -> SetAside | None:
    """Move a stale `-wal` that does not belong to `path` out of the way; None if all is well.

    Does nothing while anyone has the project open, or when there is no WAL content.
    """
    wal_path = _wal(path)
    try:
        if not wal_path.exists() or wal_path.stat().st_size == 0 or in_use(path):
            return None
        main = path.read_bytes()
        wal = wal_path.read_bytes()
    except OSError:
        return None
    if len(main) < 100:
        return None  # not a database: the opening checks say so
    page_size = struct.unpack(">H", main[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    reason = structural_problem(wal, page_size) or content_problem(path, main, wal, page_size)
    if reason is None:
        return None
    kept = wal_path.with_name(f"{wal_path.name}.not-applied-{time.strftime('%Y%m%d-%H%M%S')}")
    with contextlib.suppress(OSError):
        shutil.move(str(wal_path), kept)
        shm = path.with_name(path.name + "-shm")
        if shm.exists():
            shm.unlink()  # an index of the WAL just moved; SQLite rebuilds it
        return SetAside(kept, reason)
    return None
