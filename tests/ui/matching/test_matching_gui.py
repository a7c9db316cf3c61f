"""The window's matching and check-worthiness: Import Fact-Checks, Already checked?, reuse a
match, Suggest Claims with dashed underlines, Enter accepts and Delete dismisses, undo."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

from tests.ui.conftest import select_text

RARE_EARTHS = {
    "@type": "ClaimReview", "url": "https://checks.example/rare-earths-500-billion",
    "claimReviewed": "Ukraine has $500 billion of rare earths for a deal with the White House",
    "author": {"name": "Example Checks"}, "datePublished": "2025-02-20",
    "reviewRating": {"alternateName": "Mostly false"},
}  # fmt: skip


def feed(tmp_path):
    path = tmp_path / "feed.jsonl"
    other = dict(
        RARE_EARTHS, url="https://checks.example/other", claimReviewed="Bananas are berries"
    )
    path.write_text(json.dumps(RARE_EARTHS) + "\n" + json.dumps(other) + "\n", encoding="utf-8")
    return path


def test_imported_fact_checks_are_listed_apart_from_claims_and_searchable(window, tmp_path, qtbot):
    window.matching.import_dialog(str(feed(tmp_path)))
    panel = window.matching.factchecks
    assert panel.results.count() == 2 and window.left_tabs.currentWidget() is panel
    assert window.claims_model.rowCount() == 0
    panel.field.setText("bananas")
    qtbot.waitUntil(lambda: panel.results.count() == 1)
    window.matching.import_dialog(str(feed(tmp_path)))
    assert "0 added, 0 updated, 2 unchanged" in window.statusBar().currentMessage()


def test_a_new_claim_shows_its_match_and_reusing_it_is_one_undoable_step(window, tmp_path):
    window.matching.import_dialog(str(feed(tmp_path)))
    select_text(window, "The deal would give access to $500 billion of rare earths")
    assert window.matching.check_selection()[0].factcheck.url == RARE_EARTHS["url"]
    claim = window.claims.new_claim_from_selection()
    panel = window.matching.already
    assert panel.current_match().factcheck.url == RARE_EARTHS["url"]
    assert panel.reuse_button.isEnabled()
    panel.reuse_button.click()
    after = window.service.claim(claim.id)
    assert window.service.verdict(after.verdict_id).label == "Mostly false"
    assert [s.url for s in window.service.sources(claim.id)] == [RARE_EARTHS["url"]]
    window.undo_stack.undo()
    assert window.service.claim(claim.id).verdict_id is None
    assert window.service.sources(claim.id) == []


def dashed_spans(window):
    reader = window.reader
    return [
        (
            reader.to_text_offset(sel.cursor.selectionStart()),
            reader.to_text_offset(sel.cursor.selectionEnd()),
        )
        for sel in reader.extraSelections()
        if sel.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DashUnderline
    ]


def test_suggest_claims_underlines_and_keys_accept_and_dismiss(window, qtbot):
    found = window.matching.suggest_claims()
    text = window.reader.article.text
    sentences = [text[s.start : s.end] for s in found]
    assert (
        "The deal would give access to $500 billion of rare earths, according to the White House."
        in sentences
    )
    assert dashed_spans(window) == [(s.start, s.end) for s in found]
    panel = window.matching.suggestions
    panel.setCurrentRow(0)
    first = found[0]
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    claims = window.service.claims(window.article_id)
    assert [(c.start, c.end) for c in claims] == [(first.start, first.end)]
    assert all(s.start != first.start for s in panel.suggestions())
    panel.setCurrentRow(0)
    dismissed = panel.suggestions()[0]
    qtbot.keyClick(panel, Qt.Key.Key_Delete)
    assert dismissed not in panel.suggestions()
    assert (dismissed.start, dismissed.end) not in dashed_spans(window)
    window.undo_stack.undo()  # the dismissal
    window.undo_stack.undo()  # the accepted claim
    assert window.service.claims(window.article_id) == []
    assert len(window.matching.suggest_claims()) == len(found)


def test_a_claim_made_behind_the_inspector_is_looked_up_when_its_tab_is_shown(window, tmp_path):
    """Behind another tab the panel is not filled on every edit; brought in front, it shows
    the matches of the claim shown, as they are after the edits made meanwhile."""
    window.matching.import_dialog(str(feed(tmp_path)))
    panel = window.matching.already
    window.right_tabs.setCurrentWidget(window.inspector)
    select_text(window, "The deal would give access to $500 billion of rare earths")
    claim = window.claims.new_claim_from_selection()
    assert not panel.isVisible()
    window.claims.edit_claim_field(claim.id, "claim_reviewed", "rare earths access deal")
    window.right_tabs.setCurrentWidget(panel)
    assert panel.current_match().factcheck.url == RARE_EARTHS["url"]
    assert "rare earths access deal" in panel.status.text()
    window.right_tabs.setCurrentWidget(window.inspector)
    window.claims.delete_claim_action.trigger()  # the claim shown, removed while hidden
    window.right_tabs.setCurrentWidget(panel)  # no lookup of a claim that is gone
