"""The PDF report, made with Qt's PDF writer and read back with pypdfium2."""

from __future__ import annotations

import io
import re

import pypdfium2 as pdfium

from annotator.exporters import ExportOptions, build_bundle, export


def pdf_text(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    try:
        text = "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()
    return " ".join(text.split())


def test_pdf_holds_the_report(qapp, checked, tmp_path):
    out = tmp_path / "report.pdf"
    export(
        build_bundle(checked.service, ExportOptions(report_date="2025-03-01", include_drafts=True)),
        "pdf",
        out,
    )
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    text = pdf_text(data)
    for expected in (
        "Fact-check: Bessent to Visit Ukraine",
        "The Epoch Times",
        "Checkpoint Fact Desk",
        "2025-03-01",
        "Summary",
        "4 claims checked",
        "roughly $500 billion worth of deposits",
        "Ukraine has $500 billion of rare earth deposits",
        "Volodymyr Zelenskyy",
        "Geological surveys do not support",
        "Mineral Commodity Summaries 2025",
        "Refutes the claim",
        "Claims no longer found in the article",
        "not found in the current text",
        "Methodology",
        "Every source is archived.",
        "Corrections",
    ):
        assert expected in text, expected
    assert "INTERNAL" not in text
    assert re.search(r"\b1 / \d+\b", text)  # page footer
    # Long URLs wrap across lines (pdfium marks the break with U+FFFE).
    compact = text.replace(" ", "").replace("\ufffe", "")
    assert "https://web.archive.org/web/20250212/https://www.usgs.gov/centers/nmic" in compact
    assert not list(tmp_path.glob(".*.part"))


def test_pdf_to_a_binary_stream(qapp, checked):
    buffer = io.BytesIO()
    export(build_bundle(checked.service, ExportOptions()), "pdf", buffer)
    text = pdf_text(buffer.getvalue())
    assert "rare earths" in text
    assert "Treasury spokesman" not in text  # the ready-for-review claim is left out


def test_a_pdf_with_drafts_says_so_on_its_first_page(qapp, checked, tmp_path):
    out = tmp_path / "drafts.pdf"
    export(build_bundle(checked.service, ExportOptions(include_drafts=True)), "pdf", out)
    pdf = pdfium.PdfDocument(out.read_bytes())
    try:
        first = " ".join(pdf[0].get_textpage().get_text_range().split())
    finally:
        pdf.close()
    assert "Draft, not for publication: this report includes 2 claims not approved" in first
