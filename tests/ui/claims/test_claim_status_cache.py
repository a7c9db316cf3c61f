"""The status column's text is kept per row (claims_model.ClaimsModel._statuses) and is never
stale: a source added to an approved claim voids its approval (a storage trigger sends the
claim back to review; the service notifies the claim's change, which replaces the row's
claim), and undoing, redoing, approving again and reloading all show the status as the
review service gives it at that moment."""

from __future__ import annotations

from annotator.domain import Claim, ReviewStatus
from annotator.services import review
from annotator.ui.claims.claims_model import STATUS, ClaimsModel
from annotator.ui.common.review_text import status_label
from annotator.ui.common.undo_commands import AddSourceCommand

from ..conftest import select_text


def shown_status(window, claim_id: str) -> str:  # noqa: ANN001
    """The status cell as the list paints it, after a repaint of the list."""
    view = window.claims_panel.view
    view.viewport().repaint()  # a paint asks for (and keeps) every row's status in view
    model = window.claims_model
    return model.data(model.index(model.row_of(claim_id), STATUS))


def expected(window, claim_id: str) -> str:  # noqa: ANN001
    """The status as the review service says it now (what the list must show)."""
    claim = window.service.claim(claim_id)
    voided = claim.status == ReviewStatus.READY and (
        review.approval_state(window.service, claim_id) == "stale"
    )
    label = status_label(claim.status)
    return f"{label} (approval voided)" if voided else label


def test_adding_a_source_to_an_approved_claim_shows_its_approval_voided(window, qtbot) -> None:  # noqa: ANN001
    service = window.service
    start, end = select_text(window, "Ukraine would trade Kursk")
    claim = service.create_claim(window.article_id, start, end)
    other_start, other_end = select_text(window, "rare earths")
    other = service.create_claim(window.article_id, other_start, other_end)
    review.submit_for_review(service, claim.id)
    service.author = "Bob"
    review.approve(service, claim.id)
    service.author = "Tester"
    qtbot.waitUntil(lambda: shown_status(window, claim.id) == "Approved")
    assert shown_status(window, other.id) == "Draft"

    window.run(lambda: AddSourceCommand.perform(service, claim.id, {"url": "https://e.org/a"}))
    assert expected(window, claim.id) == "Ready for review (approval voided)"
    qtbot.waitUntil(lambda: shown_status(window, claim.id) == expected(window, claim.id))

    for step in (window.undo_stack.undo, window.undo_stack.redo, window.undo_stack.undo):
        step()  # the source taken away and added again: the claim stays sent back
        qtbot.waitUntil(lambda: shown_status(window, claim.id) == expected(window, claim.id))
        assert shown_status(window, other.id) == "Draft"

    service.author = "Bob"
    review.approve(service, claim.id)  # approved again, for what it says now
    service.author = "Tester"
    qtbot.waitUntil(lambda: shown_status(window, claim.id) == "Approved")
    service.add_source(claim.id, url="https://e.org/b")  # without the undo stack
    qtbot.waitUntil(lambda: shown_status(window, claim.id) == "Ready for review (approval voided)")

    window.show_article(window.article_id)  # shown afresh: asked afresh
    assert shown_status(window, claim.id) == expected(window, claim.id)


class Counted:
    """A status_text that counts its calls."""

    def __init__(self) -> None:
        self.calls = 0
        self.suffix = ""

    def __call__(self, claim: Claim) -> str:
        self.calls += 1
        return status_label(claim.status) + self.suffix


def test_the_status_is_asked_once_per_row_until_the_rows_claim_changes(qapp) -> None:  # noqa: ANN001
    from dataclasses import replace

    claims = [Claim(id=f"c{n}", article_id="a", start=n, end=n + 1, exact="x") for n in range(3)]
    model = ClaimsModel(lambda claim: None)
    counted = Counted()
    model.status_text = counted
    model.set_claims(claims)

    def cell(row: int) -> str:
        return model.data(model.index(row, STATUS))

    assert [cell(r) for r in range(3)] * 2 == ["Draft"] * 6
    assert counted.calls == 3
    counted.suffix = " (changed)"
    model.upsert(replace(claims[1], status=ReviewStatus.READY))  # its row's claim replaced
    assert [cell(r) for r in range(3)] == ["Draft", "Ready for review (changed)", "Draft"]
    assert counted.calls == 4
    model.refresh_all()  # labels may have changed (the language): every row asked again
    assert cell(0) == "Draft (changed)"
    model.status_text = Counted()  # another way of telling the status: nothing kept
    assert cell(2) == "Draft"
    model.remove("c0")
    model.upsert(claims[0])  # back, in a new slot: asked afresh
    assert cell(model.row_of("c0")) == "Draft"


class CountedBatches:
    """A `status_texts` (many claims at once) that records the claims of each call."""

    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    def __call__(self, claims: list[Claim]) -> list[str]:
        self.batches.append([c.id for c in claims])
        return [f"{status_label(c.status)} #{len(self.batches)}" for c in claims]


def test_a_screen_of_new_rows_asks_for_its_statuses_at_once(qapp) -> None:  # noqa: ANN001
    """The first row painted asks for the statuses of the rows after it too (one query for
    their approvals); a replaced claim's row is asked again, alone, and shows the new text."""
    from dataclasses import replace

    from annotator.ui.claims.claim_keys import STATUS_BATCH

    claims = [Claim(id=f"c{n}", article_id="a", start=n, end=n + 1, exact="x") for n in range(90)]
    model = ClaimsModel(lambda claim: None)
    batches = CountedBatches()
    model.status_texts = batches
    model.set_claims(claims)

    def cell(row: int) -> str:
        return model.data(model.index(row, STATUS))

    assert [cell(r) for r in range(12)] == ["Draft #1"] * 12
    assert batches.batches == [[f"c{n}" for n in range(STATUS_BATCH)]]
    model.upsert(replace(claims[3], status=ReviewStatus.READY))
    assert cell(3) == "Ready for review #2" and cell(4) == "Draft #1"
    assert batches.batches[1] == ["c3", *(f"c{n}" for n in range(STATUS_BATCH, 43))]  # not 4-39
    assert cell(60) == "Draft #3" and batches.batches[2][0] == "c60"
    model.status_text = lambda claim: "one by one"  # told one at a time: nothing kept
    assert cell(3) == "one by one"
