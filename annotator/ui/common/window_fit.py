"""The main window fits the screen it opens on and stays put while it is used.

Its first size comes from the screen's available area (never more), a restored size is brought
back inside the screen, docked panels scroll instead of pushing the window past the screen, the
toolbar's Undo and Redo keep one width (the command they would undo is in their tooltip), and the
review dock, a session's tool, is not brought back empty by the next launch."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QScrollArea, QToolBar, QWidget

from annotator.ui.common import theme
from annotator.ui.common.i18n import mark, translator

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow
    from annotator.ui.reader.reader import ArticleReader

tr = translator("common.window_fit")
_LABELS = (mark("Undo"), mark("Redo"))  # the buttons' labels, translated where they are shown

LARGEST_FIRST_SIZE = QSize(1600, 1000)  # more is not easier to read; the user may maximise
DOCK_SHARE = 0.38  # of the window's height, at most, for a bottom dock as it opens
SPLITTER_SHARES = (0.36, 0.36, 0.28)  # library and lists, the article, the inspector
READER_MIN_CHARACTERS = 36  # the article keeps at least this width; the side panes scroll


def first_size(available: QRect) -> QSize:
    """The window's first size on a screen whose free area is `available`: all of it on a
    laptop, at most LARGEST_FIRST_SIZE on a large screen. The window manager's frame is taken
    off once the window shows (`keep_inside`)."""
    width = min(available.width(), LARGEST_FIRST_SIZE.width())
    height = min(available.height(), LARGEST_FIRST_SIZE.height())
    return QSize(max(width, 640), max(height, 480))


def fit_to_screen(window: MainWindow) -> None:
    """Size the new window for its screen, and keep every panel able to shrink."""
    for dock in window.findChildren(QDockWidget):
        scroll_dock(dock)
        dock.visibilityChanged.connect(lambda shown, d=dock: _modest_height(window, d, shown))
    stable_undo_buttons(window.toolbar, window.undo_stack, (window.undo_action, window.redo_action))
    scroll_side_panes(window)
    # Sizes are measured with the style sheet, which the start-up leaves until every widget
    # is in place (each polished once, not at every move to a new parent: ui/common/theme.py).
    theme.apply_pending_stylesheet()
    keep_the_reader_readable(window)
    available = window.screen().availableGeometry()
    size = first_size(available)
    window.resize(size)
    window.move(
        available.x() + (available.width() - size.width()) // 2,
        available.y() + (available.height() - size.height()) // 2,
    )
    width = size.width()
    window.splitter.setSizes([round(width * share) for share in SPLITTER_SHARES])
    window.left_splitter.setSizes([round(size.height() * 0.28), round(size.height() * 0.72)])
    window.installEventFilter(_KeepOnScreen(window))


def scroll_side_panes(window: MainWindow) -> None:
    """A narrow window shrinks the side panes, not the article: they scroll sideways below their
    own minimum width (see keep_the_reader_readable)."""
    splitter = window.splitter
    for index in (0, 2):
        pane = splitter.widget(index)
        if pane is None or isinstance(pane, QScrollArea):
            continue
        area = QScrollArea()
        area.setObjectName(f"{pane.objectName() or 'sidePane'}Scroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        splitter.insertWidget(index, area)  # (replaceWidget would leave `area` to Python's GC)
        area.setWidget(pane)  # which takes the pane out of the splitter
        splitter.setCollapsible(index, False)
    splitter.setCollapsible(1, False)


def keep_the_reader_readable(window: MainWindow) -> None:
    """The article keeps READER_MIN_CHARACTERS beside the side panes (which scroll sideways:
    scroll_side_panes), and tab labels are elided (the whole name is the tab's tooltip) rather
    than hidden behind scroll arrows."""
    window.reader.ensurePolished()  # the stylesheet's reader font, not the interface's
    _keep_reader_width(window.reader)
    window.reader.page_gutter.width_changed.connect(lambda: _keep_reader_width(window.reader))
    for tabs in (window.left_tabs, window.right_tabs):
        tabs.setElideMode(Qt.TextElideMode.ElideRight)
        tabs.setUsesScrollButtons(False)
        for index in range(tabs.count()):
            if not tabs.tabToolTip(index):
                tabs.setTabToolTip(index, tabs.tabText(index).replace("&", ""))


def _keep_reader_width(reader: ArticleReader) -> None:
    """READER_MIN_CHARACTERS of text beside the margin the page and claim numbers take now.
    The minimum grows with a wider margin but does not shrink back with a narrower one: a
    reader squeezed to its minimum would otherwise move the panes beside it (and repaint the
    whole window) each time an article with fewer claims, or more, is shown."""
    frame = 2 * reader.frameWidth()
    gutter = reader.viewportMargins().left()
    width = reader.fontMetrics().averageCharWidth() * READER_MIN_CHARACTERS
    needed = width + frame + gutter + reader.verticalScrollBar().sizeHint().width()
    if needed > reader.minimumWidth():
        reader.setMinimumWidth(needed)


def _modest_height(window: QMainWindow, dock: QDockWidget, shown: bool) -> None:
    """A bottom dock opens at no more than DOCK_SHARE of the window's height (it scrolls)."""
    if shown and window.dockWidgetArea(dock) in (
        Qt.DockWidgetArea.BottomDockWidgetArea,
        Qt.DockWidgetArea.TopDockWidgetArea,
    ):
        limit = round(window.height() * DOCK_SHARE)
        if dock.height() > limit:
            window.resizeDocks([dock], [limit], Qt.Orientation.Vertical)


def after_restore(window: MainWindow) -> None:
    """After the saved layout is restored: docks that belong to a session stay closed (review mode
    starts from its menu; the conflicts panel opens itself when there are conflicts), and a
    geometry saved on a larger screen is brought inside this one."""
    window.review.review_dock.hide()
    window.review.conflicts_dock.hide()
    keep_inside(window)


def keep_inside(window: QMainWindow) -> None:
    """Shrink and move `window` so that its frame lies inside its screen's available area."""
    available = window.screen().availableGeometry()
    frame, inner = window.frameGeometry(), window.geometry()
    margins = QSize(frame.width() - inner.width(), frame.height() - inner.height())
    limit = QSize(available.width() - margins.width(), available.height() - margins.height())
    if inner.width() > limit.width() or inner.height() > limit.height():
        window.resize(min(inner.width(), limit.width()), min(inner.height(), limit.height()))
    frame = window.frameGeometry()
    x = min(max(frame.x(), available.x()), available.right() + 1 - frame.width())
    y = min(max(frame.y(), available.y()), available.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


class _KeepOnScreen(QObject):
    """Once shown (the frame is known only then), the window is kept inside its screen."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and isinstance(watched, QMainWindow):
            keep_inside(watched)
        return False


def scroll_dock(dock: QDockWidget) -> None:
    """Put the dock's panel in a scroll area: a tall panel scrolls instead of growing the window."""
    widget = dock.widget()
    if widget is None or isinstance(widget, QScrollArea) or widget.property("scrollsItself"):
        return
    area = QScrollArea()
    area.setObjectName(f"{dock.objectName()}Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    dock.setWidget(area)


def stable_undo_buttons(
    toolbar: QToolBar, stack: QUndoStack, actions: tuple[QAction, QAction]
) -> None:
    """Replace the toolbar's Undo and Redo (whose text names the command, so the buttons after
    them moved with every edit) by fixed "Undo" and "Redo" buttons; the command is in the
    tooltip."""
    undo, redo = actions
    for original, label, perform, can_signal, text_signal, can, text in (
        (
            undo,
            "Undo",
            stack.undo,
            stack.canUndoChanged,
            stack.undoTextChanged,
            stack.canUndo,
            stack.undoText,
        ),
        (
            redo,
            "Redo",
            stack.redo,
            stack.canRedoChanged,
            stack.redoTextChanged,
            stack.canRedo,
            stack.redoText,
        ),
    ):
        button = QAction(tr(label), toolbar)
        button.setObjectName(f"toolbar{label}")
        button.triggered.connect(lambda _checked=False, perform=perform: perform())
        can_signal.connect(button.setEnabled)
        text_signal.connect(
            lambda command, b=button, t=label, o=original: _describe(b, t, o, command)
        )
        button.setEnabled(can())
        _describe(button, label, original, text())
        toolbar.insertAction(original, button)
        toolbar.removeAction(original)
        widget = toolbar.widgetForAction(button)
        if isinstance(widget, QWidget):
            widget.setFixedWidth(widget.sizeHint().width())


def _describe(button: QAction, label: str, original: QAction, command: str) -> None:
    """The tooltip names the command and the menu action's key as it is now (keys can change)."""
    keys = original.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    nothing = tr("Nothing to undo") if label == "Undo" else tr("Nothing to redo")
    button.setToolTip(f"{tr(label)} {command} ({keys})" if command else nothing)
