"""Articles and annotations in and out of the window: import (worker thread, drag and drop,
paste), annotation import, and export. A part of MainWindow (see main_window.py).

The importers and exporters load on first use, so starting the window does not pay for them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from annotator import app_settings
from annotator.domain import ArticleDraft
from annotator.errors import AnnotatorError
from annotator.ui.common import dialogs
from annotator.ui.common.undo_commands import AddArticleCommand, ImportAnnotationsCommand
from annotator.ui.exchange import export_dialog, import_flow
from annotator.ui.review.blind import blind_article_in_scope


class ExchangeMixin:
    """Expects the MainWindow attributes: service, undo_stack, importer, inspector, show_article."""

    def import_dialog(self) -> None:
        paths = import_flow.ask_files(self)
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[str]) -> None:
        """Read the files on a worker thread (progress, cancel); store each on this thread."""
        if self.service is None or self.service.read_only:
            return
        self.importer.start([str(p) for p in paths])

    def _store_imported_draft(self, draft: ArticleDraft, name: str) -> str | None:
        assert self.service is not None
        existing = self.service.find_duplicate(draft.text)
        if existing:
            if import_flow.ask_duplicate(self, Path(name).name, self.service.article(existing).title):
                self.show_article(existing)
            return None
        from annotator.importers import file_suffix
        from annotator.services.captures import ARCHIVE_SUFFIXES, add_article_from_archive

        if file_suffix(Path(name)) in ARCHIVE_SUFFIXES and Path(name).is_file():
            article = add_article_from_archive(self.service, name)  # the archived page kept as a capture
        else:
            article = self.service.add_article(draft)
        self.undo_stack.push(AddArticleCommand(self.service, article))
        return article.id

    def _import_finished(self, imported: list[str], problems: list[str]) -> None:
        if imported:
            self.show_article(imported[-1])
            self.statusBar().showMessage(f"Imported {len(imported)} article{'s' if len(imported) != 1 else ''}.", 6000)
        import_flow.report_problems(self, problems)

    def paste_as_new_article(self) -> str | None:
        """Make an article of the clipboard: HTML as copied from a browser, else plain text."""
        if self.service is None or self.service.read_only:
            return None
        mime = QGuiApplication.clipboard().mimeData()
        html = mime.html() if mime is not None and mime.hasHtml() else None
        text = mime.text() if mime is not None and mime.hasText() else None
        from annotator.importers import import_clipboard

        try:
            draft = import_clipboard(html, text)
            article_id = self._store_imported_draft(draft, "the clipboard")
        except AnnotatorError as error:
            QMessageBox.warning(self, "Paste as New Article", str(error))
            return None
        if article_id:
            self.show_article(article_id)
        return article_id

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def import_annotations_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import Annotations", str(Path.home()), "Annotations (*.json *.jsonld);;All files (*)")
        if path:
            self.import_annotations_from(path)

    def import_annotations_from(self, path: str | Path):  # noqa: ANN201 - AnnotationImportReport | None
        """Add W3C or Hypothesis annotations as claims (one undoable step) and say what happened."""
        if self.service is None or self.service.read_only:
            return None
        from annotator.services.annotation_import import import_annotations

        try:
            report = import_annotations(self.service, path)
        except AnnotatorError as error:
            dialogs.show_error(self, "Import Annotations", str(error))
            return None
        if report.imported:
            self.undo_stack.push(ImportAnnotationsCommand(self.service, list(report.imported), Path(path).name))
        details = [f"• {problem}" for problem in (*report.orphaned, *report.unanchored)][:30]
        QMessageBox.information(self, "Import Annotations", "\n".join([report.summary(), *map(str, details)]))
        return report

    def _run_export_job(self, bundle, request: export_dialog.ExportRequest) -> tuple[str, str]:  # noqa: ANN001
        """Run the export job while the window stays responsive; (outcome, message)."""
        from PySide6.QtCore import QEventLoop

        from annotator.ui.exchange.export_worker import ExportJob

        progress = QProgressDialog("Starting the export…", "Cancel", 0, 0, self)
        progress.setWindowTitle("Export")
        progress.setMinimumDuration(300)
        job = ExportJob(bundle, request.fmt, request.path, self)
        self.export_job = job
        result: list[tuple[str, str]] = []
        loop = QEventLoop()

        def show(text: str, done: int, total: int) -> None:
            progress.setLabelText(text)
            progress.setMaximum(total)
            progress.setValue(done)

        job.progressed.connect(show)
        job.finished.connect(lambda outcome, message: (result.append((outcome, message)), loop.quit()))
        progress.canceled.connect(job.cancel)
        job.start()
        if not result:
            loop.exec()
        progress.close()
        progress.deleteLater()
        self.export_job = None
        job.deleteLater()
        return result[0]

    def export_dialog(self) -> None:
        if self.service is None:
            return
        title = self.service.article(self.article_id).title if self.article_id else ""
        folder = Path(str(app_settings.qsettings().value("export_folder", "") or Path.home()))
        result = export_dialog.ExportDialog.ask(self, article_id=self.article_id, article_title=title, folder=folder)
        if result is not None:
            request, when_done = result
            app_settings.qsettings().setValue("export_folder", str(request.path.parent))
            self.export_to(request, when_done=when_done)

    def _checklist_passed(self, bundle, fmt: str) -> bool:  # noqa: ANN001 - ExportBundle
        """Run the publication checklist and show it; False if the user (or a blocking item) stops."""
        from annotator.services.publication import publication_checklist

        self.last_checklist = publication_checklist(self.service, bundle, fmt)
        if not self.last_checklist:
            return True
        if not self.interactive:
            return not any(item.blocking for item in self.last_checklist)
        return export_dialog.ChecklistDialog.confirm(self, self.last_checklist, bundle.claim_count)

    def export_to(self, request: export_dialog.ExportRequest, *, when_done: str = "none") -> bool:
        """Write an export in a worker process, with progress and Cancel; True if it was written.

        Atomic: a failed or cancelled export never leaves a half-written file.
        """
        assert self.service is not None
        self.inspector.flush()
        from annotator.services.reports import prepare_export

        try:
            blind_article_in_scope(self.service, request.options.article_id)
            bundle = prepare_export(self.service, request.options)
            if not self._checklist_passed(bundle, request.fmt):
                return False
        except (AnnotatorError, OSError) as error:
            dialogs.show_error(self, "Export", str(error))
            return False
        outcome, message = self._run_export_job(bundle, request)
        if outcome == "error":
            dialogs.show_error(self, "Export", message)
        if outcome != "done":
            if outcome == "cancelled":
                self.statusBar().showMessage("Export cancelled; nothing was written.", 8000)
            return False
        claims = sum(len(entry.claims) for entry in bundle.articles)
        self.statusBar().showMessage(f"Exported {claims} claims to {request.path}", 8000)
        if when_done == "open":
            export_dialog.open_result(request.path)
        elif when_done == "reveal":
            export_dialog.reveal_result(request.path)
        return True
