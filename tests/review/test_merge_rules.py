"""Merge rules the scenarios did not pin down: the later edit wins the provisional tie-break
(in both directions), and both sides changing an article's text differently is refused."""

from __future__ import annotations

import pytest

from annotator.domain import ArticleDraft
from annotator.domain.dates import utc_now
from annotator.errors import ProjectError
from annotator.services.merge import conflicts, merge_projects
from annotator.services.versions import update_article_text

from .conftest import TEXT, Team


def next_millisecond(after: str) -> None:
    """Wait (without a fixed sleep) until the clock has moved past `after`."""
    while utc_now() <= after:
        pass


@pytest.mark.parametrize("into", ["Alice", "Bob"])
def test_the_later_edit_wins_in_both_directions(team: Team, into: str) -> None:
    alice = team.open("Alice")
    _, early = alice.update_claim(team.base_claims[0], explanation="Alice, earlier")
    team.close(alice)
    next_millisecond(early.modified)
    bob = team.open("Bob")
    _, late = bob.update_claim(team.base_claims[0], explanation="Bob, later")
    team.close(bob)
    assert late.modified > early.modified
    # Alice's revision id may sort before or after Bob's: the time decides, not the id
    service = team.open(into)
    report = merge_projects(service, team.path("Bob" if into == "Alice" else "Alice"))
    assert report.conflicts == 1
    assert service.claim(team.base_claims[0]).explanation == "Bob, later"
    (conflict,) = conflicts(service)
    assert {conflict.mine.explanation, conflict.theirs.explanation} == {
        "Alice, earlier",
        "Bob, later",
    }  # type: ignore[union-attr]
    team.close(service)


def test_both_sides_changing_an_articles_text_differently_is_refused(team: Team) -> None:
    for name, extra in (("Alice", " Alice's correction."), ("Bob", " Bob's correction.")):
        service = team.open(name)
        update_article_text(
            service, team.article_id, ArticleDraft(title="Economy", text=TEXT + extra)
        )
        team.close(service)
    alice = team.open("Alice")
    with pytest.raises(ProjectError) as raised:
        merge_projects(alice, team.path("Bob"))
    message = str(raised.value)
    assert "bob.annotator" in message and "nothing was merged" in message
    assert alice.article(team.article_id).text == TEXT + " Alice's correction."
    assert alice.article(team.article_id).version == 2
    assert conflicts(alice) == []
    team.close(alice)


def test_the_same_new_text_on_both_sides_merges(team: Team) -> None:
    for name in ("Alice", "Bob"):
        service = team.open(name)
        update_article_text(
            service, team.article_id, ArticleDraft(title="Economy", text=TEXT + " Same.")
        )
        team.close(service)
    alice = team.open("Alice")
    merge_projects(alice, team.path("Bob"))
    assert alice.article(team.article_id).text == TEXT + " Same."
    team.close(alice)


def test_column_names_from_the_other_file_are_never_sql(team: Team) -> None:
    """A hand-edited colleague's file with a column named like SQL: refused with a message,
    nothing run, my file unchanged."""
    import sqlite3

    bob = team.open("Bob")
    bob.update_claim(team.base_claims[0], explanation="Bob's")
    team.close(bob)
    conn = sqlite3.connect(team.path("Bob"))
    conn.execute("""ALTER TABLE claims ADD COLUMN "explanation = 'pwned', verdict_id" TEXT""")
    conn.commit()
    conn.close()
    alice = team.open("Alice")
    before = [s.url for s in alice.sources(team.base_claims[0])]
    with pytest.raises(ProjectError, match="nothing was merged"):
        merge_projects(alice, team.path("Bob"))
    assert [s.url for s in alice.sources(team.base_claims[0])] == before
    assert alice.claim(team.base_claims[0]).explanation == ""  # not 'pwned', not Bob's
    team.close(alice)


def test_the_colleagues_file_is_read_in_one_read_transaction(team: Team, monkeypatch) -> None:
    """Every read of the other file happens inside one transaction (one consistent snapshot,
    even if the colleague is writing to it on a shared drive)."""
    import sqlite3

    from annotator.storage import merge_read as merge_read_module
    from annotator.storage.merge import read_other

    seen: list[tuple[int, bool]] = []
    real_query = merge_read_module.query

    def watching(conn: sqlite3.Connection, sql: str, params=()):  # type: ignore[no-untyped-def]
        seen.append((id(conn), conn.in_transaction))
        return real_query(conn, sql, params)

    monkeypatch.setattr(merge_read_module, "query", watching)
    other = read_other(team.path("Bob"), team.path("Alice"))
    assert other.side.rows["claim"] and len(seen) >= 5
    assert len({conn for conn, _ in seen}) == 1
    assert all(in_transaction for _, in_transaction in seen)
