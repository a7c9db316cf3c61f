"""A claim in a PDF can be cited by page: the page its quote is printed on is in
`annotator list --json`, CSV, JSON, W3C (a FragmentSelector `page=N` refined by the quote)
and the HTML, Markdown and PDF reports. The claims are drafts, so exports include drafts."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.exporters import ExportOptions, build_bundle, export
from annotator.importers import import_path
from annotator.services import ProjectService

QUOTE = "A spokesperson for the largest donor"  # on page 2 of the fixture PDF
DRAFTS = ExportOptions(include_drafts=True)  # the claims here are not approved


@pytest.fixture
def pdf_project(tmp_path: Path, article_pdf: Path) -> tuple[Path, str, str]:
    path = tmp_path / "pages.annotator"
    service = ProjectService.open(path, "Ana")
    try:
        article = service.add_article(import_path(article_pdf))
        start = article.text.index(QUOTE)
        claim = service.create_claim(
            article.id, start, start + len(QUOTE), claim_reviewed="All payments were on schedule"
        )
        title_claim = service.create_claim(article.id, 0, len("Funding the reconstruction"))
        assert article.page_at(start) == 2 and article.page_at(0) == 1
    finally:
        service.close()
    return path, claim.id, title_claim.id


def _export(path: Path, fmt: str) -> str:
    service = ProjectService.open(path, "Ana", read_only=True)
    try:
        out = io.StringIO(newline="")
        export(build_bundle(service, DRAFTS), fmt, out)
        return out.getvalue()
    finally:
        service.close()


def test_list_json_csv_and_json_give_the_page(pdf_project, capsys) -> None:  # noqa: ANN001
    path, claim_id, title_id = pdf_project
    assert main(["list", str(path), "--json"]) == 0
    claims = {c["id"]: c for c in json.loads(capsys.readouterr().out)["articles"][0]["claims"]}
    assert (claims[claim_id]["page"], claims[title_id]["page"]) == (2, 1)
    rows = {
        r["claim_id"]: r for r in csv.DictReader(io.StringIO(_export(path, "csv").lstrip("\ufeff")))
    }
    assert (rows[claim_id]["page"], rows[title_id]["page"]) == ("2", "1")
    data = json.loads(_export(path, "json"))
    exported = {c["id"]: c for a in data["articles"] for c in a["claims"]}
    assert exported[claim_id]["page"] == 2


def test_w3c_has_a_pdf_page_fragment_refined_by_the_quote(pdf_project) -> None:  # noqa: ANN001
    path, claim_id, _ = pdf_project
    collection = json.loads(_export(path, "w3c"))
    items = collection["first"]["items"]
    item = next(i for i in items if i["id"].endswith(claim_id))
    fragments = [s for s in item["target"]["selector"] if s["type"] == "FragmentSelector"]
    assert fragments == [
        {
            "type": "FragmentSelector",
            "conformsTo": "http://tools.ietf.org/rfc/rfc3778",
            "value": "page=2",
            "refinedBy": {
                "type": "TextQuoteSelector",
                "exact": QUOTE,
                "prefix": fragments[0]["refinedBy"]["prefix"],
                "suffix": fragments[0]["refinedBy"]["suffix"],
            },
        }
    ]


def test_reports_cite_the_page(pdf_project, tmp_path: Path) -> None:  # noqa: ANN001
    path, _, _ = pdf_project
    assert f'{QUOTE} <span class="page">(p. 2)</span></blockquote>' in _export(path, "html")
    assert f"> {QUOTE} (p. 2)" in _export(path, "markdown")
    service = ProjectService.open(path, "Ana", read_only=True)
    try:
        export(build_bundle(service, DRAFTS), "pdf", tmp_path / "report.pdf")
    finally:
        service.close()
    assert f"“{QUOTE}” (p. 2)" in import_path(tmp_path / "report.pdf").text


def test_articles_without_pages_export_no_page(tmp_path: Path) -> None:
    from annotator.domain import ArticleDraft

    path = tmp_path / "plain.annotator"
    service = ProjectService.open(path, "Ana")
    try:
        article = service.add_article(ArticleDraft(title="T", text="Prices fell by 5% last year."))
        service.create_claim(article.id, 0, 6)
    finally:
        service.close()
    assert "FragmentSelector" not in _export(path, "w3c")
    assert "(p. " not in _export(path, "markdown")
    assert json.loads(_export(path, "json"))["articles"][0]["claims"][0]["page"] is None
