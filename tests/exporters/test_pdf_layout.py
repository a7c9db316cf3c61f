"""Long paragraphs are cut into short blocks for the PDF's layout only: same text, same
highlights."""

from __future__ import annotations

import re

import lxml.html

from annotator.domain import ArticleDraft
from annotator.exporters import ExportOptions, build_bundle, export
from annotator.exporters.common import highlighted_paragraphs
from annotator.exporters.layout_split import BLOCK_CHARS, split_for_layout
from annotator.exporters.pdf_report import render_qt_html
from tests.exporters.test_pdf_report import pdf_text

WORDS = "Claims need sources and sources need dates. "


def long_project(service, chars: int):
    text = (WORDS * (chars // len(WORDS) + 1))[:chars].strip() + " Final words."
    article = service.add_article(ArticleDraft(title="Long", text=text))
    middle = text.index("sources need dates", chars // 2)
    claim = service.create_claim(article.id, middle, middle + len("sources need dates"))
    return text, claim


def test_split_keeps_every_character_and_each_marker_once(service):
    text, claim = long_project(service, 25_000)
    bundle = build_bundle(service, ExportOptions(include_drafts=True))  # the claim is a draft
    [paragraph] = highlighted_paragraphs(text, bundle.articles[0].placed)
    pieces = split_for_layout([paragraph])
    assert len(pieces) >= 25_000 // BLOCK_CHARS
    assert "".join(seg.text for piece in pieces for seg in piece) == text
    assert all(sum(len(seg.text) for seg in piece) <= BLOCK_CHARS for piece in pieces)
    markers = [m.claim.id for piece in pieces for seg in piece for m in seg.markers]
    assert markers == [claim.id]
    assert [(p.joins_previous, p.joins_next) for p in (pieces[0], pieces[-1])] == [
        (False, True),
        (True, False),
    ]
    highlighted = "".join(seg.text for piece in pieces for seg in piece if seg.entry is not None)
    assert highlighted == "sources need dates"


def test_short_paragraphs_are_left_whole(service):
    text = "One short paragraph.\nAnother one."
    service.add_article(ArticleDraft(title="Short", text=text))
    pieces = split_for_layout(highlighted_paragraphs(text, []))
    assert [("".join(s.text for s in p), p.joins_previous, p.joins_next) for p in pieces] == [
        ("One short paragraph.", False, False),
        ("Another one.", False, False),
    ]


def test_pdf_html_has_short_blocks_without_spacing_between_pieces(qapp, service):
    text, _claim = long_project(service, 25_000)
    html = render_qt_html(build_bundle(service, ExportOptions(include_drafts=True)))
    doc = lxml.html.fromstring(html)
    blocks = [p for p in doc.xpath("//p") if "Claims need" in p.text_content()]
    assert len(blocks) >= 12
    assert all(len(p.text_content()) <= BLOCK_CHARS for p in blocks)
    shown = "".join(p.text_content() for p in blocks).replace("[1]", "", 1)  # the claim's marker
    assert re.sub(r"\s+", " ", shown) == re.sub(r"\s+", " ", text)
    assert "margin-bottom: 0" in blocks[0].get("style") and "margin-top: 0" in blocks[-1].get(
        "style"
    )


def test_pdf_of_a_long_paragraph_holds_all_its_text(qapp, service, tmp_path):
    text = " ".join(
        f"Sentence number {n} checks out." for n in range(2_000)
    )  # about 60,000 characters
    service.add_article(ArticleDraft(title="Long", text=text))
    out = tmp_path / "long.pdf"
    export(build_bundle(service), "pdf", out)
    extracted = " ".join(pdf_text(out.read_bytes()).split())
    found = {int(n) for n in re.findall(r"Sentence number (\d+) checks out\.", extracted)}
    assert found == set(range(2_000))
