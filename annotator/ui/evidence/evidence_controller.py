"""The window's evidence: File → Open URL…, Article → Check for a New Version, the claim's
sources (Add Source…, edit, remove) and their captures (Capture now, Attach file, View).

Fetches run in a worker (`FetchRun`: progress, Cancel); what they bring back is stored here,
on the window's thread, through the services, and pushed on the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from annotator.domain import Source
from annotator.errors import AnnotatorError
from annotator.services import ProjectService, captures
from annotator.services.source_kinds import source_kinds
from annotator.ui.common import dialogs
from annotator.ui.common.actions import make_action
from annotator.ui.common.host import WindowHost
from annotator.ui.common.i18n import mark, translated_error, translated_message, translator
from annotator.ui.common.times import format_time
from annotator.ui.common.undo_commands import (
    AddArticleCommand,
    AddSourceCommand,
    EditSourceCommand,
    RemoveSourceCommand,
    UpdateArticleVersionCommand,
)

if TYPE_CHECKING:
    from annotator.fetch import FetchPolicy, FetchResult
    from annotator.ui.evidence.capture_viewer import CaptureViewer
    from annotator.ui.evidence.fetch_worker import FetchRun

tr = translator("evidence.evidence_controller")

CAPTURE_FILES = mark(
    "Saved pages, PDFs, images (*.html *.htm *.mhtml *.pdf *.png *.jpg *.jpeg *.webp *.txt);;"
    "All files (*)"
)


class EvidenceController(QObject):
    """Owns Open URL, Check for a New Version and Add Source, and every fetch the window runs."""

    fetch_policy_base: FetchPolicy | None = None  # None: FetchPolicy() (the fetcher loads late)

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.dialog_parent())
        self.host = host
        self.fetch_run: FetchRun | None = None  # the last fetch started
        self.open_url_action = make_action(
            self, tr("Open &URL…"), self.open_url_dialog, "Ctrl+Shift+O",
            tr("Fetch a web page or PDF and keep it as a capture"),
        )  # fmt: skip
        self.check_version_action = make_action(
            self, tr("Check for a &New Version"), self.check_new_version, None,
            tr("Fetch the article's URL again; store a new version if the text changed"),
        )  # fmt: skip
        self.add_source_action = make_action(
            self, tr("Add &Source…"), self.add_source_dialog, "Ctrl+Alt+S",
            tr("Attach a source to the selected claim"),
        )  # fmt: skip

    def update_actions(self, writable: bool) -> None:
        has_article = self.host.article_id is not None
        self.open_url_action.setEnabled(writable)
        self.check_version_action.setEnabled(writable and has_article)
        self.add_source_action.setEnabled(writable and self.host.current_claim_id() is not None)

    def _writable(self) -> ProjectService | None:
        service = self.host.service
        return service if service is not None and not service.read_only else None

    def _fetch(
        self, label: str, url: str, allow_local: bool, on_result: Callable[[FetchResult], None]
    ) -> FetchRun:
        from annotator.fetch import FetchPolicy

        base = self.fetch_policy_base or FetchPolicy()
        policy = FetchPolicy(
            **{**base.__dict__, "allow_private": allow_local or base.allow_private}
        )
        parent = self.host.dialog_parent()
        from annotator.ui.evidence.fetch_worker import FetchRun

        run = FetchRun(parent, label, lambda **kw: captures.fetch_page(url, policy, **kw))
        run.succeeded.connect(lambda result: self._stored(on_result, result))
        run.failed.connect(lambda message: dialogs.show_error(parent, tr("Fetching"), message))
        run.cancelled.connect(lambda: self.host.status(tr("Fetch cancelled."), 5000))
        self.fetch_run = run
        run.start()
        return run

    def _stored(self, on_result: Callable[[FetchResult], None], result: FetchResult) -> None:
        try:
            on_result(result)
        except AnnotatorError as error:
            dialogs.show_error(self.host.dialog_parent(), tr("Fetching"), translated_error(error))

    # -- articles -----------------------------------------------------------------------

    def open_url_dialog(self) -> FetchRun | None:
        if self._writable() is None:
            return None
        from annotator.ui.evidence.open_url_dialog import OpenUrlDialog

        answer = OpenUrlDialog.ask(self.host.dialog_parent())
        if answer is None:
            return None
        url, allow_local = answer
        return self._fetch(
            tr("Fetching {value}").format(value=url[:80]),
            url,
            allow_local,
            self._add_fetched_article,
        )

    def _add_fetched_article(self, result: FetchResult) -> None:
        from annotator.importers.web import draft_from_body

        service = self.host.service
        assert service is not None
        body = draft_from_body(result.body, result.content_type, result.charset, result.final_url)
        existing = service.find_duplicate(body.text)
        if existing:
            self.host.show_article(existing)
            self.host.status(tr("That page is already in the project."), 6000)
            return
        article = captures.add_article_from_result(service, result)
        self.host.undo_stack.push(AddArticleCommand(service, article))
        self.host.show_article(article.id)
        self.host.status(
            tr("Opened “{title}” from {final_url}.").format(
                title=article.title, final_url=result.final_url
            ),
            8000,
        )

    def check_new_version(self, allow_local: bool = False) -> FetchRun | None:
        service, article_id = self._writable(), self.host.article_id
        if service is None or article_id is None:
            return None
        try:
            url = captures.article_fetch_url(service, article_id)
        except AnnotatorError as error:
            dialogs.show_error(
                self.host.dialog_parent(), tr("Check for a New Version"), translated_error(error)
            )
            return None
        self.host.flush_edits()
        return self._fetch(
            tr("Checking {value}").format(value=url[:80]),
            url,
            allow_local,
            lambda r: self._new_version(article_id, r),
        )

    def _new_version(self, article_id: str, result: FetchResult) -> None:
        service = self.host.service
        assert service is not None
        update = captures.update_from_result(service, article_id, result)
        if update is None:
            self.host.status(tr("The page has not changed since the last version."), 8000)
            return
        self.host.undo_stack.push(UpdateArticleVersionCommand(service, update))
        self.host.status(translated_message(update.summary()), 10000)

    # -- sources --------------------------------------------------------------------------

    def _ask_source(self, source: Source | None) -> dict[str, object] | None:
        service = self.host.service
        assert service is not None
        kinds = [(k.id, k.label, k.url_required) for k in source_kinds(service)]
        parent = self.host.dialog_parent()
        from annotator.ui.evidence.source_dialog import SourceDialog

        return SourceDialog.ask(parent, source, kinds=kinds, view_capture=self.view_capture)

    def add_source_dialog(self) -> None:
        service, claim_id = self._writable(), self.host.current_claim_id()
        if service is None or claim_id is None:
            return
        values = self._ask_source(None)
        if values is not None:
            request = str(values.pop("capture_request", ""))
            command = self.host.run(lambda: AddSourceCommand.perform(service, claim_id, values))
            if command:
                self.run_capture_request(command.source.id, request)

    def edit_source_dialog(self, source_id: str) -> None:
        service = self._writable()
        if service is None:
            return
        values = self._ask_source(service.source(source_id))
        if values is not None:
            request = str(values.pop("capture_request", ""))
            edit = lambda: EditSourceCommand.perform(service, source_id, values)  # noqa: E731
            if self.host.run(edit) is not False:
                self.run_capture_request(source_id, request)

    def remove_source(self, source_id: str) -> None:
        service = self._writable()
        if service is not None:
            self.host.run(lambda: RemoveSourceCommand.perform(service, source_id))

    # -- source captures ------------------------------------------------------------------

    def capture_source_now(self, source_id: str, allow_local: bool = False) -> FetchRun | None:
        service = self._writable()
        if service is None:
            return None
        url = service.source(source_id).url
        if not url:
            dialogs.show_error(
                self.host.dialog_parent(), tr("Capture Now"),
                tr("This source has no URL to capture; attach a file instead."),
            )  # fmt: skip
            return None
        return self._fetch(
            tr("Capturing {value}").format(value=url[:80]),
            url,
            allow_local,
            lambda r: self._attach_result(source_id, r),
        )

    def run_capture_request(self, source_id: str, request: str) -> None:
        """After the source dialog: Capture now ("fetch", or "fetch-local" allowing local
        addresses for this fetch) or Attach file ("file:PATH")."""
        if request in ("fetch", "fetch-local"):
            self.capture_source_now(source_id, allow_local=request == "fetch-local")
        elif request.startswith("file:"):
            self.attach_capture_file(source_id, request[len("file:") :])

    def _attach_result(self, source_id: str, result: FetchResult) -> None:
        service = self.host.service
        assert service is not None
        before, after = captures.attach_fetched(service, source_id, result)
        self._push_capture(service, before, after)

    def attach_capture_file(self, source_id: str, path: str | None = None) -> None:
        service = self._writable()
        if service is None:
            return
        parent = self.host.dialog_parent()
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                parent, tr("Attach a Capture"), "", tr(CAPTURE_FILES)
            )
            if not path:
                return
        try:
            before, after = captures.attach_file(service, source_id, path)
        except AnnotatorError as error:
            dialogs.show_error(parent, tr("Attach File"), translated_error(error))
            return
        self._push_capture(service, before, after)

    def _push_capture(self, service: ProjectService, before: Source, after: Source) -> None:
        command = EditSourceCommand(service, before, after)
        command.setText(tr("Attach capture"))
        self.host.undo_stack.push(command)
        found = captures.capture(service, after.capture_id)
        when = format_time(found.captured_at)
        self.host.status(
            tr("Captured {when} · SHA-256 {short_hash}").format(
                when=when, short_hash=found.short_hash
            ),
            8000,
        )

    def source_capture_label(self, source: Source) -> str:
        """ "captured TIME · SHA-256 SHORT" for the inspector's list of sources (the time as
        Preferences shows times)."""
        service = self.host.service
        if service is None:
            return ""
        try:
            found = captures.capture(service, source.capture_id)
        except KeyError:
            return ""
        return tr("captured {format_time} · SHA-256 {short_hash}").format(
            format_time=format_time(found.captured_at), short_hash=found.short_hash
        )

    def view_capture(self, source_id: str) -> CaptureViewer | None:
        service = self.host.service
        if service is None:
            return None
        source = service.source(source_id)
        parent = self.host.dialog_parent()
        if not source.capture_id:
            dialogs.show_error(parent, tr("View Capture"), tr("This source has no capture yet."))
            return None
        found = captures.capture(service, source.capture_id)
        from annotator.ui.evidence.capture_viewer import CaptureViewer

        viewer = CaptureViewer(parent, found, captures.capture_bytes(service, found))
        viewer.show()
        return viewer
