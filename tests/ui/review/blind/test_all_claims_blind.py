"""The list of all articles' claims hides a colleague's judgement while I rate blind."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.review.blind.conftest import ALICE_VERDICT, leaks, reveal


def shown_texts(model) -> list[str]:
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    return [
        str(model.index(row, column).data(role) or "")
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        for role in roles
    ]


def test_all_claims_shows_the_colleagues_claim_unrated_until_reveal(qtbot, blind_desk):
    window = blind_desk.window
    window.all_claims.action.trigger()
    model = window.all_claims.model
    assert model.rowCount() == 1
    assert leaks(shown_texts(model)) == []
    reveal(blind_desk, qtbot)
    window.all_claims.action.trigger()  # closed, and opened again: read afresh
    window.all_claims.action.trigger()
    assert ALICE_VERDICT in shown_texts(model)
