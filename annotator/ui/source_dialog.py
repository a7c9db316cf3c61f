"""Add or edit a source: the evidence behind a verdict, in enough detail to repeat the check."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.domain import SOURCE_KINDS, STANCES, Source, validate_web_url
from annotator.domain.dates import today, validate_partial_date
from annotator.errors import ValidationError

TEXT_FIELDS = (
    ("url", "URL", "https://…"),
    ("title", "Title", ""),
    ("publisher", "Publisher", ""),
    ("source_author", "Author", ""),
    ("source_date", "Source date", "YYYY-MM-DD"),
    ("accessed", "Date accessed", "YYYY-MM-DD"),
    ("archive_url", "Archived copy", "https://web.archive.org/…"),
    ("locator", "Page / locator", "p. 12, 00:14:05, §3…"),
)


class SourceDialog(QDialog):
    """Form for one source. Use `SourceDialog.ask(...)`; tests replace that classmethod."""

    def __init__(self, parent: QWidget | None = None, source: Source | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit Source" if source else "Add Source")
        self.setMinimumWidth(520)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for name, label, placeholder in TEXT_FIELDS:
            edit = QLineEdit(getattr(source, name, "") if source else "")
            edit.setPlaceholderText(placeholder)
            edit.setObjectName(f"source_{name}")
            form.addRow(f"&{label}:", edit)
            self.edits[name] = edit
        if source is None:
            self.edits["accessed"].setText(today())
        self.excerpt = QPlainTextEdit(source.excerpt if source else "")
        self.excerpt.setPlaceholderText("The passage the verdict relies on")
        self.excerpt.setTabChangesFocus(True)
        self.excerpt.setFixedHeight(90)
        form.addRow("&Excerpt:", self.excerpt)
        self.kind = QComboBox()
        self.kind.addItems(SOURCE_KINDS)
        self.stance = QComboBox()
        self.stance.addItems(STANCES)
        if source:
            self.kind.setCurrentText(source.kind)
            self.stance.setCurrentText(source.stance)
        form.addRow("&Kind:", self.kind)
        form.addRow("&Stance:", self.stance)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def values(self) -> dict[str, str]:
        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        values["excerpt"] = self.excerpt.toPlainText().strip()
        values["kind"] = self.kind.currentText()
        values["stance"] = self.stance.currentText()
        return values

    def validate(self) -> str | None:
        """The first problem with the form, or None; the same checks the service makes."""
        values = self.values()
        try:
            validate_web_url(values["url"])
            if values["archive_url"]:
                validate_web_url(values["archive_url"])
            validate_partial_date(values["source_date"])
            validate_partial_date(values["accessed"])
        except ValidationError as error:
            return str(error)
        return None

    def accept(self) -> None:
        problem = self.validate()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, source: Source | None = None) -> dict[str, str] | None:
        dialog = cls(parent, source)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
