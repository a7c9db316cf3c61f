"""A service's error is shown in the interface language: its msg() template translated in the
context "errors", with the value (here the file's name) filled in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from annotator.errors import NotAProjectError, ValidationError, msg
from annotator.ui.app import make_application
from annotator.ui.common import dialogs, i18n, theme
from annotator.ui.main_window import MainWindow
from annotator.ui.project import preferences


def test_a_refused_project_file_is_explained_in_spanish(qtbot, tmp_path: Path, monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        dialogs, "show_error", lambda parent, title, message: shown.append((title, message))
    )
    before = QLocale()
    preferences.save(preferences.Preferences(language="es"))
    make_application()
    try:
        window = MainWindow("Tester")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        notes = tmp_path / "notas de campo.txt"
        notes.write_text("Not a project at all.", encoding="utf-8")
        assert not window.open_project(notes, create=False)
        assert shown == [
            (
                "No se puede abrir el proyecto",
                "notas de campo.txt no es un proyecto de Annotator "
                "(no es una base de datos SQLite).",
            )
        ]
        assert notes.read_text(encoding="utf-8") == "Not a project at all."  # left untouched
        window.close()
    finally:
        i18n.install(i18n.ENGLISH)
        QLocale.setDefault(before)
        theme.apply(QApplication.instance(), theme.SYSTEM)
        QApplication.instance().setStyleSheet("")


def test_translated_error_falls_back_to_the_english_text(qtbot):
    i18n.install("es")
    try:
        marked = NotAProjectError(msg("{name} is not an Annotator project.", name="a.db"))
        assert i18n.translated_error(marked) == "a.db no es un proyecto de Annotator."
        assert i18n.translated_error(ValidationError("Not marked.")) == "Not marked."
        assert i18n.translated_error(KeyError("c1")) == "'c1'"
        unknown = ValidationError(msg("No catalogue has {this}.", this="that"))
        assert i18n.translated_error(unknown) == "No catalogue has that."
    finally:
        i18n.install(i18n.ENGLISH)
    assert i18n.translated_error(marked) == "a.db is not an Annotator project."
