"""The window as a room's controller sees it: a small typed interface instead of a mixin.

A controller gets what it needs from the window through `WindowHost` (the project, the
current article and claim, the undo stack, a parent for dialogs, a status line), `Places`
(where its panels and actions go), and the widgets it drives, handed to its constructor by
name (the claims controller gets the reader, the claims panel and the inspector); it looks
nothing up on the window. `MainWindow` satisfies `WindowHost`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMenu, QMenuBar, QTabWidget, QWidget

from annotator.services import ProjectService

Command = TypeVar("Command", bound=QUndoCommand)


class WindowHost(Protocol):
    """What every room's controller may ask of the window."""

    undo_stack: QUndoStack
    interactive: bool  # False: never open a modal dialog (screenshots, scripts)
    author: str

    @property
    def service(self) -> ProjectService | None: ...

    @property
    def article_id(self) -> str | None: ...

    def dialog_parent(self) -> QWidget:
        """The widget dialogs are opened over (the window)."""
        ...

    def status(self, message: str, timeout_ms: int = 0) -> None:
        """A line in the status bar."""
        ...

    def tell(self, title: str, message: str, *, error: bool = False) -> None:
        """A dialog when someone is at the window, one line on stderr otherwise."""
        ...

    def run(self, perform: Callable[[], Command | None]) -> Command | None | Literal[False]:
        """Perform an edit and push its undo command (False: refused, and the user was told)."""
        ...

    def flush_edits(self) -> None:
        """Commit what is being typed in the inspector."""
        ...

    def current_claim_id(self) -> str | None: ...

    def selected_span(self) -> tuple[int, int] | None:
        """The reader's selection in code points, if any."""
        ...

    def show_article(self, article_id: str | None) -> None: ...

    def select_claim(self, claim_id: str | None) -> None: ...

    def open_claim_anywhere(self, claim_id: str) -> None:
        """Show the claim's article (whichever it is) with the claim selected."""
        ...


@dataclass(frozen=True)
class Places:
    """Where a room puts its panels and actions in the window's frame."""

    left_tabs: QTabWidget  # beside the claims list
    right_tabs: QTabWidget  # beside the inspector
    file_menu: QMenu
    file_insert_before: QAction  # File menu entries of a room go before this separator
    claim_menu: QMenu
    article_menu: QMenu
    menu_bar: QMenuBar
    last_menu: QAction  # a room's own menu goes before this one (Help)
    add_dock: Callable[[Qt.DockWidgetArea, QDockWidget], None]
