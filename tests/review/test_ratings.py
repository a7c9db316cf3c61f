"""Ratings by named raters, agreement per rater, adjudication, and the 0007 migration of blind
claims."""

from __future__ import annotations

import sqlite3

import pytest

from annotator.errors import ValidationError
from annotator.exporters import ExportOptions
from annotator.services import ProjectService
from annotator.services.agreement import article_agreement, reveal, start_blind_review
from annotator.services.ratings import (
    adjudicate,
    awaiting_adjudication,
    passage_ratings,
    rate,
    undo_adjudication,
)
from annotator.services.reports import prepare_export
from tests.older_schema import undo_person_ids

from .conftest import Team, span


def vid(service: ProjectService, label: str) -> str:
    return service.verdict_by_label(label).id


def test_tom_rating_marias_claims_is_toms_and_no_false_disagreement(team: Team) -> None:
    service = team.open("Alice")
    service.author = "Maria"
    claims = [
        service.create_claim(team.article_id, *span(3)).id,
        service.create_claim(team.article_id, *span(4)).id,
    ]
    claims += team.base_claims
    service.author = "Tom"
    for claim_id in claims:  # Tom sets every verdict, on claims by Maria and by Origin
        service.update_claim(claim_id, verdict_id=vid(service, "False"))
    report = article_agreement(service, team.article_id)
    assert report.raters == ["Tom"]
    assert report.units == 5 and report.paired_units == 0
    assert report.disagreements == []


def test_blind_rating_then_adjudication_keeps_ratings_and_publishes_one_verdict(team: Team) -> None:
    service = team.open("Alice")
    service.author = "Maria"
    claim_id = team.base_claims[0]
    service.update_claim(claim_id, verdict_id=vid(service, "False"))
    service.author = "Tom"
    start_blind_review(service, team.article_id)
    rate(service, claim_id, vid(service, "Mostly true"))
    with pytest.raises(ValidationError, match="reveal"):
        adjudicate(service, claim_id, vid(service, "Half true"))
    reveal(service, team.article_id)
    [waiting] = awaiting_adjudication(service, team.article_id)
    assert waiting.ratings == {"Maria": vid(service, "False"), "Tom": vid(service, "Mostly true")}
    report = article_agreement(service, team.article_id)
    assert [d.verdicts for d in report.disagreements] == [{"Maria": "False", "Tom": "Mostly true"}]

    undo = adjudicate(service, claim_id, vid(service, "Half true"), note="both partly right")
    assert service.claim(claim_id).verdict_id == vid(service, "Half true")
    [passage] = passage_ratings(service, [service.claim(claim_id)])
    assert passage.ratings == {"Maria": vid(service, "False"), "Tom": vid(service, "Mostly true")}
    assert (
        passage.adjudication.adjudicator == "Tom"
        and passage.adjudication.note == "both partly right"
    )
    assert awaiting_adjudication(service, team.article_id) == []
    # The agreement still compares the raters, not the adjudicator's final verdict.
    assert article_agreement(service, team.article_id).disagreements[0].verdicts["Maria"] == "False"
    bundle = prepare_export(service, ExportOptions(include_drafts=True))
    assert bundle.claim_count == 3  # the base claims; the rating never became a claim

    undo_adjudication(service, undo)
    assert service.claim(claim_id).verdict_id == vid(service, "False")
    assert len(awaiting_adjudication(service, team.article_id)) == 1


def test_the_verdict_setter_cannot_rate_their_own_verdict(team: Team) -> None:
    service = team.open("Alice")
    service.author = "Maria"
    service.update_claim(team.base_claims[0], verdict_id=vid(service, "False"))
    with pytest.raises(ValidationError, match="someone else"):
        rate(service, team.base_claims[0], vid(service, "True"))


def test_a_rating_needs_a_second_rater_before_adjudication(team: Team) -> None:
    service = team.open("Alice")
    service.author = "Maria"
    with pytest.raises(ValidationError, match="two or more"):
        adjudicate(service, team.base_claims[0], vid(service, "True"))


def test_migration_turns_old_blind_claims_into_ratings(team: Team) -> None:
    """A 0003-era file: Bob's blind second review made claims of its own on Alice's passages."""
    service = team.open("Alice")
    article = team.article_id
    service.update_claim(team.base_claims[0], verdict_id=vid(service, "False"))
    service.update_claim(team.base_claims[1], verdict_id=vid(service, "True"))
    service.author = "Bob"
    start_blind_review(service, article)
    old = []
    for claim_id, label in ((team.base_claims[0], "Mostly false"), (team.base_claims[1], "True")):
        original = service.claim(claim_id)
        old.append(
            service.create_claim(
                article, original.start, original.end, verdict_id=vid(service, label)
            ).id
        )
    service.create_claim(
        article, *span(4), verdict_id=vid(service, "False")
    )  # Bob's own passage stays
    path = service.path
    team.close(service)
    with sqlite3.connect(path) as conn:  # back to before 0007, as an older Annotator left it
        undo_person_ids(conn)
        conn.execute("DROP TABLE ratings")
        conn.execute("DROP TABLE adjudications")
        conn.execute("ALTER TABLE articles DROP COLUMN report_url")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0007_ratings'")
        conn.execute("PRAGMA user_version = 3")
    service = team.open("Alice")
    claims = service.claims(article)
    assert len(claims) == 4 and not {c.id for c in claims} & set(old)
    ratings = {p.claim.id: p.ratings for p in passage_ratings(service, claims)}
    assert ratings[team.base_claims[0]] == {
        "Alice": vid(service, "False"),
        "Bob": vid(service, "Mostly false"),
    }
    assert ratings[team.base_claims[1]] == {
        "Alice": vid(service, "True"),
        "Bob": vid(service, "True"),
    }
    assert article_agreement(service, article).paired_units == 2
