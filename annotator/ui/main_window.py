"""The main window: library and claims list on the left, the article in the centre, the inspector
on the right. It wires the panels to one `ProjectService` and one undo stack; every edit goes
through an undo command (annotator/ui/common/undo_commands.py).

Its larger jobs live in parts of their own: project files (window_projects.py), import and export
(window_exchange.py), article versions (window_versions.py), and the review features
(review_controller.py)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
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
    QVBoxLayout,
    QWidget,
)

from annotator import app_settings
from annotator.about import about_html
from annotator.domain import UNRATED_COLOUR, AnchorState, Claim
from annotator.errors import AnnotatorError
from annotator.services import Change, ChangeKind, ProjectService, session
from annotator.services.ratings import my_ratings
from annotator.services.review import unresolved_comment_counts
from annotator.ui.claims.claims_model import ClaimsModel
from annotator.ui.claims.claims_panel import ClaimsPanel
from annotator.ui.common import dialogs, people, plain_text, window_fit
from annotator.ui.common.empty_states import NO_ARTICLES, EmptyOverlay
from annotator.ui.common.undo_commands import (
    AddSourceCommand,
    CreateClaimCommand,
    DeleteClaimCommand,
    EditArticleCommand,
    EditClaimCommand,
    EditSourceCommand,
    RemoveArticleCommand,
    RemoveSourceCommand,
)
from annotator.ui.evidence.source_dialog import SourceDialog
from annotator.ui.evidence.window_evidence import EvidenceMixin
from annotator.ui.exchange import import_flow
from annotator.ui.exchange.hub_sync import HubController
from annotator.ui.exchange.window_exchange import ExchangeMixin
from annotator.ui.inspector.inspector import ClaimInspector
from annotator.ui.matching.matching_controller import MatchingController
from annotator.ui.project.library import LibraryPanel
from annotator.ui.project.preferences_controller import PreferencesController
from annotator.ui.project.preferences_dialog import PreferencesDialog
from annotator.ui.project.window_projects import ProjectFilesMixin
from annotator.ui.reader.find_bar import FindBar
from annotator.ui.reader.reader import ArticleReader
from annotator.ui.review.blind import blind_library_rows, blind_view, hidden_claim_ids
from annotator.ui.review.rating_commands import RateCommand
from annotator.ui.review.review_commands import SetStatusCommand
from annotator.ui.review.review_controller import ReviewController, allowed_statuses
from annotator.ui.search.search_panel import SearchPanel
from annotator.ui.versions.revisions_panel import RevisionsPanel
from annotator.ui.versions.window_versions import VersionsMixin

LIBRARY_REFRESH_MS = 150
EXTERNAL_CHANGE_POLL_MS = 1500


class MainWindow(ProjectFilesMixin, ExchangeMixin, VersionsMixin, EvidenceMixin, QMainWindow):
    def __init__(self, author: str, *, interactive: bool = True) -> None:
        super().__init__()
        plain_text.install()  # user and file text never renders as markup
        self.author = author
        self.interactive = interactive  # False: never open a modal dialog (screenshots, scripts)
        self.service: ProjectService | None = None
        self.export_job = None  # the export running in a worker process, if any
        self.article_id: str | None = None
        self._article_version = 0
        self._hidden_verdicts: set[str] = set()  # blind review: colleagues' verdicts not shown
        self._my_ratings: dict[str, str | None] = {}  # blind review: my ratings of those claims
        self.undo_stack = QUndoStack(self)
        self._syncing_selection = False
        self._library_timer = QTimer(self)
        self._library_timer.setSingleShot(True)
        self._library_timer.setInterval(LIBRARY_REFRESH_MS)
        self._library_timer.timeout.connect(self._claims_settled)
        self._external_timer = QTimer(self)
        self._external_timer.setInterval(EXTERNAL_CHANGE_POLL_MS)
        self._external_timer.timeout.connect(self.check_external_changes)
        self._watcher: session.ExternalChangeWatcher | None = None
        self.importer = import_flow.ImportController(self, self._store_imported_draft)
        self.importer.all_done.connect(self._import_finished)
        self.setAcceptDrops(True)

        self.reader = ArticleReader()
        self.reader.setAcceptDrops(False)  # files dropped on the article go to the window
        self.find_bar = FindBar()
        self.no_articles = EmptyOverlay(self.reader, NO_ARTICLES)
        self.claims_model = ClaimsModel(self._verdict_lookup)
        self.claims_panel = ClaimsPanel(self.claims_model)
        self.inspector = ClaimInspector()
        people.show_identities(self)
        self.inspector.capture_label = self.source_capture_label
        self.library = LibraryPanel()
        self.revisions = RevisionsPanel()
        self.search_panel = SearchPanel()
        self._build_layout()
        self._build_actions()
        self._build_menus_and_toolbar()
        self.review = ReviewController(self)  # needs the layout and menus, before any signal runs
        self.matching = MatchingController(self)
        self.hub = HubController(self)
        self.prefs = PreferencesController(self)
        self._connect()
        self.read_only_label = QLabel()
        self.statusBar().addPermanentWidget(self.read_only_label)
        self._update_actions()
        window_fit.fit_to_screen(self)
        self.setWindowTitle("Annotator")

    # -- construction ---------------------------------------------------------------------

    def _build_layout(self) -> None:
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(0)
        centre_layout.addWidget(self.reader, 1)
        centre_layout.addWidget(self.find_bar)
        self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        self.left_splitter.setObjectName("leftSplitter")
        self.left_tabs = QTabWidget()
        self.left_tabs.setObjectName("leftTabs")
        self.left_tabs.addTab(self.claims_panel, "Claims")
        self.left_tabs.addTab(self.revisions, "Revisions")
        self.left_tabs.addTab(self.search_panel, "Search")
        self.left_splitter.addWidget(self.library)
        self.left_splitter.addWidget(self.left_tabs)
        self.left_splitter.setSizes([220, 600])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.left_splitter)
        self.splitter.addWidget(centre)
        self.right_tabs = QTabWidget()
        self.right_tabs.setObjectName("rightTabs")
        self.right_tabs.addTab(self.inspector, "Claim")
        self.splitter.addWidget(self.right_tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([470, 600, 360])
        self.setCentralWidget(self.splitter)

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None, tip: str = "") -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})" if shortcut else tip)
        action.triggered.connect(lambda checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.new_project_action = self._action("&New Project…", self.new_project_dialog, QKeySequence.StandardKey.New)
        self.open_project_action = self._action("&Open Project…", self.open_project_dialog, QKeySequence.StandardKey.Open)
        self.restore_action = self._action("Restore from &Backup…", self.restore_dialog, None, "Go back to a copy made when the project was opened")
        self.save_as_action = self._action("Save &As…", self.save_as_dialog, QKeySequence.StandardKey.SaveAs, "Copy the project to a new file and continue there")
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.import_action = self._action("&Import Articles…", self.import_dialog, "Ctrl+I", "Add web pages, PDFs, Word, Markdown or text files")
        self.paste_article_action = self._action("Paste as New &Article", self.paste_as_new_article, "Ctrl+Shift+V", "Make an article of the text or web page on the clipboard")
        self.export_action = self._action("&Export…", self.export_dialog, "Ctrl+Shift+E", "Reports (HTML, PDF, Markdown), CSV, JSON, ClaimReview, W3C annotations")
        self.import_annotations_action = self._action("Import A&nnotations…", self.import_annotations_dialog, None, "W3C Web Annotation or Hypothesis JSON")
        self.project_settings_action = self._action("Project &Settings…", self.project_settings_dialog, None, "Organisation, report URL, methodology and corrections policy")
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
        self.find_action = self._action("&Find in Article…", self.find_bar.open_bar, QKeySequence.StandardKey.Find)
        self.find_next_action = self._action("Find &Next", lambda: self._find_step(True), QKeySequence.StandardKey.FindNext)
        self.search_action = self._action("&Search All Articles…", self.open_search, "Ctrl+Shift+F", "Full-text search over every article and claim")
        self.find_previous_action = self._action("Find Pre&vious", lambda: self._find_step(False), QKeySequence.StandardKey.FindPrevious)
        self.preferences_action = self._action("&Preferences…", self.preferences_dialog, QKeySequence.StandardKey.Preferences)
        self.new_claim_action = self._action("&New Claim", self.new_claim_from_selection, "Ctrl+E", "Make a claim of the selected text")
        self.delete_claim_action = self._action("&Delete Claim", self.delete_current_claim, QKeySequence.StandardKey.Delete, "Delete the selected claim")
        self.add_source_action = self._action("Add &Source…", self.add_source_dialog, "Ctrl+Alt+S", "Attach a source to the selected claim")
        self.next_claim_action = self._action("Ne&xt Claim", lambda: self._step_claim(1), "Alt+Down")
        self.previous_claim_action = self._action("Pre&vious Claim", lambda: self._step_claim(-1), "Alt+Up")
        self.update_version_action = self._action("&Update from New Version…", self.update_version_dialog, None, "The article was edited: store its new text and find every claim again")
        self.compare_versions_action = self._action("&Compare Versions…", self.compare_versions_dialog, None, "What changed between two versions of the article")
        self.article_properties_action = self._action("Article &Properties…", self.article_properties_dialog, "Ctrl+Alt+P")
        self.remove_article_action = self._action("&Remove Article…", self.remove_article)
        self.about_action = self._action("&About Annotator", self.about)
        self.open_url_action = self._action("Open &URL…", self.open_url_dialog, "Ctrl+Shift+O", "Fetch a web page or PDF and keep it as a capture")
        self.check_version_action = self._action("Check for a &New Version", self.check_new_version, None, "Fetch the article's URL again; store a new version if the text changed")
        self.verdict_scale_action = self._action("&Verdict Scale…", self.verdict_scale_dialog, None, "Add, rename, reorder, recolour or retire verdicts")
        self.project_properties_action = self._action("Project &Properties…", self.project_properties, None, "Size of the project and of its captures")
        self.delete_claim_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def _build_menus_and_toolbar(self) -> None:
        menu_bar = self.menuBar()
        self.file_menu = menu_bar.addMenu("&File")
        self.file_menu.addAction(self.new_project_action)
        self.file_menu.addAction(self.open_project_action)
        self.recent_menu = QMenu("Open &Recent", self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.save_as_action)
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.open_url_action)
        self.file_menu.addAction(self.import_annotations_action)
        self.file_menu.addAction(self.export_action)
        self.file_import_separator = self.file_menu.addSeparator()
        self.file_menu.addAction(self.project_settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = menu_bar.addMenu("&Edit")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.paste_article_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addAction(self.find_next_action)
        self.edit_menu.addAction(self.find_previous_action)
        self.edit_menu.addAction(self.search_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences_action)
        self.claim_menu = menu_bar.addMenu("&Claim")
        _add_actions(self.claim_menu, (self.new_claim_action, self.delete_claim_action, self.add_source_action, None, self.next_claim_action, self.previous_claim_action))
        self.article_menu = menu_bar.addMenu("&Article")
        self.article_menu.addAction(self.update_version_action)
        self.article_menu.addAction(self.check_version_action)
        self.article_menu.addAction(self.compare_versions_action)
        self.article_menu.addSeparator()
        self.article_menu.addAction(self.article_properties_action)
        self.article_menu.addAction(self.remove_article_action)
        self.project_menu = menu_bar.addMenu("&Project")
        _add_actions(self.project_menu, (self.verdict_scale_action, self.project_properties_action))
        self.help_menu = menu_bar.addMenu("&Help")
        self.help_menu.addAction(self.about_action)
        self.toolbar = QToolBar("Main")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        _add_actions(self.toolbar, (self.import_action, self.export_action, None, self.new_claim_action, self.delete_claim_action, self.add_source_action, None, self.undo_action, self.redo_action, None, self.find_action))
        self.addToolBar(self.toolbar)
        self.reader.set_context_actions([self.new_claim_action])

    def _connect(self) -> None:
        self.reader.claim_clicked.connect(self.select_claim)
        self.reader.selection_changed_to_span.connect(lambda _: self._update_actions())
        self.claims_panel.claim_selected.connect(self._claim_selected_in_list)
        self.inspector.field_edited.connect(self.edit_claim_field)
        self.inspector.add_source_requested.connect(lambda _: self.add_source_dialog())
        self.inspector.edit_source_requested.connect(self.edit_source_dialog)
        self.inspector.remove_source_requested.connect(self.remove_source)
        self.library.article_chosen.connect(self.show_article)
        self.revisions.claim_selected.connect(self.select_claim)
        self.search_panel.result_activated.connect(self.show_search_result)
        self.revisions.accept_requested.connect(self.accept_anchor)
        self.revisions.use_selection_requested.connect(self.move_claim_to_selection)
        self.revisions.orphan_requested.connect(self.keep_as_orphan)
        self.revisions.diff_requested.connect(self.compare_versions_dialog)
        self.find_bar.search_changed.connect(self._find_changed)
        self.find_bar.step_requested.connect(self._find_step)
        self.find_bar.closed.connect(self.reader.clear_find)
        self.undo_stack.indexChanged.connect(lambda _: self._update_actions())

    # -- articles -------------------------------------------------------------------------

    def show_article(self, article_id: str | None) -> None:
        if self.service is None:
            return
        self.inspector.flush()
        self.article_id = article_id
        if self.find_bar.isVisible():
            self.find_bar.close_bar()
        if article_id is None:
            self.reader.clear_article()
            self.claims_model.set_claims([])
            self.inspector.show_claim(None)
        else:
            article = self.service.article(article_id)
            claims = self.service.claims(article_id)
            self._hidden_verdicts = hidden_claim_ids(self.service, article_id, self.author)
            self._my_ratings = my_ratings(self.service, sorted(self._hidden_verdicts))
            self.claims_model.set_comment_counts(unresolved_comment_counts(self.service))
            # An orphan's position refers to an older text: it is listed, never highlighted.
            placed = [c for c in claims if c.anchor_state != AnchorState.ORPHANED]
            self.reader.show_article(article, [self._as_shown(c) for c in placed], self._colour_for)
            self.claims_model.set_claims([self._as_shown(c) for c in claims])
            self._refresh_filter_choices()
            self.inspector.show_claim(None)
            self.library.select_article(article_id)
        self._refresh_revisions()
        self.no_articles.set_visible(self.service is not None and article_id is None)
        self.matching.article_shown(article_id)
        self._update_title()
        self._update_actions()

    def _refresh_library(self) -> None:
        if self.service is not None:
            rows = blind_library_rows(self.service, self.service.articles())
            self.library.model.set_articles(rows, self.service.verdicts())
            if self.article_id:
                self.library.select_article(self.article_id)

    def _refresh_filter_choices(self) -> None:
        """The authors and tags the claims list can filter by, from the claims shown."""
        claims = self.claims_model.all_claims()
        self.claims_panel.set_people_and_tags(
            sorted({self.claims_model.person_name(c) for c in claims if c.author or c.author_id}),
            sorted({t for c in claims for t in c.tags}),
        )

    def _claims_settled(self) -> None:
        """After a burst of claim edits: claim counts in the library, filter choices in the list."""
        self._refresh_library()
        self._refresh_filter_choices()

    def article_properties_dialog(self) -> None:
        if self.service is None or self.article_id is None:
            return
        values = dialogs.ArticlePropertiesDialog.ask(self, self.service.article(self.article_id))
        if values is not None:
            self._run(lambda: EditArticleCommand.perform(self.service, self.article_id, values))

    def remove_article(self) -> None:
        if self.service is None or self.article_id is None:
            return
        article = self.service.article(self.article_id)
        count = len(self.service.claims(self.article_id))
        if dialogs.confirm(self, "Remove Article", f"Remove “{article.title}” and its {count} claims from the project?\nYou can undo this.", "Remove"):
            self._run(lambda: RemoveArticleCommand.perform(self.service, self.article_id))

    # -- search ---------------------------------------------------------------------------

    def open_search(self) -> None:
        self.left_tabs.setCurrentWidget(self.search_panel)
        self.search_panel.focus_search()

    def show_search_result(self, result) -> None:  # noqa: ANN001 - SearchResult
        """Open the result's article and show its passage (or select its claim)."""
        if result.article_id != self.article_id:
            self.show_article(result.article_id)
        if result.claim_id:
            self.select_claim(result.claim_id)
            self.reader.scroll_to_claim(result.claim_id)
        else:
            self.reader.select_span(result.start, result.end)
            self.reader.ensureCursorVisible()

    # -- claims ---------------------------------------------------------------------------

    def _verdict_lookup(self, claim: Claim):  # noqa: ANN202
        """The verdict shown for `claim`: none while a blind review hides a colleague's."""
        if self.service is None:
            return None
        if claim.id in self._hidden_verdicts:  # my own rating, never the colleague's verdict
            return self.service.verdict(self._my_ratings.get(claim.id))
        return self.service.verdict(claim.verdict_id)

    def _as_shown(self, claim: Claim) -> Claim:
        """The claim as this user may see it (no colleague's judgement while rating blind)."""
        if claim.id not in self._hidden_verdicts:
            return claim
        return blind_view(claim, self._my_ratings.get(claim.id))

    def _colour_for(self, claim: Claim) -> str:
        verdict = self._verdict_lookup(claim)
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

    def new_claim_from_selection(self) -> Claim | None:
        """Make a claim of the reader's selection, select it and open it in the inspector."""
        if self.service is None or self.article_id is None or self.service.read_only:
            return None
        span = self.reader.selected_span()
        if span is None:
            self.statusBar().showMessage("Select some text of the article first.", 4000)
            return None
        command = self._run(lambda: CreateClaimCommand.perform(self.service, self.article_id, *span))
        if command is None:
            return None
        self.reader.moveCursor(self.reader.textCursor().MoveOperation.NoMove)
        cursor = self.reader.textCursor()
        cursor.clearSelection()
        self.reader.setTextCursor(cursor)
        self.select_claim(command.claim_id)
        self.inspector.claim_reviewed.setFocus()
        return self.service.claim(command.claim_id)

    def delete_current_claim(self) -> None:
        claim_id = self.inspector.claim_id()
        if self.service is None or claim_id is None or self.service.read_only:
            return
        self._run(lambda: DeleteClaimCommand.perform(self.service, claim_id))

    def edit_claim_field(self, claim_id: str, field: str, value: object) -> None:
        if self.service is None or self.service.read_only:
            return
        if claim_id in self._hidden_verdicts and field in ("verdict_id", "explanation", "internal_note", "status"):
            # Blind: my verdict is a rating; the colleague's judgement (read-only here) is not mine.
            if field == "verdict_id":
                self._run(lambda: RateCommand.perform(self.service, claim_id, value))
            return
        if field == "status":  # the four-eyes rule lives in the review service
            perform = lambda: SetStatusCommand.perform(self.service, claim_id, value)  # noqa: E731
        else:
            perform = lambda: EditClaimCommand.perform(self.service, claim_id, field, value)  # noqa: E731
        if self._run(perform) is False:
            try:
                self.inspector.refresh_claim(self._as_shown(self.service.claim(claim_id)))
                self.inspector.show_claim(self._as_shown(self.service.claim(claim_id)), self.service.sources(claim_id))
            except KeyError:
                pass

    def select_claim(self, claim_id: str | None) -> None:
        """Select a claim everywhere: the list row, the highlight and the inspector."""
        if self._syncing_selection:
            return
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
        if self.service is None:
            return
        claim = self.claims_model.claim(claim_id) if claim_id else None
        self.reader.set_current_claim(claim.id if claim else None, scroll=scroll)
        hidden = claim is not None and claim.id in self._hidden_verdicts
        self.inspector.show_claim(claim, self.service.sources(claim.id) if claim and not hidden else [])
        if claim is not None:
            self.inspector.set_allowed_statuses(allowed_statuses(self.service, claim))
            self.inspector.set_verdict_hidden(hidden)
        self.review.claim_shown(claim.id if claim else None)
        self.matching.claim_shown(claim.id if claim else None)
        self._update_actions()

    def _step_claim(self, step: int) -> None:
        ids = self.claims_model.visible_ids()
        if not ids:
            return
        current = self.inspector.claim_id()
        index = ids.index(current) + step if current in ids else (0 if step > 0 else len(ids) - 1)
        self.claims_panel.select_claim(ids[max(0, min(index, len(ids) - 1))])

    # -- sources --------------------------------------------------------------------------

    def add_source_dialog(self) -> None:
        claim_id = self.inspector.claim_id()
        if self.service is None or claim_id is None or self.service.read_only:
            return
        values = SourceDialog.ask(self, None)
        if values is not None:
            request = str(values.pop("capture_request", ""))
            command = self._run(lambda: AddSourceCommand.perform(self.service, claim_id, values))
            if command:
                self.run_capture_request(command.source.id, request)

    def edit_source_dialog(self, source_id: str) -> None:
        if self.service is None or self.service.read_only:
            return
        values = SourceDialog.ask(self, self.service.source(source_id))
        if values is not None:
            request = str(values.pop("capture_request", ""))
            if self._run(lambda: EditSourceCommand.perform(self.service, source_id, values)) is not False:
                self.run_capture_request(source_id, request)

    def remove_source(self, source_id: str) -> None:
        if self.service is not None and not self.service.read_only:
            self._run(lambda: RemoveSourceCommand.perform(self.service, source_id))

    # -- running commands -----------------------------------------------------------------

    def _run(self, perform):  # noqa: ANN001, ANN202
        """Perform an edit (committed before it returns) and push its undo command.

        Returns the command, None when nothing changed, or False when the edit was refused."""
        try:
            command = perform()
        except AnnotatorError as error:
            self.statusBar().showMessage(str(error), 8000)
            QMessageBox.warning(self, "Annotator", str(error))
            return False
        if command is not None:
            self.undo_stack.push(command)
        return command

    def _report_command_error(self, message: str) -> None:
        QMessageBox.warning(self, "Annotator", message)

    # -- change notices -------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        """Refresh only what a committed change concerns."""
        assert self.service is not None
        kind = change.kind
        if kind in (ChangeKind.ARTICLE_ADDED, ChangeKind.ARTICLE_REMOVED, ChangeKind.ARTICLE_CHANGED):
            self._refresh_library()
        elif kind in (ChangeKind.CLAIM_ADDED, ChangeKind.CLAIM_CHANGED, ChangeKind.CLAIM_REMOVED):
            self._library_timer.start()  # claim counts: coalesce bursts of edits
        if kind == ChangeKind.RELOADED:
            self._refresh_library()
            ids = self.service.article_ids()
            self.show_article(self.article_id if self.article_id in ids else (ids[0] if ids else None))
            return
        if kind == ChangeKind.ARTICLE_ADDED and self.article_id is None:
            self.show_article(change.article_id)
        elif kind == ChangeKind.ARTICLE_REMOVED and change.article_id == self.article_id:
            ids = self.service.article_ids()
            self.show_article(ids[0] if ids else None)
        elif kind == ChangeKind.ARTICLE_CHANGED and change.article_id == self.article_id:
            current = self.inspector.claim_id()
            self.show_article(self.article_id)
            if current:
                self.select_claim(current)
        if change.article_id != self.article_id or change.claim_id is None:
            return
        if kind in (ChangeKind.CLAIM_ADDED, ChangeKind.CLAIM_CHANGED):
            if change.claim_id in self._hidden_verdicts:
                self._my_ratings.update(my_ratings(self.service, [change.claim_id]))
            claim = self._as_shown(self.service.claim(change.claim_id))
            if claim.anchor_state == AnchorState.ORPHANED:
                self.reader.remove_claim(claim.id)
            else:
                self.reader.set_claim(claim, self._colour_for(claim))
            self.claims_model.upsert(claim)
            self.inspector.refresh_claim(claim)
            if self.inspector.claim_id() == claim.id:
                self.inspector.set_allowed_statuses(allowed_statuses(self.service, claim))
            if self.revisions.has_claim(claim.id) or claim.anchor_state != "exact":
                self._refresh_revisions()
        elif kind == ChangeKind.CLAIM_REMOVED:
            self.reader.remove_claim(change.claim_id)
            self.claims_model.remove(change.claim_id)
            if self.revisions.has_claim(change.claim_id):
                self._refresh_revisions()
            if self.inspector.claim_id() == change.claim_id:
                self.inspector.show_claim(None)
        elif kind == ChangeKind.SOURCES_CHANGED and self.inspector.claim_id() == change.claim_id and change.claim_id not in self._hidden_verdicts:
            self.inspector.set_sources(self.service.sources(change.claim_id))

    # -- find -----------------------------------------------------------------------------

    def _find_changed(self, text: str) -> None:
        total = self.reader.find_all(text)
        current = self.reader.find_step(True) if total else -1
        self.find_bar.show_count(current, total)

    def _find_step(self, forward: bool) -> None:
        if not self.find_bar.isVisible():
            self.find_bar.open_bar()
            return
        current = self.reader.find_step(forward)
        self.find_bar.show_count(current, self.reader.find_count())

    # -- misc -----------------------------------------------------------------------------

    def preferences_dialog(self) -> PreferencesDialog:
        return self.prefs.open_dialog()

    def about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, "About Annotator", "", QMessageBox.StandardButton.Ok, self)
        plain_text.allow_rich_text(box)  # our own markup and version numbers, no user text
        box.setText(about_html())
        box.exec()

    def _update_title(self) -> None:
        if self.service is None:
            self.setWindowTitle("Annotator")
            return
        parts = []
        if self.article_id:
            parts.append(self.service.article(self.article_id).title)
        parts.append(self.service.path.name + (" (read-only)" if self.service.read_only else ""))
        parts.append("Annotator")
        self.setWindowTitle(" — ".join(parts))

    def _update_actions(self) -> None:
        writable = self.service is not None and not self.service.read_only
        has_article = self.article_id is not None
        has_claim = self.inspector.claim_id() is not None
        self.new_claim_action.setEnabled(writable and has_article and self.reader.selected_span() is not None)
        self.delete_claim_action.setEnabled(writable and has_claim)
        self.add_source_action.setEnabled(writable and has_claim)
        self.inspector.setEnabled(self.service is not None)
        self.inspector.form_widget.setEnabled(writable)
        self.article_properties_action.setEnabled(writable and has_article)
        self.update_version_action.setEnabled(writable and has_article)
        self.check_version_action.setEnabled(writable and has_article)
        self.open_url_action.setEnabled(writable)
        self.verdict_scale_action.setEnabled(writable)
        self.project_properties_action.setEnabled(self.service is not None)
        self.compare_versions_action.setEnabled(has_article and self._article_version > 1)
        self.import_action.setEnabled(writable)
        self.paste_article_action.setEnabled(writable)
        self.project_settings_action.setEnabled(writable)
        self.import_annotations_action.setEnabled(writable)
        self.export_action.setEnabled(self.service is not None)
        self.remove_article_action.setEnabled(writable and has_article)
        self.save_as_action.setEnabled(self.service is not None)
        self.restore_action.setEnabled(writable)
        self.review.update_actions()

    # -- window state ---------------------------------------------------------------------

    def restore_layout(self) -> None:
        settings = app_settings.qsettings()
        for key, restore in (
            ("window/geometry", self.restoreGeometry),
            ("window/state", self.restoreState),
            ("window/splitter", self.splitter.restoreState),
            ("window/left_splitter", self.left_splitter.restoreState),
        ):
            value = settings.value(key)
            if isinstance(value, QByteArray | bytes):
                restore(QByteArray(value))
        window_fit.after_restore(self)

    def save_layout(self) -> None:
        settings = app_settings.qsettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/left_splitter", self.left_splitter.saveState())
        if self.service is not None:
            settings.setValue("last_project", str(self.service.path))
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_layout()
        self.close_project()
        app_settings.qsettings().sync()
        event.accept()


def _add_actions(container: QMenu | QToolBar, actions: tuple[QAction | None, ...]) -> None:
    """Add actions in order; None stands for a separator."""
    for action in actions:
        if action is None:
            container.addSeparator()
        else:
            container.addAction(action)
