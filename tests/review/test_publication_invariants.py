"""Invariants over random sequences of editorial actions by several people: what the default
export publishes is always approved (with a current approval), and one passage is one verdict.
Each action is the window's undo command; right after it the same person may undo it, redo it
and undo it again, and every table is then as before (after) the action, the audit logs aside
(they only grow, as tests/ui/test_undo.py says), with the invariants checked after each."""

from __future__ import annotations

import io
import json
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoStack

from annotator.domain import ArticleDraft, ReviewStatus
from annotator.errors import AnnotatorError
from annotator.exporters import ExportOptions, export
from annotator.services import ProjectService, ratings
from annotator.services.agreement import reveal, start_blind_review
from annotator.services.publication import approval_is_current
from annotator.services.reports import prepare_export
from annotator.services.review import approve, submit_for_review
from annotator.ui.common.undo_commands import (
    AddSourceCommand,
    CreateClaimCommand,
    EditClaimCommand,
    ServiceCommand,
)
from annotator.ui.review.rating_commands import AdjudicateCommand, RateCommand
from annotator.ui.review.review_commands import SetStatusCommand
from tests.ui.test_undo import assert_restored
from tests.ui.test_undo_every_table import every_table

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
        st.sampled_from(("", "undo", "undo redo", "undo redo undo")),  # what follows at once
    ),  # fmt: skip
    min_size=1,
    max_size=30,
)


Action = tuple[str, str, int, str, str]


def command_for(
    service: ProjectService, article_id: str, action: Action
) -> Callable[[], ServiceCommand | None] | None:
    """The window's command for the action (None: the action is not an undoable edit)."""
    kind, person, pick, label, _ = action
    scale = service.verdict_by_label(label)
    assert scale is not None, label
    verdict = scale.id
    if kind == "create":
        passage = PASSAGES[pick % len(PASSAGES)]
        start = TEXT.index(passage)
        return lambda: CreateClaimCommand.perform(
            service, article_id, start, start + len(passage), verdict_id=verdict
        )
    claims = service.claims(article_id)
    if kind in ("blind", "reveal") or not claims:
        return None
    claim = claims[pick % len(claims)].id
    url = f"https://example.org/{person}"
    status = {"submit": ReviewStatus.READY, "approve": ReviewStatus.APPROVED,
              "changes": ReviewStatus.CHANGES_REQUESTED}  # fmt: skip
    field = {"verdict": ("verdict_id", verdict), "explain": ("explanation", f"{person} checked it"),
             "tag": ("tags", [person])}  # fmt: skip
    if kind in status:
        return lambda: SetStatusCommand.perform(service, claim, status[kind])
    if kind in field:
        return lambda: EditClaimCommand.perform(service, claim, *field[kind])
    if kind == "source":
        return lambda: AddSourceCommand.perform(service, claim, {"url": url})
    if kind == "rate":
        return lambda: RateCommand.perform(service, claim, verdict)
    return lambda: AdjudicateCommand.perform(service, claim, verdict)


def act(service: ProjectService, article_id: str, action: Action) -> bool:
    """Do the action, then its follow-ups; True if it made a claim that is still there."""
    kind, person, _, _, follow_ups = action
    service.author = person
    if kind in ("blind", "reveal"):
        (start_blind_review if kind == "blind" else reveal)(service, article_id)
        check_default_exports(service)
        return False
    make = command_for(service, article_id, action)
    before = every_table(service)
    try:  # refused by the rules (four-eyes, workflow, blind)
        command = make() if make else None
    except AnnotatorError:
        command = None
    if command is None:
        assert every_table(service) == before, "a refused or empty action wrote something"
        check_default_exports(service)
        return False
    stack = QUndoStack()
    stack.push(command)
    after = every_table(service)
    check_default_exports(service)
    for verb in follow_ups.split():
        stack.redo() if verb == "redo" else stack.undo()
        assert stack.count() == 1, f"{verb} of {command.text()!r} refused, with nobody in between"
        assert_restored(every_table(service), after if verb == "redo" else before)
        check_default_exports(service)
    return kind == "create" and stack.canUndo()


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
def test_default_exports_never_contain_a_draft_or_a_stale_approval(
    qapp: object, steps: list[Action]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        service = ProjectService.open(Path(folder) / "p.annotator", "Ana")
        try:
            service.update_settings({"organisation_name": "Desk", "report_url": "https://desk.example.org/r"})
            article_id = service.add_article(ArticleDraft(title="T", text=TEXT)).id
            created = sum(act(service, article_id, step) for step in steps)
            # Ratings never become claims: one claim per created passage still there.
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


def test_a_worked_review_is_undone_and_redone_step_by_step(qapp: object, tmp_path: Path) -> None:
    """Submit, blind rating, adjudication and approval each undone, redone and undone again
    (so the random test's follow-ups are known to reach the review commands)."""
    service = ProjectService.open(tmp_path / "p.annotator", "Ana")
    try:
        service.update_settings(
            {"organisation_name": "Desk", "report_url": "https://desk.example.org/r"}
        )
        article_id = service.add_article(ArticleDraft(title="T", text=TEXT)).id
        steps: list[Action] = [
            ("create", "Ana", 0, "False", "undo redo"),
            ("submit", "Ana", 0, "False", "undo redo undo"),
            ("submit", "Ana", 0, "False", ""),
            ("blind", "Ben", 0, "False", ""),
            ("rate", "Ben", 0, "True", "undo redo undo"),
            ("rate", "Ben", 0, "True", ""),
            ("reveal", "Ben", 0, "False", ""),
            ("adjudicate", "Cy", 0, "Half true", ""),
            ("approve", "Ben", 0, "False", "undo redo undo"),
            ("approve", "Ben", 0, "False", "undo redo"),
        ]
        assert sum(act(service, article_id, step) for step in steps) == 1
        [(_, entry)] = list(prepare_export(service).entries())
        assert entry.claim.status == ReviewStatus.APPROVED
        half_true = service.verdict_by_label("Half true")
        assert half_true is not None and entry.claim.verdict_id == half_true.id
    finally:
        service.close()


def test_undo_of_an_adjudication_puts_back_every_table(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    times = (f"2026-12-02T08:00:{second:02d}.000Z" for second in range(60))
    monkeypatch.setattr(ratings, "utc_now", lambda: next(times))  # each write a second later
    service = ProjectService.open(tmp_path / "p.annotator", "Ana")
    try:
        service.update_settings(
            {"organisation_name": "Desk", "report_url": "https://desk.example.org/r"}
        )
        article_id = service.add_article(ArticleDraft(title="T", text=TEXT)).id
        for step in [("create", "Ana", 0, "False", ""), ("rate", "Ben", 0, "True", "")]:
            act(service, article_id, step)
        service.author = "Cy"
        claim_id = service.claims(article_id)[0].id
        half_true = service.verdict_by_label("Half true")
        assert half_true is not None
        before = every_table(service)
        stack = QUndoStack()
        stack.push(AdjudicateCommand.perform(service, claim_id, half_true.id))
        after = every_table(service)
        stack.undo()
        assert_restored(every_table(service), before)
        stack.redo()  # the same rows again, not a new adjudication made at a later time
        assert_restored(every_table(service), after)
    finally:
        service.close()
