"""Articles from a URL, captures of sources, and the WARC evidence export read back by warcio."""

from __future__ import annotations

import base64
import hashlib
import io
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from annotator.errors import AnnotatorError, ArticleImportError
from annotator.exporters import ExportOptions, build_bundle, export
from annotator.fetch import FetchPolicy
from annotator.services import captures
from tests.fetch.server import ARTICLE_HTML
from tests.importers.corpus import corpus_file

LOCAL = FetchPolicy(allow_private=True, timeout=2.0, total_timeout=5.0)


def _claim_with_source(service, url: str = ""):
    article = service.add_article(
        __import__("annotator.domain", fromlist=["ArticleDraft"]).ArticleDraft(
            title="A", text="The bridge cost £2m, the council said."
        )
    )
    claim = service.create_claim(article.id, 0, 19)
    source = service.add_source(
        claim.id,
        url=url,
        kind="web_page" if url else "interview",
        source_author="" if url else "Jo",
    )
    return article, claim, source


def test_an_article_from_a_url_is_extracted_like_a_saved_page_and_keeps_its_capture(service, web):
    article = captures.import_url(service, web.url("/r1"), LOCAL)
    from annotator.importers import html

    saved = html.read(ARTICLE_HTML.encode("utf-8"), "article.html")
    assert article.text == saved.text
    assert "twice the first estimate" in article.text and "Home | World" not in article.text
    assert article.url == web.url("/article.html")
    (found,) = captures.version_captures(service, article.id).values()
    body = captures.capture_bytes(service, found)
    assert (
        found.sha256
        == hashlib.sha256(body).hexdigest()
        == hashlib.sha256(ARTICLE_HTML.encode()).hexdigest()
    )
    assert found.status == 200 and found.captured_by == "Tester" and found.captured_at.endswith("Z")
    assert [hop[1] for hop in found.redirects] == [301, 307, 302]
    assert ("Content-Type", "text/html; charset=utf-8") in found.headers
    assert web.seen == ["/r1", "/r2", "/r3", "/article.html"]  # no script, style or image


def test_the_servers_charset_decides_and_a_made_up_one_falls_back(service, web):
    latin = captures.import_url(service, web.url("/latin1.html"), LOCAL)
    assert "£2m" in latin.text and "Café" in latin.text
    odd = captures.import_url(service, web.url("/bad-charset.html"), LOCAL)
    assert "🌉" in odd.text


def test_a_pdf_url_is_imported_as_a_pdf(service, web):
    pdf = corpus_file("pdf", "crazyones.pdf")
    web.add("/paper.pdf", lambda h: h.reply(pdf.read_bytes(), "application/pdf"))
    article = captures.import_url(service, web.url("/paper.pdf"), LOCAL)
    assert article.source_format == "pdf" and article.text.strip()


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/image.png", "not a web page or a PDF (content type image/png)"),
        ("/json", "application/json"),
    ],
)
def test_other_content_is_refused(service, web, path, expected):
    with pytest.raises(ArticleImportError, match=expected.replace("(", r"\(").replace(")", r"\)")):
        captures.import_url(service, web.url(path), LOCAL)
    assert service.articles() == [] and captures.all_captures(service) == []


def test_capture_now_keeps_what_the_source_said(service, web):
    _, _, source = _claim_with_source(service, web.url("/article.html"))
    before, after = captures.capture_source(service, source.id, LOCAL)
    assert before.capture_id == "" and after.capture_id
    assert service.source(source.id).capture_id == after.capture_id
    found = captures.capture(service, after.capture_id)
    assert found.url == web.url("/article.html") and found.size == len(ARTICLE_HTML.encode())
    service.put_source(before)  # undo
    assert service.source(source.id).capture_id == ""
    assert (
        captures.capture(service, after.capture_id) == found
    )  # captures are never removed or changed


def test_the_same_bytes_are_stored_once(service, web):
    _, _, source = _claim_with_source(service, web.url("/article.html"))
    captures.capture_source(service, source.id, LOCAL)
    captures.capture_source(service, source.id, LOCAL)
    count, size = captures.capture_totals(service)
    assert count == 2 and size == len(ARTICLE_HTML.encode())


def test_captures_cannot_be_modified(service, web):
    import sqlite3

    _, _, source = _claim_with_source(service, web.url("/article.html"))
    _, after = captures.capture_source(service, source.id, LOCAL)
    with pytest.raises(sqlite3.IntegrityError, match="never modified"):
        service.store.db.execute("UPDATE captures SET url = 'x' WHERE id = ?", [after.capture_id])


def test_attach_file_and_the_size_limit(service, tmp_path, monkeypatch):
    _, _, source = _claim_with_source(service)
    shot = tmp_path / "screenshot.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\1" * 500)
    _, after = captures.attach_file(service, source.id, shot)
    found = captures.capture(service, after.capture_id)
    assert (found.record, found.content_type, found.file_name) == (
        "resource",
        "image/png",
        "screenshot.png",
    )
    monkeypatch.setattr(captures, "MAX_CAPTURE_BYTES", 100)
    with pytest.raises(
        AnnotatorError,
        match=r"screenshot.png is too large to keep as a capture \(508 bytes\); the limit is 100 "
              r"bytes\.",
    ):
        captures.attach_file(service, source.id, shot)


