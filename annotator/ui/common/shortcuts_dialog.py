"""Help → Keyboard Shortcuts: the list of the window's actions and their keys, built from the
actions themselves (common/shortcuts.py), where a key can be changed, cleared or reset.

A key given to two actions is named under the list and OK stays disabled until it is resolved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.common.dialogs import ok_cancel_buttons
from annotator.ui.common.shortcuts import Shortcuts, conflicts, keys_text

KEYS_COLUMN = 2


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None, shortcuts: Shortcuts, notes: str = "") -> None:
        """`notes`: keys that work inside a panel (not actions, so not changed here)."""
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.shortcuts = shortcuts
        self.chosen = shortcuts.current()
        self.table = self._build_table()
        self.editor = QKeySequenceEdit()
        self.editor.setObjectName("shortcutEditor")
        self.editor.setMaximumSequenceLength(1)
        self.editor.setAccessibleName(self.tr("New shortcut"))
        self.editor.setAccessibleDescription(
            self.tr("Press the keys for the selected action; it takes them at once")
        )
        self.editor.editingFinished.connect(self._key_entered)
        self.clear_button = self._button(
            self.tr("&Clear"), self.tr("The selected action gets no shortcut"), self._clear
        )
        self.default_button = self._button(
            self.tr("&Default"), self.tr("The selected action's own shortcut"), self._default
        )
        self.reset_button = self._button(
            self.tr("&Reset All"), self.tr("Every action back to its own shortcut"), self.reset_all
        )
        self.conflict_label = QLabel()
        self.conflict_label.setObjectName("shortcutConflicts")
        self.conflict_label.setWordWrap(True)
        self.conflict_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notes = QLabel(notes)
        self.notes.setObjectName("shortcutNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = ok_cancel_buttons(self)
        self._lay_out()
        self.table.currentCellChanged.connect(lambda *_: self._show_current())
        self.table.selectRow(0)
        self.resize(640, 560)

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(len(self.shortcuts.entries), 3)
        table.setObjectName("shortcutsTable")
        table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"), self.tr("Shortcut")])
        table.setAccessibleName(self.tr("Actions and their shortcuts"))
        table.setAccessibleDescription(
            self.tr("Every action of the menus; select one to change its shortcut below")
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, entry in enumerate(self.shortcuts.entries):
            table.setItem(row, 0, QTableWidgetItem(entry.menu))
            table.setItem(row, 1, QTableWidgetItem(entry.label))
            table.setItem(row, KEYS_COLUMN, QTableWidgetItem(keys_text(self.chosen[entry.id])))
        table.resizeColumnToContents(0)
        table.resizeColumnToContents(KEYS_COLUMN)
        return table

    def _button(self, text: str, description: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        button.clicked.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return button

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        caption = QLabel(self.tr("&Shortcut:"))
        caption.setBuddy(self.editor)
        row.addWidget(caption)
        row.addWidget(self.editor, 1)
        for button in (self.clear_button, self.default_button, self.reset_button):
            row.addWidget(button)
        layout.addLayout(row)
        layout.addWidget(self.conflict_label)
        layout.addWidget(self.notes)
        layout.addWidget(self.buttons)

    # -- editing --------------------------------------------------------------------------

    def current_id(self) -> str | None:
        row = self.table.currentRow()
        entries = self.shortcuts.entries
        return entries[row].id if 0 <= row < len(entries) else None

    def set_keys(self, action_id: str, keys: list[QKeySequence]) -> None:
        """Give an action these keys (shown at once; stored when OK is pressed)."""
        self.chosen[action_id] = keys
        row = [e.id for e in self.shortcuts.entries].index(action_id)
        self.table.setItem(row, KEYS_COLUMN, QTableWidgetItem(keys_text(keys)))
        self._check_conflicts()

    def _show_current(self) -> None:
        action_id = self.current_id()
        keys = self.chosen.get(action_id, []) if action_id else []
        self.editor.setKeySequence(keys[0] if keys else QKeySequence())

    def _key_entered(self) -> None:
        action_id, key = self.current_id(), self.editor.keySequence()
        if action_id is not None and not key.isEmpty():
            self.set_keys(action_id, [key])

    def _clear(self) -> None:
        if (action_id := self.current_id()) is not None:
            self.set_keys(action_id, [])
            self.editor.clear()

    def _default(self) -> None:
        if (action_id := self.current_id()) is not None:
            self.set_keys(action_id, list(self.shortcuts.defaults[action_id]))
            self._show_current()

    def reset_all(self) -> None:
        for entry in self.shortcuts.entries:
            self.set_keys(entry.id, list(self.shortcuts.defaults[entry.id]))
        self._show_current()

    def _check_conflicts(self) -> None:
        labels = {e.id: f"{e.menu} › {e.label}" for e in self.shortcuts.entries}
        found = conflicts(self.chosen)
        lines = [
            self.tr("{key} is given to: {actions}").format(
                key=QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText),
                actions="; ".join(labels[i] for i in ids),
            )
            for key, ids in found.items()
        ]
        self.conflict_label.setText("\n".join(lines))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not found)

    def accept(self) -> None:
        if conflicts(self.chosen):
            return
        self.shortcuts.save(self.chosen)
        super().accept()
