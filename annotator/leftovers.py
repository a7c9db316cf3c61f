"""Files a killed run leaves behind, and how the next start tells them from work in progress.

A temporary file (the backup being made, the hidden `.NAME.pdf.part` of an export) is
held with an exclusive `flock` for as long as it is being written. The kernel drops that
lock when its process dies, even by SIGKILL, so at the next start a temporary file that
can be locked is a leftover and is removed, with its SQLite `-journal`; one that cannot
be locked belongs to a run still going (another window) and is left alone.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no flock; leftovers are then left in place
    fcntl = None  # type: ignore[assignment]

COMPANIONS = ("-journal",)


@contextlib.contextmanager
def writing(path: Path) -> Iterator[None]:
    """Mark `path` as being written by this process until the block ends (creates it empty)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def is_abandoned(path: Path) -> bool:
    """True if nobody is writing `path` (its writer ended or was killed)."""
    if fcntl is None:
        return False
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    else:
        return True
    finally:
        os.close(fd)


def remove_abandoned(candidates: Iterable[Path]) -> list[Path]:
    """Delete the candidates nobody is writing (and their journals); returns what was removed."""
    removed = []
    for path in candidates:
        if not path.is_file() or not is_abandoned(path):
            continue
        for doomed in (path, *(path.with_name(path.name + suffix) for suffix in COMPANIONS)):
            with contextlib.suppress(FileNotFoundError, PermissionError):
                doomed.unlink()
                removed.append(doomed)
    return removed


EXPORT_PART_SUFFIX = ".part"
"""An export is written to a hidden `.NAME.part` beside its target, then renamed."""


def remove_export_parts(folder: Path) -> list[Path]:
    """Remove hidden part files that killed exports left in `folder` (not ones being written).

    Here, not in annotator.exporters, so the start-up can clean them without importing the
    exporters."""
    try:
        return remove_abandoned(folder.glob(f".*{EXPORT_PART_SUFFIX}"))
    except OSError:
        return []
