"""Schema 0008 on an older file, captures travelling in merges, archives imported as articles."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from annotator.fetch import FetchPolicy
from annotator.services import ProjectService, captures
from annotator.services.merge import merge_projects
from tests.fetch.server import ARTICLE_HTML
from tests.older_schema import OLD_NOW, old_claim, older_file

LOCAL = FetchPolicy(allow_private=True, timeout=2.0, total_timeout=5.0)


def _schema3_file(path: Path) -> None:
    db = older_file(path, "0008_evidence")
    db["claims"].insert(old_claim("a1", "c1"))
    db["sources"].insert(
        {
            "id": "s1",
            "claim_id": "c1",
            "url": "https://example.org/",
            "kind": "official",
            "stance": "refutes",
            "created": OLD_NOW,
            "modified": OLD_NOW,
            "title": "Report",
        }
    )
    db.conn.commit()
    db.conn.close()


def test_an_older_file_is_upgraded_keeping_sources_revisions_and_triggers(tmp_path):
    path = tmp_path / "old.annotator"
    _schema3_file(path)
    conn = sqlite3.connect(path)
    rev_before = conn.execute(
        "SELECT rev FROM item_revs WHERE kind = 'source' AND item_id = 's1'"
    ).fetchone()
    conn.close()
    service = ProjectService.open(path, "Ana")
    source = service.source("s1")
    assert (source.url, source.kind, source.stance, source.title, source.protected) == (
        "https://example.org/",
        "official",
        "refutes",
        "Report",
        False,
    )
    rev = service.store.db.execute(
        "SELECT rev FROM item_revs WHERE kind = 'source' AND item_id = 's1'"
    ).fetchone()
    assert rev == rev_before
    service.update_source("s1", title="Annual report")
    new_rev = service.store.db.execute(
        "SELECT rev FROM item_revs WHERE kind = 'source' AND item_id = 's1'"
    ).fetchone()
    assert new_rev != rev
    history = service.store.db.execute(
        "SELECT field FROM claim_history WHERE claim_id = 'c1'"
    ).fetchall()
    assert ("source",) in history
    service.remove_source("s1")
    assert service.store.db.execute("SELECT 1 FROM tombstones WHERE item_id = 's1'").fetchone()
    assert service.store.integrity_check() == "ok"
    assert service.store.db.execute("PRAGMA foreign_key_check").fetchall() == []
    service.close()


def test_captures_travel_in_merges_by_hash_never_twice(tmp_path, web):
    mine = ProjectService.open(tmp_path / "mine.annotator", "Ana")
    article = captures.import_url(mine, web.url("/article.html"), LOCAL)
    mine.close()
    (tmp_path / "theirs.annotator").write_bytes((tmp_path / "mine.annotator").read_bytes())
    theirs = ProjectService.open(tmp_path / "theirs.annotator", "Bob")
    claim = theirs.create_claim(article.id, 0, 7)
    source = theirs.add_source(claim.id, url=web.url("/article.html"))
    _, after = captures.capture_source(theirs, source.id, LOCAL)  # same bytes as the article's
    theirs.close()
    mine = ProjectService.open(tmp_path / "mine.annotator", "Ana")
    report = merge_projects(mine, tmp_path / "theirs.annotator")
    assert report.captures_added == 1
    assert mine.source(source.id).capture_id == after.capture_id
    assert captures.capture_totals(mine) == (2, len(ARTICLE_HTML.encode()))  # one copy of the bytes
    merge_projects(mine, tmp_path / "theirs.annotator")
    assert captures.capture_totals(mine)[0] == 2
    mine.close()


def test_warc_and_mhtml_files_import_as_articles_with_their_capture(tmp_path, web):
    from annotator.exporters import ExportOptions, build_bundle, export

    source_project = ProjectService.open(tmp_path / "a.annotator", "Ana")
    original = captures.import_url(source_project, web.url("/article.html"), LOCAL)
    warc = tmp_path / "page.warc.gz"
    export(build_bundle(source_project, ExportOptions(include_drafts=True)), "warc", warc)
    source_project.close()
    service = ProjectService.open(tmp_path / "b.annotator", "Bob")
    article = captures.add_article_from_archive(service, warc)
    assert article.text == original.text and article.url == web.url("/article.html")
    (found,) = captures.version_captures(service, article.id).values()
    assert found.record == "response" and found.url == web.url("/article.html")

    mhtml = tmp_path / "page.mhtml"
    mhtml.write_bytes(_mhtml(ARTICLE_HTML.replace("Monday", "Tuesday")).encode("utf-8"))
    page = captures.add_article_from_archive(service, mhtml)
    assert "said on Tuesday" in page.text and "£2m" in page.text and "🌉" in page.text
    assert page.url == "https://news.example/bridge"
    (found,) = captures.version_captures(service, page.id).values()
    assert found.record == "resource" and found.size == mhtml.stat().st_size
    service.close()


def _mhtml(html: str) -> str:
    import quopri

    encoded = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    return (
        "From: <Saved by Blink>\r\nSubject: Bridge\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; type="text/html"; boundary="----B"\r\n\r\n'
        '------B\r\nContent-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: '
        'quoted-printable\r\n'
        "Content-Location: https://news.example/bridge\r\n\r\n" + encoded + "\r\n"
        "------B\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Location: https://news.example/never.png\r\n\r\niVBORw0KGgo=\r\n------B--\r\n"
    )


def test_a_damaged_warc_is_one_clear_error(tmp_path):
    import pytest

    from annotator.errors import ArticleImportError
    from annotator.importers import import_path

    bad = tmp_path / "bad.warc"
    bad.write_bytes(b"WARC/1.0\r\nthis is not a record\r\n" * 10)
    with pytest.raises(ArticleImportError, match="bad.warc: "):
        import_path(bad)
