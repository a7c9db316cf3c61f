"""Word import: headings, paragraphs, lists, quotes and tables; document properties."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from annotator.errors import ArticleImportError
from annotator.importers import import_path


def _build(path: Path) -> Path:
    document = docx.Document()
    properties = document.core_properties
    properties.title = "Council bridge statement"
    properties.author = "Priya Nandakumar; Tomasz Wielgosz"
    properties.subject = "Transport"
    properties.language = "en-GB"
    document.add_heading("Bridge repairs will cost £48m", level=0)
    document.add_paragraph("The council said on Thursday that repairs will cost £48m.")
    document.add_heading("The options", level=1)
    document.add_paragraph("replace the deck", style="List Bullet")
    document.add_paragraph("build a new bridge", style="List Bullet 2")
    document.add_paragraph('"We have not seen the evidence," said a councillor.', style="Quote")
    table = document.add_table(rows=2, cols=2)
    for row, values in zip(table.rows, (("Option", "Cost"), ("Deck", "£48m")), strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.add_heading("Background", level=2)
    paragraph = document.add_paragraph("Traffic counts show ")
    paragraph.add_run("21,000").bold = True
    paragraph.add_run(" vehicles a day.")
    document.add_paragraph("")
    document.save(path)
    return path


def test_structure_and_properties(tmp_path: Path) -> None:
    draft = import_path(_build(tmp_path / "statement.docx"))
    assert draft.text.split("\n\n") == [
        "Bridge repairs will cost £48m",
        "The council said on Thursday that repairs will cost £48m.",
        "The options",
        "replace the deck",
        "build a new bridge",
        '"We have not seen the evidence," said a councillor.',
        "Option | Cost",
        "Deck | £48m",
        "Background",
        "Traffic counts show 21,000 vehicles a day.",
    ]
    kinds = [(b.kind, b.level) for b in draft.blocks]
    assert kinds[0] == ("headline", 1)  # the Title paragraph the document shows
    assert kinds[2] == ("heading", 1)
    assert kinds[3:5] == [("list_item", 1), ("list_item", 2)]
    assert kinds[5] == ("quote", 0)
    assert kinds[8] == ("heading", 2)
    assert draft.title == "Council bridge statement"
    assert draft.authors == ["Priya Nandakumar", "Tomasz Wielgosz"]
    assert draft.language == "en-GB"
    assert draft.source_format == "docx"


def test_title_falls_back_to_the_title_paragraph(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = ""
    document.add_heading("Headline in the document", level=0)
    document.add_paragraph("Body text.")
    path = tmp_path / "untitled.docx"
    document.save(path)
    assert import_path(path).title == "Headline in the document"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"PK\x03\x04 this is not really a zip file", "damaged or is not a Word document"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
            "encrypted Word document or an old .doc",
        ),
        (b"plain text renamed to docx", "damaged or is not a Word document"),
    ],
    ids=["bad-zip", "ole", "text"],
)
def test_bad_word_files(tmp_path: Path, data: bytes, problem: str) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(data)
    with pytest.raises(ArticleImportError, match=problem) as caught:
        import_path(path)
    assert str(caught.value).startswith("report.docx: ")


def test_zip_that_is_not_a_word_document(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "sheet.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(ArticleImportError, match="not a Word document"):
        import_path(path)
