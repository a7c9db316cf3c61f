"""The window's evidence path: Open URL (worker, Cancel), Check for a New Version, Capture now and
View capture from the source dialog, the verdict scale editor with undo, Project Properties."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPlainTextEdit

from annotator.fetch import FetchPolicy
from annotator.services import captures
from annotator.ui.evidence.open_url_dialog import OpenUrlDialog
from annotator.ui.evidence.source_dialog import SourceDialog
from tests.fetch.server import ARTICLE_HTML, local_server
from tests.ui.conftest import select_text

FAST = FetchPolicy(timeout=2.0, total_timeout=5.0)


@pytest.fixture
def web():
    with local_server() as server:
        yield server


def _open_url(qtbot, window, monkeypatch, url: str, allow_local: bool = True):
    monkeypatch.setattr(OpenUrlDialog, "ask", classmethod(lambda cls, parent: (url, allow_local)))
    window.evidence.fetch_policy_base = FAST
    return window.evidence.open_url_dialog()


def test_open_url_then_check_for_a_new_version(qtbot, window, web, monkeypatch):
    run = _open_url(qtbot, window, monkeypatch, web.url("/v2.html"))
    with qtbot.waitSignal(run.finished, timeout=10000):
        pass
    qtbot.waitUntil(
        lambda: (
            window.reader.article is not None
            and "twice the first estimate" in window.reader.article.text
        )
    )
    article_id = window.article_id
    assert window.service.article(article_id).url == web.url("/v2.html")
    assert len(captures.version_captures(window.service, article_id)) == 1
    web.server.v2 = ARTICLE_HTML.replace("twice", "three times")
    run = window.evidence.check_new_version(allow_local=True)
    with qtbot.waitSignal(run.finished, timeout=10000):
        pass
    qtbot.waitUntil(lambda: window.service.article(article_id).version == 2)
    assert "three times the first estimate" in window.service.article(article_id).text
    window.undo_stack.undo()
    assert window.service.article(article_id).version == 1


def test_open_url_errors_are_shown_and_nothing_is_stored(qtbot, window, web, monkeypatch):
    shown = []
    monkeypatch.setattr(
        "annotator.ui.common.dialogs.show_error",
        lambda parent, title, message: shown.append(message),
    )
    before = window.service.article_ids()
    run = _open_url(qtbot, window, monkeypatch, web.url("/article.html"), allow_local=False)
    with qtbot.waitSignal(run.finished, timeout=10000):
        pass
    assert "refused unless you allow local addresses" in shown[-1]
    run = _open_url(qtbot, window, monkeypatch, web.url("/image.png"))
    with qtbot.waitSignal(run.finished, timeout=10000):
        pass
    assert "not a web page or a PDF" in shown[-1]
    assert window.service.article_ids() == before


def test_cancel_stops_the_fetch(qtbot, window, web, monkeypatch):
    cancelled = []
    run = _open_url(qtbot, window, monkeypatch, web.url("/trickle"))
    run.cancelled.connect(lambda: cancelled.append(True))
    run.fetcher.progressed.connect(
        run.dialog.canceled
    )  # as the Cancel button does, on the window thread
    with qtbot.waitSignal(run.finished, timeout=10000):
        pass
    assert cancelled == [True]


def test_capture_now_from_the_source_dialog_view_it_and_undo(qtbot, window, web, monkeypatch):
    select_text(window, "$500 billion of rare earths")
    window.claims.new_claim_action.trigger()
    window.evidence.fetch_policy_base = FAST
    values = {
        "url": web.url("/article.html"),
        "kind": "web_page",
        "stance": "refutes",
        "capture_request": "fetch-local",
    }
    monkeypatch.setattr(
        SourceDialog, "ask", classmethod(lambda cls, parent, source=None, **_context: dict(values))
    )
    window.evidence.add_source_action.trigger()
    run = window.evidence.fetch_run
    with qtbot.waitSignal(run.finished, timeout=10000):
        pass
    source = window.service.sources(window.inspector.claim_id())[0]
    qtbot.waitUntil(lambda: window.service.source(source.id).capture_id != "")
    found = captures.capture(window.service, window.service.source(source.id).capture_id)
    qtbot.waitUntil(lambda: found.short_hash in window.inspector.sources.item(0).text())
    viewer = window.evidence.view_capture(source.id)
    qtbot.addWidget(viewer)
    text = viewer.findChild(QPlainTextEdit, "captureText").toPlainText()
    assert '<script src="/never-fetch.js">' in text  # shown as text, not run
    assert found.sha256 in viewer.summary.text()
    assert web.seen.count("/never-fetch.js") == 0
    window.undo_stack.undo()
    assert window.service.source(source.id).capture_id == ""


def test_source_dialog_needs_a_url_only_for_web_pages(qtbot, window):
    dialog = SourceDialog(
        window, None, [("web_page", "Web page", True), ("interview", "Interview", False)]
    )
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(1)
    dialog.edits["source_author"].setText("Jo Bloggs")
    dialog.protected.setChecked(True)
    assert dialog.validate() is None
    assert dialog.values()["protected"] is True and dialog.values()["kind"] == "interview"
    dialog.kind.setCurrentIndex(0)
    assert dialog.validate() == "A source needs a URL."


def test_verdict_scale_editor_with_undo(qtbot, window):
    dialog = window.files.verdict_scale_dialog()
    qtbot.addWidget(dialog)
    labels = lambda: [v.label for v in window.service.verdicts()]  # noqa: E731
    original = labels()
    dialog.add("Pants on Fire")
    assert labels()[-1] == "Pants on Fire"
    dialog.list.setCurrentRow(len(original))
    dialog.rename("Liar, liar")
    dialog.recolour("#7f0000")
    dialog.set_value("1")
    dialog.move(-1)
    assert labels()[-2] == "Liar, liar"
    assert window.service.verdict_by_label("Liar, liar").colour == "#7f0000"
    dialog.template.setCurrentIndex(dialog.template.findData("politifact"))
    dialog.apply_template()
    assert labels()[-1] == "Pants on Fire"
    for _ in range(6):
        window.undo_stack.undo()
    assert labels() == original
    assert dialog.list.count() == len(original)


def test_project_properties_shows_the_capture_total(qtbot, window, web, monkeypatch):
    run = _open_url(qtbot, window, monkeypatch, web.url("/article.html"))
    with qtbot.waitSignal(run.finished, timeout=10000):
        pass
    qtbot.waitUntil(lambda: captures.capture_totals(window.service)[0] == 1)
    size = len(ARTICLE_HTML.encode())
    assert (
        f"Captures: 1 ({size} bytes of stored pages and files; limit 25.0 MB per capture)."
        in window.files.project_properties_text()
    )


def test_the_capture_buttons_save_the_source_and_ask_for_the_capture(qtbot, window, tmp_path):
    dialog = SourceDialog(
        window, None, [("web_page", "Web page", True), ("document", "Document", False)]
    )
    qtbot.addWidget(dialog)
    dialog.capture_now.click()  # no URL yet: refused, the dialog stays open
    assert (
        dialog.result() == 0
        and dialog.error.text() == "A source needs a URL."
        and dialog.capture_request == ""
    )
    dialog.edits["url"].setText("https://example.org/report")
    dialog.capture_now.click()
    assert dialog.result() == 1 and dialog.values()["capture_request"] == "fetch"
    local = SourceDialog(window, None, [("web_page", "Web page", True)])
    qtbot.addWidget(local)
    local.edits["url"].setText("http://127.0.0.1:8080/intranet")
    local.allow_local.setChecked(True)
    local.capture_now.click()
    assert local.values()["capture_request"] == "fetch-local"
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(b"%PDF-1.4")
    other = SourceDialog(window, None, [("document", "Document", False)])
    qtbot.addWidget(other)
    other._choose_file(str(letter))
    assert other.values()["capture_request"] == f"file:{letter}"
    assert not other.view_capture.isEnabled()  # nothing captured yet
