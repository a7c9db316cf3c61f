"""The export dialog shows "Save to:" (its "&" marks the shortcut) and remembers the format, scope,
options and what to do when done; not "include drafts" or "allow incomplete" (safe defaults)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from annotator.ui.exchange.export_dialog import ExportDialog


def make(window, tmp_path) -> ExportDialog:
    return ExportDialog(
        window, article_id=window.article_id, article_title="Test article", folder=tmp_path
    )


def test_save_to_label_is_a_shortcut_not_a_literal_ampersand(window, qtbot, tmp_path):
    dialog = make(window, tmp_path)
    qtbot.addWidget(dialog)
    labels = {label.text(): label for label in dialog.findChildren(QLabel)}
    assert (
        labels["&Save to:"].buddy() is dialog.path
    )  # drawn as "Save to:", Alt+S goes to the field


def test_choices_are_remembered_but_drafts_and_incomplete_are_not(window, qtbot, tmp_path):
    dialog = make(window, tmp_path)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    dialog.all_articles.setChecked(True)
    dialog.csv_per_source.setChecked(True)
    dialog.csv_bom.setChecked(False)
    dialog.when_done.setCurrentIndex(dialog.when_done.findData("reveal"))
    dialog.include_drafts.setChecked(True)
    dialog.accept()
    again = make(window, tmp_path)
    qtbot.addWidget(again)
    assert again.format.currentData() == "csv"
    assert again.all_articles.isChecked()
    assert again.csv_per_source.isChecked() and not again.csv_bom.isChecked()
    assert again.when_done.currentData() == "reveal"
    assert not again.include_drafts.isChecked() and not again.allow_incomplete.isChecked()
    assert again.request().path.name.endswith(".csv")
