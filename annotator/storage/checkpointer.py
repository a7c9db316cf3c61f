"""Copying the `-wal` into the project file when edits pause, so the file alone is complete.

In WAL mode a committed edit is safe in `NAME-wal`, but a copy of `NAME` alone (mailed,
synced, backed up by hand) would lack it. A checkpoint after every commit would add its
fsyncs to every keystroke's commit; so a background thread waits until no commit has come
for `IDLE_SECONDS` and then runs a PASSIVE checkpoint on a connection of its own (SQLite's
PASSIVE mode copies what it can without waiting for the window's readers or writers).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from pathlib import Path

IDLE_SECONDS = 0.2
"""How long edits must pause before the file is brought up to date."""


class IdleCheckpointer:
    """Runs `PRAGMA wal_checkpoint(PASSIVE)` once after each burst of commits."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._poked = threading.Event()
        self._done = threading.Event()
        self._done.set()
        self._stopping = False
        self._thread: threading.Thread | None = None

    def poke(self) -> None:
        """A commit happened: checkpoint once the edits pause."""
        if self._stopping:
            return
        self._done.clear()
        self._poked.set()
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._run, name="annotator-checkpoint", daemon=True
            )
            self._thread.start()

    def wait(self, timeout: float = 5.0) -> bool:
        """Block until the commits so far are in the file itself (True), or `timeout` passes."""
        return self._done.wait(timeout)

    def stop(self) -> None:
        """Finish the pending checkpoint (if any) and end the thread; before the store closes."""
        self._stopping = True
        self._poked.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _run(self) -> None:
        conn: sqlite3.Connection | None = None
        try:
            while True:
                self._poked.wait()
                while self._poked.is_set() and not self._stopping:  # debounce: until edits pause
                    self._poked.clear()
                    if self._poked.wait(IDLE_SECONDS):
                        continue
                    break
                self._poked.clear()
                conn = conn or self._connect()
                if conn is not None:
                    with contextlib.suppress(sqlite3.Error):
                        conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                if not self._poked.is_set():
                    self._done.set()
                if self._stopping:
                    return
        finally:
            self._done.set()
            if conn is not None:
                conn.close()

    def _connect(self) -> sqlite3.Connection | None:
        try:
            conn = sqlite3.connect(str(self.path), timeout=0.5)
            conn.execute("PRAGMA busy_timeout = 500")
            return conn
        except sqlite3.Error:
            return None
