"""User and file text never renders as markup: labels, message boxes and tooltips show it as
typed."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from annotator.domain import ArticleDraft
from annotator.services import ProjectService
from annotator.ui.common import dialogs

HOSTILE_AUTHOR = '<b>Boss</b><img src="file:///etc/passwd">'
HOSTILE_TITLE = "<h1>Breaking</h1><a href='http://evil.example'>click</a>"
HOSTILE_FILE = "<i>report</i><img src=x>.html"


def shown_as(label: QLabel) -> str:
    """What a label displays: its text if plain, else the text its markup renders to."""
    if label.textFormat() == Qt.TextFormat.PlainText:
        return label.text()
    if label.textFormat() == Qt.TextFormat.AutoText and not Qt.mightBeRichText(label.text()):
        return label.text()
    doc = QTextDocument()
    doc.setHtml(label.text())
    return doc.toPlainText()


def hostile_window(qtbot, tmp_path):
    from annotator.ui.main_window import MainWindow

    path = tmp_path / "hostile.annotator"
    project = ProjectService.open(path, HOSTILE_AUTHOR)
    article = project.add_article(
        ArticleDraft(title=HOSTILE_TITLE, text="The sky is green today.", publisher=HOSTILE_TITLE)
    )
    claim = project.create_claim(
        article.id, 0, 17, claimant=HOSTILE_AUTHOR, claim_reviewed=HOSTILE_TITLE
    )
    project.add_source(claim.id, url="https://example.org/<b>x</b>", title=HOSTILE_TITLE)
    project.close()
    window = MainWindow(HOSTILE_AUTHOR)
    qtbot.addWidget(window)
    assert window.open_project(path)
    window.resize(1300, 800)
    window.show()
    qtbot.waitExposed(window)
    window.select_claim(claim.id)
    return window, claim.id


def test_every_label_shows_hostile_text_as_typed(qtbot, tmp_path):
    window, _claim_id = hostile_window(qtbot, tmp_path)
    labels = [label for label in window.findChildren(QLabel) if "<" in label.text()]
    assert any(f"Created by {HOSTILE_AUTHOR}" in label.text() for label in labels)
    for label in labels:
        assert shown_as(label) == label.text(), (label.objectName(), label.text())
    window.close()


def test_claim_and_library_tooltips_show_the_text_itself(qtbot, tmp_path):
    window, claim_id = hostile_window(qtbot, tmp_path)
    model = window.claims_model
    tip = model.data(model.index(model.row_of(claim_id), 0), Qt.ItemDataRole.ToolTipRole)
    doc = QTextDocument()
    doc.setHtml(tip)
    assert HOSTILE_TITLE in doc.toPlainText()
    window.close()


def inspect_next_message_box(found: list) -> None:
    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, look)  # not up yet: look again when the event loop runs
            return
        found.append((box.textFormat(), box.text()))
        box.done(0)

    QTimer.singleShot(0, look)


def test_error_and_confirmation_dialogs_are_plain_text(qtbot, monkeypatch):
    monkeypatch.undo()  # the real QMessageBox.exec, not the conftest's tripwire
    message = f"Could not import {HOSTILE_FILE}: the file is damaged."
    for show in (
        lambda: dialogs.show_error(None, "Import", message),
        lambda: dialogs.show_warning(None, "Import", message),
        lambda: dialogs.confirm(None, "Remove Article", f"Remove “{HOSTILE_TITLE}”?", "Remove"),
    ):
        found: list = []
        inspect_next_message_box(found)
        show()
        assert found and found[0][0] == Qt.TextFormat.PlainText


def test_message_boxes_made_anywhere_in_the_window_are_plain_text(qtbot, tmp_path, monkeypatch):
    """QMessageBox's static functions (import problems, export done) go through the guard."""
    window, _claim_id = hostile_window(qtbot, tmp_path)
    monkeypatch.undo()  # the real QMessageBox functions, not the conftest's tripwires
    found: list = []
    inspect_next_message_box(found)
    QMessageBox.warning(window, "Some Files Were Not Imported", f"{HOSTILE_FILE}: not an article")
    assert found == [(Qt.TextFormat.PlainText, f"{HOSTILE_FILE}: not an article")]
    window.close()
