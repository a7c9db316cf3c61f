"""Removing a claim or an article and undoing it puts back every row of every table: claims,
their sources and their comment threads, article versions (the logs only grow)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.domain import ArticleDraft
from annotator.services import ProjectService
from annotator.services.review import add_comment, reply, resolve_comment
from annotator.services.versions import update_article_text

APPEND_ONLY = {"claim_history", "review_records", "revisions"}  # logs: record the undo too
BOOKKEEPING = {"item_revs", "tombstones"}  # merge state: the restored rows get new revisions
TEXT = "One claim here. Another claim there. A third claim at the end."


def state(path: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(path)
    try:
        names = [
            n for (n,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE '%_fts%'"
            )
        ]  # fmt: skip
        return {n: sorted(map(repr, conn.execute(f"SELECT * FROM {n}"))) for n in names}
    finally:
        conn.close()


def assert_restored(now: dict[str, list[str]], then: dict[str, list[str]]) -> None:
    for table in then:
        if table in BOOKKEEPING:
            continue
        if table in APPEND_ONLY:
            assert set(then[table]) <= set(now[table]), f"{table} lost rows"
        else:
            assert now[table] == then[table], f"{table} was not restored"


@pytest.fixture
def project(tmp_path: Path):
    service = ProjectService.open(tmp_path / "p.annotator", "Ana")
    article = service.add_article(ArticleDraft(title="Three", text=TEXT))
    claims = []
    for quote in ("One claim", "Another claim", "A third claim"):
        start = TEXT.index(quote)
        claim = service.create_claim(article.id, start, start + len(quote), explanation=quote)
        service.add_source(claim.id, url=f"https://example.org/{start}")
        comment = add_comment(service, claim.id, f"About {quote}")
        reply(service, comment.id, "Agreed")
        claims.append(claim)
    resolve_comment(service, comment.id)
    update_article_text(service, article.id, ArticleDraft(title="Three", text=TEXT + " Updated."))
    yield service, article.id, claims
    service.close()


def test_remove_claim_then_undo_restores_its_sources_and_comments(project):
    service, _, claims = project
    before = state(service.path)
    snapshot = service.delete_claim(claims[1].id)
    assert state(service.path)["comments"] != before["comments"]
    service.restore_claim(snapshot)
    assert_restored(state(service.path), before)


def test_remove_article_then_undo_restores_every_claim(project):
    service, article_id, claims = project
    before = state(service.path)
    snapshot = service.remove_article(article_id)
    assert service.articles() == []
    service.restore_article(snapshot)
    assert_restored(state(service.path), before)
    assert [c.id for c in service.claims(article_id)] == [c.id for c in claims]
    assert service.article(article_id).version == 2
