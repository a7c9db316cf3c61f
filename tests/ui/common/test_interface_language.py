"""The interface language: the Preferences choice (or the system's) is installed when the
application starts; the window then shows Spanish or Arabic texts, Arabic mirrored right to
left, dates in the locale's form; the reader lays out each paragraph in its own direction."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication

from annotator.domain import ArticleDraft
from annotator.services import ProjectService
from annotator.ui.app import make_application
from annotator.ui.common import i18n, theme
from annotator.ui.common.times import format_time
from annotator.ui.main_window import MainWindow
from annotator.ui.project import preferences
from annotator.ui.project.library import CLAIMS

RTL = Qt.LayoutDirection.RightToLeft
ARABIC = "قال الرئيس إن الاتفاق سيمنح الوصول إلى المعادن النادرة."
ENGLISH = "The president said the deal would give access to rare earths."


@pytest.fixture(autouse=True)
def english_after():
    before = QLocale()
    yield
    i18n.install(i18n.ENGLISH)  # removes the translators, left to right again
    QLocale.setDefault(before)
    app = QApplication.instance()
    theme.apply(app, theme.SYSTEM)
    app.setStyleSheet("")  # as the other tests expect it


def start_in(language: str, qtbot, path: Path) -> MainWindow:
    """Save the language in Preferences, start the application as `annotator` does, open a
    project with one Arabic and one English paragraph."""
    preferences.save(preferences.Preferences(language=language))
    project = ProjectService.open(path, "Setup")
    project.add_article(ArticleDraft(title="Mixed", text=f"{ARABIC}\n\n{ENGLISH}", language="ar"))
    project.close()
    make_application()
    window = MainWindow("Tester")
    qtbot.addWidget(window)
    assert window.open_project(path)
    window.resize(1300, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_spanish_interface(qtbot, project_path: Path):
    window = start_in("es", qtbot, project_path)
    assert i18n.current_language() == "es"
    assert window.file_menu.title() == "&Archivo"
    assert window.claims.new_claim_action.text() == "&Nueva afirmación"
    assert window.claims_panel.search.placeholderText() == "Filtrar afirmaciones…"
    assert QCoreApplication.translate("exchange.merge_flow", "%n claim(s)", None, 1) == (
        "1 afirmación"
    )
    assert QCoreApplication.translate("exchange.merge_flow", "%n claim(s)", None, 3) == (
        "3 afirmaciones"
    )
    assert not window.isRightToLeft()
    assert format_time("2025-02-11T14:03:55Z") == "11/2/2025 14:03 UTC"
    window.close()


def test_arabic_interface_is_mirrored(qtbot, project_path: Path):
    window = start_in("ar", qtbot, project_path)
    assert QApplication.instance().layoutDirection() == RTL
    assert window.isRightToLeft() and window.reader.isRightToLeft()
    assert window.file_menu.title() == "&ملف"
    assert window.left_tabs.tabText(0) == "الادعاءات"
    forms = [
        QCoreApplication.translate("exchange.merge_flow", "%n claim(s)", None, n)
        for n in (0, 1, 2, 3, 11, 100)
    ]
    assert forms == ["لا ادعاءات", "ادعاء واحد", "ادعاءان", "3 ادعاءات", "11 ادعاءً", "100 ادعاء"]
    # Mirrored: the library and claims list (the first pane) are on the right of the reader.
    left_pane = window.left_tabs.mapTo(window, QPoint(0, 0)).x()
    reader = window.reader.mapTo(window, QPoint(0, 0)).x()
    assert left_pane > reader
    # the claim-number margin stays beside the text, clear of the scroll bar (now on the left)
    assert window.reader.page_gutter.geometry().right() + 1 == window.reader.viewport().x()
    assert format_time("2025-02-11T14:03:55Z") == "١١\u200f/٢\u200f/٢٠٢٥ ١٤:٠٣ UTC"
    window.close()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_reader_paragraphs_follow_their_text(language: str, qtbot, project_path: Path):
    window = start_in(language, qtbot, project_path)
    document = window.reader.document()
    directions = {}
    block = document.begin()
    while block.isValid():
        for text in (ARABIC, ENGLISH):
            if text in block.text():
                directions[text] = block.textDirection()
        block = block.next()
    assert directions == {ARABIC: RTL, ENGLISH: Qt.LayoutDirection.LeftToRight}
    window.close()


def test_the_system_language_is_used_unless_preferences_choose(monkeypatch):
    assert i18n.resolve("", QLocale("uk_UA")) == "uk"
    assert i18n.resolve("", QLocale("de_DE")) == "en"  # not shipped: English
    assert i18n.resolve("es", QLocale("uk_UA")) == "es"
    assert preferences.load().language == ""  # by default, the system's


def test_preferences_store_the_language_for_the_next_start(window, qtbot):
    dialog = window.files.preferences_dialog()
    assert dialog.language.currentData() == ""  # follows the system
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == [
        "",
        "en",
        "es",
        "uk",
        "ar",
    ]
    dialog.language.setCurrentIndex(dialog.language.findData("uk"))
    dialog.accept()
    qtbot.waitUntil(lambda: preferences.load().language == "uk")
    assert i18n.current_language() == "en"  # this window keeps its language until restart


def test_english_counts_without_a_catalogue():
    tr = i18n.translator("exchange.merge_flow")
    assert [tr("%n claim(s)", n=n) for n in (0, 1, 2)] == ["0 claims", "1 claim", "2 claims"]
    assert i18n.english_plural("%n possible match(es)", 1) == "%n possible match"


@pytest.mark.parametrize("language", ["en", "ar"])
def test_report_language_defaults_to_the_interface_language(language, qtbot, tmp_path: Path):
    from annotator.ui.exchange.export_dialog import ExportDialog

    i18n.install(language)
    dialog = ExportDialog(None, article_id="a1", article_title="Mixed", folder=tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.report_language.currentData() == language
    assert dialog.request().options.language == language
    dialog.report_language.setCurrentIndex(dialog.report_language.findData("uk"))
    assert dialog.request().options.language == "uk"


def test_arabic_counts_are_written_in_the_locales_digits(qtbot, project_path: Path):
    project = ProjectService.open(project_path, "Setup")
    article = project.add_article(ArticleDraft(title="Twelve", text="word " * 12))
    for index in range(12):
        project.create_claim(article.id, index * 5, index * 5 + 4)
    project.close()
    window = start_in("ar", qtbot, project_path)
    assert QLocale().toString(12) == "١٢"  # Qt's CLDR data for Arabic: Arabic-Indic digits
    tr = i18n.translator("exchange.merge_flow")
    assert [tr("%n claim(s)", n=n) for n in (3, 12, 12345)] == [
        "٣ ادعاءات", "١٢ ادعاءً", "١٢٬٣٤٥ ادعاءً",
    ]  # fmt: skip
    model = window.library.model
    claims = [model.index(row, CLAIMS).data() for row in range(model.rowCount())]
    assert sorted(claims) == ["٠", "١٢"]  # the library's claim counts (the other article: none)
    window.close()


def test_spanish_and_english_counts(qtbot, project_path: Path):
    start_in("es", qtbot, project_path).close()
    tr = i18n.translator("exchange.merge_flow")
    assert tr("%n claim(s)", n=12345) == "12.345 afirmaciones"  # the locale's grouping
    i18n.install(i18n.ENGLISH)
    assert tr("%n claim(s)", n=12345) == "12345 claims"  # English as before
    assert i18n.number(12345) == "12345"


def test_a_project_made_in_spanish_has_a_spanish_scale(qtbot, project_path: Path, tmp_path: Path):
    from annotator.ui.project.verdict_scale_dialog import VerdictScaleDialog

    window = start_in("es", qtbot, project_path)
    assert window.open_project(tmp_path / "nuevo.annotator")  # File → New ends here
    assert [v.label for v in window.service.verdicts()] == [
        "Verdadero", "Mayormente verdadero", "Verdad a medias", "Mayormente falso", "Falso",
        "Engañoso", "Sin pruebas"]  # fmt: skip
    dialog = VerdictScaleDialog(window, window.service, window.undo_stack)
    qtbot.addWidget(dialog)
    names = [dialog.template.itemText(i) for i in range(dialog.template.count())]
    assert names == ["Escala de veracidad de cinco niveles", "PolitiFact (seis niveles)",
                     "Programa de verificación de datos de Meta"]  # fmt: skip
    window.close()


def test_the_shortcuts_dialog_names_review_modes_keys_in_the_interface_language(
    qtbot, project_path: Path
):
    window = start_in("es", qtbot, project_path)
    dialog = window.keyboard.open_dialog()
    qtbot.addWidget(dialog)
    assert dialog.notes.text() == (
        "En el modo de revisión: J/→ siguiente · K/← anterior · A aprobar · R pedir cambios · "
        "Esc salir"
    )
    dialog.reject()
    window.close()
