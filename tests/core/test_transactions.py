"""Edits and their notices: decided inside the write transaction, announced only after the
commit, nothing written for an edit that changes nothing, and a copy of the file alone
(taken while the project is open) holds every confirmed edit."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils.db import NotFoundError

from annotator.domain import ArticleDraft
from annotator.errors import AnnotatorError, ProjectError
from annotator.services import ProjectService
from annotator.services.project import nothing_changed
from annotator.services.review import add_comment, claim_history
from annotator.services.versions import redo_update, undo_update, update_article_text

TEXT = "The minister said unemployment fell by half. Exports doubled since 2020."


@pytest.fixture
def project(tmp_path: Path):
    service = ProjectService.open(tmp_path / "p.annotator", "Ana")
    article = service.add_article(ArticleDraft(title="Economy", text=TEXT))
    claim = service.create_claim(article.id, 0, 44)
    yield service, article.id, claim.id
    service.close()


def revision_count(service: ProjectService) -> int:
    conn = sqlite3.connect(service.path)
    try:
        return conn.execute("SELECT count(*) FROM revisions").fetchone()[0]
    finally:
        conn.close()


def test_notices_come_after_the_commit_and_never_for_a_rollback(project):
    service, article_id, claim_id = project
    seen: list[tuple[str, bool, str]] = []

    def listener(change):
        # what another connection (a second window) sees when the view is told
        conn = sqlite3.connect(service.path)
        stored = conn.execute("SELECT explanation FROM claims WHERE id = ?", [claim_id]).fetchone()
        conn.close()
        seen.append((str(change.kind), service.store.db.conn.in_transaction, stored[0]))

    service.changes.subscribe(listener)
    with pytest.raises(RuntimeError), service.store.transaction():
        service.update_claim(claim_id, explanation="never saved")
        raise RuntimeError("the outer operation failed")
    assert seen == []
    with service.store.transaction():
        service.update_claim(claim_id, explanation="saved")
        assert seen == []  # not yet: the outer transaction is still open
    assert seen == [("claim_changed", False, "saved")]


def test_comment_notices_wait_for_the_commit(project):
    service, _, claim_id = project
    seen = []
    service.changes.subscribe(lambda change: seen.append(change.kind))
    with pytest.raises(RuntimeError), service.store.transaction():
        add_comment(service, claim_id, "Check the ministry's figure")
        raise RuntimeError
    assert seen == []
    add_comment(service, claim_id, "Check the ministry's figure")
    assert [str(k) for k in seen] == ["claim_changed"]


def test_a_rolled_back_metadata_edit_is_not_left_in_the_cache(project):
    service, article_id, _ = project
    with pytest.raises(RuntimeError), service.store.transaction():
        service.update_article(article_id, title="Never saved")
        raise RuntimeError
    assert service.article(article_id).title == "Economy"


@pytest.mark.parametrize(
    ("first", "again"),
    [
        ({"tags": "a,b"}, {"tags": ["a", "b"]}),
        ({"tags": ["a", "b"]}, {"tags": " a , b ,"}),
        ({"explanation": "Halved is wrong"}, {"explanation": "Halved is wrong"}),
        ({"claim_date": "2024-05"}, {"claim_date": "2024-05"}),
    ],
)
def test_a_no_op_claim_edit_writes_nothing(project, first, again):
    service, _, claim_id = project
    service.update_claim(claim_id, **first)
    revisions, history = revision_count(service), len(claim_history(service, claim_id))
    stored = service.claim(claim_id)
    seen = []
    service.changes.subscribe(seen.append)
    before, after = service.update_claim(claim_id, **again)
    assert nothing_changed(before, after)
    assert service.claim(claim_id) == stored  # not even the modified time
    assert revision_count(service) == revisions
    assert len(claim_history(service, claim_id)) == history
    assert seen == []


def test_no_op_source_and_article_edits_write_nothing(project):
    service, article_id, claim_id = project
    source = service.add_source(claim_id, url="https://example.org/stats", title="Stats")
    service.update_article(article_id, authors=["Jo Bloggs"])
    revisions = revision_count(service)
    assert nothing_changed(
        *service.update_source(source.id, url=" https://example.org/stats ", title="Stats")
    )
    assert nothing_changed(
        *service.update_article(article_id, authors=["Jo Bloggs"], title="Economy")
    )
    assert revision_count(service) == revisions
    assert not nothing_changed(*service.update_article(article_id, title="Economy, revised"))
    assert revision_count(service) > revisions


def test_a_real_edit_is_still_recorded(project):
    service, _, claim_id = project
    revisions = revision_count(service)
    before, after = service.update_claim(claim_id, tags="a,b")
    assert not nothing_changed(before, after)
    assert after.tags == ["a", "b"]
    assert revision_count(service) == revisions + 1


def test_a_new_version_is_numbered_from_the_file_not_from_a_stale_cache(project, tmp_path):
    service, article_id, claim_id = project
    service.article(article_id)  # cached at version 1
    other = ProjectService.open(service.path, "Bea")  # a second window
    update_article_text(
        other, article_id, ArticleDraft(title="Economy", text="Exports doubled. " + TEXT)
    )
    other.update_claim(claim_id, explanation="Bea's explanation")
    other.close()
    update = update_article_text(
        service, article_id, ArticleDraft(title="Economy", text=TEXT + " A new line.")
    )
    assert update.after.version == 3
    assert update.before.text.startswith("Exports doubled. ")
    claim = service.claim(claim_id)
    assert claim.explanation == "Bea's explanation"  # re-anchored, not overwritten
    assert service.article(article_id).text.endswith(
        claim.exact + " Exports doubled since 2020. A new line."
    )


def assert_says_gone(raised: pytest.ExceptionInfo) -> None:
    assert not isinstance(raised.value, NotFoundError)
    assert isinstance(raised.value, ProjectError)
    assert "no longer exists" in str(raised.value)


def test_undo_of_a_version_with_a_claim_removed_meanwhile_says_so(project):
    service, article_id, claim_id = project
    update = update_article_text(
        service, article_id, ArticleDraft(title="Economy", text="Intro. " + TEXT)
    )
    service.delete_claim(claim_id)
    with pytest.raises(AnnotatorError) as raised:
        undo_update(service, update)
    assert_says_gone(raised)
    assert service.article(article_id).version == 2  # nothing was changed


def test_redo_of_a_version_with_a_claim_removed_meanwhile_says_so(project):
    service, article_id, claim_id = project
    update = update_article_text(
        service, article_id, ArticleDraft(title="Economy", text="Intro. " + TEXT)
    )
    undo_update(service, update)
    service.delete_claim(claim_id)
    with pytest.raises(AnnotatorError) as raised:
        redo_update(service, update)
    assert_says_gone(raised)
    assert service.article(article_id).version == 1


def test_redo_of_a_version_stored_meanwhile_is_refused_with_a_message(project):
    service, article_id, _ = project
    update = update_article_text(
        service, article_id, ArticleDraft(title="Economy", text="Intro. " + TEXT)
    )
    with pytest.raises(ProjectError, match="already stored"):
        redo_update(service, update)


def test_a_copy_of_the_open_file_alone_holds_every_confirmed_edit(project, tmp_path):
    service, article_id, claim_id = project
    for n in range(5):
        service.update_claim(claim_id, explanation=f"explanation {n}")
    service.add_source(claim_id, url="https://example.org/a")
    assert service.wait_until_file_complete()  # the edits paused: they are copied in
    copy = tmp_path / "mailed.annotator"
    shutil.copyfile(service.path, copy)  # the main file only, as a mail client or sync would
    assert not Path(str(copy) + "-wal").exists()
    opened = ProjectService.open(copy, "Reader")
    try:
        assert opened.claim(claim_id).explanation == "explanation 4"
        assert [s.url for s in opened.sources(claim_id)] == ["https://example.org/a"]
    finally:
        opened.close()
