"""The HTML report, read back with lxml field by field."""

from __future__ import annotations

import json

import lxml.html
import pytest

from annotator.exporters import ExportOptions, build_bundle
from annotator.exporters.claimreview import claim_reviews
from annotator.exporters.html_report import render_html
from tests.exporters.conftest import SETTINGS
from tests.exporters.htmlquery import select


@pytest.fixture
def page(checked):
    bundle = build_bundle(
        checked.service, ExportOptions(report_date="2025-03-01", include_drafts=True)
    )
    return lxml.html.fromstring(render_html(bundle)), bundle


def text_of(node) -> str:
    return " ".join(node.text_content().split())


def test_title_block(page, checked):
    doc, _ = page
    header = select(doc, "header.title-block")[0]
    assert (
        text_of(select(header, "h1")[0])
        == "Fact-check: Bessent to Visit Ukraine as Zelenskyy Pitches Territory Swap"
    )
    meta = dict(
        zip(
            [text_of(d) for d in select(header, "dt")],
            [text_of(d) for d in select(header, "dd")],
            strict=True,
        )
    )
    assert meta["Publisher"] == "The Epoch Times"
    assert meta["Published"] == "2025-02-11"
    assert meta["URL"] == "https://www.theepochtimes.com/world/bessent-ukraine-5806541"
    assert meta["Checked by"] == "Checkpoint Fact Desk"
    assert meta["Report date"] == "2025-03-01"
    assert select(header, "p.organisation a")[0].get("href") == SETTINGS["organisation_url"]


def test_summary_chart_uses_verdict_colours(page):
    doc, bundle = page
    bars = select(doc, "section.summary svg rect.bar")
    colours = {v.label: v.colour for v in bundle.verdicts}
    by_label = {text_of(select(r, "title")[0]).split(":")[0]: r for r in bars}
    assert set(by_label) == {"False", "Misleading", "Mostly true", "Unrated"}
    assert by_label["False"].get("fill") == colours["False"]
    assert by_label["Misleading"].get("fill") == colours["Misleading"]
    rows = {
        text_of(tr[0]): int(text_of(tr[1])) for tr in select(doc, "table.verdict-counts tbody tr")
    }
    assert rows == {"False": 1, "Misleading": 1, "Mostly true": 1, "Unrated": 1}
    assert "4 claims checked" in text_of(select(doc, "section.summary p")[0])


def test_article_text_highlights_each_claim_with_number_and_colour(page, checked):
    doc, bundle = page
    marks = select(doc, ".article-text mark.claim")
    by_number = {m.get("data-claim"): m for m in marks}
    assert set(by_number) == {"1", "2", "3"}  # the orphan is not in the text
    assert by_number["1"].text_content() == checked.minerals.exact
    assert "#d7191c" in by_number["1"].get("style")  # False
    refs = [a.get("href") for a in select(doc, ".article-text a.claim-ref")]
    assert refs == ["#claim-1", "#claim-2", "#claim-3"]
    paragraph_text = " ".join(text_of(p) for p in select(doc, ".article-text p"))
    assert "Officials added that" in paragraph_text


def test_each_claim_section(page, checked):
    doc, _ = page
    section = doc.get_element_by_id("claim-1")
    assert text_of(select(section, "blockquote.quote")[0]) == checked.minerals.exact
    assert (
        text_of(select(section, "dd.claim-reviewed")[0])
        == "Ukraine has $500 billion of rare earth deposits"
    )
    assert text_of(select(section, "dd.claimant")[0]) == "Volodymyr Zelenskyy"
    assert text_of(select(section, "dd.claim-date")[0]) == "2025-02"
    assert text_of(select(section, "dd.verdict-label")[0]) == "False"
    assert "Geological surveys" in text_of(select(section, ".explanation")[0])
    assert [text_of(t) for t in select(section, ".tag")] == ["economy", "minerals"]
    sources = select(section, "ol.sources li")
    assert [s.get("id") for s in sources] == ["claim-1-source-1", "claim-1-source-2"]
    first = sources[0]
    assert text_of(select(first, "cite")[0]) == "Mineral Commodity Summaries 2025"
    assert text_of(select(first, ".source-publisher")[0]) == "USGS"
    assert select(first, ".source-url a")[0].get("href") == "https://www.usgs.gov/centers/national-minerals-information-center"
    assert "2025-02-12" in text_of(select(first, ".source-accessed")[0])
    assert select(first, ".source-archive a")[0].get("href").startswith("https://web.archive.org/")
    assert "not quantified" in text_of(select(first, ".excerpt")[0])
    assert "p. 12" in text_of(select(first, ".excerpt")[0])
    assert select(first, ".stance")[0].get("data-stance") == "refutes"
    # Status shown for claims that are not approved.
    assert text_of(select(doc.get_element_by_id("claim-2"), ".status")[0]) == "Ready for review"
    assert not select(section, ".status")


def test_orphaned_claim_is_listed_and_marked(page, checked):
    doc, _ = page
    orphan = doc.get_element_by_id("claim-4")
    assert "orphaned" in orphan.get("class")
    assert "Not found in the current text" in text_of(orphan)
    assert text_of(select(orphan, "blockquote.quote")[0]) == checked.troops.exact


def test_methodology_and_corrections_from_settings(page):
    doc, _ = page
    methodology = select(doc, "section.methodology p")
    assert [text_of(p) for p in methodology] == [
        "We rate claims on a five-step scale.",
        "Every source is archived.",
    ]
    assert "corrections@checkpoint.example.org" in text_of(select(doc, "section.corrections")[0])


def test_embedded_claimreview_matches_the_claimreview_export(checked):
    bundle = build_bundle(checked.service, ExportOptions(report_date="2025-03-01"))
    (script,) = select(
        lxml.html.fromstring(render_html(bundle)), 'script[type="application/ld+json"]'
    )
    assert json.loads(script.text) == claim_reviews(bundle)
    assert len(claim_reviews(bundle)) == 2  # the two approved claims


def test_a_report_with_drafts_says_so_first_and_embeds_no_claimreview(page):
    doc, bundle = page
    notice = text_of(select(doc, "p.draft-notice")[0])
    assert (
        notice
        == "Draft, not for publication: this report includes 2 claims not approved by a second "
           "reviewer."
    )
    h1 = select(doc, "h1")[0]
    assert (
        h1.getnext() is select(doc, "p.draft-notice")[0]
    )  # right under the title, on the first page
    (script,) = select(doc, 'script[type="application/ld+json"]')
    assert json.loads(script.text) == []


def test_internal_notes_never_appear(checked):
    html = render_html(build_bundle(checked.service, ExportOptions(include_drafts=True)))
    for note in ("INTERNAL: source B unreliable", "ask desk about tone", "not checked yet"):
        assert note not in html


def test_approved_only_report(checked):
    doc = lxml.html.fromstring(render_html(build_bundle(checked.service, ExportOptions())))
    assert [s.get("id") for s in select(doc, "section.claim")] == ["claim-1", "claim-2"]
    assert "rare earths" in text_of(doc.get_element_by_id("claim-1"))
    assert "Russian troops" in text_of(doc.get_element_by_id("claim-2"))
    assert "little to show" not in text_of(select(doc, "section.claims")[0])
