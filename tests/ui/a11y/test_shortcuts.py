"""Help → Keyboard Shortcuts lists the menus' actions as they are, keys can be changed (stored in
QSettings and applied when the next window starts), a key given twice is refused, and Reset All
brings the defaults back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QDialogButtonBox, QMenu

from annotator import app_settings
from annotator.ui.common.shortcuts import conflicts, plain_label
from annotator.ui.main_window import MainWindow


def menu_actions(menu: QMenu, recent: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            if sub is not recent:  # the recent projects are file names, not commands
                found += menu_actions(sub, recent)
        elif not action.isSeparator():
            found.append(action)
    return found


def all_menu_actions(window) -> list[QAction]:
    found = []
    for top in window.menuBar().actions():
        found += menu_actions(top.menu(), window.files.recent_menu)
    return found


def rows(dialog) -> list[tuple[str, str, str]]:
    table = dialog.table
    return [
        tuple(table.item(row, column).text() for column in range(3))
        for row in range(table.rowCount())
    ]


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_the_dialog_lists_every_menu_action_with_its_keys(window):
    dialog = window.keyboard.open_dialog()
    listed = rows(dialog)
    actions = all_menu_actions(window)
    # an action gets its id from the attribute holding it, on the window or one of its rooms
    assert [a.text() for a in actions if not a.objectName()] == [], "menu actions without an id"
    assert len(listed) == len(actions) >= 40
    by_label = {(menu.split(" › ")[0], label): keys for menu, label, keys in listed}
    assert by_label[("Claim", "Next Claim")] == "Alt+Down"
    assert by_label[("Claim", "Next Claim in Text")] == "F8"
    assert by_label[("Claim", "Previous Claim in Text")] == "Shift+F8"
    assert "Ctrl+Y" in by_label[("Edit", "Redo")].split(", ")  # with the platform's Redo key
    assert by_label[("Help", "Keyboard Shortcuts…")] == "F1"
    listed_labels = sorted(label for _, label, _ in listed)
    assert listed_labels == sorted(plain_label(a.text()) for a in actions)
    assert conflicts(window.keyboard.shortcuts.current()) == {}  # the defaults never clash
    assert dialog.notes.text() == (
        "In Review Mode: J/→ next · K/← previous · A approve · R request changes · Esc leave"
    )
    dialog.reject()


def test_every_action_has_a_keyboard_path(window):
    """Each menu opens with Alt and its letter; each toolbar button is also a menu entry (the
    toolbar's Undo and Redo stand for Edit → Undo and Redo)."""
    for top in window.menuBar().actions():
        assert "&" in top.text(), top.text()
    in_menus = set(all_menu_actions(window))
    toolbar = [a for a in window.toolbar.actions() if not a.isSeparator()]
    stand_ins = {a for a in toolbar if a.objectName() in ("toolbarUndo", "toolbarRedo")}
    assert len(stand_ins) == 2
    assert [a.text() for a in toolbar if a not in in_menus and a not in stand_ins] == []


def row_of(dialog, label: str) -> int:
    return next(i for i, (_, text, _) in enumerate(rows(dialog)) if text == label)


def test_a_changed_key_is_stored_and_applied_at_the_next_start(window, qtbot):
    dialog = window.keyboard.open_dialog()
    dialog.table.selectRow(row_of(dialog, "Next Claim"))
    dialog.editor.setKeySequence(QKeySequence("Ctrl+J"))
    dialog.editor.editingFinished.emit()
    assert dialog.table.item(row_of(dialog, "Next Claim"), 2).text() == "Ctrl+J"
    dialog.accept()
    assert window.claims.next_claim_action.shortcuts() == [QKeySequence("Ctrl+J")]
    settings = app_settings.qsettings()
    assert settings.value("shortcuts/claims.next_claim_action") == "Ctrl+J"
    assert settings.allKeys().count("shortcuts/claims.previous_claim_action") == 0
    again = MainWindow("Tester")
    qtbot.addWidget(again)
    assert again.claims.next_claim_action.shortcuts() == [QKeySequence("Ctrl+J")]
    assert again.claims.previous_claim_action.shortcuts() == [QKeySequence("Alt+Up")]
    again.close()


def test_a_key_given_to_two_actions_is_named_and_refused(window):
    dialog = window.keyboard.open_dialog()
    dialog.table.selectRow(row_of(dialog, "Next Claim"))
    dialog.editor.setKeySequence(QKeySequence("Ctrl+E"))  # New Claim's key
    dialog.editor.editingFinished.emit()
    assert dialog.conflict_label.text() == (
        "Ctrl+E is given to: Claim › New Claim; Claim › Next Claim"
    )
    assert not ok_button(dialog).isEnabled()
    dialog.accept()  # Enter does not get past it either
    assert window.claims.next_claim_action.shortcut() == QKeySequence("Alt+Down")
    dialog.clear_button.click()  # Next Claim without a key: no clash any more
    assert dialog.conflict_label.text() == ""
    assert ok_button(dialog).isEnabled()
    dialog.accept()
    assert window.claims.next_claim_action.shortcuts() == []
    assert app_settings.qsettings().value("shortcuts/claims.next_claim_action") == ""


def test_reset_all_brings_back_the_defaults(window):
    dialog = window.keyboard.open_dialog()
    dialog.set_keys("claims.new_claim_action", [QKeySequence("Ctrl+Alt+E")])
    dialog.set_keys("finder.find_action", [])
    dialog.accept()
    assert window.claims.new_claim_action.shortcut() == QKeySequence("Ctrl+Alt+E")
    dialog = window.keyboard.open_dialog()
    dialog.reset_button.click()
    dialog.accept()
    assert window.claims.new_claim_action.shortcut() == QKeySequence("Ctrl+E")
    assert window.finder.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    settings = app_settings.qsettings()
    assert [k for k in settings.allKeys() if k.startswith("shortcuts/")] == []


def test_the_toolbar_undo_names_the_key_it_has_now(window, qtbot):
    dialog = window.keyboard.open_dialog()
    dialog.set_keys("window.undo_action", [QKeySequence("Ctrl+Alt+Z")])
    dialog.accept()
    window.undo_stack.push(QUndoCommand("Test edit"))
    undo = next(a for a in window.toolbar.actions() if a.objectName() == "toolbarUndo")
    assert undo.toolTip() == "Undo Test edit (Ctrl+Alt+Z)"


def test_a_stored_clash_leaves_the_defaults(window, qtbot):
    settings = app_settings.qsettings()
    settings.setValue("shortcuts/claims.next_claim_action", "Ctrl+E")
    settings.sync()
    again = MainWindow("Tester")
    qtbot.addWidget(again)
    assert again.claims.next_claim_action.shortcut() == QKeySequence("Alt+Down")
    assert again.claims.new_claim_action.shortcut() == QKeySequence("Ctrl+E")
    again.close()


def test_tab_leaves_the_key_field(window, qtbot):
    dialog = window.keyboard.open_dialog()
    qtbot.waitExposed(dialog)
    dialog.editor.setFocus()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.editor)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.clear_button
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Backtab)
    assert dialog.focusWidget() is dialog.editor
    assert dialog.editor.keySequence() == QKeySequence("Ctrl+N")  # Tab was not recorded
    dialog.reject()
