"""Article → Update from New Version…, the revision review queue and the version diff, in the
window."""

from __future__ import annotations

from annotator.domain import AnchorState
from annotator.ui.versions.version_dialogs import ArticleDiffDialog, UpdateVersionDialog
from tests.ui.conftest import ARTICLE_TEXT, select_text

NEW_TEXT = ARTICLE_TEXT.replace(
    "Ukraine would trade Kursk", "Ukraine would swap the Kursk region"
).replace(
    "China is the world's largest supplier of many of those metals.",
    "Analysts disagree about the figures.",
)


def test_update_review_queue_and_diff(qtbot, window, tmp_path, monkeypatch):
    select_text(window, "Ukraine would trade Kursk for occupied territory")
    window.claims.new_claim_action.trigger()
    changed = window.inspector.claim_id()
    select_text(window, "China is the world's largest supplier")
    window.claims.new_claim_action.trigger()
    orphan = window.inspector.claim_id()
    select_text(window, "$500 billion of rare earths")
    window.claims.new_claim_action.trigger()
    moved = window.inspector.claim_id()  # its text is unchanged but further along

    new_file = tmp_path / "v2.txt"
    new_file.write_text(NEW_TEXT, encoding="utf-8")
    monkeypatch.setattr(
        UpdateVersionDialog, "ask", classmethod(lambda cls, parent, title: ("file", str(new_file)))
    )
    window.versions.update_version_action.trigger()

    service = window.service
    assert service.article(window.article_id).version == 2
    assert window.reader.article.text == service.article(window.article_id).text
    assert window.left_tabs.currentWidget() is window.versions.revisions
    assert window.versions.revisions.count() == 3
    assert window.left_tabs.tabText(1) == "Revisions (3)"
    assert service.claim(moved).anchor_state is AnchorState.MOVED
    assert service.claim(moved).exact == "$500 billion of rare earths"

    # The changed claim: its diff shows old and new words; accept the new place.
    window.versions.revisions.select(changed)
    html = window.versions.revisions.diff.toHtml()
    assert "swap" in html and "trade" in html
    assert window.inspector.claim_id() == changed
    window.versions.revisions.accept_button.click()
    assert service.claim(changed).anchor_state is AnchorState.EXACT
    assert window.versions.revisions.count() == 2

    # The orphan: listed, but not highlighted at its old (now meaningless) position.
    old_position = service.claim(orphan).start
    assert orphan not in window.reader.claims_at(old_position)
    assert all(
        orphan not in window.reader.claims_at(i) for i in range(len(window.reader.article.text))
    )
    window.versions.revisions.select(orphan)
    assert not window.versions.revisions.accept_button.isEnabled()
    select_text(window, "Analysts disagree about the figures")
    window.versions.revisions.select_button.click()
    placed = service.claim(orphan)
    assert placed.exact == "Analysts disagree about the figures"
    assert placed.anchor_state is AnchorState.EXACT
    assert window.reader.claims_at(placed.start) == [orphan]
    assert window.versions.revisions.count() == 1  # the moved claim is still waiting for a look

    # Undo the hand placement, then the update itself.
    window.undo_action.trigger()
    assert service.claim(orphan).anchor_state is AnchorState.ORPHANED
    assert window.versions.compare_versions_action.isEnabled()
    dialog = ArticleDiffDialog(window, service, window.article_id)
    qtbot.addWidget(dialog)
    assert "changed passages" in dialog.changes.text()
    assert "Analysts" in dialog.view.toPlainText()
    window.undo_action.trigger()  # accept
    window.undo_action.trigger()  # the update
    assert service.article(window.article_id).version == 1
    assert window.reader.article.text == ARTICLE_TEXT
    assert service.claim(orphan).anchor_state is AnchorState.EXACT


def test_a_silent_edit_can_be_noted_as_a_claim(qtbot, window, tmp_path, monkeypatch):
    new_file = tmp_path / "v2.txt"
    new_file.write_text(NEW_TEXT, encoding="utf-8")
    monkeypatch.setattr(
        UpdateVersionDialog, "ask", classmethod(lambda cls, parent, title: ("file", str(new_file)))
    )
    window.versions.update_version_action.trigger()
    dialog = ArticleDiffDialog(window, window.service, window.article_id)
    qtbot.addWidget(dialog)
    dialog.note_requested.connect(window.versions.note_change)
    rows = [dialog.change_list.item(i).text() for i in range(dialog.change_list.count())]
    row = next(i for i, text in enumerate(rows) if "Analysts" in text)
    dialog.change_list.setCurrentRow(row)
    assert dialog.note_button.isEnabled()
    dialog.note_button.click()
    claim = window.service.claim(window.inspector.claim_id())
    assert "Analysts disagree" in claim.exact
    assert claim.tags == ["silent edit"]
    assert "China" in claim.explanation and "Analysts" in claim.explanation
    window.undo_action.trigger()
    assert window.service.store.get_claim(claim.id) is None
