"""Reports in the newsroom's language: headings and labels from the report language's table,
`lang` and `dir` from the article's language (right to left for Arabic) in HTML and PDF, and
the data (quotes, names, verdict labels) as written."""

from __future__ import annotations

import re

import lxml.html
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from annotator.domain import ArticleDraft
from annotator.exporters import ExportOptions, build_bundle
from annotator.exporters.html_report import render_html
from annotator.exporters.markdown_report import render_markdown
from annotator.exporters.pdf_report import render_qt_html
from annotator.exporters.report_labels import plural, text_direction, translator
from annotator.exporters.report_tables import LABELS, PLURALS, TABLES
from tests.approval_helpers import approve_as_colleague

ARABIC = "قال الوزير إن الصادرات ارتفعت بنسبة 40 في المئة العام الماضي."
QUOTE = "ارتفعت بنسبة 40 في المئة"
FORMS = {"en": 2, "es": 2, "uk": 3, "ar": 6}
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


@pytest.fixture
def arabic(service):
    article = service.add_article(
        ArticleDraft(title="الصادرات", text=ARABIC, publisher="صحيفة", language="ar")
    )
    start = ARABIC.index(QUOTE)
    claim = service.create_claim(article.id, start, start + len(QUOTE))
    approve_as_colleague(service, claim.id)
    return service


def bundle_in(service, language: str):
    return build_bundle(service, ExportOptions(report_date="2025-03-01", language=language))


def test_every_language_has_every_label_and_plural_form():
    for language, table in TABLES.items():
        assert set(table) == set(LABELS), language
        for english, shown in table.items():
            assert PLACEHOLDER.findall(shown) == PLACEHOLDER.findall(english), (language, shown)
    for key, languages in PLURALS.items():
        assert {k: len(v) for k, v in languages.items()} == FORMS, key
    assert plural("ar", "claims_checked", 2) == "جرى التحقق من ادعاءين"
    assert plural("ar", "claims_checked", 11) == "جرى التحقق من 11 ادعاءً"
    assert plural("uk", "claims_checked", 21) == "21 твердження перевірено"
    assert plural("uk", "claims_checked", 25) == "25 тверджень перевірено"
    assert plural("en", "claims_checked", 1) == "1 claim checked"
    assert translator("es")("Accessed {date}.", date="2025-01-02") == "Consultada el 2025-01-02."
    assert translator("de")("Summary") == "Summary"  # no table: English


def test_direction_of_languages():
    assert [text_direction(t) for t in ("ar", "ar-EG", "he", "fa", "uk", "en", "")] == [
        "rtl", "rtl", "rtl", "rtl", "ltr", "ltr", "ltr"
    ]  # fmt: skip


def test_arabic_html_report_is_right_to_left_with_arabic_labels(arabic):
    page = lxml.html.fromstring(render_html(bundle_in(arabic, "ar")))
    assert (page.get("lang"), page.get("dir")) == ("ar", "rtl")
    assert page.get_element_by_id("summary-heading").text_content() == "الملخص"
    assert "جرى التحقق من ادعاء واحد." in page.text_content()
    assert page.xpath("//h1")[0].text_content() == "تحقق: الصادرات"
    assert (
        page.xpath("//blockquote[@class='quote']")[0].text_content().strip() == QUOTE
    )  # as written
    assert page.xpath("//section[contains(@class, 'claim')]//dt")[0].text_content() == "الادعاء"


def test_labels_follow_the_report_language_and_direction_the_article(arabic):
    page = lxml.html.fromstring(render_html(bundle_in(arabic, "es")))
    assert (page.get("lang"), page.get("dir")) == ("ar", "rtl")  # the article's language
    assert page.get_element_by_id("summary-heading").text_content() == "Resumen"
    assert "1 afirmación verificada." in page.text_content()


def test_an_english_report_is_unchanged(checked):
    page = lxml.html.fromstring(render_html(bundle_in(checked.service, "en")))
    assert (page.get("lang"), page.get("dir")) == ("en", "ltr")
    assert page.get_element_by_id("summary-heading").text_content() == "Summary"


def test_markdown_report_labels_in_ukrainian(arabic):
    text = render_markdown(bundle_in(arabic, "uk"))
    assert "## Підсумок" in text and "- **Вердикт:** Без оцінки" in text
    assert QUOTE in text


def test_pdf_layout_is_right_to_left_for_an_arabic_article(arabic, qapp):  # noqa: ARG001
    # qapp: a QApplication, as the window has; a bare QGuiApplication made here would outlive
    # the test and abort the next test in this process that opens a window
    document = QTextDocument()
    document.setHtml(render_qt_html(bundle_in(arabic, "ar")))
    blocks, block = {}, document.begin()
    while block.isValid():
        blocks[block.text()] = block
        block = block.next()
    article = next(b for text, b in blocks.items() if ARABIC[:20] in text)
    assert article.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "الملخص" in blocks


def test_the_command_line_writes_a_report_in_the_language_asked(tmp_path, capsys):
    from annotator import cli
    from annotator.services import ProjectService

    path = tmp_path / "p.annotator"
    service = ProjectService.open(path, "Tester")
    service.add_article(ArticleDraft(title="Uno", text="Una frase de prueba.", language="es"))
    service.close()
    assert cli.main(["export", str(path), "-f", "html", "--language", "es"]) == 0
    page = lxml.html.fromstring(capsys.readouterr().out)
    assert (page.get("lang"), page.get("dir")) == ("es", "ltr")
    assert page.get_element_by_id("summary-heading").text_content() == "Resumen"
    with pytest.raises(SystemExit) as refused:  # argparse's one line and exit status 2
        cli.main(["export", str(path), "-f", "html", "--language", "xx"])
    assert refused.value.code == 2
