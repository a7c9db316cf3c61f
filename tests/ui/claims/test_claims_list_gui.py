"""In the window: the claims list keeps the selected claim while the user types a filter and
sorts, and follows edits, deletions and their undo while a filter is active."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.ui.claims.claims_model import CLAIMANT, QUOTE

QUOTES = ("Ukraine would trade Kursk", "occupied territory", "rare earths", "largest supplier")


def made(window) -> dict[str, str]:  # noqa: ANN001
    """A claim per quote of the window's article, claimants A-D; quote → claim id."""
    service, text = window.service, window.reader.article.text
    ids = {}
    for quote, claimant in zip(QUOTES, "DCBA", strict=True):
        start = text.index(quote)
        ids[quote] = service.create_claim(
            window.article_id, start, start + len(quote), claimant=claimant
        ).id
    return ids


def listed(window) -> list[str]:  # noqa: ANN001
    model = window.claims_model
    return [model.index(row, QUOTE).data() for row in range(model.rowCount())]


def test_the_selected_claim_stays_selected_while_typing_and_sorting(qtbot, window) -> None:  # noqa: ANN001
    ids = made(window)
    qtbot.waitUntil(lambda: window.claims_model.rowCount() == 4)
    panel = window.claims_panel
    window.select_claim(ids["rare earths"])
    assert panel.current_claim_id() == ids["rare earths"]
    panel.search.setFocus()
    for letter in "EARTH":
        qtbot.keyClick(panel.search, letter)
    qtbot.waitUntil(lambda: listed(window) == ["rare earths"])
    assert panel.current_claim_id() == ids["rare earths"]
    assert panel.view.selectionModel().isRowSelected(0)
    panel.search.clear()
    qtbot.waitUntil(lambda: len(listed(window)) == 4)
    assert listed(window) == list(QUOTES)  # text order
    assert panel.current_claim_id() == ids["rare earths"]
    panel.view.sortByColumn(CLAIMANT, Qt.SortOrder.AscendingOrder)
    assert listed(window) == list(reversed(QUOTES))  # claimants A-D
    assert panel.current_claim_id() == ids["rare earths"]
    assert panel.view.selectionModel().isRowSelected(1)
    assert window.inspector.claim_id() == ids["rare earths"]


def test_edits_deletions_and_undo_update_the_rows_of_a_filtered_list(qtbot, window) -> None:  # noqa: ANN001
    ids = made(window)
    qtbot.waitUntil(lambda: window.claims_model.rowCount() == 4)
    panel, model = window.claims_panel, window.claims_model
    panel.search.setText("r")  # ukRaine, teRRitory, Rare, supplieR: all four
    qtbot.waitUntil(lambda: len(listed(window)) == 4)
    panel.search.setText("ra")  # ukRAine, RAre
    qtbot.waitUntil(lambda: listed(window) == ["Ukraine would trade Kursk", "rare earths"])

    claim = ids["rare earths"]
    window.claims.edit_claim_field(claim, "claimant", "Ravi")  # committed, then the notice
    assert model.index(model.row_of(claim), CLAIMANT).data() == "Ravi"
    assert listed(window) == ["Ukraine would trade Kursk", "rare earths"]
    other = ids["largest supplier"]
    window.claims.edit_claim_field(other, "claimant", "Rachel")  # now it matches "ra"
    assert listed(window) == ["Ukraine would trade Kursk", "rare earths", "largest supplier"]
    window.undo_stack.undo()  # the claimant is "A" again: filtered out
    assert listed(window) == ["Ukraine would trade Kursk", "rare earths"]
    assert window.service.claim(other).claimant == "A"

    window.select_claim(ids["Ukraine would trade Kursk"])
    window.claims.delete_current_claim()
    assert listed(window) == ["rare earths"]
    window.undo_stack.undo()
    assert listed(window) == ["Ukraine would trade Kursk", "rare earths"]
    panel.search.clear()
    qtbot.waitUntil(lambda: len(listed(window)) == 4)
    assert model.index(model.row_of(claim), CLAIMANT).data() == "Ravi"


def test_the_texts_to_search_are_made_when_the_filter_box_gets_the_focus(qtbot, window) -> None:  # noqa: ANN001
    made(window)
    qtbot.waitUntil(lambda: window.claims_model.rowCount() == 4)
    asked = []
    window.claims_model.prepare_text_filter = lambda: asked.append(True)
    window.reader.setFocus()
    qtbot.waitUntil(window.reader.hasFocus)
    window.claims_panel.search.setFocus()
    qtbot.waitUntil(lambda: asked == [True])
