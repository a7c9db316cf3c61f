"""Report details that earlier tests did not pin down with literal expectations: link labels
and URLs escaped in HTML, CSV formula prefixes `-` and `@`, nested claims' colours. The claims
are approved by a colleague, so these are the reports that get published."""

from __future__ import annotations

import csv
import dataclasses
import io

import lxml.html
import pytest

from annotator.domain import ArticleDraft
from annotator.exporters import ExportOptions, build_bundle, export
from tests.approval_helpers import approve_as_colleague

TEXT = "The minister said unemployment fell by half last year, and exports doubled."


def render(service, fmt: str, **options) -> str:
    buffer = io.StringIO(newline="")
    export(build_bundle(service, ExportOptions(**options)), fmt, buffer)
    return buffer.getvalue()


@pytest.fixture
def claim(service):
    article = service.add_article(ArticleDraft(title="Jobs", text=TEXT))
    return service, article, service.create_claim(article.id, 4, 12)


def test_a_source_links_label_and_url_stay_text_in_html(claim):
    service, _, c = claim
    label = 'Report <b>bold</b> & "quoted" </a><script>alert(1)</script>'
    url = 'https://example.org/r?a=1&b=2"><script>alert(2)</script>'
    source = service.add_source(c.id, url="https://example.org/r", title=label)
    service.put_source(dataclasses.replace(source, url=url))  # as a merge could bring it
    approve_as_colleague(service, c.id)
    page = render(service, "html")
    doc = lxml.html.fromstring(page)
    assert doc.xpath("//script[not(@type='application/ld+json')]") == []
    assert doc.xpath("//b") == []
    links = [a for a in doc.xpath("//a[@href]") if "example.org/r" in a.get("href")]
    assert links and all(a.get("href") == url for a in links)
    assert {a.text_content().strip() for a in links} == {url}  # the link shows its URL, as text
    assert " ".join(label.split()) in " ".join(doc.text_content().split())  # the title, as text
    assert "<script>alert" not in page


@pytest.mark.parametrize(
    ("typed", "cell"),
    [("-2+3", "'-2+3"), ("@SUM(A1:A9)", "'@SUM(A1:A9)"), ("=1+1", "'=1+1"), ("+1", "'+1"),
     ("2-3", "2-3"), ("a@b.example", "a@b.example")],
)  # fmt: skip
def test_csv_neutralises_minus_and_at_formulas(claim, typed, cell):
    service, _, c = claim
    service.update_claim(c.id, claim_reviewed=typed, claimant=typed)
    approve_as_colleague(service, c.id)
    text = render(service, "csv")
    header, row = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    assert row[header.index("claim_reviewed")] == cell
    assert row[header.index("claimant")] == cell


def test_a_nested_claim_shows_its_own_colour_inside_the_outer_one(service):
    article = service.add_article(ArticleDraft(title="Jobs", text=TEXT))
    false, true = service.verdict_by_label("False"), service.verdict_by_label("True")
    outer_end = TEXT.index(" last year")
    outer = service.create_claim(article.id, 4, outer_end, verdict_id=false.id)  # "minister…half"
    inner_start = TEXT.index("unemployment")
    inner_end = inner_start + len("unemployment fell")
    inner = service.create_claim(article.id, inner_start, inner_end, verdict_id=true.id)
    for nested in (outer, inner):
        approve_as_colleague(service, nested.id)
    doc = lxml.html.fromstring(render(service, "html"))
    marks = doc.xpath("//*[contains(@class, 'article-text')]//mark")
    by_text = {m.text_content(): (m.get("style") or "").lower() for m in marks}
    assert "#2c7bb6" in by_text["unemployment fell"]  # True, the inner claim
    outside = [t for t in by_text if "minister said" in t]
    assert outside and all("#d7191c" in by_text[t] for t in outside)  # False, the outer claim
    assert "#d7191c" in by_text[" by half"]
