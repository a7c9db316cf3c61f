"""Blind second review and agreement data for an article."""

from __future__ import annotations

import pytest

from annotator.review.agreement import cohen_kappa
from annotator.services.agreement import (
    article_agreement,
    claims_for_review,
    is_blind,
    project_agreement,
    rate_blind,
    reveal,
    start_blind_review,
)
from annotator.services.merge import merge_projects

from .conftest import Team, span


def rate(service, claim_id: str, label: str) -> None:
    service.update_claim(claim_id, verdict_id=service.verdict_by_label(label).id)


@pytest.fixture
def two_raters(team: Team):
    """Alice rated the three base claims; Bob re-rated them blind in his copy; Alice merged
    Bob's."""
    alice = team.open("Alice")
    for claim_id in team.base_claims:
        alice.delete_claim(claim_id)
    claims = []
    for index, label in enumerate(("False", "True", "Half true")):
        claims.append(
            alice.create_claim(
                team.article_id, *span(index), verdict_id=alice.verdict_by_label(label).id
            ).id
        )
    alice.store.backup_to(team.path("Bob"))
    team.close(alice)

    bob = team.open("Bob")
    start_blind_review(bob, team.article_id)
    assert is_blind(bob, team.article_id)
    seen = claims_for_review(bob, team.article_id)
    assert all(c.hidden and c.claim.verdict_id is None for c in seen)
    for claim_id, label in zip(claims, ("False", "Mostly true", "False"), strict=True):
        mine = rate_blind(bob, claim_id, bob.verdict_by_label(label).id)
        assert mine.rater == "Bob" and mine.claim_id == claim_id
    # Ratings are not claims: the article still has Alice's three claims, all still hidden.
    seen = claims_for_review(bob, team.article_id)
    assert len(seen) == 3 and all(c.hidden and not c.own for c in seen)
    reveal(bob, team.article_id)
    assert not is_blind(bob, team.article_id)
    assert all(not c.hidden for c in claims_for_review(bob, team.article_id))
    team.close(bob)
    alice = team.open("Alice")
    merge_projects(alice, team.path("Bob"))
    return alice, claims


def test_blind_review_flow_and_agreement(two_raters, team: Team) -> None:
    two_raters, _ = two_raters
    report = article_agreement(two_raters, team.article_id)
    assert report.raters == ["Alice", "Bob"]
    assert report.units == 3 and report.paired_units == 3
    assert report.percent_agreement == pytest.approx(1 / 3)
    scale = [v.id for v in sorted(two_raters.verdicts(), key=lambda v: v.value or 0) if v.value]
    ids = {v.label: v.id for v in two_raters.verdicts()}
    pairs = [
        (ids[a], ids[b])
        for a, b in (("False", "False"), ("True", "Mostly true"), ("Half true", "False"))
    ]
    assert report.weighted_kappa_quadratic == pytest.approx(cohen_kappa(pairs, scale, "quadratic"))
    assert report.weighted_kappa_linear == pytest.approx(cohen_kappa(pairs, scale, "linear"))
    assert report.weighted_kappa_quadratic > report.weighted_kappa_linear  # near misses count more
    assert report.coefficient[0] == "weighted_kappa_quadratic"
    assert [d.verdicts for d in report.disagreements] == [
        {"Alice": "True", "Bob": "Mostly true"},
        {"Alice": "Half true", "Bob": "False"},
    ]
    data = report.as_dict()
    assert data["coefficient"]["value"] == report.weighted_kappa_quadratic
    assert len(data["disagreements"]) == 2


def test_three_raters_use_ordinal_alpha(two_raters, team: Team) -> None:
    service, claims = two_raters
    service.author = "Carol"
    for claim_id, label in zip(claims, ("False", "True", "Mostly false"), strict=True):
        rate_blind(service, claim_id, service.verdict_by_label(label).id)
    report = article_agreement(service, team.article_id)
    assert report.raters == ["Alice", "Bob", "Carol"]
    assert report.weighted_kappa_quadratic is None
    name, value = report.coefficient
    assert name == "alpha_ordinal" and value is not None and -1 <= value <= 1
    assert project_agreement(service).alpha_ordinal == pytest.approx(value)


def test_a_passage_rated_once_is_no_disagreement(team: Team) -> None:
    alice = team.open("Alice")
    rate(alice, team.base_claims[0], "False")
    alice.author = "Bob"
    rate_blind(alice, team.base_claims[0], alice.verdict_by_label("False").id)
    rate(alice, team.base_claims[1], "True")  # Bob's verdict on Origin's claim: Bob's rating
    report = article_agreement(alice, team.article_id)
    assert report.raters == ["Alice", "Bob"]
    assert report.units == 2 and report.paired_units == 1
    assert report.percent_agreement == 1.0
    assert report.disagreements == []


def test_ratings_are_not_claims_and_merge_with_the_project(two_raters, team: Team) -> None:
    service, claims = two_raters
    assert len(service.claims(team.article_id)) == 3
    from annotator.services.ratings import passage_ratings

    ratings = {
        p.claim.id: p.ratings for p in passage_ratings(service, service.claims(team.article_id))
    }
    ids = {v.label: v.id for v in service.verdicts()}
    assert ratings[claims[1]] == {"Alice": ids["True"], "Bob": ids["Mostly true"]}
