"""Every interactive control a screen reader meets has an accessible name and description: the
main window with a claim selected, every tab, Review Mode and Conflicts open, and sixteen dialogs
(Preferences, Keyboard Shortcuts, Export, Source, Article Properties, Project Settings, Verdict
Scale, Open URL, Update from New Version, Connect to Team Hub, Review Dashboard, Adjudicate
Verdicts, Restore from Backup, Compare Versions, Edit Merged Claim, Publication Checklist). A
failure names the widget (class, object name, ancestors, text), so a control added without a
name is easy to find."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialog, QTabWidget

from annotator.ui.common.dialogs import ArticlePropertiesDialog
from annotator.ui.evidence.open_url_dialog import OpenUrlDialog
from annotator.ui.evidence.source_dialog import SourceDialog
from annotator.ui.exchange.export_dialog import ChecklistDialog, ExportDialog
from annotator.ui.exchange.hub_sync import ConnectHubDialog
from annotator.ui.project.restore_dialog import RestoreDialog
from annotator.ui.project.settings_dialog import ProjectSettingsDialog
from annotator.ui.project.verdict_scale_dialog import VerdictScaleDialog
from annotator.ui.review.adjudication_dialog import AdjudicationDialog
from annotator.ui.review.agreement_dialog import AgreementDialog
from annotator.ui.review.conflicts_panel import ClaimResultDialog
from annotator.ui.versions.version_dialogs import ArticleDiffDialog, UpdateVersionDialog
from tests.ui.a11y.tree import interactive_widgets, unnamed
from tests.ui.conftest import select_text


def visit_every_tab(window, qtbot) -> list[str]:
    problems = []
    for tabs in (window.left_tabs, window.right_tabs):
        assert isinstance(tabs, QTabWidget)
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            problems += unnamed(window)
    return problems


def test_every_control_of_the_window_and_its_docks_is_named(window, qtbot):
    select_text(window, "$500 billion of rare earths")
    claim = window.claims.new_claim_from_selection()
    assert claim is not None
    window.finder.find_action.trigger()
    window.review.start_review(all_articles=True)
    window.review.conflicts_dock.show()
    qtbot.waitUntil(window.review.conflicts_dock.isVisible)
    problems = visit_every_tab(window, qtbot)
    assert sorted(set(problems)) == []
    names = {w.objectName() for w in interactive_widgets(window)}
    # the walk reached the reader, both tables, Review Mode, Revisions and Conflicts
    for expected in (
        "articleReader",
        "claimsView",
        "libraryView",
        "requestChangesComment",
        "revisionsList",
        "conflictsList",
        "conflictFields",
        "sourcesList",
    ):
        assert expected in names, expected


def open_dialogs(window) -> list[QDialog]:
    service = window.service
    return [
        window.prefs.open_dialog(),
        window.keyboard.open_dialog(),
        ExportDialog(window, article_id=window.article_id, article_title="T", folder=Path.home()),
        SourceDialog(window, None, kinds=[("web", "Web page", True), ("doc", "Document", False)]),
        ArticlePropertiesDialog(window, service.article(window.article_id)),
        ProjectSettingsDialog(window, {}),
        VerdictScaleDialog(window, service, window.undo_stack),
        OpenUrlDialog(window),
        UpdateVersionDialog(window, "Test article"),
        ConnectHubDialog(window),
        AgreementDialog(window, service, None),
        AdjudicationDialog(window, service, window.undo_stack, None),
        RestoreDialog(window, "test.annotator", []),
        ArticleDiffDialog(window, service, window.article_id),
        ClaimResultDialog(window, service, service.create_claim(window.article_id, 0, 7)),
        ChecklistDialog(window, [], 1),
    ]


def test_every_control_of_the_dialogs_is_named(window, qtbot):
    for dialog in open_dialogs(window):
        dialog.show()
        qtbot.waitExposed(dialog)
        assert unnamed(dialog) == [], type(dialog).__name__
        assert len(interactive_widgets(dialog)) >= 3
        views = dialog.findChildren(QAbstractItemView)
        assert [v for v in views if v.tabKeyNavigation()] == []  # Tab leaves its lists
        dialog.reject()


def test_an_unnamed_control_fails_and_is_named_in_the_message(window, qtbot):
    stray = QComboBox(window.claims_panel)
    stray.setObjectName("strayFilter")
    stray.addItems(["Any colour", "Red"])
    problems = unnamed(window)
    assert len(problems) == 1
    assert "QComboBox#strayFilter < ClaimsPanel" in problems[0]
    assert "no accessible name or description" in problems[0]
    assert "'Any colour'" in problems[0]
