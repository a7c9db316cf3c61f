"""File → Open URL…: the address to fetch, and whether this one fetch may reach local addresses."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.common.i18n import mark, translator

tr = translator("evidence.open_url_dialog")


class OpenUrlDialog(QDialog):
    """The address to fetch, and whether this one fetch may reach local addresses."""

    def __init__(self, parent: QWidget | None = None, title: str = mark("Open URL")) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.url = QLineEdit()
        self.url.setObjectName("openUrl")
        self.url.setPlaceholderText("https://…")
        self.allow_local = QCheckBox(
            tr("Allow &local and private network addresses for this fetch")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(tr("&Address of the page or PDF:"))
        label.setBuddy(self.url)
        layout.addWidget(label)
        layout.addWidget(self.url)
        layout.addWidget(self.allow_local)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None) -> tuple[str, bool] | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.url.text().strip():
            return None
        return dialog.url.text().strip(), dialog.allow_local.isChecked()
