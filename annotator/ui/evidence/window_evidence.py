"""The window's evidence actions: File → Open URL…, Article → Check for a New Version, the
capture buttons of the source dialog, and Project → Verdict Scale…

Fetches run in a worker (`FetchRun`: progress, Cancel); what they bring back is stored here,
on the window's thread, through the services, and pushed on the undo stack.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.errors import AnnotatorError
from annotator.fetch import FetchPolicy, FetchResult
from annotator.services import captures
from annotator.ui.common import dialogs
from annotator.ui.common.times import format_time
from annotator.ui.common.undo_commands import (
    AddArticleCommand,
    EditSourceCommand,
    UpdateArticleVersionCommand,
)
from annotator.ui.evidence.capture_viewer import CaptureViewer
from annotator.ui.evidence.fetch_worker import FetchRun


class OpenUrlDialog(QDialog):
    """The address to fetch, and whether this one fetch may reach local addresses."""

    def __init__(self, parent: QWidget | None = None, title: str = "Open URL") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.url = QLineEdit()
        self.url.setObjectName("openUrl")
        self.url.setPlaceholderText("https://…")
        self.allow_local = QCheckBox("Allow &local and private network addresses for this fetch")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel("&Address of the page or PDF:")
        label.setBuddy(self.url)
        layout.addWidget(label)
        layout.addWidget(self.url)
        layout.addWidget(self.allow_local)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None) -> tuple[str, bool] | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.url.text().strip():
            return None
        return dialog.url.text().strip(), dialog.allow_local.isChecked()


class EvidenceMixin:
    """Expects the MainWindow attributes: service, undo_stack, article_id, show_article, statusBar."""

    fetch_policy_base = FetchPolicy()
    _fetch_run: FetchRun | None = None

    def _fetch(self, label: str, url: str, allow_local: bool, on_result) -> FetchRun:  # noqa: ANN001
        policy = FetchPolicy(**{**self.fetch_policy_base.__dict__, "allow_private": allow_local or self.fetch_policy_base.allow_private})
        run = FetchRun(self, label, lambda **kw: captures.fetch_page(url, policy, **kw))  # type: ignore[arg-type]
        run.succeeded.connect(lambda result: self._stored(on_result, result))
        run.failed.connect(lambda message: dialogs.show_error(self, "Fetching", message))
        run.cancelled.connect(lambda: self.statusBar().showMessage("Fetch cancelled.", 5000))
        self._fetch_run = run
        run.start()
        return run

    def _stored(self, on_result, result: FetchResult) -> None:  # noqa: ANN001
        try:
            on_result(result)
        except AnnotatorError as error:
            dialogs.show_error(self, "Fetching", str(error))

    # -- articles -----------------------------------------------------------------------

    def open_url_dialog(self) -> FetchRun | None:
        if self.service is None or self.service.read_only:
            return None
        answer = OpenUrlDialog.ask(self)
        if answer is None:
            return None
        return self._fetch(f"Fetching {answer[0][:80]}", answer[0], answer[1], self._add_fetched_article)

    def _add_fetched_article(self, result: FetchResult) -> None:
        from annotator.importers.web import draft_from_body

        text = draft_from_body(result.body, result.content_type, result.charset, result.final_url).text
        existing = self.service.find_duplicate(text)
        if existing:
            self.show_article(existing)
            self.statusBar().showMessage("That page is already in the project.", 6000)
            return
        article = captures.add_article_from_result(self.service, result)
        self.undo_stack.push(AddArticleCommand(self.service, article))
        self.show_article(article.id)
        self.statusBar().showMessage(f"Opened “{article.title}” from {result.final_url}.", 8000)

    def check_new_version(self, allow_local: bool = False) -> FetchRun | None:
        if self.service is None or self.article_id is None or self.service.read_only:
            return None
        try:
            url = captures.article_fetch_url(self.service, self.article_id)
        except AnnotatorError as error:
            dialogs.show_error(self, "Check for a New Version", str(error))
            return None
        self.inspector.flush()
        article_id = self.article_id
        return self._fetch(f"Checking {url[:80]}", url, allow_local, lambda r: self._store_new_version(article_id, r))

    def _store_new_version(self, article_id: str, result: FetchResult) -> None:
        update = captures.update_from_result(self.service, article_id, result)
        if update is None:
            self.statusBar().showMessage("The page has not changed since the last version.", 8000)
            return
        self.undo_stack.push(UpdateArticleVersionCommand(self.service, update))
        self.statusBar().showMessage(update.summary(), 10000)

    # -- source captures ------------------------------------------------------------------

    def capture_source_now(self, source_id: str, allow_local: bool = False) -> FetchRun | None:
        if self.service is None or self.service.read_only:
            return None
        url = self.service.source(source_id).url
        if not url:
            dialogs.show_error(self, "Capture Now", "This source has no URL to capture; attach a file instead.")
            return None
        return self._fetch(f"Capturing {url[:80]}", url, allow_local, lambda r: self._attach_result(source_id, r))

    def run_capture_request(self, source_id: str, request: str) -> None:
        """After the source dialog: Capture now ("fetch", or "fetch-local" allowing local
        addresses for this fetch) or Attach file ("file:PATH")."""
        if request in ("fetch", "fetch-local"):
            self.capture_source_now(source_id, allow_local=request == "fetch-local")
        elif request.startswith("file:"):
            self.attach_capture_file(source_id, request[len("file:"):])

    def _attach_result(self, source_id: str, result: FetchResult) -> None:
        before, after = captures.attach_fetched(self.service, source_id, result)
        self._push_capture(before, after)

    def attach_capture_file(self, source_id: str, path: str | None = None) -> None:
        if self.service is None or self.service.read_only:
            return
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, "Attach a Capture", "", "Saved pages, PDFs, images (*.html *.htm *.mhtml *.pdf *.png *.jpg *.jpeg *.webp *.txt);;All files (*)")
            if not path:
                return
        try:
            before, after = captures.attach_file(self.service, source_id, path)
        except AnnotatorError as error:
            dialogs.show_error(self, "Attach File", str(error))
            return
        self._push_capture(before, after)

    def _push_capture(self, before, after) -> None:  # noqa: ANN001
        command = EditSourceCommand(self.service, before, after)
        command.setText("Attach capture")
        self.undo_stack.push(command)
        found = captures.capture(self.service, after.capture_id)
        when = format_time(found.captured_at)
        self.statusBar().showMessage(f"Captured {when} · SHA-256 {found.short_hash}", 8000)

    def source_capture_label(self, source) -> str:  # noqa: ANN001 - Source
        try:
            found = captures.capture(self.service, source.capture_id)
        except KeyError:
            return ""
        return f"captured {format_time(found.captured_at)} · SHA-256 {found.short_hash}"

    def view_capture(self, source_id: str) -> CaptureViewer | None:
        if self.service is None:
            return None
        source = self.service.source(source_id)
        if not source.capture_id:
            dialogs.show_error(self, "View Capture", "This source has no capture yet.")
            return None
        found = captures.capture(self.service, source.capture_id)
        viewer = CaptureViewer(self, found, captures.capture_bytes(self.service, found))
        viewer.show()
        return viewer

    # -- project ------------------------------------------------------------------------

    def verdict_scale_dialog(self):  # noqa: ANN201 - VerdictScaleDialog | None
        from annotator.ui.project.verdict_scale_dialog import VerdictScaleDialog

        if self.service is None or self.service.read_only:
            return None
        dialog = VerdictScaleDialog(self, self.service, self.undo_stack)
        dialog.setModal(True)
        dialog.show()  # window-modal, without blocking: edits are committed one by one
        return dialog

    def project_properties_text(self) -> str:
        from annotator.importers import _size

        count, size = captures.capture_totals(self.service)
        file_size = self.service.path.stat().st_size if self.service.path.exists() else 0
        return (
            f"{self.service.path.name}: {_size(file_size)} on disk.\n"
            f"{len(self.service.article_ids())} articles.\n"
            f"Captures: {count} ({_size(size)} of stored pages and files; "
            f"limit {_size(captures.MAX_CAPTURE_BYTES)} per capture)."
        )

    def project_properties(self) -> None:
        if self.service is not None:
            dialogs.show_info(self, "Project Properties", self.project_properties_text())
