"""Adjudication in the window, and the export dialog's safe defaults and publication checklist."""

from __future__ import annotations

import json

from annotator.services.ratings import passage_ratings
from annotator.services.review import approve
from annotator.ui.common.dialogs import ArticlePropertiesDialog
from annotator.ui.common.undo_commands import EditArticleCommand
from annotator.ui.exchange import export_dialog
from annotator.ui.exchange.export_dialog import ChecklistDialog

from .conftest import ALICE_VERDICT, SECRETS, reveal


def test_adjudicate_after_a_blind_rating_publishes_one_verdict(
    qtbot, blind_desk, tmp_path, monkeypatch
):
    window = blind_desk.window
    service = window.service
    window.select_claim(blind_desk.claim_id)
    false = service.verdict_by_label("False").id
    window.claims.edit_claim_field(blind_desk.claim_id, "verdict_id", false)  # Bob's blind rating
    dialog = window.review.open_adjudication()
    qtbot.addWidget(dialog)
    assert dialog.row_texts() == [] and "blind" in dialog.note.text()  # hidden until Bob reveals
    reveal(blind_desk, qtbot)
    dialog.refresh()
    [row] = dialog.row_texts()
    assert row[1] == f"Alice: {ALICE_VERDICT} · Bob: False" and row[2] == "(waiting)"
    dialog.verdict.setCurrentIndex(dialog.verdict.findData(false))
    dialog.reason.setText("The transcript has no offer")
    assert dialog.settle_current()
    assert service.claim(blind_desk.claim_id).verdict_id == false
    assert dialog.row_texts() == []  # nothing waits any more
    dialog.only_waiting.setChecked(False)
    [row] = dialog.row_texts()
    assert row[2] == "False" and row[3] == "Bob: The transcript has no offer"
    [passage] = passage_ratings(service, service.claims(blind_desk.article_id))
    assert passage.ratings == {"Alice": service.verdict_by_label(ALICE_VERDICT).id, "Bob": false}

    # Published: one claim for the passage, one verdict, once approved again by someone else.
    service.author = "Carol"
    approve(service, blind_desk.claim_id)
    service.author = "Bob"
    service.update_settings(
        {"organisation_name": "Desk", "report_url": "https://desk.example.org/r"}
    )
    target = tmp_path / "reviews.jsonld"
    monkeypatch.setattr(ChecklistDialog, "confirm", classmethod(lambda cls, p, items, n: True))
    assert window.exchange.export_to(
        export_dialog.ExportRequest("claimreview", export_dialog.ExportOptions(), target)
    )
    [review] = json.loads(target.read_text(encoding="utf-8"))
    assert review["reviewRating"]["alternateName"] == "False"

    window.undo_action.trigger()  # the adjudication, as one step
    assert (
        service.claim(blind_desk.claim_id).verdict_id == service.verdict_by_label(ALICE_VERDICT).id
    )


def test_export_dialog_defaults_to_approved_only(qtbot, blind_desk, tmp_path):
    dialog = export_dialog.ExportDialog(
        blind_desk.window, article_id=blind_desk.article_id, article_title="T", folder=tmp_path
    )
    qtbot.addWidget(dialog)
    assert not dialog.include_drafts.isChecked()
    options = dialog.request().options
    assert not options.include_drafts and not options.allow_incomplete
    assert not dialog.allow_incomplete.isEnabled()
    dialog.format.setCurrentIndex(dialog.format.findData("claimreview"))
    assert dialog.allow_incomplete.isEnabled()


def test_checklist_is_shown_before_export_and_blocks_an_invalid_claimreview(
    qtbot, blind_desk, tmp_path, monkeypatch
):
    window = blind_desk.window
    reveal(blind_desk, qtbot)
    service = window.service
    service.author = "Carol"
    approve(service, blind_desk.claim_id)
    service.author = "Bob"
    shown: list[ChecklistDialog] = []

    def confirm(cls, parent, items, count):
        dialog = cls(parent, items, count)
        qtbot.addWidget(dialog)
        shown.append(dialog)
        return not dialog.blocked

    monkeypatch.setattr(ChecklistDialog, "confirm", classmethod(confirm))
    target = tmp_path / "reviews.jsonld"
    assert not window.exchange.export_to(
        export_dialog.ExportRequest("claimreview", export_dialog.ExportOptions(), target)
    )
    lines = shown[0].lines()
    assert any(line.startswith("Must fix: ClaimReview needs the absolute URL") for line in lines)
    assert any("organisation" in line for line in lines)
    assert not shown[0].export_button.isEnabled() and not target.exists()
    # An incomplete draft on explicit request: written, and the checklist says what is missing.
    options = export_dialog.ExportOptions(allow_incomplete=True)
    assert window.exchange.export_to(export_dialog.ExportRequest("claimreview", options, target))
    assert shown[1].export_button.isEnabled()
    assert json.loads(target.read_text(encoding="utf-8"))[0]["url"] == "#claim-1"
    # The article's own published-report URL, from Article Properties, is what ClaimReview uses.
    props = ArticlePropertiesDialog(window, service.article(blind_desk.article_id))
    qtbot.addWidget(props)
    props.report_url.setText("https://desk.example.org/kursk")
    assert props.values()["report_url"] == "https://desk.example.org/kursk"
    window.run(lambda: EditArticleCommand.perform(service, blind_desk.article_id, props.values()))
    service.update_settings({"organisation_name": "Desk"})
    assert window.exchange.export_to(
        export_dialog.ExportRequest("claimreview", export_dialog.ExportOptions(), target)
    )
    [review] = json.loads(target.read_text(encoding="utf-8"))
    assert review["url"] == "https://desk.example.org/kursk#claim-1"
    assert SECRETS[1] not in target.read_text(encoding="utf-8")  # internal notes never go out
