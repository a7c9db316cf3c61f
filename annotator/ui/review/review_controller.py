"""The review features of the window: comments and history beside the inspector, the keyboard
review mode and the conflicts panel as docks, merging, the agreement dashboard and blind review.

Kept apart from main_window.py so that file stays about reading and annotating; the window
calls the `project_opened`, `project_closing` and `claim_shown` hooks.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QWidget

from annotator.domain import Claim
from annotator.services import ProjectService
from annotator.services import review as review_service
from annotator.ui.common import accessibility, window_fit
from annotator.ui.common.host import Places, WindowHost
from annotator.ui.common.i18n import number, translator
from annotator.ui.common.steady import set_tab_text, set_tab_tool_tip
from annotator.ui.inspector.comments_widget import CommentsWidget
from annotator.ui.inspector.history_widget import HistoryWidget
from annotator.ui.review.blind import BlindMask
from annotator.ui.review.conflicts_panel import ConflictsPanel

if TYPE_CHECKING:
    from annotator.services.merge import MergeReport
    from annotator.ui.review.adjudication_dialog import AdjudicationDialog
    from annotator.ui.review.agreement_dialog import AgreementDialog
    from annotator.ui.review.review_mode import ReviewModePanel

tr = translator("review.review_controller")


class ReviewHost(WindowHost, Protocol):
    """The window as the review room sees it."""

    blind: BlindMask

    def open_claim_anywhere(self, claim_id: str) -> None: ...

    def refresh_comment_counts(self) -> None: ...

    def focus_reader(self) -> None: ...


class ReviewController(QObject):
    """Owns the Review menu, Merge Colleague's Project…, the review-mode and conflicts docks,
    and the Comments and History tabs beside the inspector."""

    def __init__(self, host: ReviewHost, places: Places) -> None:
        super().__init__(host.dialog_parent())
        self.window = host
        self.places = places
        self.comments = CommentsWidget()
        self.history = HistoryWidget()
        self._review_panel: ReviewModePanel | None = None  # made when review mode first starts
        self.conflicts = ConflictsPanel()
        self.dashboard: AgreementDialog | None = None
        places.right_tabs.addTab(self.comments, tr("Comments"))
        places.right_tabs.addTab(self.history, tr("History"))
        self.review_dock = self._dock(
            tr("Review Mode"), "reviewDock", None, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.conflicts_dock = self._dock(
            tr("Conflicts"), "conflictsDock", self.conflicts, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self._build_actions()
        self.comments.comment_count_changed.connect(self._comment_count)
        self.conflicts.conflicts_changed.connect(self._conflicts_changed)
        self.conflicts.item_resolved.connect(self._conflict_resolved)

    def _dock(
        self, title: str, name: str, widget: QWidget | None, area: Qt.DockWidgetArea
    ) -> QDockWidget:
        dock = QDockWidget(title, self.window.dialog_parent())
        dock.setObjectName(name)
        if widget is not None:
            dock.setWidget(widget)
        self.places.add_dock(area, dock)
        dock.hide()
        return dock

    def _build_actions(self) -> None:
        window = self
        self.review_mode_action = QAction(tr("&Review Mode"), window)
        self.review_mode_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.review_mode_action.setStatusTip(
            tr(
                "Step through the claims waiting for your review: J/K next/previous, A approve, R "
                "request changes"
            )
        )
        self.review_mode_action.triggered.connect(lambda: self.start_review(all_articles=False))
        self.review_all_action = QAction(tr("Review &All Articles"), window)
        self.review_all_action.triggered.connect(lambda: self.start_review(all_articles=True))
        self.dashboard_action = QAction(tr("Review &Dashboard…"), window)
        self.dashboard_action.setStatusTip(
            tr("Agreement between raters, disagreements, blind second review")
        )
        self.dashboard_action.triggered.connect(self.open_dashboard)
        self.adjudicate_action = QAction(tr("&Adjudicate Verdicts…"), window)
        self.adjudicate_action.setStatusTip(
            tr("Settle one final verdict for each passage rated by two or more people")
        )
        self.adjudicate_action.triggered.connect(self.open_adjudication)
        self.merge_action = QAction(tr("&Merge Colleague's Project…"), window)
        self.merge_action.setStatusTip(
            tr("Bring a colleague's articles, claims, sources and comments into this project")
        )
        self.merge_action.triggered.connect(lambda: self.merge())
        conflicts_toggle = self.conflicts_dock.toggleViewAction()
        conflicts_toggle.setText(tr("&Conflicts Panel"))
        places = self.places
        places.file_menu.insertAction(places.file_insert_before, self.merge_action)
        menu = places.menu_bar.addMenu(tr("&Review"))
        places.menu_bar.insertMenu(places.last_menu, menu)
        for action in (
            self.review_mode_action,
            self.review_all_action,
            None,
            self.dashboard_action,
            self.adjudicate_action,
            conflicts_toggle,
        ):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        self.menu = menu

    # -- hooks from the window ---------------------------------------------------------

    def project_opened(self, service: ProjectService) -> None:
        self.comments.set_context(service, self.window.undo_stack)
        self.history.set_service(service)
        self.conflicts.set_service(service)
        self.update_actions()

    @property
    def review_panel(self) -> ReviewModePanel:
        """The Review Mode panel, made on first use (not before the window's first paint)."""
        if self._review_panel is None:
            from annotator.ui.review.review_mode import ReviewModePanel

            panel = ReviewModePanel()
            panel.claim_focused.connect(self._focus_claim)
            panel.finished.connect(self._review_finished)
            self._review_panel = panel
            self.review_dock.setWidget(panel)
            window_fit.scroll_dock(self.review_dock)
            accessibility.fill_in_later(panel)
        return self._review_panel

    def project_closing(self) -> None:
        if self._review_panel is not None:
            self._review_panel.stop_listening()
        self.review_dock.hide()
        self.comments.set_context(None, None)
        self.history.set_service(None)
        self.conflicts.set_service(None)
        if self.dashboard is not None:
            self.dashboard.close()
            self.dashboard = None

    def claim_shown(self, claim_id: str | None) -> None:
        """Comments and history follow the shown claim; a colleague's claim I rate blind shows
        neither (they would give their judgement away) until I reveal."""
        hidden = self.window.blind.hides(claim_id)
        self.comments.show_claim(None if hidden else claim_id)
        self.history.show_claim(None if hidden else claim_id)
        tabs = self.places.right_tabs
        for widget, name in ((self.comments, tr("Comments")), (self.history, tr("History"))):
            index = tabs.indexOf(widget)
            set_tab_tool_tip(
                tabs,
                index,
                tr("{name} of a colleague's claim are hidden while you rate blind.").format(
                    name=name
                )
                if hidden
                else "",
            )
            if hidden:
                set_tab_text(tabs, index, tr("{name} (hidden: blind)").format(name=name))
            elif tabs.tabText(index).endswith("(hidden: blind)"):
                set_tab_text(tabs, index, name)

    def update_actions(self) -> None:
        service = self.window.service
        writable = service is not None and not service.read_only
        for action in (
            self.review_mode_action,
            self.review_all_action,
            self.merge_action,
            self.adjudicate_action,
        ):
            action.setEnabled(writable)
        self.dashboard_action.setEnabled(service is not None)

    # -- review mode -------------------------------------------------------------------

    def start_review(self, *, all_articles: bool) -> int:
        window = self.window
        if window.service is None:
            return 0
        window.flush_edits()
        panel = self.review_panel
        self.review_dock.show()
        count = panel.start(
            window.service,
            window.undo_stack,
            None if all_articles else window.article_id,
            window.author,
        )
        self.review_panel.setFocus()
        return count

    def _focus_claim(self, claim_id: str) -> None:
        self.window.open_claim_anywhere(claim_id)
        self.review_panel.setFocus()

    def _review_finished(self) -> None:
        self.review_dock.hide()
        self.window.focus_reader()

    def _comment_count(self, count: int) -> None:
        tabs = self.places.right_tabs
        set_tab_text(
            tabs,
            tabs.indexOf(self.comments),
            tr("Comments ({count})").format(count=number(count)) if count else tr("Comments"),
        )
        self.window.refresh_comment_counts()

    def show_conflicts(self) -> None:
        """Open the Conflicts panel on what is left to settle."""
        self.conflicts.refresh()
        self.conflicts_dock.show()

    # -- merge and conflicts -----------------------------------------------------------

    def merge(self, path: str | None = None) -> MergeReport | None:
        window = self.window
        if window.service is None:
            return None
        window.flush_edits()
        from annotator.services import merge_undo
        from annotator.ui.common.undo_commands import MergeCommand
        from annotator.ui.exchange import merge_flow  # the merge engine loads with a merge

        step = merge_undo.before_merge(window.service) if not window.service.read_only else None
        note = tr("Edit → Undo takes the whole merge back.") if step is not None else ""
        report = merge_flow.merge_colleague_project(
            window.dialog_parent(), window.service, path, undo_note=note
        )
        if report is not None and report.changed_anything and step is not None:
            merge_undo.merged(window.service, step)
            window.undo_stack.push(MergeCommand(window.service, step, Path(report.other).name))
        if report is not None and report.conflicts:
            self.conflicts.refresh()
            self.conflicts_dock.show()
        return report

    def _conflicts_changed(self, count: int) -> None:
        self.conflicts_dock.setVisible(count > 0 or self.conflicts_dock.isVisible())
        if count:
            self.window.status(
                tr("%n merge conflict(s) to resolve.", n=count),
                8000,
            )

    def _conflict_resolved(self, kind: str, item_id: str) -> None:
        service = self.window.service
        if service is None:
            return
        self.window.undo_stack.clear()  # resolutions are written outside the undo commands
        service.reload()
        if kind == "claim":
            self.window.open_claim_anywhere(item_id)

    # -- dashboard and blind review ------------------------------------------------------

    def open_dashboard(self) -> AgreementDialog | None:
        window = self.window
        if window.service is None:
            return None
        from annotator.ui.review.agreement_dialog import AgreementDialog

        self.dashboard = AgreementDialog.show_for(
            window.dialog_parent(), window.service, window.article_id, window.open_claim_anywhere
        )
        self.dashboard.blind_changed.connect(self._blind_changed)
        return self.dashboard

    def open_adjudication(self) -> AdjudicationDialog | None:
        window = self.window
        if window.service is None:
            return None
        window.flush_edits()
        from annotator.ui.review.adjudication_dialog import AdjudicationDialog

        dialog = AdjudicationDialog(window.dialog_parent(), window.service, window.undo_stack, None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _blind_changed(self, article_id: str, _blind: bool) -> None:
        if article_id == self.window.article_id:
            self.window.show_article(article_id)


def allowed_statuses(service: ProjectService, claim: Claim) -> list[str]:
    """The statuses the user may choose for `claim` (the current one always included)."""
    return [str(s) for s in review_service.allowed_statuses(service, claim)] + [str(claim.status)]
