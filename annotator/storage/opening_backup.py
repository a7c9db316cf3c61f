"""The backup made when a project opens, on a thread of its own, so the window paints first.

What it protects is what the backup made before the window showed protected: a complete copy
of the project as it was opened (copied with SQLite's backup API, fsynced, compared with the
newest backup; backups.backup_file) exists before any edit in this window is committed. The
project connection's write gate (ProjectDatabase.write_gates) waits for the copy before the
first write transaction begins, and before the file closes; an edit made while the copy runs
waits for it (a moment of waiting, never an edit ahead of its backup). The copy reads through
a read-only connection of its own, which in WAL mode sees the project as committed when the
copy began and never holds up the window's own reads.
"""

from __future__ import annotations

import threading
from pathlib import Path

from annotator.errors import AnnotatorError
from annotator.storage import backups, database
from annotator.storage.store import ProjectStore


class OpeningBackup:
    """One project's opening backup: `start()` it, then `done`, `made` and `error`."""

    def __init__(self, store: ProjectStore, backup_dir: Path, keep: int) -> None:
        self.path = store.path
        self._backup_dir = backup_dir
        self._keep = keep
        self.made: Path | None = None
        self.error: AnnotatorError | None = None
        self._finished = threading.Event()
        self._thread = threading.Thread(target=self._run, name="annotator-backup", daemon=True)
        if not isinstance(store.db, database.ProjectDatabase):
            raise TypeError("an opening backup needs the project's own connection")
        store.db.write_gates.append(self.wait)  # set before the copy starts: no edit slips by

    def start(self) -> OpeningBackup:
        if not self.done:  # not already made by an early `wait`
            self._thread.start()
        return self

    @property
    def done(self) -> bool:
        return self._finished.is_set()

    def wait(self) -> None:
        """Block until the copy is complete (or failed); at once if it already is."""
        if not self._thread.is_alive() and not self.done:
            self._run()  # never started (an edit or close came first): make it now
        self._finished.wait()

    def _run(self) -> None:
        try:
            self.made = backups.backup_file(self.path, self._backup_dir, self._keep)
        except AnnotatorError as error:
            self.error = error
        finally:
            self._finished.set()
