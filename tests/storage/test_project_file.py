"""The project file: schema version, application id, refusals, checkpoint on close, exact round
trips."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest

from annotator.domain import ArticleDraft
from annotator.errors import NotAProjectError, ProjectTooNewError
from annotator.services import ProjectService
from annotator.storage import APPLICATION_ID, LATEST_VERSION, ProjectStore


@pytest.mark.real_migrations  # about creating a file: the application's own way
def test_new_project_has_version_application_id_wal_and_default_scale(project_path):
    store = ProjectStore.open(project_path)
    try:
        db = store.db
        assert db.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        scale = [(v.label, v.colour, v.value) for v in store.verdicts()]
        assert scale[0] == ("True", "#2c7bb6", 5)
        assert scale[4] == ("False", "#d7191c", 1)
        assert [label for label, _, value in scale if value is None] == ["Misleading", "Unproven"]
    finally:
        store.close()


def test_closing_checkpoints_so_the_file_alone_holds_everything(project_path, tmp_path):
    project = ProjectService.open(project_path, "A")
    article = project.add_article(ArticleDraft(title="T", text="Some text to check."))
    project.create_claim(article.id, 0, 4)
    project.close()
    assert not project_path.with_name(project_path.name + "-wal").exists()
    assert not project_path.with_name(project_path.name + "-shm").exists()
    copy = tmp_path / "mailed.annotator"
    copy.write_bytes(project_path.read_bytes())  # what a user mailing the file sends
    conn = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT quote_exact FROM claims").fetchall() == [("Some",)]
    conn.close()


def test_newer_version_is_refused_and_left_untouched(project_path):
    conn = sqlite3.connect(project_path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    conn.execute("CREATE TABLE x (y)")
    conn.commit()
    conn.close()
    before = project_path.read_bytes()
    with pytest.raises(ProjectTooNewError, match="newer version"):
        ProjectStore.open(project_path)
    assert project_path.read_bytes() == before


@pytest.mark.parametrize("content", [b"hello, not a database", b"\x89PNG\r\n\x1a\n" + bytes(200)])
def test_non_sqlite_file_is_refused_and_left_untouched(project_path, content):
    project_path.write_bytes(content)
    with pytest.raises(NotAProjectError, match="not a SQLite database"):
        ProjectStore.open(project_path)
    assert project_path.read_bytes() == content


def test_sqlite_file_of_another_application_is_refused(project_path):
    conn = sqlite3.connect(project_path)
    conn.execute("CREATE TABLE bookmarks (url TEXT)")
    conn.commit()
    conn.close()
    before = project_path.read_bytes()
    with pytest.raises(NotAProjectError, match="another application"):
        ProjectStore.open(project_path)
    assert project_path.read_bytes() == before


def test_claim_round_trips_exactly_and_delete_restore_is_lossless(service):
    article = service.add_article(ArticleDraft(title="T", text="One two three four five six."))
    claim = service.create_claim(article.id, 4, 13, claimant="X", tags=["a", "b"])
    service.add_source(claim.id, url="https://example.org/1", title="S1")
    service.add_source(
        claim.id, url="https://example.org/2", title="S2", kind="primary", stance="refutes"
    )
    before_claim = service.claim(claim.id)
    before_sources = service.sources(claim.id)
    snapshot = service.delete_claim(claim.id)
    assert service.store.get_claim(claim.id) is None
    assert service.store.sources_for_claim(claim.id) == []  # cascaded
    service.restore_claim(snapshot)
    assert service.claim(claim.id) == before_claim
    assert service.sources(claim.id) == before_sources


def test_put_claim_replaces_the_row_exactly(service):
    article = service.add_article(ArticleDraft(title="T", text="Alpha beta gamma."))
    claim = service.create_claim(article.id, 0, 5)
    edited = dataclasses.replace(claim, explanation="x", modified="2001-01-01T00:00:00.000Z")
    service.put_claim(edited)
    assert service.claim(claim.id) == edited


def test_article_metadata_and_versions_are_stored(service):
    article = service.add_article(
        ArticleDraft(
            title="Title",
            text="Body text.",
            authors=["A. Writer"],
            publisher="Pub",
            published="2025-02",
            url="https://example.org/a",
            language="en",
        )
    )
    again = service.store.get_article(article.id)
    assert again.authors == ["A. Writer"]
    assert (again.publisher, again.published, again.url, again.language, again.version) == (
        "Pub",
        "2025-02",
        "https://example.org/a",
        "en",
        1,
    )
    assert service.find_duplicate("Body text.") == article.id
    assert service.store.article_versions(article.id)[0][0] == 1
