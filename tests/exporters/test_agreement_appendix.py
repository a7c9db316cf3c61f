"""Reports can carry an appendix on how far the reviewers of each article agreed."""

from __future__ import annotations

import pypdfium2

from annotator.domain import ArticleDraft
from annotator.exporters import ExportOptions, export
from annotator.services.ratings import rate as rate_claim
from annotator.services.reports import prepare_export

TEXT = "First claim here. Second claim there. Third claim everywhere. A <b>fourth</b> one."


def rate(service, author, quote, label):
    """Ana marks the passage with her verdict; a later rater adds a rating of Ana's claim."""
    service.author = author
    start = TEXT.index(quote)
    existing = [c for c in service.claims(service.article_ids()[0]) if c.start == start]
    verdict = service.verdict_by_label(label).id
    if existing:
        rate_claim(service, existing[0].id, verdict)
    else:
        claim = service.create_claim(service.article_ids()[0], start, start + len(quote))
        service.update_claim(claim.id, verdict_id=verdict)


def two_reviewers(service):
    service.add_article(ArticleDraft(title="Rated <twice>", text=TEXT))
    for author in ("Ana", "Ben"):
        rate(service, author, "First claim here", "False")
        rate(service, author, "Second claim there", "True")
    rate(service, "Ana", "Third claim everywhere", "Mostly true")
    rate(service, "Ben", "Third claim everywhere", "False")
    rate(service, "Ana", "A <b>fourth</b> one", "Half true")
    rate(service, "Ben", "A <b>fourth</b> one", "Half true")


def test_appendix_in_html_markdown_and_pdf(
    qapp, service, tmp_path
):  # qapp: the PDF writer needs Qt
    two_reviewers(service)
    bundle = prepare_export(service, ExportOptions(agreement_appendix=True))
    [section] = bundle.agreement
    assert section.raters == ["Ana", "Ben"]
    assert section.compared == 4
    assert section.percent == 75.0
    assert section.coefficient is not None and section.coefficient_label.startswith(
        "weighted kappa"
    )
    assert section.disagreements == [
        ("Third claim everywhere", [("Ana", "Mostly true"), ("Ben", "False")])
    ]

    export(bundle, "html", tmp_path / "r.html")
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "Appendix: agreement between reviewers" in html
    assert "Percentage agreement: 75%" in html
    assert "Rated &lt;twice&gt;" in html and "<twice>" not in html
    export(bundle, "markdown", tmp_path / "r.md")
    markdown = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "## Appendix: agreement between reviewers" in markdown
    assert "Ana: Mostly true; Ben: False" in markdown
    export(bundle, "pdf", tmp_path / "r.pdf")
    pdf = pypdfium2.PdfDocument(str(tmp_path / "r.pdf"))
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert "agreement between reviewers" in text


def test_no_appendix_unless_asked_or_with_one_reviewer(service):
    two_reviewers(service)
    assert prepare_export(service, ExportOptions()).agreement == []
    service.add_article(ArticleDraft(title="Solo", text="Only one reviewer here."))
    bundle = prepare_export(service, ExportOptions(agreement_appendix=True))
    assert [s.title for s in bundle.agreement] == ["Rated <twice>"]
