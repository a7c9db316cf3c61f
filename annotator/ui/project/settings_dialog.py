"""Project → Settings: the organisation and the texts that reports print."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.common.dialogs import ok_cancel_buttons
from annotator.ui.common.i18n import mark, translator

tr = translator("project.settings_dialog")

SETTING_FIELDS = (
    ("organisation_name", mark("Organisation"), False, mark("Your newsroom or fact-checking team")),
    ("organisation_url", mark("Organisation URL"), False, "https://…"),
    (
        "report_url",
        mark("Report URL"),
        False,
        mark("Where the fact-check is published (claims link to #claim-N)"),
    ),
    ("methodology", mark("Methodology"), True, mark("How you choose and check claims")),
    (
        "corrections_policy",
        mark("Corrections policy"),
        True,
        mark("How readers can ask for a correction"),
    ),
)


class ProjectSettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings: dict[str, str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Project Settings"))
        self.setMinimumWidth(560)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        for key, label, multiline, placeholder in SETTING_FIELDS:
            if multiline:
                text_box = QPlainTextEdit(settings.get(key, ""))
                text_box.setTabChangesFocus(True)
                text_box.setFixedHeight(90)
                widget: QLineEdit | QPlainTextEdit = text_box
            else:
                widget = QLineEdit(settings.get(key, ""))
            widget.setPlaceholderText(tr(placeholder) if placeholder else "")
            widget.setObjectName(f"setting_{key}")
            form.addRow(tr("{label}:").format(label=tr(label)), widget)
            self.fields[key] = widget
        note = QLabel(tr("These appear in exported reports and in ClaimReview markup."))
        note.setWordWrap(True)
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def values(self) -> dict[str, str]:
        return {
            key: (
                widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
            ).strip()
            for key, widget in self.fields.items()
        }

    @classmethod
    def ask(cls, parent: QWidget | None, settings: dict[str, str]) -> dict[str, str] | None:
        dialog = cls(parent, settings)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
