"""Exports from the window, with progress and Cancel: PDF and WARC in a worker process, the
text formats on a thread.

The window builds the bundle (a quick read of the open project, on its own thread, as
SQLite connections require). A PDF is laid out and written by a worker process: Cancel ends
it at once, even inside Qt's PDF layout, and removes its half-written hidden file. A text
format (HTML, Markdown, CSV, JSON, ClaimReview, W3C) is plain Python: a thread renders it from
the same bundle, with no copy of the bundle to hand over, and the window writes the file once
it is rendered; Cancel drops the rendering, so nothing is written. Either way the target file
is only ever replaced by a finished export.
"""

from __future__ import annotations

import contextlib
import dataclasses
import multiprocessing
import queue
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from annotator.exporters import EXPORT_FORMATS, WRITING, part_path, render_file, save_file
from annotator.exporters.bundle import ExportBundle
from annotator.exporters.worker import failure_message, run_export
from annotator.ui.common.i18n import translator

tr = translator("exchange.export_worker")

POLL_MS = 50


def export_job_for(
    bundle: ExportBundle, fmt: str, path: Path, parent: QObject | None = None
) -> ExportJob | ExportThreadJob:
    """The job that writes `fmt`: a worker process for the formats that need one, else a thread."""
    isolated = fmt not in EXPORT_FORMATS or EXPORT_FORMATS[fmt].isolated
    return (ExportJob if isolated else ExportThreadJob)(bundle, fmt, path, parent)


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


class ExportThreadJob(QObject):
    """One text export rendered on a thread. The same signals as `ExportJob`."""

    progressed = Signal(str, int, int)
    finished = Signal(str, str)

    def __init__(
        self, bundle: ExportBundle, fmt: str, path: Path, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.path = path
        self._rendered: queue.SimpleQueue[bytes | str] = queue.SimpleQueue()
        self._thread = threading.Thread(
            target=_render, args=(bundle, fmt, self._rendered), name="export", daemon=True
        )
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self.outcome = ""

    def start(self) -> None:
        self.progressed.emit(WRITING, 0, 0)  # as the worker process says it
        self._thread.start()
        self._timer.start()

    def running(self) -> bool:
        """True while the thread renders (it goes on after a Cancel; its file is dropped)."""
        return self._thread.is_alive()

    def cancel(self) -> None:
        if not self.outcome:
            self._finish("cancelled", "")

    def _poll(self) -> None:
        with contextlib.suppress(queue.Empty):
            rendered = self._rendered.get_nowait()
            if isinstance(rendered, str):  # what went wrong
                self._finish("error", rendered)
                return
            try:
                save_file(self.path, rendered)
            except Exception as error:  # noqa: BLE001 - shown as a dialog, never a stuck export
                self._finish("error", failure_message(error))
            else:
                self._finish("done", "")

    def _finish(self, outcome: str, message: str) -> None:
        self.outcome = outcome
        self._timer.stop()
        self.finished.emit(outcome, message)


def _render(bundle: ExportBundle, fmt: str, rendered: queue.SimpleQueue[bytes | str]) -> None:
    """The thread's work: the file's bytes, or the message of what went wrong (no Qt here)."""
    try:
        rendered.put(render_file(bundle, fmt))
    except Exception as error:  # noqa: BLE001 - the window shows it, as the worker's
        rendered.put(failure_message(error))
