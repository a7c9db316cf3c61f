"""Articles and annotations in and out of the window: import (worker thread, drag and drop,
paste), annotation import, and export (worker process or thread, publication checklist).

The importers and exporters load on first use, so starting the window does not pay for them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QMimeData, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from annotator import app_settings
from annotator.domain import ArticleDraft
from annotator.errors import AnnotatorError
from annotator.ui.common import dialogs
from annotator.ui.common.actions import make_action
from annotator.ui.common.host import WindowHost
from annotator.ui.common.i18n import mark, translated_error, translated_message, translator
from annotator.ui.common.undo_commands import AddArticleCommand, ImportAnnotationsCommand
from annotator.ui.exchange import import_flow
from annotator.ui.review.blind import blind_article_in_scope

if TYPE_CHECKING:
    from annotator.exporters.bundle import ExportBundle
    from annotator.services.annotation_import import AnnotationImportReport
    from annotator.services.publication import CheckItem
    from annotator.ui.exchange.export_dialog import ExportRequest
    from annotator.ui.exchange.export_worker import ExportJob, ExportThreadJob

tr = translator("exchange.exchange_controller")

ANNOTATION_FILES = mark("Annotations (*.json *.jsonld);;All files (*)")


class ExchangeController(QObject):
    """Owns Import Articles…, Paste as New Article, Import Annotations… and Export…"""

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.dialog_parent())
        self.host = host
        self.export_job: ExportJob | ExportThreadJob | None = None  # the export being written
        self.last_checklist: list[CheckItem] = []  # what the last export's checklist said
        self.importer = import_flow.ImportController(host.dialog_parent(), self._store_draft)
        self.importer.all_done.connect(self._import_finished)
        self.import_action = make_action(
            self, tr("&Import Articles…"), self.import_dialog, "Ctrl+I",
            tr("Add web pages, PDFs, Word, Markdown or text files"),
        )  # fmt: skip
        self.paste_article_action = make_action(
            self, tr("Paste as New &Article"), self.paste_as_new_article, "Ctrl+Shift+V",
            tr("Make an article of the text or web page on the clipboard"),
        )  # fmt: skip
        self.export_action = make_action(
            self, tr("&Export…"), self.export_dialog, "Ctrl+Shift+E",
            tr("Reports (HTML, PDF, Markdown), CSV, JSON, ClaimReview, W3C annotations"),
        )  # fmt: skip
        self.import_annotations_action = make_action(
            self, tr("Import A&nnotations…"), self.import_annotations_dialog, None,
            tr("W3C Web Annotation or Hypothesis JSON"),
        )  # fmt: skip

    def update_actions(self, writable: bool) -> None:
        for action in (
            self.import_action,
            self.paste_article_action,
            self.import_annotations_action,
        ):
            action.setEnabled(writable)
        self.export_action.setEnabled(self.host.service is not None)

    # -- articles in ----------------------------------------------------------------------

    def import_dialog(self) -> None:
        paths = import_flow.ask_files(self.host.dialog_parent())
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[str]) -> None:
        """Read the files on a worker thread (progress, cancel); store each on this thread."""
        service = self.host.service
        if service is None or service.read_only:
            return
        self.importer.start([str(p) for p in paths])

    def _store_draft(self, draft: ArticleDraft, name: str) -> str | None:
        service = self.host.service
        assert service is not None
        existing = service.find_duplicate(draft.text)
        if existing:
            title = service.article(existing).title
            if import_flow.ask_duplicate(self.host.dialog_parent(), Path(name).name, title):
                self.host.show_article(existing)
            return None
        from annotator.importers import file_suffix
        from annotator.services.captures import ARCHIVE_SUFFIXES, add_article_from_archive

        if file_suffix(Path(name)) in ARCHIVE_SUFFIXES and Path(name).is_file():
            article = add_article_from_archive(service, name)  # the archived page kept as a capture
        else:
            article = service.add_article(draft)
        self.host.undo_stack.push(AddArticleCommand(service, article))
        return article.id

    def _import_finished(self, imported: list[str], problems: list[str]) -> None:
        if imported:
            self.host.show_article(imported[-1])
            self.host.status(
                tr("Imported %n article(s).", n=len(imported)),
                6000,
            )
        import_flow.report_problems(self.host.dialog_parent(), problems)

    def paste_as_new_article(self) -> str | None:
        """Make an article of the clipboard: HTML as copied from a browser, else plain text."""
        service = self.host.service
        if service is None or service.read_only:
            return None
        mime = QGuiApplication.clipboard().mimeData()
        html = mime.html() if mime is not None and mime.hasHtml() else None
        text = mime.text() if mime is not None and mime.hasText() else None
        from annotator.importers import import_clipboard

        try:
            draft = import_clipboard(html, text)
            article_id = self._store_draft(draft, tr("the clipboard"))
        except AnnotatorError as error:
            QMessageBox.warning(
                self.host.dialog_parent(), tr("Paste as New Article"), translated_error(error)
            )
            return None
        if article_id:
            self.host.show_article(article_id)
        return article_id

    @staticmethod
    def droppable(mime: QMimeData) -> bool:
        """Whether a drag brings local files (which a drop then imports)."""
        return mime.hasUrls() and any(url.isLocalFile() for url in mime.urls())

    def drop(self, mime: QMimeData) -> bool:
        """Import the local files dropped on the window; False if there were none."""
        paths = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
        if paths:
            self.import_files(paths)
        return bool(paths)

    # -- annotations in -------------------------------------------------------------------

    def import_annotations_dialog(self) -> None:
        parent = self.host.dialog_parent()
        path, _ = QFileDialog.getOpenFileName(
            parent, tr("Import Annotations"), str(Path.home()), tr(ANNOTATION_FILES)
        )
        if path:
            self.import_annotations_from(path)

    def import_annotations_from(self, path: str | Path) -> AnnotationImportReport | None:
        """Add W3C or Hypothesis annotations as claims (one undoable step) and say what happened."""
        service = self.host.service
        if service is None or service.read_only:
            return None
        from annotator.services.annotation_import import import_annotations

        parent = self.host.dialog_parent()
        try:
            report = import_annotations(service, path)
        except AnnotatorError as error:
            dialogs.show_error(parent, tr("Import Annotations"), translated_error(error))
            return None
        if report.imported:
            name = Path(path).name
            self.host.undo_stack.push(
                ImportAnnotationsCommand(service, list(report.imported), name)
            )
        details = [f"• {problem}" for problem in (*report.orphaned, *report.unanchored)][:30]
        text = "\n".join([translated_message(report.summary()), *details])
        QMessageBox.information(parent, tr("Import Annotations"), text)
        return report

    # -- export ---------------------------------------------------------------------------

    def export_dialog(self) -> None:
        service, article_id = self.host.service, self.host.article_id
        if service is None:
            return
        from annotator.ui.exchange import export_dialog  # with the first export, not at start

        title = service.article(article_id).title if article_id else ""
        folder = Path(str(app_settings.qsettings().value("export_folder", "") or Path.home()))
        result = export_dialog.ExportDialog.ask(
            self.host.dialog_parent(), article_id=article_id, article_title=title, folder=folder
        )
        if result is not None:
            request, when_done = result
            app_settings.qsettings().setValue("export_folder", str(request.path.parent))
            self.export_to(request, when_done=when_done)

    def export_to(self, request: ExportRequest, *, when_done: str = "none") -> bool:
        """Write an export (PDF in a worker process, text on a thread), with progress and Cancel;
        True if it was written.

        Atomic: a failed or cancelled export never leaves a half-written file.
        """
        service = self.host.service
        assert service is not None
        self.host.flush_edits()
        from annotator.services.reports import prepare_export

        parent = self.host.dialog_parent()
        try:
            blind_article_in_scope(service, request.options.article_id)
            bundle = prepare_export(service, request.options)
            if not self._checklist_passed(bundle, request.fmt):
                return False
        except (AnnotatorError, OSError) as error:
            dialogs.show_error(parent, tr("Export"), translated_error(error))
            return False
        outcome, message = self._run_export_job(bundle, request)
        if outcome == "error":
            dialogs.show_error(parent, tr("Export"), message)
        if outcome != "done":
            if outcome == "cancelled":
                self.host.status(tr("Export cancelled; nothing was written."), 8000)
            return False
        claims = sum(len(entry.claims) for entry in bundle.articles)
        self.host.status(
            tr("Exported %n claim(s) to {path}", n=claims).format(path=request.path), 8000
        )
        from annotator.ui.exchange import export_dialog

        if when_done == "open":
            export_dialog.open_result(request.path)
        elif when_done == "reveal":
            export_dialog.reveal_result(request.path)
        return True

    def _checklist_passed(self, bundle: ExportBundle, fmt: str) -> bool:
        """Run the publication checklist and show it; False if the user (or a blocking item)
        stops."""
        from annotator.services.publication import publication_checklist

        service = self.host.service
        assert service is not None
        self.last_checklist = publication_checklist(service, bundle, fmt)
        if not self.last_checklist:
            return True
        if not self.host.interactive:
            return not any(item.blocking for item in self.last_checklist)
        from annotator.ui.exchange import export_dialog

        parent = self.host.dialog_parent()
        return export_dialog.ChecklistDialog.confirm(
            parent, self.last_checklist, bundle.claim_count
        )

    def _run_export_job(self, bundle: ExportBundle, request: ExportRequest) -> tuple[str, str]:
        """Run the export job while the window stays responsive; (outcome, message)."""
        from annotator.ui.exchange.export_worker import export_job_for

        parent = self.host.dialog_parent()
        progress = QProgressDialog(tr("Starting the export…"), tr("Cancel"), 0, 0, parent)
        progress.setWindowTitle(tr("Export"))
        progress.setMinimumDuration(300)
        job = export_job_for(bundle, request.fmt, request.path, parent)
        self.export_job = job
        result: list[tuple[str, str]] = []
        loop = QEventLoop()

        def show(text: str, done: int, total: int) -> None:
            progress.setLabelText(text)
            progress.setMaximum(total)
            progress.setValue(done)

        def finished(outcome: str, message: str) -> None:
            result.append((outcome, message))
            loop.quit()

        job.progressed.connect(show)
        job.finished.connect(finished)
        progress.canceled.connect(job.cancel)
        job.start()
        if not result:
            loop.exec()
        progress.close()
        progress.deleteLater()
        self.export_job = None
        job.deleteLater()
        return result[0]
