"""Setting a claim's quote to a new passage by hand, and finding claims on exactly one span."""

from __future__ import annotations

import dataclasses

import pytest

from annotator.domain import AnchorState, ArticleDraft
from annotator.errors import ValidationError
from annotator.services.claim_spans import claim_places, claims_on_span, set_claim_span
from annotator.services.review import claim_history

TEXT = "President Donald Trump announced a £42 million fund on Tuesday."


@pytest.fixture
def article(service):
    return service.add_article(ArticleDraft(title="Fund", text=TEXT))


def span(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


def test_setting_the_span_keeps_every_field_and_renews_the_quote(service, article):
    claim = service.create_claim(article.id, *span("onald Trump announced"), claimant="Ms Lee")
    before, after = set_claim_span(service, claim.id, *span("Donald Trump announced"))
    stored = service.claim(claim.id)
    assert (before.exact, stored.exact) == ("onald Trump announced", "Donald Trump announced")
    assert (stored.start, stored.end) == span("Donald Trump announced")
    assert (stored.prefix, stored.suffix) == ("President ", " a £42 million fund on Tuesday.")
    assert (stored.claimant, stored.original_exact) == ("Ms Lee", "Donald Trump announced")
    assert stored.anchor_state is AnchorState.EXACT and after == stored
    [line] = [h for h in claim_history(service, claim.id) if h.field == "position"]
    assert (line.old, line.new) == ("11-32", "10-32")


def test_white_space_is_trimmed_and_an_empty_span_refused(service, article):
    claim = service.create_claim(article.id, *span("Donald"))
    start, end = span(" Trump ")
    _, after = set_claim_span(service, claim.id, start, end)
    assert after.exact == "Trump"
    with pytest.raises(ValidationError):
        set_claim_span(service, claim.id, 9, 10)  # a single space
    assert service.claim(claim.id).exact == "Trump"


def test_the_same_span_again_changes_nothing(service, article):
    claim = service.create_claim(article.id, *span("Donald Trump"))
    before, after = set_claim_span(service, claim.id, *span("Donald Trump"))
    assert after is before


def test_claims_on_a_span_are_found_after_trimming(service, article):
    first = service.create_claim(article.id, *span("£42 million"))
    service.create_claim(article.id, *span("£42 million fund"))
    start, end = span(" £42 million ")
    assert [c.id for c in claims_on_span(service, article.id, start, end)] == [first.id]
    assert claims_on_span(service, article.id, start, end, besides=first.id) == []


def test_claim_places_are_the_highlighted_claims_positions_and_verdicts(service, article):
    rated = service.create_claim(
        article.id, *span("Donald Trump"), verdict_id=service.verdicts()[0].id
    )
    unrated = service.create_claim(article.id, *span("£42 million"))
    orphan = service.create_claim(article.id, *span("Tuesday"))
    service.put_claim(dataclasses.replace(orphan, anchor_state=AnchorState.ORPHANED))
    places = sorted(claim_places(service, article.id), key=lambda p: p.start)
    assert [(p.id, p.start, p.end, p.verdict_id) for p in places] == [
        (c.id, c.start, c.end, c.verdict_id) for c in (rated, unrated)
    ]  # the orphan is listed, never highlighted
    moved = dataclasses.replace(service.claim(unrated.id), anchor_state=AnchorState.MOVED)
    service.put_claim(moved)
    assert {p.id for p in claim_places(service, article.id)} == {rated.id, unrated.id}
