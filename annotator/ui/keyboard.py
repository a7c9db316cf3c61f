"""The window from the keyboard and a screen reader: Help → Keyboard Shortcuts (the list of the
menus' actions, where keys are changed; common/shortcuts*.py), the user's keys applied at start,
F8 / Shift+F8 through the claims of the article with the reader saying which claim the cursor is
on (reader/announce.py), and accessible names for every control (common/accessibility.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from annotator.domain import Claim
from annotator.ui.common import accessibility
from annotator.ui.common.shortcuts import Shortcuts, menu_entries, name_actions
from annotator.ui.reader.announce import ClaimAnnouncer

if TYPE_CHECKING:
    from annotator.ui.common.shortcuts_dialog import ShortcutsDialog
    from annotator.ui.main_window import MainWindow


class KeyboardAccess(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.announcer = ClaimAnnouncer(
            window.reader,
            window.claims_later.filled(window.claims_model.all_claims),  # F8 at once after start
            self._verdict_name,
            window.select_claim,
        )
        self.next_in_text_action = self.announcer.next_action
        self.previous_in_text_action = self.announcer.previous_action
        claims_menu = window.claim_menu
        claims_menu.insertActions(
            window.claims.next_claim_action,
            [self.next_in_text_action, self.previous_in_text_action],
        )
        self.shortcuts_action = QAction(self.tr("&Keyboard Shortcuts…"), window)
        self.shortcuts_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.shortcuts_action.setStatusTip(self.tr("Every action's keys, and changing them"))
        self.shortcuts_action.triggered.connect(lambda _checked=False: self.open_dialog())
        window.help_menu.insertAction(window.about_action, self.shortcuts_action)
        for name in ("next_in_text_action", "previous_in_text_action", "shortcuts_action"):
            getattr(self, name).setObjectName(f"keyboard.{name}")
        for dock in window.findChildren(QDockWidget):  # View → a panel's toggle
            dock.toggleViewAction().setObjectName(f"dock.{dock.objectName()}")
        name_actions(window)
        self.shortcuts = Shortcuts(menu_entries(window.menuBar()))
        self.shortcuts.load()
        self.accessible = accessibility.install(window)
        self.dialog: ShortcutsDialog | None = None

    def _verdict_name(self, claim: Claim) -> str:
        verdict = self.window.verdict_shown(claim)
        return verdict.label if verdict is not None else self.tr("Unrated")

    def open_dialog(self) -> ShortcutsDialog:
        """Help → Keyboard Shortcuts, window-modal and not blocking."""
        from annotator.ui.common.shortcuts_dialog import ShortcutsDialog
        from annotator.ui.review import review_mode  # both loaded when first asked for
        notes = self.tr("In Review Mode: {keys}").format(keys=review_mode.key_help())
        self.dialog = ShortcutsDialog(self.window, self.shortcuts, notes)
        self.dialog.open()
        return self.dialog


def install(window: MainWindow) -> KeyboardAccess:
    return KeyboardAccess(window)
