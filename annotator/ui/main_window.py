"""The main window: library and claims list on the left, the article in the centre, the inspector
on the right. It composes the rooms of ui/ around one `ProjectService` and one undo stack, and
is the `WindowHost` their controllers talk to (ui/common/host.py).

It keeps what joins the rooms: which article and claim are shown, the claims being annotated
(every edit through an undo command, ui/common/undo_commands.py), and the change notices that
refresh the widgets after each commit. Each room's controller owns its actions and dialogs:
claims (claims/claims_controller.py), project files (project/files_controller.py),
preferences (project/preferences_controller.py), import and export (exchange/), versions
(versions/), evidence and sources (evidence/), review (review/), matching (matching/), search
(search/), the team hub (exchange/hub_sync.py) and Find (reader/find_controller.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Literal

from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QWidget,
)

from annotator import app_settings
from annotator.domain import UNRATED_COLOUR, AnchorState, Claim, Verdict
from annotator.errors import AnnotatorError
from annotator.services import Change, ChangeKind, ProjectService
from annotator.services.review import unresolved_comment_counts
from annotator.ui import keyboard, window_frame
from annotator.ui.claims.all_claims_controller import AllClaimsController
from annotator.ui.claims.claims_controller import ClaimsController
from annotator.ui.claims.claims_model import ClaimsModel
from annotator.ui.claims.claims_panel import ClaimsPanel
from annotator.ui.claims.filter_choices import FilterChoices
from annotator.ui.common import dialogs, i18n, people, plain_text, window_fit
from annotator.ui.common.actions import make_action
from annotator.ui.common.empty_states import NO_ARTICLES, EmptyOverlay, tr_empty
from annotator.ui.common.host import Command, Places
from annotator.ui.common.timers import coalescing_timer
from annotator.ui.common.undo_commands import ServiceCommand
from annotator.ui.evidence.evidence_controller import EvidenceController
from annotator.ui.exchange.exchange_controller import ExchangeController
from annotator.ui.exchange.hub_sync import HubController
from annotator.ui.inspector.inspector import ClaimInspector
from annotator.ui.list_after_paint import ListAfterPaint
from annotator.ui.matching.matching_controller import MatchingController
from annotator.ui.project.article_actions import ArticleActions
from annotator.ui.project.files_controller import ProjectFilesController
from annotator.ui.project.library import LibraryPanel
from annotator.ui.project.library_counts import LibraryCounts
from annotator.ui.project.preferences_controller import PreferencesController
from annotator.ui.reader.find_bar import FindBar
from annotator.ui.reader.find_controller import FindController
from annotator.ui.reader.reader import ArticleReader
from annotator.ui.review.blind import BlindMask, blind_library_rows
from annotator.ui.review.review_controller import ReviewController, allowed_statuses
from annotator.ui.search.search_controller import SearchController
from annotator.ui.search.search_panel import SearchPanel
from annotator.ui.versions.versions_controller import VersionsController

LIBRARY_REFRESH_MS = 150
ARTICLE_KINDS = (ChangeKind.ARTICLE_ADDED, ChangeKind.ARTICLE_REMOVED, ChangeKind.ARTICLE_CHANGED)


class MainWindow(QMainWindow):
    # The frame, set by window_frame.lay_out and window_frame.build_menus:
    splitter: QSplitter
    left_splitter: QSplitter
    file_menu: QMenu
    file_import_separator: QAction
    edit_menu: QMenu
    claim_menu: QMenu
    article_menu: QMenu
    project_menu: QMenu
    help_menu: QMenu
    toolbar: QToolBar

    def __init__(self, author: str, *, interactive: bool = True) -> None:
        super().__init__()
        plain_text.install()  # user and file text never renders as markup
        self.author = author
        self.interactive = interactive  # False: never open a modal dialog (screenshots, scripts)
        self.service: ProjectService | None = None
        self.article_id: str | None = None
        self.blind = BlindMask()  # blind review: colleagues' judgements not shown
        self.undo_stack = QUndoStack(self)
        self._syncing_selection = False
        self._library_timer = coalescing_timer(self, LIBRARY_REFRESH_MS, self._claims_settled)
        self.setAcceptDrops(True)
        self._build_widgets()
        self.claims_later = ListAfterPaint(  # armed by a start (app.py): the text first
            self, self.reader, lambda article_id: self._list_claims(self._shown_claims(article_id))
        )
        self.no_articles = EmptyOverlay(self.reader, tr_empty(NO_ARTICLES))
        self.files = ProjectFilesController(self)
        self.exchange = ExchangeController(self)
        self.evidence = EvidenceController(self)
        self.inspector.capture_label = self.evidence.source_capture_label
        self.finder = FindController(self.reader, self.find_bar, self)
        self.left_tabs = QTabWidget()
        self.right_tabs = QTabWidget()
        self.versions = VersionsController(self, self.left_tabs)
        self.search = SearchController(self, self.search_panel, self.left_tabs, self.reader)
        self._build_actions()
        window_frame.lay_out(self)
        window_frame.build_menus(self)
        places = Places(
            self.left_tabs, self.right_tabs, self.file_menu, self.file_import_separator,
            self.claim_menu, self.article_menu, self.menuBar(), self.help_menu.menuAction(),
            self.addDockWidget,
        )  # fmt: skip
        self.review = ReviewController(self, places)  # after the frame, before any signal runs
        self.matching = MatchingController(self, places, self.reader)
        self.hub = HubController(self, places, self.statusBar(), self.review.show_conflicts)
        self.prefs = PreferencesController(
            self, places, self.reader, self.claims_model, self.library.view
        )
        self.all_claims = AllClaimsController(self, places, self.prefs.menu)
        self.files.open_preferences = self.prefs.open_dialog
        self._connect()
        self.read_only_label = QLabel()
        self.statusBar().addPermanentWidget(self.read_only_label)
        self._update_actions()
        window_fit.fit_to_screen(self)
        self.keyboard = keyboard.install(self)  # after every room has built its actions
        self.setWindowTitle("Annotator")

    # -- construction ---------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.reader = ArticleReader()
        self.reader.setAcceptDrops(False)  # files dropped on the article go to the window
        self.find_bar = FindBar()
        self.claims_model = ClaimsModel(
            self.verdict_shown, lambda claims: self.blind.verdicts_of(self.service, claims)
        )
        self.claims_panel = ClaimsPanel(self.claims_model)
        self.filter_choices = FilterChoices(self.claims_model, self.claims_panel)
        self.inspector = ClaimInspector()
        people.show_identities(lambda: self.service, self.claims_model, self.inspector)
        self.library = LibraryPanel()
        self.library_counts = LibraryCounts(self.library.model)
        self.search_panel = SearchPanel()

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.quit_action = make_action(self, self.tr("&Quit"), self.close, keys.Quit)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(keys.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence(keys.Redo), QKeySequence("Ctrl+Y")])
        self.about_action = dialogs.about_action(self)
        self.claims = ClaimsController(
            self, self.reader, self.claims_panel, self.inspector, self.blind
        )
        self.articles = ArticleActions(self)

    def _connect(self) -> None:
        self.reader.claim_clicked.connect(self.select_claim)
        self.reader.selection_changed_to_span.connect(lambda _: self._update_actions())
        self.finder.match_changed.connect(self._update_actions)
        self.claims_panel.claim_selected.connect(self._claim_selected_in_list)
        self.inspector.add_source_requested.connect(lambda _: self.evidence.add_source_dialog())
        self.inspector.edit_source_requested.connect(self.evidence.edit_source_dialog)
        self.inspector.remove_source_requested.connect(self.evidence.remove_source)
        self.library.article_chosen.connect(self.show_article)
        self.undo_stack.indexChanged.connect(lambda _: self._update_actions())

    # -- the window as its rooms' host (ui/common/host.py) ---------------------------------

    def dialog_parent(self) -> QWidget:
        return self

    def status(self, message: str, timeout_ms: int = 0) -> None:
        self.statusBar().showMessage(message, timeout_ms)

    def tell(self, title: str, message: str, *, error: bool = False) -> None:
        dialogs.tell(self, title, message, error=error, interactive=self.interactive)

    def run(self, perform: Callable[[], Command | None]) -> Command | None | Literal[False]:
        """Perform an edit (committed before it returns) and push its undo command.

        Returns the command, None when nothing changed, or False when the edit was refused."""
        try:
            command = perform()
        except AnnotatorError as error:
            self.statusBar().showMessage(i18n.translated_error(error), 8000)
            QMessageBox.warning(self, "Annotator", i18n.translated_error(error))
            return False
        if command is not None:
            self.undo_stack.push(command)
        return command

    def flush_edits(self) -> None:
        self.inspector.flush()

    def current_claim_id(self) -> str | None:
        return self.inspector.claim_id()

    def selected_span(self) -> tuple[int, int] | None:
        return self.reader.selected_span()

    def focus_reader(self) -> None:
        self.reader.setFocus()

    # -- project files --------------------------------------------------------------------

    def open_project(self, path: str | Path, *, create: bool = True) -> bool:
        """Open `path` in this window (see ProjectFilesController.open_project)."""
        return self.files.open_project(path, create=create)

    def close_project(self) -> None:
        self.files.close_project()

    def attach_project(self, service: ProjectService, article_id: str | None) -> None:
        """Show `service` in every room, starting with `article_id`."""
        self.service = service
        ServiceCommand.reporters[service] = self._report_command_error
        self.search_panel.set_service(service)
        self.review.project_opened(service)
        self.matching.project_opened(service)
        service.changes.subscribe(self._on_change)
        self.inspector.set_verdicts(service.verdicts())
        self.claims_panel.set_verdicts(service.verdicts())
        self._refresh_library()
        self.show_article(article_id)
        self.read_only_label.setText(self.tr("Read-only") if service.read_only else "")
        self._update_title()
        self._update_actions()
        self.hub.project_opened()
        self.all_claims.project_changed()

    def detach_project(self) -> None:
        """Let go of the project in every room; the caller closes the file."""
        assert self.service is not None
        self.hub.stop()
        self.review.project_closing()
        self.matching.project_closing()
        self.service.changes.unsubscribe(self._on_change)
        self.claims_later.cancel()
        self.undo_stack.clear()
        self.service = None
        self.all_claims.project_changed()
        self.search_panel.set_service(None)
        self.article_id = None
        self.reader.clear_article()
        self.claims_model.set_claims([])
        self.inspector.show_claim(None)
        self.library.model.set_articles([], [])

    def _report_command_error(self, message: str) -> None:
        QMessageBox.warning(self, "Annotator", message)

    # -- articles -------------------------------------------------------------------------

    def show_article(self, article_id: str | None) -> None:
        service = self.service
        if service is None:
            return
        self.inspector.flush()
        self.claims_later.cancel()
        self.article_id = article_id
        self.finder.article_changed()
        if article_id is None:
            self.reader.clear_article()
            self.inspector.show_claim(None)
        else:
            article = service.article(article_id)
            self.blind.load(service, article_id, self.author)
            if not self.claims_later.show_first(service, article, bool(self.blind.hidden)):
                claims = self._shown_claims(article_id)
                # An orphan's position refers to an older text: it is listed, never highlighted.
                placed = [c for c in claims if c.anchor_state != AnchorState.ORPHANED]
                self.reader.show_article(article, placed, self.blind.per_verdict(self._colour_for))
                self._list_claims(claims)
            self.inspector.show_claim(None)
            self.library.select_article(article_id)
        if article_id is None:
            self._list_claims([])
        self.no_articles.set_visible(article_id is None)
        self.matching.article_shown(article_id)
        self._update_title()
        self._update_actions()

    def _shown_claims(self, article_id: str) -> list[Claim]:
        assert self.service is not None
        claims = self.service.claims(article_id)
        return [self.blind.as_shown(c) for c in claims] if self.blind.hidden else claims

    def _list_claims(self, claims: list[Claim]) -> None:
        """The list of the article's claims, its comments, filter choices and counts."""
        if self.service is not None and self.article_id is not None:
            self.claims_model.set_comment_counts(unresolved_comment_counts(self.service))
        self.claims_model.set_claims(claims)
        if self.article_id is not None:
            self.filter_choices.refresh()
        self.versions.refresh(self.claims_model.all_claims())
        self.library_counts.reset(self.article_id, self.claims_model.all_claims())

    def _refresh_library(self) -> None:
        if self.service is not None:
            rows = blind_library_rows(self.service, self.service.articles())
            self.library.model.set_articles(rows, self.service.verdicts())
            if self.article_id:
                self.library.select_article(self.article_id)

    def _claims_settled(self) -> None:
        """After a burst of claim edits: library counts (LibraryCounts), filter choices."""
        if self.service is None:
            return
        blind = bool(self.blind.hidden)
        if not self.library_counts.settle(self.claims_model.claim, blind, self.service.verdict):
            self._refresh_library()
        self.filter_choices.settle()

    # -- claims ---------------------------------------------------------------------------

    def verdict_shown(self, claim: Claim) -> Verdict | None:
        """The verdict shown for `claim`: none while a blind review hides a colleague's."""
        return self.blind.verdict_of(self.service, claim) if self.service is not None else None

    def _colour_for(self, claim: Claim) -> str:
        verdict = self.verdict_shown(claim)
        return verdict.colour if verdict else UNRATED_COLOUR

    def refresh_comment_counts(self) -> None:
        if self.service is not None:
            self.claims_model.set_comment_counts(unresolved_comment_counts(self.service))

    def open_claim_anywhere(self, claim_id: str) -> None:
        """Show a claim of any article: switch article if needed, then select it."""
        if self.service is None:
            return
        try:
            claim = self.service.claim(claim_id)
        except KeyError:
            return
        if claim.article_id != self.article_id:
            self.show_article(claim.article_id)
        self.select_claim(claim_id)
        self.reader.scroll_to_claim(claim_id)

    def select_claim(self, claim_id: str | None) -> None:
        """Select a claim everywhere: the list row, the highlight and the inspector."""
        if self._syncing_selection:
            return
        self.claims_later.now()  # a highlight clicked before the list was filled
        self._syncing_selection = True
        try:
            self.claims_panel.select_claim(claim_id)
            self._show_claim(claim_id, scroll=False)
        finally:
            self._syncing_selection = False

    def _claim_selected_in_list(self, claim_id: str | None) -> None:
        if not self._syncing_selection:
            self._show_claim(claim_id, scroll=True)

    def _show_claim(self, claim_id: str | None, *, scroll: bool) -> None:
        service = self.service
        if service is None:
            return
        claim = self.claims_model.claim(claim_id) if claim_id else None
        self.reader.set_current_claim(claim.id if claim else None, scroll=scroll)
        hidden = claim is not None and self.blind.hides(claim.id)
        sources = service.sources(claim.id) if claim and not hidden else []
        self.inspector.show_claim(claim, sources)
        if claim is not None:
            self.inspector.set_allowed_statuses(allowed_statuses(service, claim))
            self.inspector.set_verdict_hidden(hidden)
        self.review.claim_shown(claim.id if claim else None)
        self.matching.claim_shown(claim.id if claim else None)
        self._update_actions()

    # -- change notices -------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        """Refresh only what a committed change concerns."""
        assert self.service is not None
        self.claims_later.now()  # a list put off by the start is filled before it is changed
        kind = change.kind
        if kind in ARTICLE_KINDS:
            self._refresh_library()
        elif kind in (ChangeKind.CLAIM_ADDED, ChangeKind.CLAIM_CHANGED, ChangeKind.CLAIM_REMOVED):
            self.library_counts.claims_edited(change.article_id, change.claim_id)
            self.filter_choices.claim_edited(change.claim_id)
            self._library_timer.start()  # claim counts: coalesce bursts of edits
        if kind == ChangeKind.RELOADED:
            self._refresh_library()
            ids = self.service.article_ids()
            self.show_article(
                self.article_id if self.article_id in ids else (ids[0] if ids else None)
            )
        elif kind in ARTICLE_KINDS:
            self._article_changed(change)
        elif change.article_id == self.article_id and change.claim_id is not None:
            self._claim_changed(change.kind, change.claim_id)

    def _article_changed(self, change: Change) -> None:
        assert self.service is not None
        if change.kind == ChangeKind.ARTICLE_ADDED and self.article_id is None:
            self.show_article(change.article_id)
        elif change.kind == ChangeKind.ARTICLE_REMOVED and change.article_id == self.article_id:
            ids = self.service.article_ids()
            self.show_article(ids[0] if ids else None)
        elif change.kind == ChangeKind.ARTICLE_CHANGED and change.article_id == self.article_id:
            current = self.inspector.claim_id()
            self.show_article(self.article_id)
            if current:
                self.select_claim(current)

    def _claim_changed(self, kind: ChangeKind, claim_id: str) -> None:
        """A claim of the article shown was added, changed or removed, or its sources changed."""
        service = self.service
        assert service is not None
        if kind in (ChangeKind.CLAIM_ADDED, ChangeKind.CLAIM_CHANGED):
            self.blind.rating_changed(service, claim_id)
            claim = self.blind.as_shown(service.claim(claim_id))
            if claim.anchor_state == AnchorState.ORPHANED:
                self.reader.remove_claim(claim.id)
            else:
                self.reader.set_claim(claim, self._colour_for(claim))
            self.claims_model.upsert(claim)
            self.inspector.refresh_claim(claim)
            if self.inspector.claim_id() == claim.id:
                self.inspector.set_allowed_statuses(allowed_statuses(service, claim))
            if self.versions.concerns(claim):
                self.versions.refresh(self.claims_model.all_claims())
        elif kind == ChangeKind.CLAIM_REMOVED:
            self.reader.remove_claim(claim_id)
            self.claims_model.remove(claim_id)
            if self.versions.revisions.has_claim(claim_id):
                self.versions.refresh(self.claims_model.all_claims())
            if self.inspector.claim_id() == claim_id:
                self.inspector.show_claim(None)
        elif kind == ChangeKind.SOURCES_CHANGED and self.inspector.claim_id() == claim_id:
            shown = not self.blind.hides(claim_id)  # a colleague's sources stay hidden
            if shown:
                self.inspector.set_sources(service.sources(claim_id))

    # -- misc -----------------------------------------------------------------------------

    def _update_title(self) -> None:
        if self.service is None:
            self.setWindowTitle("Annotator")
            return
        parts = []
        if self.article_id:
            parts.append(self.service.article(self.article_id).title)
        name = self.service.path.name
        parts.append(name + self.tr(" (read-only)") if self.service.read_only else name)
        parts.append("Annotator")
        self.setWindowTitle(" — ".join(parts))

    def _update_actions(self) -> None:
        writable = self.service is not None and not self.service.read_only
        self.inspector.setEnabled(self.service is not None)
        self.inspector.form_widget.setEnabled(writable)
        rooms = (self.files, self.exchange, self.evidence, self.versions, self.claims)
        for room in (*rooms, self.articles):
            room.update_actions(writable)
        self.review.update_actions()

    # -- window state ---------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self.exchange.droppable(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        if self.exchange.drop(event.mimeData()):
            event.acceptProposedAction()

    def restore_layout(self) -> None:
        window_frame.restore_layout(self)
        window_fit.after_restore(self)

    def save_layout(self) -> None:
        window_frame.save_layout(self, self.service.path if self.service is not None else None)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_layout()
        self.close_project()
        app_settings.qsettings().sync()
        event.accept()
