"""Headline and standfirst are part of the annotatable text exactly once, as blocks of kind
"headline" and "standfirst", whatever the importer; and a Hypothesis annotation made on a
page's headline lands on it."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from annotator.importers import import_clipboard, import_path
from tests.importers.corpus import corpus_file, corpus_files

PAGE = """<html><head><title>Bridge repairs will cost £48m | Riverside News</title>
<meta property="og:title" content="Bridge repairs will cost £48m">
<meta name="description" content="The council's figure is twice its first estimate, and councillors want to see the evidence.">
</head><body><article><h1>Bridge repairs will cost £48m</h1>
<p>The council said on Thursday that repairs to the Old Mill Bridge will cost £48m, twice the estimate it gave in the spring.</p>
<p>Councillors from every party asked to see the engineers' report before the budget vote next month.</p>
<p>The bridge has been closed to lorries since March, and buses have been diverted through the town centre.</p>
</article></body></html>"""  # noqa: E501 - the page as served: one line per element


def _opening(draft, count: int = 3) -> list[tuple[str, str]]:  # noqa: ANN001
    return [(b.kind, draft.text[b.start : b.end]) for b in draft.blocks[:count]]


def test_web_page_headline_and_standfirst_are_text_once(tmp_path: Path) -> None:
    path = tmp_path / "bridge.html"
    path.write_text(PAGE, encoding="utf-8")
    draft = import_path(path)
    assert _opening(draft) == [
        ("headline", "Bridge repairs will cost £48m"),
        (
            "standfirst",
            "The council's figure is twice its first estimate, and councillors want to see the "
            "evidence.",
        ),
        (
            "paragraph",
            "The council said on Thursday that repairs to the Old Mill Bridge will cost £48m, "
            "twice the estimate it gave in the spring.",
        ),
    ]
    assert draft.text.count("Bridge repairs will cost £48m") == 1
    assert draft.title == "Bridge repairs will cost £48m"


def test_a_description_that_is_the_lede_is_not_added_again(tmp_path: Path) -> None:
    lede = (
        "The council said on Thursday that repairs to the Old Mill Bridge will cost £48m, twice "
        "the estimate it gave in the spring."
    )
    path = tmp_path / "bridge.html"
    path.write_text(
        PAGE.replace(
            "The council's figure is twice its first estimate, and councillors want to see the "
            "evidence.",
            lede,
        ),
        encoding="utf-8",
    )
    draft = import_path(path)
    assert [kind for kind, _ in _opening(draft, 2)] == ["headline", "paragraph"]
    assert draft.text.count(lede) == 1


def test_text_file_first_line_is_the_headline_not_repeated(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(
        "Prices fell by 5%\n\nThe minister said prices fell by 5% last year.\n", encoding="utf-8"
    )
    draft = import_path(path)
    assert _opening(draft, 2) == [
        ("headline", "Prices fell by 5%"),
        ("paragraph", "The minister said prices fell by 5% last year."),
    ]


def test_text_file_opening_with_a_sentence_has_no_headline(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("The minister said prices fell.\n\nShe gave no source.\n", encoding="utf-8")
    assert [b.kind for b in import_path(path).blocks] == ["paragraph", "paragraph"]


def test_markdown_front_matter_title_becomes_the_headline_once(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text(
        "---\ntitle: Prices fell by 5%\ndescription: A check of the claim.\n---\n\n# Prices fell "
        "by 5%\n\nThe minister said so.\n",
        encoding="utf-8",
    )
    draft = import_path(path)
    assert _opening(draft) == [
        ("headline", "Prices fell by 5%"),
        ("standfirst", "A check of the claim."),
        ("paragraph", "The minister said so."),
    ]


def test_docx_title_and_subtitle_paragraphs_are_headline_and_standfirst(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "Prices fell by 5%"
    document.add_paragraph("Prices fell by 5%", style="Title")
    document.add_paragraph("A check of the minister's claim", style="Subtitle")
    document.add_paragraph("The minister said so on Monday.")
    path = tmp_path / "check.docx"
    document.save(path)
    draft = import_path(path)
    assert _opening(draft) == [
        ("headline", "Prices fell by 5%"),
        ("standfirst", "A check of the minister's claim"),
        ("paragraph", "The minister said so on Monday."),
    ]


def test_clipboard_fragment_heading_is_the_headline() -> None:
    draft = import_clipboard("<h2>Prices fell by 5%</h2><p>The minister said so.</p>", None)
    assert _opening(draft, 2) == [
        ("headline", "Prices fell by 5%"),
        ("paragraph", "The minister said so."),
    ]


@pytest.mark.parametrize("path", corpus_files("web", "*.html"), ids=lambda p: p.name)
def test_corpus_pages_hold_their_headline_once(path: Path) -> None:
    draft = import_path(path)
    headlines = [b for b in draft.blocks if b.kind == "headline"]
    assert len(headlines) == 1, "exactly one headline block"
    headline = draft.text[headlines[0].start : headlines[0].end]
    paragraphs = draft.text.split("\n\n")
    assert paragraphs[:6].count(headline) == 1, "the headline is not repeated as a body paragraph"
    assert [b for b in draft.blocks if b.kind == "standfirst"][:2] == [
        b for b in draft.blocks if b.kind == "standfirst"
    ]


def test_hypothesis_annotation_on_a_headline_anchors(tmp_path: Path) -> None:
    from annotator.services import ProjectService
    from annotator.services.annotation_import import import_annotations

    page = corpus_file("annotations", "hyp-wikipedia-regression-testing.html")
    annotations = corpus_file("annotations", "hyp-wikipedia-regression-testing.json")
    service = ProjectService.open(tmp_path / "p.annotator", "Tester")
    try:
        article = service.add_article(import_path(page))
        assert article.blocks[0].kind == "headline" and article.text.startswith(
            "Regression testing\n\n"
        )
        import_annotations(service, annotations)
        placed = sorted((c.start, c.end) for c in service.claims(article.id) if c.end > c.start)
        assert (0, len("Regression testing")) in placed  # the h1 the annotation was made on
        assert len(placed) == 4  # the fifth quotes the page footer, which is not the article
    finally:
        service.close()
