"""Article → Update from New Version… and Article → Compare Versions…"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from annotator.services import ProjectService
from annotator.services.versions import version_diff
from annotator.ui.common import dialogs
from annotator.ui.common.i18n import number, translator
from annotator.ui.common.times import format_time
from annotator.ui.exchange.import_flow import file_filter
from annotator.ui.versions.diff_view import diff_html

tr = translator("versions.version_dialogs")


class UpdateVersionDialog(QDialog):
    """Choose the new version: a file (any importable format) or pasted text."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Update from New Version"))
        self.setMinimumSize(560, 420)
        self.from_file = QRadioButton(tr("From a &file:"))
        self.from_text = QRadioButton(tr("From &pasted text:"))
        self.from_file.setChecked(True)
        self.path = QLineEdit()
        browse = QPushButton(tr("Choose…"))
        browse.setToolTip(self.tr("Choose the file of the new version"))
        browse.clicked.connect(self._browse)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(tr("Paste the article's current text here"))
        self.text.textChanged.connect(lambda: self.from_text.setChecked(True))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        note = QLabel(
            tr(
                "The new text of “{title}” is stored as a new version (the old ones "
                "are kept), and every claim is found again in it."
            ).format(title=title)
        )
        note.setWordWrap(True)
        buttons = dialogs.ok_cancel_buttons(self, tr("Update"))
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.from_file)
        layout.addLayout(row)
        layout.addWidget(self.from_text)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("New Version"), str(Path.home()), file_filter()
        )
        if path:
            self.path.setText(path)
            self.from_file.setChecked(True)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str) -> tuple[str, str] | None:
        """("file", path) or ("text", pasted text), or None if cancelled."""
        dialog = cls(parent, title)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if dialog.from_file.isChecked():
            return ("file", dialog.path.text().strip()) if dialog.path.text().strip() else None
        return ("text", dialog.text.toPlainText()) if dialog.text.toPlainText().strip() else None


class ArticleDiffDialog(QDialog):
    """What changed between two versions: deletions struck through, insertions highlighted.

    A change in the current version can be noted: it becomes a claim on the new passage,
    tagged "silent edit", whose explanation records the old and new wording.
    """

    note_requested = Signal(int, int, str)  # start, end in the current text; explanation

    def __init__(self, parent: QWidget | None, service: ProjectService, article_id: str) -> None:
        super().__init__(parent)
        self.service = service
        self.article_id = article_id
        self.setWindowTitle(
            tr("Compare Versions — {title}").format(title=service.article(article_id).title)
        )
        self.resize(820, 620)
        versions = service.article_versions(article_id)
        self.old = QComboBox()
        self.new = QComboBox()
        for version, created, author in versions:
            label = tr("Version {number} · {format_time} · {author}").format(
                number=number(version), format_time=format_time(created), author=author
            )
            self.old.addItem(label, version)
            self.new.addItem(label, version)
        self.old.setCurrentIndex(max(0, len(versions) - 2))
        self.new.setCurrentIndex(len(versions) - 1)
        self.changes = QLabel()
        self.change_list = QListWidget()
        self.change_list.setObjectName("changeList")
        self.change_list.setMaximumHeight(130)
        self.note_button = QPushButton(tr("&Note This Change"))
        self.note_button.setToolTip(
            tr("Make a claim of the changed passage (tagged “silent edit”) so it is reported")
        )
        self.note_button.clicked.connect(self._note_current)
        self.change_list.currentRowChanged.connect(lambda _: self._update_note_button())
        self.view = QTextBrowser()
        self.view.setObjectName("articleDiff")
        self.view.setOpenLinks(False)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("From:")))
        row.addWidget(self.old, 1)
        row.addWidget(QLabel(tr("To:")))
        row.addWidget(self.new, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.changes)
        layout.addWidget(self.change_list)
        layout.addWidget(self.note_button)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.old.currentIndexChanged.connect(lambda _: self.refresh())
        self.new.currentIndexChanged.connect(lambda _: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        chunks = version_diff(
            self.service, self.article_id, self.old.currentData(), self.new.currentData()
        )
        changed = [c for c in chunks if c.kind != "equal"]
        inserted = sum(1 for c in changed if c.kind == "insert")
        deleted = sum(1 for c in changed if c.kind == "delete")
        replaced = len(changed) - inserted - deleted
        self.changes.setText(
            tr(
                "%n changed passage(s): {inserted} inserted, {deleted} deleted, "
                "{replaced} changed.",
                n=len(changed),
            ).format(inserted=inserted, deleted=deleted, replaced=replaced)
            if changed
            else tr("No differences.")
        )
        self.view.setHtml(f"<div style='font-family:serif'>{diff_html(chunks, context=120)}</div>")
        self._changed = changed
        self.change_list.clear()
        for chunk in changed:
            old = " ".join(chunk.old_text.split())[:60]
            new = " ".join(chunk.new_text.split())[:60]
            self.change_list.addItem(
                {"insert": f"+ {new}", "delete": f"− {old}"}.get(chunk.kind, f"{old} → {new}")
            )
        self._update_note_button()

    def _update_note_button(self) -> None:
        row = self.change_list.currentRow()
        current = self.service.article(self.article_id).version
        self.note_button.setEnabled(
            0 <= row < len(self._changed)
            and self.new.currentData() == current
            and bool(self._changed[row].new_text.strip())
        )

    def _note_current(self) -> None:
        chunk = self._changed[self.change_list.currentRow()]
        old_version, new_version = self.old.currentData(), self.new.currentData()
        explanation = tr(
            "Changed without notice between version {old_version} and version "
            "{new_version}.\nBefore: “{before}”\nAfter: “{after}”"
        ).format(
            old_version=old_version,
            new_version=new_version,
            before=" ".join(chunk.old_text.split()) or tr("(nothing)"),
            after=" ".join(chunk.new_text.split()),
        )
        self.note_requested.emit(chunk.new_start, chunk.new_end, explanation)

    @classmethod
    def show_for(
        cls,
        parent: QWidget | None,
        service: ProjectService,
        article_id: str,
        on_note: Callable[[int, int, str], object] | None = None,
    ) -> None:
        dialog = cls(parent, service, article_id)
        if on_note is not None:
            dialog.note_requested.connect(on_note)
        dialog.exec()
