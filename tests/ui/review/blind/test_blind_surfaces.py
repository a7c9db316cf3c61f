"""Blind means blind: each surface of the window hides a colleague's judgement until the rater
reveals."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.domain import UNRATED_COLOUR
from annotator.services.ratings import passage_ratings
from annotator.ui.claims.claims_model import ClaimFilter
from annotator.ui.common import dialogs
from annotator.ui.exchange import export_dialog
from annotator.ui.project.library import VERDICTS

from .conftest import ALICE_VERDICT, SECRETS, leaks, reveal


def inspector_texts(window) -> list[str]:
    inspector = window.inspector
    sources = [inspector.sources.item(i).text() for i in range(inspector.sources.count())]
    return [
        inspector.verdict.currentText(),
        inspector.explanation.toPlainText(),
        inspector.internal_note.toPlainText(),
        *sources,
    ]


def model_texts(model) -> list[str]:
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    return [
        str(model.data(model.index(row, column), role) or "")
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        for role in roles
    ]


def test_inspector_hides_verdict_explanation_note_and_sources(qtbot, blind_desk):
    window = blind_desk.window
    window.select_claim(blind_desk.claim_id)
    assert leaks(inspector_texts(window)) == []
    assert window.inspector.verdict.currentText() == "Unrated"
    assert window.inspector.explanation.isReadOnly() and window.inspector.blind_note.isVisibleTo(
        window.inspector
    )
    reveal(blind_desk, qtbot)
    window.select_claim(blind_desk.claim_id)
    assert set(leaks(inspector_texts(window))) == {SECRETS[0], SECRETS[1], ALICE_VERDICT}
    assert "Transcript" in inspector_texts(window)[3]
    assert not window.inspector.explanation.isReadOnly()


def test_claims_list_and_reader_show_the_claim_unrated(qtbot, blind_desk):
    window = blind_desk.window
    assert window.claims_model.rowCount() == 1
    assert leaks(model_texts(window.claims_model)) == []
    assert window.reader._colours[blind_desk.claim_id] == UNRATED_COLOUR
    window.claims_model.set_filter(
        ClaimFilter(text=SECRETS[0])
    )  # filtering by her words finds nothing
    assert window.claims_model.visible_ids() == []
    window.claims_model.set_filter(
        ClaimFilter(verdict_id=window.service.verdict_by_label(ALICE_VERDICT).id)
    )
    assert window.claims_model.visible_ids() == []
    window.claims_model.set_filter(ClaimFilter())
    reveal(blind_desk, qtbot)
    window.claims_model.set_filter(ClaimFilter(text=SECRETS[0]))
    assert window.claims_model.visible_ids() == [blind_desk.claim_id]
    window.claims_model.set_filter(ClaimFilter())
    assert leaks(model_texts(window.claims_model)) == [ALICE_VERDICT]
    colour = window.service.verdict_by_label(ALICE_VERDICT).colour
    assert window.reader._colours[blind_desk.claim_id] == colour


def test_library_bar_and_tooltip(qtbot, blind_desk):
    window = blind_desk.window
    window._refresh_library()
    model = window.library.model
    assert leaks(model_texts(model)) == []
    assert model.data(model.index(0, VERDICTS)) == "1 unrated"
    reveal(blind_desk, qtbot)
    window._refresh_library()
    assert model.data(model.index(0, VERDICTS)) == f"1 {ALICE_VERDICT}"
    assert ALICE_VERDICT in model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)


def test_search_finds_nothing_of_the_colleagues_judgement(qtbot, blind_desk):
    panel = blind_desk.window.search_panel
    panel.field.setText(SECRETS[0])
    assert panel.run_search() == [] and panel.results.count() == 0
    reveal(blind_desk, qtbot)
    [result] = panel.run_search()
    assert result.claim_id == blind_desk.claim_id and SECRETS[0] in panel.results.item(0).text()


def test_history_and_comments(qtbot, blind_desk):
    window = blind_desk.window
    window.select_claim(blind_desk.claim_id)
    comments = window.review.comments
    history = window.review.history
    comment_texts = lambda: [  # noqa: E731
        comments.threads.topLevelItem(i).text(0)
        for i in range(comments.threads.topLevelItemCount())
    ]
    assert leaks(comment_texts() + history.lines()) == []
    assert history.lines() == []
    assert "hidden" in window.right_tabs.tabText(window.right_tabs.indexOf(comments))
    reveal(blind_desk, qtbot)
    window.select_claim(blind_desk.claim_id)
    assert any(SECRETS[3] in t for t in comment_texts())
    assert history.lines()
    assert "hidden" not in window.right_tabs.tabText(window.right_tabs.indexOf(comments))


def test_review_dashboard_and_review_mode(qtbot, blind_desk):
    window = blind_desk.window
    dashboard = blind_desk.dashboard
    assert leaks(dashboard.row_texts(blind_desk.article_id) + dashboard.row_texts(None)) == []
    assert dashboard.disagreement_claim_ids() == []
    assert window.review.start_review(all_articles=True) == 0  # not Bob's to approve while blind
    assert (
        leaks(
            [
                window.review.review_panel.verdict.text(),
                window.review.review_panel.explanation.text(),
            ]
        )
        == []
    )
    reveal(blind_desk, qtbot)
    assert window.review.start_review(all_articles=True) == 1
    assert SECRETS[0] in window.review.review_panel.explanation.text()


def test_exports_from_the_window_wait_for_reveal(qtbot, blind_desk, monkeypatch, tmp_path):
    window = blind_desk.window
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    target = tmp_path / "draft.md"
    request = export_dialog.ExportRequest(
        "markdown", export_dialog.ExportOptions(include_drafts=True), target
    )
    assert not window.exchange.export_to(request)
    assert not target.exists() and "blind" in errors[0]
    reveal(blind_desk, qtbot)
    shown = []
    monkeypatch.setattr(
        export_dialog.ChecklistDialog,
        "confirm",
        classmethod(lambda cls, p, items, n: shown.append(items) or True),
    )
    assert window.exchange.export_to(request)
    assert SECRETS[0] in target.read_text(encoding="utf-8")
    assert [i.key for i in shown[0]] == ["drafts"]


def test_rating_in_the_inspector_stores_a_rating_not_a_claim(qtbot, blind_desk):
    window = blind_desk.window
    service = window.service
    window.select_claim(blind_desk.claim_id)
    verdict = window.inspector.verdict
    verdict.setCurrentIndex(verdict.findData(service.verdict_by_label("False").id))
    verdict.activated.emit(verdict.currentIndex())  # what a user's pick sends
    assert len(service.claims(blind_desk.article_id)) == 1
    assert (
        service.claim(blind_desk.claim_id).verdict_id == service.verdict_by_label(ALICE_VERDICT).id
    )
    [passage] = passage_ratings(service, service.claims(blind_desk.article_id))
    assert passage.ratings == {
        "Alice": service.verdict_by_label(ALICE_VERDICT).id,
        "Bob": service.verdict_by_label("False").id,
    }
    assert window.inspector.verdict.currentText() == "False"  # Bob sees his own rating
    # the tooltip is escaped rich text (ui/plain_text.tooltip): lines are <br>, characters stay text
    assert (
        "<qt>Verdict: False<br>Ukraine would trade Kursk<br>By Alice · Ready for review</qt>"
        in model_texts(window.claims_model)
    )
    assert leaks(model_texts(window.claims_model)) == []
    window.undo_action.trigger()
    assert passage_ratings(service, service.claims(blind_desk.article_id))[0].ratings == {
        "Alice": service.verdict_by_label(ALICE_VERDICT).id
    }
