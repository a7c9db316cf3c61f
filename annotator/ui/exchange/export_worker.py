"""Exports from the window run in a worker process, with progress and Cancel.

The window builds the bundle (a quick read of the open project, on its own thread, as
SQLite connections require); the worker lays out and writes the file. Cancel ends the
worker at once, even inside Qt's PDF layout, and removes its half-written hidden file;
the target file is only ever replaced by a finished export.
"""

from __future__ import annotations

import contextlib
import dataclasses
import multiprocessing
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from annotator.exporters import part_path
from annotator.exporters.bundle import ExportBundle
from annotator.exporters.worker import run_export
from annotator.ui.common.i18n import translator

tr = translator("exchange.export_worker")

POLL_MS = 50


class ExportJob(QObject):
    """One export in a worker process. Emits `progressed` as it goes, `finished` once."""

    progressed = Signal(str, int, int)  # text, steps done, steps in all (0: unknown)
    finished = Signal(str, str)  # outcome ("done", "error", "cancelled"), message

    def __init__(
        self, bundle: ExportBundle, fmt: str, path: Path, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.path = path
        context = multiprocessing.get_context("spawn")  # never fork a process running Qt
        self._pipe, child_end = context.Pipe(duplex=False)
        self._child_end = child_end
        # The bundle crosses to the child by pickling: the capture reader (a closure over the
        # open project, used only by the command line's WARC export) stays behind.
        portable = dataclasses.replace(bundle, read_capture=None)
        self._process = context.Process(
            target=run_export, args=(portable, fmt, str(path), child_end), daemon=True
        )
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self.outcome = ""

    def start(self) -> None:
        self._process.start()
        self._child_end.close()
        self._timer.start()

    def cancel(self) -> None:
        if self.outcome:
            return
        self._process.terminate()
        self._process.join(5)
        with contextlib.suppress(OSError):
            part_path(self.path).unlink()
        self._finish("cancelled", "")

    def _poll(self) -> None:
        try:
            while self._pipe.poll():
                message = self._pipe.recv()
                if message[0] == "progress":
                    self.progressed.emit(*message[1:])
                else:
                    self._process.join(5)
                    self._finish(message[0], message[1] if len(message) > 1 else "")
                    return
        except (EOFError, OSError):
            pass
        if not self._process.is_alive() and not self.outcome:
            with contextlib.suppress(OSError):
                part_path(self.path).unlink()
            self._finish(
                "error",
                tr("The export stopped unexpectedly (exit code {exitcode}).").format(
                    exitcode=self._process.exitcode
                ),
            )

    def _finish(self, outcome: str, message: str) -> None:
        self.outcome = outcome
        self._timer.stop()
        self._pipe.close()
        self.finished.emit(outcome, message)
