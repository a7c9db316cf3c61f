"""Public PDFs of the shared corpus (pypdf's test files): a catalog /Lang no longer breaks
the import, and running headers do not stay in the text or become the title."""

from __future__ import annotations

import pytest

from annotator.importers import import_path
from tests.importers.corpus import corpus_file


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("multilang.pdf", "en-US"),
        ("FormTestFromOo.pdf", "fr-FR"),
        ("GeoBase_NHNC1_Data_Model_UML_EN.pdf", "fr-CA"),
        ("missing_info.pdf", "de"),
        ("issue-914-xmp-data.pdf", "zh-Hans"),
    ],
)
def test_pdf_naming_its_language_imports_with_it(name: str, language: str) -> None:
    draft = import_path(corpus_file("pdf", name))
    assert draft.language == language
    assert draft.text.strip()


def test_multilingual_pdf_keeps_every_script() -> None:
    draft = import_path(corpus_file("pdf", "multilang.pdf"))
    for greeting in (
        "Hello World",
        "مرحبا بالعالم",
        "Привет, мир",
        "你好世界",
        "สวัสดีชาวโลก",
        "こんにちは世界",
    ):
        assert greeting in draft.text


def test_running_headers_of_a_scanned_book_are_dropped() -> None:
    draft = import_path(corpus_file("pdf", "Seige_of_Vicksburg_Sample_OCR-crazyones-merged.pdf"))
    # Pages 1 and 3-7 carry "THE SIEGE OF VICKSBURG. 49", "52 THE SIEGE OF VICKSBURG.", and OCR
    # slips of it ("VICKSBUEG", "SIEGE OP").
    assert "SIEGE OF VICKSBURG" not in draft.text
    assert "VICKSBUEG" not in draft.text and "SIEGE OP" not in draft.text
    assert "VICKSBURG" not in draft.title
    assert draft.text.startswith("however, did not last long; it became too conspicuous")
    june_12 = next(b for b in draft.blocks if draft.text[b.start : b.end].startswith("JUNE 12TH."))
    assert june_12.page == 3
    # the page in the middle (another document) keeps its own first and last lines
    assert "The Crazy Ones" in draft.text and "October 14, 1998" in draft.text
