"""PDF import: text layer rebuilt into sentences and paragraphs, pages kept, scans and
encrypted files refused with a clear message."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.errors import ArticleImportError
from annotator.importers import import_path
from tests.importers.pdf_builder import Line, encrypted_pdf_bytes, write_text_pdf


def _block_with(draft, fragment: str):  # noqa: ANN001, ANN202
    blocks = [b for b in draft.blocks if fragment in draft.text[b.start : b.end]]
    assert len(blocks) == 1, f"{fragment!r} should be in exactly one block"
    return blocks[0]


def test_ligatures_become_letters_and_hyphenated_words_are_whole(article_pdf: Path) -> None:
    draft = import_path(article_pdf)
    assert draft.source_format == "pdf"
    assert "the financial support promised by donors" in draft.text
    assert "The official figures" in draft.text
    assert "the flows of money" in draft.text
    assert "an effect of the many" in draft.text
    for leftover in ("ﬁ", "ﬂ", "ﬀ", "ﬃ", "\ufffe", "\x02", "\t", "finan-", "  "):
        assert leftover not in draft.text


def test_wrapped_lines_join_into_paragraphs_with_page_numbers(article_pdf: Path) -> None:
    draft = import_path(article_pdf)
    first = _block_with(draft, "The official figures")
    assert draft.text[first.start : first.end].endswith("paid out by the end of the year.")
    assert (first.kind, first.page) == ("paragraph", 1)
    second = _block_with(draft, "Critics say the reporting")
    assert second.start > first.end and second.page == 1
    assert "separate funds involved." in draft.text[second.start : second.end]
    assert _block_with(draft, "Page three closes the report").page == 3
    assert all(
        draft.text[b.start : b.end].strip() == draft.text[b.start : b.end] for b in draft.blocks
    )


def test_paragraph_cut_by_a_page_break_is_joined_and_cites_its_first_page(
    article_pdf: Path,
) -> None:
    draft = import_path(article_pdf)
    block = _block_with(draft, "broken down by donor and by region, before the end of the summer.")
    assert block.page == 1


def test_headings_and_list_items_are_recognised(article_pdf: Path) -> None:
    draft = import_path(article_pdf)
    assert draft.title == "Funding the reconstruction of Kherson"
    title = _block_with(draft, "Funding the reconstruction of Kherson")
    subheading = _block_with(draft, "What the donors say")
    assert (title.kind, title.level, title.page) == ("headline", 1, 1)
    assert (subheading.kind, subheading.level, subheading.page) == ("heading", 2, 2)
    items = [b for b in draft.blocks if b.kind == "list_item"]
    assert [draft.text[b.start : b.end] for b in items] == [
        "roads and bridges: 1.1 billion euros",
        "housing: 0.9 billion euros",
        "the power grid: 0.6 billion euros",
    ]
    assert {b.page for b in items} == {2}


def test_running_header_and_page_numbers_are_left_out(article_pdf: Path) -> None:
    draft = import_path(article_pdf)
    assert "Riverside Review" not in draft.text
    assert not any(draft.text[b.start : b.end].isdigit() for b in draft.blocks)


def test_scan_without_text_layer_asks_for_ocr(scanned_pdf: Path) -> None:
    with pytest.raises(ArticleImportError, match="OCR") as caught:
        import_path(scanned_pdf)
    assert "scan.pdf" in str(caught.value) and "no text layer" in str(caught.value)


def test_encrypted_pdf_gets_a_clear_message(tmp_path: Path) -> None:
    import pypdfium2

    data = encrypted_pdf_bytes(user_password="secret")
    # The fixture is a real encrypted PDF: with the password PDFium reads its text.
    with pypdfium2.PdfDocument(data, password="secret") as document:
        assert "Confidential draft" in document[0].get_textpage().get_text_range()
    path = tmp_path / "locked.pdf"
    path.write_bytes(data)
    with pytest.raises(ArticleImportError, match="encrypted with a password") as caught:
        import_path(path)
    assert str(caught.value).startswith("locked.pdf:")


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\nthis is not a PDF body",
        b"%PDF-1.4\n" + bytes(range(256)) * 8,
        b"<html>not a pdf</html>",
    ],
    ids=["no-xref", "garbage", "html-renamed"],
)
def test_damaged_pdf_gets_a_clear_message(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(data)
    with pytest.raises(ArticleImportError, match=r"^broken\.pdf: .*(damaged|no text)"):
        import_path(path)


def test_truncated_pdf_gets_a_clear_message(article_pdf: Path, tmp_path: Path) -> None:
    data = article_pdf.read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ArticleImportError, match=r"^cut\.pdf: "):
        import_path(path)


def test_hundred_page_pdf_imports_every_page(qapp, tmp_path: Path) -> None:  # noqa: ANN001 - pytest-qt
    """Every block keeps its page. How fast: `import_pdf` in benchmarks/scenarios/imports.py."""
    paragraph = [
        Line(
            "The committee reviewed the financial statements of the year and found", gap_before=True
        ),
        Line("that the figures reported by the agency were consistent with the"),
        Line("audited accounts published in the spring."),
    ]
    path = write_text_pdf(tmp_path / "long.pdf", [paragraph * 10 for _ in range(100)])
    draft = import_path(path)
    assert len(draft.blocks) == 1000
    assert {b.page for b in draft.blocks} == set(range(1, 101))
    assert draft.text.count("financial statements") == 1000
