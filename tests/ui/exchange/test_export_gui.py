"""File → Export… and File → Import Annotations… in the window."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QDialog, QMessageBox

from annotator.services.review import approve, submit_for_review
from annotator.ui.exchange import export_dialog
from annotator.ui.project.settings_dialog import ProjectSettingsDialog
from tests.ui.conftest import select_text


def rate_a_claim(window, needle="Ukraine would trade Kursk", verdict="False", *, approved=True):
    """A claim with verdict, explanation and a source, approved by a colleague (publishable)."""
    select_text(window, needle)
    window.claims.new_claim_action.trigger()
    claim_id = window.inspector.claim_id()
    window.claims.edit_claim_field(
        claim_id, "verdict_id", window.service.verdict_by_label(verdict).id
    )
    window.claims.edit_claim_field(claim_id, "claim_reviewed", "Ukraine offered to trade Kursk")
    window.claims.edit_claim_field(claim_id, "explanation", "No such offer was made.")
    window.service.add_source(claim_id, url="https://example.org/transcript")
    window.service.update_settings(
        {"organisation_name": "Desk", "report_url": "https://desk.example.org/r"}
    )
    if approved:
        submit_for_review(window.service, claim_id)
        window.service.author = "Colleague"
        approve(window.service, claim_id)
        window.service.author = window.author
    return claim_id


def approve_a_claim_in(service, article_id):
    """A publishable claim on the first words of `article_id`, approved by a colleague."""
    claim = service.create_claim(article_id, 0, 16, explanation="No such offer was made.")
    service.update_claim(claim.id, verdict_id=service.verdict_by_label("False").id)
    service.add_source(claim.id, url="https://example.org/transcript")
    author = service.author
    submit_for_review(service, claim.id)
    service.author = "Colleague"
    approve(service, claim.id)
    service.author = author
    return claim.id


def test_export_dialog_writes_the_chosen_format_for_this_article(
    qtbot, window, tmp_path, monkeypatch
):
    rate_a_claim(window)
    opened = []
    monkeypatch.setattr(export_dialog, "open_result", opened.append)
    dialog = export_dialog.ExportDialog(
        window, article_id=window.article_id, article_title="Test article", folder=tmp_path
    )
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("claimreview"))
    assert dialog.path.text().endswith(".jsonld")
    assert not dialog.csv_bom.isEnabled()
    request = dialog.request()
    assert request.options.article_id == window.article_id
    assert window.exchange.export_to(request, when_done="open")
    data = json.loads(request.path.read_text(encoding="utf-8"))
    reviews = data if isinstance(data, list) else data.get("@graph", data)
    text = json.dumps(reviews)
    assert "Ukraine offered to trade Kursk" in text
    assert '"alternateName": "False"' in text or '"alternateName":"False"' in text
    assert opened == [request.path]


def test_export_through_the_menu_action(qtbot, window, tmp_path, monkeypatch):
    rate_a_claim(window)
    target = tmp_path / "report.html"

    def fake_ask(cls, parent, *, article_id, article_title, folder):
        return export_dialog.ExportRequest(
            "html", export_dialog.ExportOptions(article_id=article_id), target
        ), "reveal"

    monkeypatch.setattr(export_dialog.ExportDialog, "ask", classmethod(fake_ask))
    revealed = []
    monkeypatch.setattr(export_dialog, "reveal_result", revealed.append)
    window.exchange.export_action.trigger()
    assert revealed == [target]
    html = target.read_text(encoding="utf-8")
    assert "Ukraine would trade Kursk" in html
    assert "application/ld+json" in html


def test_import_annotations_adds_claims_in_one_undoable_step(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(
        QMessageBox, "information", lambda *args, **kwargs: QMessageBox.StandardButton.Ok
    )
    claim_id = rate_a_claim(window)
    w3c = tmp_path / "notes.jsonld"
    request = export_dialog.ExportRequest("w3c", export_dialog.ExportOptions(), w3c)
    assert window.exchange.export_to(request)
    window.claims.delete_current_claim()
    assert window.claims_model.rowCount() == 0
    report = window.exchange.import_annotations_from(w3c)
    assert report.imported == [claim_id]
    assert window.claims_model.rowCount() == 1
    assert window.service.verdict(window.service.claim(claim_id).verdict_id).label == "False"
    window.undo_action.trigger()
    assert window.claims_model.rowCount() == 0
    window.redo_action.trigger()
    assert window.claims_model.rowCount() == 1


def test_project_settings_are_saved_and_undoable(qtbot, window, monkeypatch):
    values = {
        "organisation_name": "Check Desk",
        "organisation_url": "https://check.example",
        "report_url": "https://check.example/r/1",
        "methodology": "We check claims.",
        "corrections_policy": "Write to us.",
    }
    monkeypatch.setattr(
        ProjectSettingsDialog, "ask", classmethod(lambda cls, parent, settings: values)
    )
    window.files.project_settings_action.trigger()
    assert window.service.settings()["organisation_name"] == "Check Desk"
    window.undo_action.trigger()
    assert window.service.settings()["organisation_name"] == ""
    dialog = ProjectSettingsDialog(window, values)
    qtbot.addWidget(dialog)
    assert dialog.values() == values
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_an_export_runs_in_a_worker_and_cancel_stops_it_leaving_nothing(qtbot, window, tmp_path):
    """A PDF of a long article is cancelled while Qt lays it out: no file, no hidden part file."""
    from PySide6.QtCore import QTimer

    from annotator.domain import ArticleDraft

    article = window.service.add_article(
        ArticleDraft(title="Long", text="Word after word. " * 200_000)
    )
    approve_a_claim_in(window.service, article.id)  # exports hold approved claims only
    target = tmp_path / "long.pdf"
    request = export_dialog.ExportRequest(
        "pdf", export_dialog.ExportOptions(article_id=article.id), target
    )
    heard: list[str] = []

    def cancel_once_laying_out() -> None:
        job = window.exchange.export_job
        if job is None:
            QTimer.singleShot(10, cancel_once_laying_out)
            return

        def on_progress(text: str, done: int, total: int) -> None:
            heard.append(text)
            if text.startswith("Laying out"):
                job.cancel()

        job.progressed.connect(on_progress)

    QTimer.singleShot(0, cancel_once_laying_out)
    assert window.exchange.export_to(request) is False
    assert heard and heard[-1].startswith("Laying out")
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    assert "cancelled" in window.statusBar().currentMessage()
    assert window.exchange.export_job is None


def test_a_finished_pdf_export_reports_its_pages(qtbot, window, tmp_path):
    from PySide6.QtCore import QTimer

    rate_a_claim(window)  # exports hold approved claims only
    target = tmp_path / "short.pdf"
    request = export_dialog.ExportRequest("pdf", export_dialog.ExportOptions(), target)
    heard: list[tuple[str, int, int]] = []

    def listen() -> None:
        if window.exchange.export_job is None:
            QTimer.singleShot(10, listen)
            return
        window.exchange.export_job.progressed.connect(lambda *args: heard.append(args))

    QTimer.singleShot(0, listen)
    assert window.exchange.export_to(request)
    assert target.read_bytes().startswith(b"%PDF")
    assert ("Writing page 1 of 1…", 0, 1) in heard


def test_a_text_export_cancelled_while_rendering_writes_nothing(qtbot, window, tmp_path):
    """W3C is rendered on a thread: Cancel before it is written leaves no file, even once the
    thread has finished rendering."""
    from PySide6.QtCore import QTimer

    rate_a_claim(window)
    target = tmp_path / "claims.jsonld"
    request = export_dialog.ExportRequest("w3c", export_dialog.ExportOptions(), target)
    cancelled = []

    def cancel_at_once() -> None:
        job = window.exchange.export_job
        if job is None:
            QTimer.singleShot(10, cancel_at_once)
            return
        job.cancel()
        cancelled.append(job.running)

    QTimer.singleShot(0, cancel_at_once)
    assert window.exchange.export_to(request) is False
    assert "cancelled" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not cancelled[0]())
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_a_text_export_that_cannot_be_written_shows_why(qtbot, window, tmp_path, monkeypatch):
    from annotator.ui.common import dialogs

    rate_a_claim(window)
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    target = tmp_path / "gone" / "claims.md"
    request = export_dialog.ExportRequest("markdown", export_dialog.ExportOptions(), target)
    assert window.exchange.export_to(request) is False
    assert errors == [f"Cannot write {target}: the folder {target.parent} does not exist."]


def test_a_text_export_writes_what_the_exporter_writes(qtbot, window, tmp_path, monkeypatch):
    from annotator.exporters import bundle, export
    from annotator.services.reports import prepare_export

    monkeypatch.setattr(bundle, "utc_now", lambda: "2025-03-01T10:00:00.000Z")
    rate_a_claim(window)
    options = export_dialog.ExportOptions(report_date="2025-03-01")
    for fmt in ("html", "markdown", "csv", "json", "claimreview", "w3c"):
        name = f"{fmt}.out"
        target = tmp_path / name
        assert window.exchange.export_to(export_dialog.ExportRequest(fmt, options, target))
        expected = tmp_path / f"expected-{name}"
        export(prepare_export(window.service, options), fmt, expected)
        assert target.read_bytes() == expected.read_bytes(), fmt
