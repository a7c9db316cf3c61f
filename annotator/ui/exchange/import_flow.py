"""Importing articles in the window: File → Import…, drag and drop, Edit → Paste as New Article.

Files are read on a worker thread (PDFs and big pages can take seconds) with a progress
dialog that can cancel; each finished draft is stored on the main thread, which owns the
SQLite connection, so nothing partial is ever stored. Problems are collected and shown
once, naming each file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from annotator.domain import ArticleDraft
from annotator.errors import AnnotatorError
from annotator.ui.common.i18n import mark, number, translated_error, translator

if TYPE_CHECKING:
    from annotator.importers.isolated import ImportProcess

tr = translator("exchange.import_flow")

FILE_FILTER = mark(
    "Articles (*.html *.htm *.xhtml *.pdf *.docx *.md *.markdown *.txt *.text *.warc *.warc.gz "
    "*.mhtml *.mht);;"
    "Web pages (*.html *.htm);;Web archives (*.warc *.warc.gz *.mhtml *.mht);;PDF (*.pdf);;Word "
    "(*.docx);;Text and Markdown (*.txt *.md);;All files (*)"
)
"""File dialog filter; tests/ui/exchange/test_import_gui.py checks it lists every importable
suffix."""


def file_filter() -> str:
    """The Import Articles dialog's file types, in the interface's language."""
    return tr(FILE_FILTER)


class ImportWorker(QObject):
    """Reads files one by one off the UI thread; never touches the project."""

    file_read = Signal(str, object)  # path, ArticleDraft
    file_failed = Signal(str, str)  # path, message
    progressed = Signal(int)
    finished = Signal()

    def __init__(self, paths: list[str]) -> None:
        super().__init__()
        self.paths = paths
        self.cancelled = False

    @Slot()
    def run(self) -> None:
        from annotator.importers.isolated import ImportCancelled, ImportProcess

        with ImportProcess() as reader:  # a child process: Cancel stops any file within a second
            for number, path in enumerate(self.paths):
                if self.cancelled:
                    break
                self._read_one(reader, number, path, ImportCancelled)
        self.finished.emit()

    def _read_one(
        self, reader: ImportProcess, number: int, path: str, cancelled_error: type[Exception]
    ) -> None:
        """Read one file and report it; a cancelled file is reported as nothing."""
        try:
            draft = reader.read(path, lambda: self.cancelled)
        except cancelled_error:
            return
        except AnnotatorError as error:
            self.file_failed.emit(path, translated_error(error))
        except Exception as error:  # noqa: BLE001 - a reader bug must not kill the thread silently
            self.file_failed.emit(
                path,
                tr("{name}: could not be read ({error}).").format(
                    name=Path(path).name, error=type(error).__name__
                ),
            )
        else:
            if not self.cancelled:
                self.file_read.emit(path, draft)
        self.progressed.emit(number + 1)


class ImportController(QObject):
    """Runs one import of several files for a window; the window stores each draft."""

    all_done = Signal(list, list)  # imported article ids, problem messages

    def __init__(
        self, parent: QWidget, store_draft: Callable[[ArticleDraft, str], str | None]
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._store_draft = store_draft
        self._thread: QThread | None = None
        self._worker: ImportWorker | None = None
        self._progress: QProgressDialog | None = None
        self.imported: list[str] = []
        self.problems: list[str] = []

    def is_running(self) -> bool:
        return self._thread is not None

    def start(self, paths: list[str]) -> None:
        if self._thread is not None or not paths:
            return
        self.imported, self.problems = [], []
        self._progress = QProgressDialog(
            tr("Importing…"), tr("Cancel"), 0, len(paths), self._parent
        )
        self._progress.setWindowTitle(tr("Import Articles"))
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(400)
        self._thread = QThread(self)
        self._worker = ImportWorker(paths)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.file_read.connect(self._on_read)
        self._worker.file_failed.connect(lambda path, message: self.problems.append(message))
        self._worker.progressed.connect(self._on_progress)
        self._worker.finished.connect(self._on_finished)
        self._progress.canceled.connect(self.cancel)
        self._thread.start()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancelled = True

    def _on_read(self, path: str, draft: ArticleDraft) -> None:
        if self._worker is not None and self._worker.cancelled:
            return
        try:
            article_id = self._store_draft(draft, path)
        except AnnotatorError as error:
            self.problems.append(f"{Path(path).name}: {translated_error(error)}")
            return
        if article_id:
            self.imported.append(article_id)

    def _on_progress(self, done: int) -> None:
        if self._progress is not None:
            self._progress.setValue(done)
            if self._worker is not None and done < len(self._worker.paths):
                self._progress.setLabelText(
                    tr("Importing {name}…").format(name=Path(self._worker.paths[done]).name)
                )

    def _on_finished(self) -> None:
        assert self._thread is not None
        self._thread.quit()
        self._thread.wait()
        self._thread.deleteLater()
        self._thread = None
        if self._worker is not None:
            self._worker.deleteLater()
            self._worker = None
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        self.all_done.emit(self.imported, self.problems)


def ask_files(parent: QWidget) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(
        parent, tr("Import Articles"), str(Path.home()), file_filter()
    )
    return paths


def report_problems(parent: QWidget, problems: list[str]) -> None:
    if problems:
        text = "\n\n".join(problems[:20]) + (
            tr("\n\n…and {value} more.").format(value=number(len(problems) - 20))
            if len(problems) > 20
            else ""
        )
        QMessageBox.warning(parent, tr("Some Files Were Not Imported"), text)


def ask_duplicate(parent: QWidget, name: str, existing_title: str) -> bool:
    """Tell the user the text is already in the project; True means: show the existing article."""
    answer = QMessageBox.information(
        parent,
        tr("Already in the Project"),
        tr(
            "The text of {name} is already in this project as "
            "“{existing_title}”.\nShow the existing article?"
        ).format(name=name, existing_title=existing_title),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Open,
    )
    return answer == QMessageBox.StandardButton.Open
