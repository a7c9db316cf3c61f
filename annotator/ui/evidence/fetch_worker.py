"""Fetching in a worker thread with a progress dialog and Cancel, so the window keeps handling
events while the network is slow.

The worker only fetches (network, no SQL); what it brought back is stored by the caller on the
window's thread, through the services, when `succeeded` arrives (before the dialog closes).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from annotator.errors import AnnotatorError
from annotator.ui.common.i18n import number, translated_error, translator

if TYPE_CHECKING:
    from annotator.fetch import FetchResult

tr = translator("evidence.fetch_worker")


class _Fetcher(QObject):
    progressed = Signal(int, int)  # bytes so far, bytes expected (0: unknown)
    succeeded = Signal(object)  # FetchResult
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, job: Callable[..., FetchResult], cancel: threading.Event) -> None:
        super().__init__()
        self._job = job
        self._cancel = cancel

    def run(self) -> None:
        from annotator.fetch import FetchCancelled  # the fetcher loads with the first fetch

        try:
            result = self._job(
                cancel=self._cancel, progress=lambda n, total: self.progressed.emit(n, total or 0)
            )
        except FetchCancelled:
            self.cancelled.emit()
        except AnnotatorError as error:
            self.failed.emit(translated_error(error))
        else:
            self.succeeded.emit(result)


class FetchRun(QObject):
    """One fetch: `start()`; then exactly one of `succeeded(result)`, `failed(message)`,
    `cancelled()`."""

    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, parent: QWidget, label: str, job: Callable[..., FetchResult]) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self.worker_thread = QThread(self)
        self.fetcher = _Fetcher(job, self.cancel_event)
        self.fetcher.moveToThread(self.worker_thread)
        self.dialog = QProgressDialog(label, tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(tr("Fetching"))
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.worker_thread.started.connect(self.fetcher.run)
        self.fetcher.progressed.connect(self._progress)
        for signal, relay in (
            (self.fetcher.succeeded, self.succeeded),
            (self.fetcher.failed, self.failed),
            (self.fetcher.cancelled, self.cancelled),
        ):
            signal.connect(relay)  # the result is stored (or the error shown) first,
            signal.connect(self._done)  # then `finished`

    def start(self) -> None:
        self.worker_thread.start()

    def cancel(self) -> None:
        self.cancel_event.set()

    def _progress(self, size: int, total: int) -> None:
        if total:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(size, total))
        self.dialog.setLabelText(
            tr("{value} — {value2} KB").format(
                value=self.dialog.labelText().split(" — ")[0], value2=number(size // 1024)
            )
        )

    def _done(self, *_args: object) -> None:
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.worker_thread.quit()
        self.worker_thread.wait()
        self.finished.emit()
