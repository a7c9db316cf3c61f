"""Small dialogs, each behind a classmethod-style function a test can replace."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.domain import Article
from annotator.domain.people import short_id
from annotator.ui.common.actions import make_action
from annotator.ui.common.i18n import translator

tr = translator("common.dialogs")


def ask_author_name(parent: QWidget | None, current: str = "", person_id: str = "") -> str | None:
    """Ask the user's display name; their identity (the id) stays the same when it changes."""
    identity = (
        tr(
            "\nYou are person {short_id}: renaming changes how you are shown, never who you are."
        ).format(short_id=short_id(person_id))
        if person_id
        else ""
    )
    name, ok = QInputDialog.getText(
        parent,
        tr("Your Name"),
        tr(
            "Your name is shown as the author of the claims, sources and changes "
            "you make.{identity}\nName:"
        ).format(identity=identity),
        QLineEdit.EchoMode.Normal,
        current,
    )
    name = " ".join(name.split())
    return name if ok and name else None


def ok_cancel_buttons(dialog: QDialog, ok_text: str | None = None) -> QDialogButtonBox:
    """The OK / Cancel row of a dialog, wired to accept and reject it; `ok_text` names the OK
    button after what it does ("Export", "Restore")."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    if ok_text is not None:
        ok_button(buttons).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def ok_button(buttons: QDialogButtonBox) -> QPushButton:
    """The OK button of an `ok_cancel_buttons` row."""
    return buttons.button(QDialogButtonBox.StandardButton.Ok)


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    message: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
) -> QMessageBox:
    """A message box whose text is plain: file names and titles in it never render as markup."""
    box = QMessageBox(icon, title, message, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    message_box(parent, QMessageBox.Icon.Critical, title, message).exec()


def tell(parent: QWidget, title: str, message: str, *, error: bool, interactive: bool) -> None:
    """A dialog when someone is at the window; one line on stderr when running unattended
    (`--screenshot`), which must never wait for input."""
    if not interactive:
        print(f"annotator: {message}", file=sys.stderr)
    elif error:
        show_error(parent, title, message)
    else:
        show_warning(parent, title, message)


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)


def show_warning(parent: QWidget | None, title: str, message: str) -> None:
    message_box(parent, QMessageBox.Icon.Warning, title, message).exec()


def confirm(parent: QWidget | None, title: str, message: str, action: str) -> bool:
    box = message_box(
        parent, QMessageBox.Icon.Question, title, message, QMessageBox.StandardButton.Cancel
    )
    button = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is button


class ArticlePropertiesDialog(QDialog):
    """Edit an article's metadata (title, authors, publisher, date, URL, language, standfirst)."""

    def __init__(self, parent: QWidget | None, article: Article) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Article Properties"))
        self.setMinimumWidth(520)
        form = QFormLayout()
        self.title = QLineEdit(article.title)
        self.authors = QLineEdit(", ".join(article.authors))
        self.publisher = QLineEdit(article.publisher)
        self.published = QLineEdit(article.published)
        self.published.setPlaceholderText(tr("YYYY-MM-DD"))
        self.url = QLineEdit(article.url)
        self.url.setPlaceholderText("https://…")
        self.report_url = QLineEdit(article.report_url)
        self.report_url.setObjectName("reportUrl")
        self.report_url.setPlaceholderText(
            tr("https://… where our fact-check of this article is published")
        )
        self.language = QLineEdit(article.language)
        self.language.setPlaceholderText(tr("en, uk, ru…"))
        self.standfirst = QPlainTextEdit(article.standfirst)
        self.standfirst.setFixedHeight(70)
        self.standfirst.setTabChangesFocus(True)
        form.addRow(tr("&Title:"), self.title)
        form.addRow(tr("&Authors:"), self.authors)
        form.addRow(tr("&Publisher:"), self.publisher)
        form.addRow(tr("&Date:"), self.published)
        form.addRow(tr("&URL:"), self.url)
        form.addRow(tr("Published &report:"), self.report_url)
        form.addRow(tr("&Language:"), self.language)
        form.addRow(tr("&Standfirst:"), self.standfirst)
        info = QLabel(
            tr(
                "Imported from {value} ({source_format}); version {version}; {count} characters."
            ).format(
                value=article.source_name or tr("unknown"),
                source_format=article.source_format,
                version=article.version,
                count=QLocale().toString(len(article.text)),
            )
        )
        info.setWordWrap(True)
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(info)
        layout.addWidget(buttons)

    def values(self) -> dict[str, object]:
        return {
            "title": self.title.text().strip(),
            "authors": [a.strip() for a in self.authors.text().split(",") if a.strip()],
            "publisher": self.publisher.text().strip(),
            "published": self.published.text().strip(),
            "url": self.url.text().strip(),
            "report_url": self.report_url.text().strip(),
            "language": self.language.text().strip(),
            "standfirst": self.standfirst.toPlainText().strip(),
        }

    @classmethod
    def ask(cls, parent: QWidget | None, article: Article) -> dict[str, object] | None:
        dialog = cls(parent, article)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def about_action(window: QWidget) -> QAction:
    """Help → About Annotator."""
    return make_action(window, tr("&About Annotator"), lambda: show_about(window))


def show_about(parent: QWidget) -> None:
    """Help → About Annotator: the versions of Annotator, Python, Qt, PySide6 and SQLite."""
    from annotator.about import about_html
    from annotator.ui.common import plain_text

    box = QMessageBox(
        QMessageBox.Icon.Information,
        tr("About Annotator"),
        "",
        QMessageBox.StandardButton.Ok,
        parent,
    )
    plain_text.allow_rich_text(box)  # our own markup and version numbers, no user text
    box.setText(about_html())
    box.exec()
