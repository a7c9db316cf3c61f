"""The window's frame: where each room's widgets sit, the menus and toolbar that gather the
rooms' actions, and the layout remembered between sessions."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QSplitter, QToolBar, QVBoxLayout, QWidget

from annotator import app_settings
from annotator.ui.common.actions import add_actions
from annotator.ui.common.i18n import translator

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow

tr = translator("window_frame")


def lay_out(window: MainWindow) -> None:
    """Library over the claims tabs on the left, the reader and find bar in the centre, the
    inspector's tabs on the right."""
    centre = QWidget()
    centre_layout = QVBoxLayout(centre)
    centre_layout.setContentsMargins(0, 0, 0, 0)
    centre_layout.setSpacing(0)
    centre_layout.addWidget(window.reader, 1)
    centre_layout.addWidget(window.find_bar)
    window.left_splitter = QSplitter(Qt.Orientation.Vertical)
    window.left_splitter.setObjectName("leftSplitter")
    window.left_tabs.setObjectName("leftTabs")
    window.left_tabs.addTab(window.claims_panel, tr("Claims"))
    window.left_tabs.addTab(window.versions.revisions, tr("Revisions"))
    window.left_tabs.addTab(window.search_panel, tr("Search"))
    window.left_splitter.addWidget(window.library)
    window.left_splitter.addWidget(window.left_tabs)
    window.left_splitter.setSizes([220, 600])
    window.splitter = QSplitter(Qt.Orientation.Horizontal)
    window.splitter.setObjectName("mainSplitter")
    window.splitter.addWidget(window.left_splitter)
    window.splitter.addWidget(centre)
    window.right_tabs.setObjectName("rightTabs")
    window.right_tabs.addTab(window.inspector, tr("Claim"))
    window.splitter.addWidget(window.right_tabs)
    window.splitter.setStretchFactor(1, 1)
    window.splitter.setSizes([470, 600, 360])
    window.setCentralWidget(window.splitter)


def build_menus(window: MainWindow) -> None:
    """File, Edit, Claim, Article, Project and Help, then the toolbar; rooms built later
    (review, matching, hub) add their own entries."""
    files, exchange, evidence, versions, find = (
        window.files, window.exchange, window.evidence, window.versions, window.finder
    )  # fmt: skip
    claims = window.claims
    bar = window.menuBar()
    window.file_menu = bar.addMenu(tr("&File"))
    add_actions(window.file_menu, (files.new_project_action, files.open_project_action))
    window.file_menu.addMenu(files.recent_menu)
    add_actions(window.file_menu, (files.save_as_action, files.restore_action, None))
    add_actions(window.file_menu, (
        exchange.import_action, evidence.open_url_action,
        exchange.import_annotations_action, exchange.export_action,
    ))  # fmt: skip
    window.file_import_separator = window.file_menu.addSeparator()
    add_actions(window.file_menu, (files.project_settings_action, None, window.quit_action))
    window.edit_menu = bar.addMenu(tr("&Edit"))
    add_actions(window.edit_menu, (
        window.undo_action, window.redo_action, None, exchange.paste_article_action, None,
        find.find_action, find.find_next_action, find.find_previous_action,
        window.search.search_action, None, files.preferences_action,
    ))  # fmt: skip
    window.claim_menu = bar.addMenu(tr("&Claim"))
    quotes = claims.quotes
    add_actions(window.claim_menu, (
        claims.new_claim_action, claims.delete_claim_action, evidence.add_source_action, None,
        quotes.set_quote_action, quotes.copy_quote_action, quotes.open_in_list_action, None,
    ))  # fmt: skip
    window.claim_menu.addMenu(quotes.verdict_menu)
    add_actions(window.claim_menu, (
        None, claims.next_claim_action, claims.previous_claim_action, None, quotes.snap_action,
    ))  # fmt: skip
    window.article_menu = bar.addMenu(tr("&Article"))
    add_actions(window.article_menu, (
        versions.update_version_action, evidence.check_version_action,
        versions.compare_versions_action, None,
        window.articles.article_properties_action, window.articles.remove_article_action,
    ))  # fmt: skip
    window.project_menu = bar.addMenu(tr("&Project"))
    add_actions(window.project_menu, (files.verdict_scale_action, files.project_properties_action))
    window.help_menu = bar.addMenu(tr("&Help"))
    window.help_menu.addAction(window.about_action)
    _build_toolbar(window)
    window.reader.set_context_actions([claims.new_claim_action, quotes.set_quote_action])
    quotes.highlight_items = [claims.delete_claim_action, evidence.add_source_action]


def _build_toolbar(window: MainWindow) -> None:
    window.toolbar = QToolBar(tr("Main"))
    window.toolbar.setObjectName("mainToolbar")
    window.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    window.toolbar.setAutoFillBackground(True)  # a button's repaint stops here, not the window
    add_actions(window.toolbar, (
        window.exchange.import_action, window.exchange.export_action, None,
        window.claims.new_claim_action, window.claims.delete_claim_action,
        window.evidence.add_source_action, None, window.undo_action, window.redo_action, None,
        window.finder.find_action,
    ))  # fmt: skip
    window.addToolBar(window.toolbar)


def restore_layout(window: MainWindow) -> None:
    settings = app_settings.qsettings()
    for key, restore in (
        ("window/geometry", window.restoreGeometry),
        ("window/state", window.restoreState),
        ("window/splitter", window.splitter.restoreState),
        ("window/left_splitter", window.left_splitter.restoreState),
    ):
        value = settings.value(key)
        if isinstance(value, QByteArray | bytes):
            restore(QByteArray(value))


def save_layout(window: MainWindow, project: Path | None) -> None:
    """Remember the window's layout, and the project open in it for the next start."""
    settings = app_settings.qsettings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/splitter", window.splitter.saveState())
    settings.setValue("window/left_splitter", window.left_splitter.saveState())
    if project is not None:
        settings.setValue("last_project", str(project))
    settings.sync()