def test_the_warc_export_reads_back_record_for_record(service, web, tmp_path):
    article = captures.import_url(service, web.url("/article.html"), LOCAL)
    claim = service.create_claim(article.id, 0, 10)
    source = service.add_source(claim.id, url=web.url("/gzipped"))
    captures.capture_source(service, source.id, LOCAL)
    shot = tmp_path / "letter.pdf"
    shot.write_bytes(b"%PDF-1.4 letter")
    other = service.add_source(claim.id, kind="correspondence", source_author="Town hall")
    captures.attach_file(service, other.id, shot)
    out = tmp_path / "evidence.warc.gz"
    export(build_bundle(service, ExportOptions(include_drafts=True)), "warc", out)
    stored = {c.id: c for c in captures.all_captures(service)}
    seen = {}
    with out.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type in ("response", "resource"):
                record_id = record.rec_headers.get_header("WARC-Record-ID")[len("<urn:uuid:"):-1]
                payload = record.content_stream().read()
                digest = record.rec_headers.get_header("WARC-Payload-Digest")
                seen[record_id] = (
                    hashlib.sha256(payload).hexdigest(),
                    digest,
                    record.rec_headers.get_header("WARC-Date"),
                )
    assert set(seen) == set(stored)
    for capture_id, (sha, digest, date) in seen.items():
        assert sha == stored[capture_id].sha256
        assert digest == "sha256:" + base64.b32encode(bytes.fromhex(sha)).decode()
        assert date == stored[capture_id].captured_at


def test_a_warc_export_reimports_as_the_same_article(service, web, tmp_path):
    article = captures.import_url(service, web.url("/article.html"), LOCAL)
    out = tmp_path / "evidence.warc.gz"
    export(build_bundle(service, ExportOptions(include_drafts=True)), "warc", out)
    from annotator.importers import import_path

    assert import_path(out).text == article.text


def test_protected_sources_and_their_captures_leave_no_trace_in_exports(service, web, tmp_path):
    _, claim, source = _claim_with_source(service, web.url("/article.html"))
    captures.capture_source(service, source.id, LOCAL)
    secret = service.add_source(
        claim.id,
        kind="interview",
        source_author="Deep Throat",
        role="official",
        method="car park",
        protected=True,
        excerpt="follow the money",
    )
    captures.attach_file(
        service, secret.id, _file(tmp_path, "notes.txt", b"secret notes of the meeting")
    )
    bundle = build_bundle(service, ExportOptions(include_drafts=True, allow_incomplete=True))
    texts = {}
    for fmt in ("html", "markdown", "csv", "json", "w3c", "claimreview"):
        buffer = io.StringIO()
        export(bundle, fmt, buffer)
        texts[fmt] = buffer.getvalue()
    for fmt, text in texts.items():
        for secret_text in ("Deep Throat", "car park", "follow the money", "notes.txt"):
            assert secret_text not in text, (fmt, secret_text)
    assert "a source who asked not to be named" in texts["html"]
    assert "A source who asked not to be named. Supports the claim, interview." in texts["markdown"]
    warc = tmp_path / "e.warc.gz"
    export(bundle, "warc", warc)
    assert b"secret notes" not in __import__("gzip").decompress(warc.read_bytes())


def _file(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_reports_cite_the_capture_time_and_hash(service, web):
    _, _, source = _claim_with_source(service, web.url("/article.html"))
    _, after = captures.capture_source(service, source.id, LOCAL)
    found = captures.capture(service, after.capture_id)
    bundle = build_bundle(service, ExportOptions(include_drafts=True))
    html, md, js, w3c = (io.StringIO() for _ in range(4))
    export(bundle, "html", html)
    export(bundle, "markdown", md)
    export(bundle, "json", js)
    export(bundle, "w3c", w3c)
    for text in (html.getvalue(), md.getvalue()):
        assert found.sha256[:12] in text and found.captured_at[:16].replace("T", " ") in text
    import json

    data = json.loads(js.getvalue())
    cited = data["articles"][0]["claims"][0]["sources"][0]["capture"]
    assert cited == {"sha256": found.sha256, "captured_at": found.captured_at, "url": found.url}
    body = next(
        b
        for b in json.loads(w3c.getvalue())["first"]["items"][0]["body"]
        if b.get("type") == "SpecificResource"
    )
    assert body["state"]["sourceDate"] == found.captured_at
    assert body["annotator:captureSha256"] == found.sha256


def test_an_interview_without_a_url_is_cited_by_who_role_and_method(service):
    article = service.add_article(
        __import__("annotator.domain", fromlist=["ArticleDraft"]).ArticleDraft(
            title="A", text="The bridge cost £2m, the council said."
        )
    )
    claim = service.create_claim(article.id, 0, 19)
    service.add_source(
        claim.id,
        kind="interview",
        source_author="Jo Bloggs",
        role="mayor",
        method="phone",
        source_date="2026-11-30",
    )
    bundle = build_bundle(service, ExportOptions(include_drafts=True))
    md, html = io.StringIO(), io.StringIO()
    export(bundle, "markdown", md)
    export(bundle, "html", html)
    assert (
        "1. Jo Bloggs, mayor (phone) (2026-11-30). Supports the claim, interview." in md.getvalue()
    )
    assert (
        '<cite class="source-title">Jo Bloggs</cite>, <span class="source-role">mayor</span>'
        in html.getvalue()
    )
