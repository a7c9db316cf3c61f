"""File → Restore from Backup…: the automatic backups of this project, newest first, with dates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.services.session import BackupInfo
from annotator.ui.common import dialogs
from annotator.ui.common.i18n import translator

tr = translator("project.restore_dialog")

INFO_ROLE = Qt.ItemDataRole.UserRole + 1


class RestoreDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, project_name: str, backups: list[BackupInfo]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Restore from Backup"))
        self.setMinimumSize(460, 320)
        note = QLabel(
            tr(
                "Annotator copies {project_name} each time you open it. Restoring "
                "replaces the project with the copy you choose; the current file is "
                "kept beside it, renamed, so nothing is lost."
            ).format(project_name=project_name)
        )
        note.setWordWrap(True)
        self.list = QListWidget()
        for info in backups:
            item = QListWidgetItem(info.label())
            item.setData(INFO_ROLE, info)
            self.list.addItem(item)
        if backups:
            self.list.setCurrentRow(0)
        else:
            self.list.addItem(tr("No backups of this project yet."))
            self.list.setEnabled(False)
        buttons = dialogs.ok_cancel_buttons(self, tr("Restore"))
        dialogs.ok_button(buttons).setEnabled(bool(backups))
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen(self) -> BackupInfo | None:
        item = self.list.currentItem()
        info: BackupInfo | None = item.data(INFO_ROLE) if item is not None else None
        return info

    @classmethod
    def ask(
        cls, parent: QWidget | None, project_name: str, backups: list[BackupInfo]
    ) -> BackupInfo | None:
        dialog = cls(parent, project_name, backups)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
