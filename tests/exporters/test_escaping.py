"""Hostile text in every field a user can type: reports keep it as text, never as markup."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re

import lxml.html
import pytest
from markdown_it import MarkdownIt

from annotator.domain import ArticleDraft
from annotator.exporters import ExportOptions, build_bundle, export
from annotator.exporters.claimreview import claim_reviews
from annotator.exporters.csv_export import FORMULA_STARTS
from tests.approval_helpers import approve_as_colleague

HOSTILE = [
    '<script>alert("x")</script>',
    '"><img src=x onerror=alert(1)>',
    "</script><script>alert(document.cookie)</script>",
    "&amp; & &lt; <!-- -->",
    "javascript:alert(1)",
    '=HYPERLINK("http://evil.example","click")',
    "+1+2",
    "-2+3",
    "@SUM(A1:A9)",
    "\tindented",
    "# Heading\n\n- item\n[link](javascript:alert(1))",
    "**bold** _em_ `code` | a | b | ![img](http://x/y.png)",
    " =1+1",
    "\n=1+1",
]
FORMULAS = {  # the cells a spreadsheet would run, by index in HOSTILE
    5, 6, 7, 8, 9, 12, 13,
}  # fmt: skip
BAD_URL = "javascript:alert(1)"


@pytest.fixture
def hostile(service):
    text = "Intro. " + " ".join(f"Q{i} {h} end{i}." for i, h in enumerate(HOSTILE)) + "\nLast line."
    service.store.set_settings(  # bypasses validation, as an old file or a merge might
        {
            "organisation_name": HOSTILE[1],
            "organisation_url": BAD_URL,
            "report_url": "https://checks.example.org/r",
            "methodology": HOSTILE[10],
            "corrections_policy": HOSTILE[2],
        }
    )
    article = service.add_article(
        ArticleDraft(title=HOSTILE[0], text=text, publisher=HOSTILE[3], authors=[HOSTILE[11]])
    )
    service.put_article_metadata(
        dataclasses.replace(article, url=BAD_URL)
    )  # bypasses validation, as a merge might
    verdict = service.verdict_by_label("False")
    for i, h in enumerate(HOSTILE):
        start = text.index(f"Q{i} ")
        claim = service.create_claim(
            article.id, start, start + len(f"Q{i} {h}"),
            claim_reviewed=h, claimant=h, explanation=h, tags=[h.replace(",", " ")],
            verdict_id=verdict.id, internal_note=f"SECRET{i}",
        )  # fmt: skip
        source = service.add_source(
            claim.id, url="https://ok.example.org/doc", title=h, publisher=h, excerpt=h, locator=h
        )
        service.put_source(dataclasses.replace(source, url=BAD_URL, archive_url=BAD_URL))
        approve_as_colleague(service, claim.id)
    return service


def render(service, fmt: str, **options) -> str:
    buffer = io.StringIO(newline="")
    export(build_bundle(service, ExportOptions(**{"include_drafts": True, **options})), fmt, buffer)
    return buffer.getvalue()


def test_html_shows_hostile_text_as_text(hostile):
    html = render(hostile, "html")
    doc = lxml.html.fromstring(html)
    scripts = doc.xpath("//script")
    assert [s.get("type") for s in scripts] == ["application/ld+json"]
    assert not doc.xpath("//img") and not doc.xpath("//@*[starts-with(name(), 'on')]")
    for href in doc.xpath("//a/@href"):
        assert href.startswith(("#", "http://", "https://", "mailto:")), href
    assert "javascript" not in " ".join(doc.xpath("//@href | //@src | //@style"))
    text = doc.text_content()
    for h in HOSTILE:
        assert " ".join(h.split()) in " ".join(text.split())
    assert "SECRET" not in html


def test_jsonld_block_cannot_be_closed_by_user_text(hostile):
    html = render(hostile, "html", include_drafts=False)  # a draft report embeds no ClaimReview
    assert html.count("</script") == 1  # the block's own end tag only
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "<" not in block and ">" not in block and "&" not in block
    assert json.loads(block) == claim_reviews(build_bundle(hostile))
    assert any(r["claimReviewed"] == HOSTILE[2] for r in json.loads(block))


def test_markdown_structure_is_not_changed_by_user_text(hostile):
    md = render(hostile, "markdown")
    parser = MarkdownIt("commonmark").enable("table")
    tokens = parser.parse(md)
    heading_texts = [
        "".join(c.content for c in tokens[i + 1].children if c.type == "text")
        for i, t in enumerate(tokens)
        if t.type == "heading_open"
    ]
    claim_headings = [h for h in heading_texts if re.match(r"^\d+\. False$", h)]
    assert len(claim_headings) == len(HOSTILE)
    assert (
        len(heading_texts) == len(HOSTILE) + 6
    )  # title, summary, article, claims, methodology, corrections
    assert heading_texts[:4] == ["Fact-check: " + HOSTILE[0], "Summary", "The article", "Claims"]
    assert heading_texts[-2:] == ["Methodology", "Corrections"]
    links = [
        t.attrGet("href")
        for tok in tokens
        if tok.children
        for t in tok.children
        if t.type == "link_open"
    ]
    assert links == []  # every URL in this project is javascript:, and user text makes none
    html = parser.render(md)
    assert "<script" not in html and "<img" not in html and "javascript:alert(1)</a>" not in html
    assert not {t.type for t in tokens} & {"html_block", "code_block", "fence"}
    inline_types = {c.type for tok in tokens if tok.children for c in tok.children}
    assert not inline_types & {"html_inline", "image", "code_inline"}
    assert "SECRET" not in md


def test_csv_cells_cannot_start_formulas(hostile):
    text = render(hostile, "csv", csv_per_source=True)
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    header, body = rows[0], rows[1:]
    assert len(body) == len(HOSTILE)
    for row in body:
        for cell in row:
            assert not cell.lstrip().startswith(FORMULA_STARTS), cell
    reviewed = [row[header.index("claim_reviewed")] for row in body]
    for i, (h, cell) in enumerate(zip(HOSTILE, reviewed, strict=True)):
        assert cell == ("'" + h if i in FORMULAS else h)
    assert "SECRET" not in text


def test_data_formats_keep_text_verbatim_and_never_leak_notes(hostile):
    data = json.loads(render(hostile, "json"))
    claims = data["articles"][0]["claims"]
    assert [c["claimant"] for c in claims] == HOSTILE
    for fmt in ("json", "claimreview", "w3c", "markdown", "html", "csv"):
        assert "SECRET" not in render(hostile, fmt)


def test_pdf_with_hostile_text(qapp, hostile, tmp_path):
    import pypdfium2 as pdfium

    out = tmp_path / "r.pdf"
    export(build_bundle(hostile, ExportOptions(include_drafts=True)), "pdf", out)
    pdf = pdfium.PdfDocument(out.read_bytes())
    text = " ".join(" ".join(p.get_textpage().get_text_range() for p in pdf).split())
    pdf.close()
    assert '<script>alert("x")</script>' in text
    assert "SECRET" not in text


def test_standalone_claimreview_can_be_pasted_into_a_script_block(hostile):
    text = render(hostile, "claimreview")
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\\u003c/script\\u003e" in text
    reviews = json.loads(text)
    assert reviews == claim_reviews(build_bundle(hostile))
    assert any(r["claimReviewed"] == HOSTILE[2] for r in reviews)


def test_w3c_jsonld_escapes_markup_characters(hostile):
    text = render(hostile, "w3c")
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text)["label"] == "Fact-check: " + HOSTILE[0]


def test_claimreview_drops_urls_that_are_not_http(hostile):
    reviews = json.loads(render(hostile, "claimreview"))
    assert all("url" not in r["author"] for r in reviews)  # organisation_url is javascript:
    assert all("appearance" not in r["itemReviewed"] for r in reviews)  # the article URL too
    assert all(r["url"].startswith("https://checks.example.org/r#claim-") for r in reviews)


@pytest.mark.parametrize("key", ["organisation_url", "report_url"])
@pytest.mark.parametrize(
    "url", [BAD_URL, "data:text/html,x", "file:///etc/passwd", "/relative", "mailto:a@b.org"]
)
def test_url_settings_refuse_what_is_not_http(service, key, url):
    from annotator.errors import ValidationError

    with pytest.raises(ValidationError, match="only an absolute http or https address"):
        service.update_settings({key: url})
    assert service.settings().get(key, "") == ""
    service.update_settings({key: "https://example.org/team"})
    assert service.settings()[key] == "https://example.org/team"
