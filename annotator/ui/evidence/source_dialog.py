"""Add or edit a source: the evidence behind a verdict, in enough detail to repeat the check."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.domain import SOURCE_KINDS, STANCES, Source, validate_web_url
from annotator.domain.dates import today, validate_partial_date
from annotator.errors import ValidationError
from annotator.ui.common.dialogs import ok_cancel_buttons
from annotator.ui.common.i18n import mark, translated_error, translator
from annotator.ui.common.review_text import stance_label

tr = translator("evidence.source_dialog")

TEXT_FIELDS = (
    ("url", "URL", "https://…"),
    ("title", mark("Title"), ""),
    ("publisher", mark("Publisher"), ""),
    ("source_author", mark("Author / who"), mark("author, issuer, or the person interviewed")),
    ("role", mark("Role"), mark("the person's role (interviews, correspondence)")),
    ("method", mark("Method"), mark("in person, phone, email, letter…")),
    ("source_date", mark("Source date"), mark("YYYY-MM-DD")),
    ("accessed", mark("Date accessed"), mark("YYYY-MM-DD")),
    ("archive_url", mark("Archived copy"), "https://web.archive.org/…"),
    ("locator", mark("Page / locator"), "p. 12, 00:14:05, §3…"),
)


Kinds = list[tuple[str, str, bool]]
"""(kind id, label, URL required) of the project's source kinds."""


class SourceDialog(QDialog):
    """Form for one source. Use `SourceDialog.ask(...)`; tests replace that classmethod."""

    def __init__(
        self,
        parent: QWidget | None = None,
        source: Source | None = None,
        kinds: Kinds | None = None,
        view_capture: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.capture_request = ""  # "fetch" or "file:PATH": what to capture once it is saved
        self.kinds = kinds or [(k, k, True) for k in SOURCE_KINDS]
        self._view_capture_of = view_capture
        self.setWindowTitle(tr("Edit Source") if source else tr("Add Source"))
        self.setMinimumWidth(520)
        form = QFormLayout()
        self._add_text_fields(form, source)
        self._add_kind_fields(form, source)
        self.protected = QCheckBox(
            tr("&Protected: a source who asked not to be named (never exported)")
        )
        self.protected.setObjectName("source_protected")
        self.protected.setChecked(bool(source and source.protected))
        form.addRow("", self.protected)
        form.addRow(tr("Capture:"), self._capture_row(source))
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _add_text_fields(self, form: QFormLayout, source: Source | None) -> None:
        self.edits: dict[str, QLineEdit] = {}
        for name, label, placeholder in TEXT_FIELDS:
            edit = QLineEdit(str(getattr(source, name)) if source else "")
            edit.setPlaceholderText(tr(placeholder) if placeholder[:1].isalpha() else placeholder)
            edit.setObjectName(f"source_{name}")
            form.addRow(tr("&{label}:").format(label=tr(label)), edit)
            self.edits[name] = edit
        if source is None:
            self.edits["accessed"].setText(today())
        self.excerpt = QPlainTextEdit(source.excerpt if source else "")
        self.excerpt.setPlaceholderText(tr("The passage the verdict relies on"))
        self.excerpt.setTabChangesFocus(True)
        self.excerpt.setFixedHeight(90)
        form.addRow(tr("&Excerpt:"), self.excerpt)

    def _add_kind_fields(self, form: QFormLayout, source: Source | None) -> None:
        self.kind = QComboBox()
        self.kind.setObjectName("source_kind")
        for kind_id, label, _required in self.kinds:
            self.kind.addItem(label, kind_id)
        self.stance = QComboBox()
        for stance in STANCES:
            self.stance.addItem(stance_label(stance), stance)
        if source:
            index = self.kind.findData(source.kind)
            if index < 0:
                self.kind.addItem(source.kind, source.kind)
                index = self.kind.count() - 1
            self.kind.setCurrentIndex(index)
            self.stance.setCurrentIndex(max(0, self.stance.findData(source.stance)))
        form.addRow(tr("&Kind:"), self.kind)
        form.addRow(tr("&Stance:"), self.stance)

    def _capture_row(self, source: Source | None) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.capture_now = QPushButton(tr("Capture &Now"))
        self.capture_now.setToolTip(
            tr("Save the source, fetch its URL and keep the page with its SHA-256")
        )
        self.capture_now.clicked.connect(self._capture_now)
        self.attach_file = QPushButton(tr("Attach &File…"))
        self.attach_file.setToolTip(
            tr("Save the source and keep a saved page, PDF or screenshot as its capture")
        )
        self.attach_file.clicked.connect(self._choose_file)
        self.view_capture = QPushButton(tr("&View Capture"))
        self.view_capture.setEnabled(bool(source and source.capture_id))
        self.view_capture.clicked.connect(self._view_capture)
        self.allow_local = QCheckBox(tr("allow local addresses"))
        self.allow_local.setToolTip(
            tr("Let Capture Now reach this computer or the local network (refused by default)")
        )
        for button in (self.capture_now, self.allow_local, self.attach_file, self.view_capture):
            layout.addWidget(button)
        return row

    def _capture_now(self) -> None:
        self._request_capture("fetch-local" if self.allow_local.isChecked() else "fetch")

    def _request_capture(self, request: str) -> None:
        self.capture_request = request
        self.accept()
        if not self.result():
            self.capture_request = ""

    def _choose_file(self, path: str | None = None) -> None:
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            path, _ = QFileDialog.getOpenFileName(
                self,
                tr("Attach a Capture"),
                "",
                tr(
                    "Saved pages, PDFs, images (*.html *.htm *.mhtml *.pdf *.png *.jpg *.jpeg "
                    "*.webp *.txt);;All files (*)"
                ),
            )
        if path:
            self._request_capture(f"file:{path}")

    def _view_capture(self) -> None:
        if self._view_capture_of is not None and self.source is not None:
            self._view_capture_of(self.source.id)

    def url_required(self) -> bool:
        kind_id = self.kind.currentData()
        return next((required for k, _label, required in self.kinds if k == kind_id), True)

    def values(self) -> dict[str, object]:
        values: dict[str, object] = {name: edit.text().strip() for name, edit in self.edits.items()}
        values["excerpt"] = self.excerpt.toPlainText().strip()
        values["kind"] = self.kind.currentData() or self.kind.currentText()
        values["stance"] = str(self.stance.currentData())
        values["protected"] = self.protected.isChecked()
        if self.capture_request:
            values["capture_request"] = self.capture_request
        return values

    def validate(self) -> str | None:
        """The first problem with the form, or None; the same checks the service makes."""
        values = {k: v for k, v in self.values().items() if isinstance(v, str)}
        try:
            validate_web_url(
                values["url"],
                required=self.url_required() or self.capture_request.startswith("fetch"),
            )
            if values["archive_url"]:
                validate_web_url(values["archive_url"])
            validate_partial_date(values["source_date"])
            validate_partial_date(values["accessed"])
        except ValidationError as error:
            return translated_error(error)
        return None

    def accept(self) -> None:
        problem = self.validate()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        source: Source | None = None,
        *,
        kinds: Kinds | None = None,
        view_capture: Callable[[str], object] | None = None,
    ) -> dict[str, object] | None:
        """The form's values, or None if cancelled; `kinds` defaults to the built-in ones."""
        dialog = cls(parent, source, kinds, view_capture)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
