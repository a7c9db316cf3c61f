"""Sorting the claims list by verdict while rating blind: a colleague's hidden verdict never
orders the list (the verdicts shown are asked for all at once, BlindMask.verdicts_of); my own
rating does, once I give it, and the colleague's verdict only after I reveal."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.ui.claims.claims_model import VERDICT

from .conftest import ALICE_VERDICT, reveal


def test_a_hidden_verdict_does_not_order_the_list(qtbot, blind_desk):
    window, service = blind_desk.window, blind_desk.window.service
    scale = [v for v in service.verdicts() if not v.retired]
    alice = service.verdict_by_label(ALICE_VERDICT)
    last = max(scale, key=lambda v: v.position)
    first = min(scale, key=lambda v: v.position)
    assert first.position < alice.position < last.position
    text = service.article(blind_desk.article_id).text
    mine = service.create_claim(blind_desk.article_id, 0, text.index(" "), verdict_id=last.id)
    qtbot.waitUntil(lambda: window.claims_model.rowCount() == 2)
    view = window.claims_panel.view
    view.sortByColumn(VERDICT, Qt.SortOrder.AscendingOrder)
    # Alice's claim is unrated to me: after mine, although her verdict comes before it.
    assert window.claims_model.visible_ids() == [mine.id, blind_desk.claim_id]
    window.select_claim(blind_desk.claim_id)
    combo = window.inspector.verdict
    combo.setCurrentIndex(combo.findData(first.id))
    combo.activated.emit(combo.currentIndex())  # my rating, as a pick in the inspector sends
    view.sortByColumn(VERDICT, Qt.SortOrder.AscendingOrder)
    assert window.claims_model.visible_ids() == [blind_desk.claim_id, mine.id]
    window.undo_action.trigger()  # my rating taken back: unrated to me again
    view.sortByColumn(VERDICT, Qt.SortOrder.AscendingOrder)
    assert window.claims_model.visible_ids() == [mine.id, blind_desk.claim_id]
    window.redo_action.trigger()
    view.sortByColumn(VERDICT, Qt.SortOrder.DescendingOrder)
    assert window.claims_model.visible_ids() == [mine.id, blind_desk.claim_id]
    reveal(blind_desk, qtbot)
    view.sortByColumn(VERDICT, Qt.SortOrder.AscendingOrder)
    assert window.claims_model.visible_ids() == [blind_desk.claim_id, mine.id]  # hers, then mine
    view.sortByColumn(VERDICT, Qt.SortOrder.DescendingOrder)
    assert window.claims_model.visible_ids() == [mine.id, blind_desk.claim_id]
