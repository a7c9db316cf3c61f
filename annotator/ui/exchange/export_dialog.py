"""File → Export…: format, scope, options and destination; the result can be opened afterwards.

Only approved claims (with a current approval) are exported unless the user ticks "Include
claims not yet approved"; before writing, the window shows the publication checklist
(`ChecklistDialog`), and a ClaimReview that lacks what it needs cannot be written from it
unless "allow an incomplete document" is ticked."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.filenames import safe_file_name
from annotator.exporters import EXPORT_FORMATS, ExportOptions
from annotator.services.publication import CheckItem
from annotator.ui.common import dialogs
from annotator.ui.common.i18n import LANGUAGES, current_language, translator
from annotator.ui.exchange import export_choices
from annotator.ui.exchange.checklist_text import checklist_line

tr = translator("exchange.export_dialog")


@dataclass
class ExportRequest:
    fmt: str
    options: ExportOptions
    path: Path


class ExportDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, *, article_id: str | None, article_title: str, folder: Path
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export"))
        self.setMinimumWidth(520)
        self._article_id = article_id
        self._article_title = article_title
        self._folder = folder
        self._build_scope(article_id, article_title)
        self._build_options()
        self.path = QLineEdit()
        browse = QPushButton(tr("Choose…"))
        browse.setToolTip(self.tr("Choose the folder and name of the file"))
        browse.clicked.connect(self._browse)
        self.when_done = QComboBox()
        self.when_done.addItem(tr("Open the file"), "open")
        self.when_done.addItem(tr("Show it in its folder"), "reveal")
        self.when_done.addItem(tr("Nothing"), "none")
        destination = QHBoxLayout()
        destination.addWidget(self.path, 1)
        destination.addWidget(browse)
        form = QFormLayout()
        form.addRow(tr("&Format:"), self.format)
        form.addRow(tr("Scope:"), self.this_article)
        form.addRow("", self.all_articles)
        form.addRow(tr("Options:"), self.include_drafts)
        form.addRow("", self.allow_incomplete)
        form.addRow("", self.agreement)
        form.addRow("", self.csv_per_source)
        form.addRow("", self.csv_bom)
        form.addRow(_buddy(tr("Report &language:"), self.report_language), self.report_language)
        form.addRow(_buddy(tr("&Save to:"), self.path), destination)  # "&": Alt+S, never shown
        form.addRow(tr("When done:"), self.when_done)
        buttons = dialogs.ok_cancel_buttons(self, tr("Export"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.this_article.toggled.connect(lambda _: self._suggest_path())
        export_choices.restore(self)
        self._format_changed()
        self.accepted.connect(lambda: export_choices.save(self))

    def _build_scope(self, article_id: str | None, article_title: str) -> None:
        """The format, and this article or all of them."""
        self.format = QComboBox()
        for export_format in EXPORT_FORMATS.values():
            self.format.addItem(export_format.label, export_format.name)
        self.this_article = QRadioButton(
            tr("This article: {article_title}").format(article_title=article_title)
            if article_id
            else tr("This article")
        )
        self.all_articles = QRadioButton(tr("All articles of the project"))
        self.this_article.setEnabled(article_id is not None)
        (self.this_article if article_id else self.all_articles).setChecked(True)

    def _build_options(self) -> None:
        """The options, each naming the formats it applies to."""
        self.include_drafts = QCheckBox(
            tr("Include claims not yet approved (the report is marked as a draft)")
        )
        self.include_drafts.setObjectName("includeDrafts")
        self.include_drafts.setChecked(False)
        self.allow_incomplete = QCheckBox(
            tr("ClaimReview: allow an incomplete document (no report URL or organisation)")
        )
        self.allow_incomplete.setObjectName("allowIncomplete")
        self.agreement = QCheckBox(tr("Reports: appendix on agreement between reviewers"))
        self.csv_per_source = QCheckBox(tr("CSV: one row per source"))
        self.csv_bom = QCheckBox(tr("CSV: UTF-8 with BOM (for spreadsheets)"))
        self.csv_bom.setChecked(True)
        self.report_language = QComboBox()  # reports' headings and labels; the data stays as is
        self.report_language.setObjectName("reportLanguage")
        for code, name in LANGUAGES.items():
            self.report_language.addItem(name, code)
        self.report_language.setCurrentIndex(self.report_language.findData(current_language()))

    def _format_changed(self) -> None:
        is_csv = self.format.currentData() == "csv"
        self.agreement.setEnabled(self.format.currentData() in ("html", "pdf", "markdown"))
        self.report_language.setEnabled(self.agreement.isEnabled())
        self.csv_per_source.setEnabled(is_csv)
        self.allow_incomplete.setEnabled(self.format.currentData() == "claimreview")
        self.csv_bom.setEnabled(is_csv)
        self._suggest_path()

    def _suggest_path(self) -> None:
        export_format = EXPORT_FORMATS[self.format.currentData()]
        title = self._article_title if self.this_article.isChecked() else "fact-checks"
        self.path.setText(
            str(self._folder / safe_file_name(title or "export", export_format.suffix))
        )

    def _browse(self) -> None:
        export_format = EXPORT_FORMATS[self.format.currentData()]
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Export To"),
            self.path.text(),
            f"{export_format.label} (*{export_format.suffix})",
        )
        if path:
            self.path.setText(path)

    def request(self) -> ExportRequest:
        return ExportRequest(
            fmt=self.format.currentData(),
            options=ExportOptions(
                article_id=self._article_id if self.this_article.isChecked() else None,
                include_drafts=self.include_drafts.isChecked(),
                allow_incomplete=self.allow_incomplete.isChecked()
                and self.allow_incomplete.isEnabled(),
                csv_per_source=self.csv_per_source.isChecked(),
                csv_bom=self.csv_bom.isChecked(),
                agreement_appendix=self.agreement.isChecked() and self.agreement.isEnabled(),
                language=str(self.report_language.currentData()),
            ),
            path=Path(self.path.text()).expanduser(),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, *, article_id: str | None, article_title: str, folder: Path
    ) -> tuple[ExportRequest, str] | None:
        """(the request, what to do when done: "open", "reveal" or "none"), or None if cancelled."""
        dialog = cls(parent, article_id=article_id, article_title=article_title, folder=folder)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.request(), dialog.when_done.currentData()


class ChecklistDialog(QDialog):
    """The publication checklist shown before an export: export anyway, or go back and fix."""

    def __init__(self, parent: QWidget | None, items: list[CheckItem], claim_count: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Publication Checklist"))
        self.setMinimumWidth(520)
        caption = QLabel(tr("Before exporting %n claim(s):", n=claim_count))
        self.list = QListWidget()
        self.list.setObjectName("checklist")
        for item in items:
            must = tr("Must fix: ") if item.blocking else ""
            row = QListWidgetItem(must + checklist_line(item))
            row.setData(Qt.ItemDataRole.UserRole, item.key)
            self.list.addItem(row)
        self.blocked = any(item.blocking for item in items)
        buttons = dialogs.ok_cancel_buttons(self, tr("Export Anyway"))
        self.export_button = dialogs.ok_button(buttons)
        self.export_button.setEnabled(not self.blocked)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    @classmethod
    def confirm(cls, parent: QWidget | None, items: list[CheckItem], claim_count: int) -> bool:
        """True to go on with the export (never when an item blocks it)."""
        dialog = cls(parent, items, claim_count)
        return dialog.exec() == QDialog.DialogCode.Accepted and not dialog.blocked


def open_result(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def reveal_result(path: Path) -> None:
    """Show the exported file's folder in the system's file manager."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def show_done(parent: QWidget, path: Path, claims: int) -> None:
    QMessageBox.information(
        parent,
        tr("Export"),
        tr("Exported %n claim(s) to\n{path}", n=claims).format(path=path),
    )


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose "&" letter focuses `widget`."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label
