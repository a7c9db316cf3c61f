"""The reader's context menu on a claim's highlight: the claim is selected and its actions come
first (the window supplies them), above the usual Copy and Select All. Elsewhere in the text the
reader's own menu shows. From the keyboard (the Menu key, Shift+F10) the menu is that of the
claim at the text cursor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QMenu

from annotator.ui.reader.reader import ArticleReader

MenuItem = QAction | QMenu | None  # None: a separator


def open_menu(menu: QMenu, where: QPoint) -> None:
    """Show the menu and wait for the choice (tests replace `HighlightMenu.open_menu`)."""
    menu.exec(where)


class HighlightMenu(QObject):
    """Watches right-clicks on the reader's text; over a highlight it shows the claim's menu."""

    open_menu: Callable[[QMenu, QPoint], None] = staticmethod(open_menu)

    def __init__(
        self,
        reader: ArticleReader,
        choose: Callable[[str], None],
        items: Callable[[], list[MenuItem]],
    ) -> None:
        super().__init__(reader)
        self.reader = reader
        self._choose = choose  # selects the claim everywhere (list, reader, inspector)
        self._items = items
        reader.viewport().installEventFilter(self)  # the mouse's menu goes to the viewport
        reader.installEventFilter(self)  # the keyboard's to the reader itself

    def claim_at(self, point: QPoint) -> str | None:
        """The claim under a viewport point: the selected one if it covers the point, else the
        innermost."""
        return self._claim_at_offset(self.reader.offset_at(point))

    def _claim_at_offset(self, offset: int | None) -> str | None:
        keys = self.reader.claims_at(offset) if offset is not None else []
        if not keys:
            return None
        current = self.reader.current_claim()
        return current if current in keys else keys[0]

    def menu_at(self, point: QPoint, keyboard: bool = False) -> QMenu | None:
        """Select the claim under `point` (with `keyboard`, the one at the text cursor) and
        build its menu; None off the highlights."""
        if keyboard:
            cursor = self.reader.textCursor().position()
            claim_id = self._claim_at_offset(self.reader.to_text_offset(cursor))
        else:
            claim_id = self.claim_at(point)
        if claim_id is None:
            return None
        self._choose(claim_id)
        menu = self.reader.createStandardContextMenu(point)
        menu.setObjectName("highlightMenu")
        standard = menu.actions()  # Copy, Select All: moved below the claim's actions
        for action in standard:
            menu.removeAction(action)
        for item in self._items():
            if item is None:
                menu.addSeparator()
            elif isinstance(item, QMenu):
                menu.addMenu(item)
            else:
                menu.addAction(item)
        if standard:
            menu.addSeparator()
            menu.addActions(standard)
        return menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if isinstance(event, QContextMenuEvent):
            keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
            if keyboard != (watched is self.reader):
                return False  # each reaches one of the two; never both
            menu = self.menu_at(event.pos(), keyboard)
            if menu is not None:
                self.open_menu(menu, event.globalPos())
                menu.deleteLater()
                return True
        return False
