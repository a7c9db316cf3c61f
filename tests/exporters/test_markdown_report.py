"""The Markdown report, parsed back with markdown-it-py."""

from __future__ import annotations

from markdown_it import MarkdownIt

from annotator.exporters import ExportOptions, build_bundle
from annotator.exporters.markdown_report import render_markdown


def headings(markdown: str) -> list[tuple[str, str]]:
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    return [
        (t.tag, tokens[i + 1].content) for i, t in enumerate(tokens) if t.type == "heading_open"
    ]


def rendered_text(markdown: str) -> str:
    return MarkdownIt("commonmark").enable("table").render(markdown)


def test_structure_and_fields(checked):
    md = render_markdown(
        build_bundle(checked.service, ExportOptions(report_date="2025-03-01", include_drafts=True))
    )
    assert headings(md) == [
        ("h1", "Fact-check: Bessent to Visit Ukraine as Zelenskyy Pitches Territory Swap"),
        ("h2", "Summary"),
        ("h2", "The article"),
        ("h2", "Claims"),
        ("h3", "1. False"),
        ("h3", "2. Misleading (Ready for review)"),
        ("h3", "3. Unrated (Draft)"),
        ("h3", "Claims no longer found in the article"),
        ("h4", "4. Mostly true (not found in the current text)"),
        ("h2", "Methodology"),
        ("h2", "Corrections"),
    ]
    html = rendered_text(md)
    assert "<strong>Publisher:</strong> The Epoch Times" in html
    assert "<strong>Report date:</strong> 2025-03-01" in html
    assert "<td>False</td>" in html and "<td>Misleading</td>" in html  # summary table
    assert "<strong>Claimant:</strong> Volodymyr Zelenskyy" in html
    assert "<strong>Claim:</strong> Ukraine has $500 billion of rare earth deposits" in html
    assert (
        '<a href="https://www.usgs.gov/centers/national-minerals-information-center">Mineral '
        'Commodity Summaries 2025</a>'
        in html
    )
    assert "Archived copy:" in html and "Accessed 2025-02-12" in html
    assert "Refutes the claim, official" in html
    # The claim is bold in the article text, preceded by its number and verdict.
    assert "<strong>[1: False]</strong> <strong>roughly $500 billion worth of deposits" in html
    assert "INTERNAL" not in md and "ask desk" not in md


def test_a_markdown_or_pdf_report_with_drafts_says_so_first(qapp, checked, tmp_path):
    from annotator.exporters import export

    md = render_markdown(build_bundle(checked.service, ExportOptions(include_drafts=True)))
    first = [line for line in md.splitlines() if line.strip()][:2]
    assert (
        first[1]
        == "**Draft, not for publication: this report includes 2 claims not approved by a second "
           "reviewer.**"
    )
    assert "Draft, not for publication" not in render_markdown(
        build_bundle(checked.service, ExportOptions())
    )
    import pypdfium2

    export(
        build_bundle(checked.service, ExportOptions(include_drafts=True)), "pdf", tmp_path / "r.pdf"
    )
    page = pypdfium2.PdfDocument(str(tmp_path / "r.pdf"))[0].get_textpage().get_text_range()
    assert "Draft, not for publication" in " ".join(page.split())
