"""Temporary files of the test run in memory (a tmpfs), so that SQLite's fsyncs cost nothing.

Opening, writing and closing a project file makes SQLite fsync it many times (a new file and
its first close: about 14), and the suite does that thousands of times (tests/review alone: 5,578
fdatasync calls). On the 2-core virtual machine, whose disk takes 3-4 ms a fsync, tests/review
took 81 s wall on disk and 51 s on /dev/shm for the same 17 CPU-seconds (2 December 2026, with
other jobs running). No test is about surviving a power cut, which is all an fsync guards against
(a killed process loses nothing either way: its writes are in the kernel's page cache), so the
run's temporary folder, the `tmp_path` of every test, goes to /dev/shm when that is a tmpfs with
room to spare.
An explicit TMPDIR or `--basetemp` is kept as given.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

MEMORY = Path("/dev/shm")
ROOM = 2 * 1024**3
"""Free space /dev/shm must have: a run's temporary files take about 100 MB (pytest keeps the
last three runs' folders)."""


def is_roomy_tmpfs(folder: Path) -> bool:
    """True if `folder` is the mount point of a writable tmpfs with ROOM bytes free."""
    try:
        with open("/proc/self/mounts", encoding="utf-8") as mounts:
            kinds = {line.split()[1]: line.split()[2] for line in mounts if line.count(" ") >= 3}
        stats = os.statvfs(folder)
    except OSError:
        return False
    free = stats.f_bavail * stats.f_frsize
    return kinds.get(str(folder)) == "tmpfs" and free >= ROOM and os.access(folder, os.W_OK)


def use_memory_tmpdir(config: pytest.Config) -> None:
    """Point TMPDIR (this process, the test workers and every child) at /dev/shm if it is a
    roomy tmpfs, unless TMPDIR or --basetemp was given."""
    if os.environ.get("TMPDIR") or config.option.basetemp or not is_roomy_tmpfs(MEMORY):
        return
    os.environ["TMPDIR"] = str(MEMORY)
    tempfile.tempdir = None  # forget the folder tempfile chose before
