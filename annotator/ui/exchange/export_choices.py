"""The export dialog remembers what was chosen last time: the format, the scope, the report and
CSV options and what to do when done (the folder is remembered by the window).

Two choices are not remembered, on purpose: including claims not yet approved, and allowing an
incomplete ClaimReview. Each export starts from the safe default and asks for them again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator import app_settings

if TYPE_CHECKING:
    from annotator.ui.exchange.export_dialog import ExportDialog

PREFIX = "export/"
BOXES = ("agreement", "csv_per_source", "csv_bom")


def restore(dialog: ExportDialog) -> None:
    settings = app_settings.qsettings()
    for combo_name in ("format", "when_done"):
        combo = getattr(dialog, combo_name)
        index = combo.findData(str(settings.value(PREFIX + combo_name, "")))
        if index >= 0:
            combo.setCurrentIndex(index)
    if str(settings.value(PREFIX + "scope", "")) == "all" and dialog.all_articles.isEnabled():
        dialog.all_articles.setChecked(True)
    for name in BOXES:
        value = settings.value(PREFIX + name)
        if value is not None:
            getattr(dialog, name).setChecked(str(value).lower() in ("true", "1"))


def save(dialog: ExportDialog) -> None:
    settings = app_settings.qsettings()
    settings.setValue(PREFIX + "format", dialog.format.currentData())
    settings.setValue(PREFIX + "when_done", dialog.when_done.currentData())
    settings.setValue(PREFIX + "scope", "all" if dialog.all_articles.isChecked() else "article")
    for name in BOXES:
        settings.setValue(PREFIX + name, getattr(dialog, name).isChecked())
    settings.sync()
