"""Invariants over random sequences of editorial actions by several people: what the default
export publishes is always approved (with a current approval), and one passage is one verdict."""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.domain import ArticleDraft, ReviewStatus
from annotator.errors import AnnotatorError
from annotator.exporters import ExportOptions, export
from annotator.services import ProjectService
from annotator.services.agreement import reveal, start_blind_review
from annotator.services.publication import approval_is_current
from annotator.services.ratings import adjudicate, rate
from annotator.services.reports import prepare_export
from annotator.services.review import approve, request_changes, submit_for_review

TEXT = "One claim here. Two claims there. Three claims everywhere. Four is last."
PASSAGES = [s.strip() for s in TEXT.split(".") if s.strip()]
PEOPLE = ("Ana", "Ben", "Cy")
LABELS = ("False", "Mostly false", "Half true", "True", "Unproven")

actions = st.lists(
    st.tuples(
        st.sampled_from(("create", "verdict", "explain", "source", "tag", "submit", "approve",
                         "changes", "blind", "rate", "reveal", "adjudicate")),
        st.sampled_from(PEOPLE),
        st.integers(0, 7),
        st.sampled_from(LABELS),
    ),  # fmt: skip
    min_size=1,
    max_size=30,
)


def act(service: ProjectService, article_id: str, action: tuple[str, str, int, str]) -> None:
    kind, person, pick, label = action
    service.author = person
    verdict = service.verdict_by_label(label).id
    claims = service.claims(article_id)
    if kind == "create":
        passage = PASSAGES[pick % len(PASSAGES)]
        start = TEXT.index(passage)
        service.create_claim(article_id, start, start + len(passage), verdict_id=verdict)
        return
    if kind in ("blind", "reveal"):
        (start_blind_review if kind == "blind" else reveal)(service, article_id)
        return
    if not claims:
        return
    claim = claims[pick % len(claims)]
    steps = {
        "verdict": lambda: service.update_claim(claim.id, verdict_id=verdict),
        "explain": lambda: service.update_claim(claim.id, explanation=f"{person} checked it"),
        "source": lambda: service.add_source(claim.id, url=f"https://example.org/{person}"),
        "tag": lambda: service.update_claim(claim.id, tags=[person]),
        "submit": lambda: submit_for_review(service, claim.id),
        "approve": lambda: approve(service, claim.id),
        "changes": lambda: request_changes(service, claim.id),
        "rate": lambda: rate(service, claim.id, verdict),
        "adjudicate": lambda: adjudicate(service, claim.id, verdict),
    }
    with contextlib.suppress(AnnotatorError):  # refused by the rules (four-eyes, workflow, blind)
        steps[kind]()


def check_default_exports(service: ProjectService) -> None:
    bundle = prepare_export(service, ExportOptions())
    for _, entry in bundle.entries():
        assert entry.claim.status == ReviewStatus.APPROVED
        assert approval_is_current(service, service.claim(entry.claim.id))
    published = {e.claim.id for _, e in bundle.entries()}
    for fmt in ("csv", "json", "w3c"):
        out = io.StringIO()
        export(bundle, fmt, out)
        text = out.getvalue()
        for claim in (c for a in service.article_ids() for c in service.claims(a)):
            if claim.id not in published:
                assert claim.id not in text, (fmt, claim.status)
    reviews = io.StringIO()
    export(bundle, "claimreview", reviews)
    data = json.loads(reviews.getvalue())
    urls = [r["url"] for r in data]
    assert len(urls) == len(set(urls)) == sum(1 for _, e in bundle.entries() if e.verdict)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(actions)
def test_default_exports_never_contain_a_draft_or_a_stale_approval(steps) -> None:
    with tempfile.TemporaryDirectory() as folder:
        service = ProjectService.open(Path(folder) / "p.annotator", "Ana")
        try:
            service.update_settings({"organisation_name": "Desk", "report_url": "https://desk.example.org/r"})
            article_id = service.add_article(ArticleDraft(title="T", text=TEXT)).id
            for step in steps:
                act(service, article_id, step)
                check_default_exports(service)
            # Ratings never become claims: at most one claim per created passage.
            created = sum(1 for s in steps if s[0] == "create")
            assert len(service.claims(article_id)) == created
        finally:
            service.close()


def test_a_change_after_approval_keeps_the_claim_out_until_approved_again(tmp_path: Path) -> None:
    service = ProjectService.open(tmp_path / "p.annotator", "Alice")
    article_id = service.add_article(ArticleDraft(title="T", text=TEXT)).id
    claim = service.create_claim(
        article_id, 0, 14, verdict_id=service.verdict_by_label("Unproven").id
    )
    submit_for_review(service, claim.id)
    service.author = "Bob"
    approve(service, claim.id)
    assert [e.claim.id for _, e in prepare_export(service).entries()] == [claim.id]
    service.author = "Alice"
    service.update_claim(claim.id, tags=["economy"], internal_note="cosmetic")  # does not void it
    assert prepare_export(service).claim_count == 1
    service.update_claim(claim.id, verdict_id=service.verdict_by_label("False").id)
    assert prepare_export(service).claim_count == 0  # "False" was never reviewed
    assert prepare_export(service, ExportOptions(include_drafts=True)).claim_count == 1
    service.close()
