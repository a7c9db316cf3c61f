"""Issue #14's finding as a worked example: a blind second review of 8 passages by two raters
(both rating every passage), then adjudication, publishes 8 claims, not 16.

Maria marks 8 passages with her verdicts; Tom rates each of them blind; they agree on 5.
Carol, the editor, settles each passage: the agreed verdict where they agree, and for the
3 disputed passages Tom's, Maria's and a third verdict. Tom then approves Maria's claims.
Expected, from the example: the default HTML report and the default ClaimReview export hold
8 claims, each ClaimReview item has one rating (Carol's final verdict), and both raters'
verdicts are kept as ratings (the service's passage ratings, `annotator agreement --json`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator import cli
from annotator.domain import ArticleDraft
from annotator.services import ProjectService
from annotator.services.agreement import claims_for_review, reveal, start_blind_review
from annotator.services.ratings import adjudicate, awaiting_adjudication, passage_ratings, rate
from annotator.services.review import approve, submit_for_review

PASSAGES = [
    "Unemployment fell by half last year",
    "Exports doubled since 2020",
    "The new bridge cost 40 million euros",
    "Crime rose in every region",
    "Most residents support the plan",
    "The river is cleaner than in 1990",
    "Rents will fall next spring",
    "The city has the most parks in the country",
]
TEXT = "".join(f"{passage}. " for passage in PASSAGES).strip()
MARIA = ["False", "True", "Mostly false", "Half true", "False", "True", "Unproven", "False"]
TOM = ["False", "True", "False", "Half true", "Mostly false", "True", "Unproven", "True"]
FINAL = ["False", "True", "False", "Half true", "Mostly false", "True", "Unproven", "Half true"]
DISPUTED = [2, 4, 7]  # where Maria and Tom differ: Tom's, Maria's, and neither's verdict won


def verdict(service: ProjectService, label: str) -> str:
    found = service.verdict_by_label(label)
    assert found is not None, label
    return found.id


def run_cli(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[str, str]:
    code = cli.main([str(a) for a in args])
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out, out.err


@pytest.fixture
def reviewed(tmp_path: Path) -> tuple[Path, str, list[str]]:
    """The example, up to Tom's approvals; returns (project, article id, claim ids in order)."""
    path = tmp_path / "desk.annotator"
    service = ProjectService.open(path, "Maria")
    try:
        service.update_settings(
            {"organisation_name": "Desk", "report_url": "https://desk.example.org/checks"}
        )
        article_id = service.add_article(ArticleDraft(title="Council claims", text=TEXT)).id
        claims: list[str] = []
        for passage, label in zip(PASSAGES, MARIA, strict=True):
            start = TEXT.index(passage)
            end = start + len(passage)
            claim = service.create_claim(article_id, start, end, verdict_id=verdict(service, label))
            service.update_claim(claim.id, explanation=f"Checked against the records: {label}.")
            service.add_source(claim.id, url=f"https://records.example.org/{len(claims)}")
            submit_for_review(service, claim.id)
            claims.append(claim.id)
        service.author = "Tom"
        start_blind_review(service, article_id)
        assert [c.claim.verdict_id for c in claims_for_review(service, article_id)] == [None] * 8
        for claim_id, label in zip(claims, TOM, strict=True):
            rate(service, claim_id, verdict(service, label))
        reveal(service, article_id)
        service.author = "Carol"
        assert len(awaiting_adjudication(service, article_id)) == 8
        for claim_id, label in zip(claims, FINAL, strict=True):
            adjudicate(service, claim_id, verdict(service, label), note="settled")
        assert awaiting_adjudication(service, article_id) == []
        service.author = "Tom"
        for claim_id in claims:
            approve(service, claim_id)
    finally:
        service.close()
    return path, article_id, claims


def test_eight_rated_passages_publish_eight_claims_with_one_verdict_each(
    reviewed: tuple[Path, str, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _, claims = reviewed
    _, err = run_cli(capsys, "export", path, "--format", "claimreview", "-o", tmp_path / "cr.json")
    assert "wrote 8 claims" in err
    items = json.loads((tmp_path / "cr.json").read_text(encoding="utf-8"))
    assert len(items) == 8
    by_quote = {item["claimReviewed"]: item for item in items}
    assert sorted(by_quote) == sorted(PASSAGES)
    for passage, label in zip(PASSAGES, FINAL, strict=True):
        ratings = by_quote[passage]["reviewRating"]
        assert isinstance(ratings, dict), "one verdict per ClaimReview, not a list"
        assert ratings["alternateName"] == label
    _, err = run_cli(capsys, "export", path, "--format", "html", "-o", tmp_path / "report.html")
    assert "wrote 8 claims" in err
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert all(html.count(passage) >= 1 for passage in PASSAGES)
    _, err = run_cli(capsys, "export", path, "--format", "json", "-o", tmp_path / "report.json")
    articles = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["articles"]
    exported = [claim for article in articles for claim in article["claims"]]
    assert sorted(c["id"] for c in exported) == sorted(claims)


def test_the_ratings_are_kept_as_evidence(
    reviewed: tuple[Path, str, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, article_id, claims = reviewed
    service = ProjectService.open(path, "Reader")
    try:
        label = {v.id: v.label for v in service.verdicts()}
        passages = passage_ratings(service, [service.claim(c) for c in claims])
        for passage, maria, tom, final in zip(passages, MARIA, TOM, FINAL, strict=True):
            rated = {rater: label[v] for rater, v in passage.ratings.items() if v}
            assert rated == {"Maria": maria, "Tom": tom}
            assert passage.adjudication is not None and passage.adjudication.adjudicator == "Carol"
            assert passage.claim.verdict_id == verdict(service, final)
    finally:
        service.close()
    out, _ = run_cli(capsys, "agreement", path, article_id, "--json")
    report = json.loads(out)
    assert report["raters"] == ["Maria", "Tom"]  # Carol adjudicated; she did not rate
    disputed = [d["verdicts"] for d in report["disagreements"]]
    assert disputed == [{"Maria": MARIA[i], "Tom": TOM[i]} for i in DISPUTED]
