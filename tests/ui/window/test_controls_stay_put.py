"""Controls do not move when content changes: the toolbar's buttons after an edit (Undo and Redo
no longer carry the command's text), the inspector's fields from a short quote to a long one,
and a relaunch does not bring back an empty Review dock."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from annotator.ui.main_window import MainWindow
from tests.ui.conftest import select_text


def toolbar_positions(window) -> dict[str, int]:
    positions = {}
    for action in window.toolbar.actions():
        widget = window.toolbar.widgetForAction(action)
        if isinstance(widget, QWidget) and action.text():
            positions[action.text()] = widget.geometry().x()
    return positions


def test_toolbar_buttons_keep_their_place_after_an_edit(window, qtbot):
    before = toolbar_positions(window)
    assert "Undo" in before and "Redo" in before
    select_text(window, "$500 billion of rare earths")
    claim = window.claims.new_claim_from_selection()
    assert claim is not None
    undo = next(a for a in window.toolbar.actions() if a.text() == "Undo")
    qtbot.waitUntil(undo.isEnabled)
    assert undo.toolTip() == "Undo New claim (Ctrl+Z)"  # the command is named in the tooltip
    assert window.undo_action.text().startswith("&Undo ")  # the Edit menu still names it
    assert toolbar_positions(window) == before
    undo.trigger()
    qtbot.waitUntil(lambda: window.claims_model.row_of(claim.id) is None)
    assert toolbar_positions(window) == before


def test_inspector_fields_do_not_move_with_the_quote_length(window, qtbot):
    service = window.service
    text = window.reader.article.text
    short = service.create_claim(window.article_id, 0, 6)
    long = service.create_claim(window.article_id, 0, len(text))
    qtbot.waitUntil(lambda: window.claims_model.row_of(long.id) is not None)
    inspector = window.inspector
    positions = {}
    for claim in (short, long):
        window.select_claim(claim.id)
        qtbot.waitUntil(lambda claim=claim: inspector.quote.text() == claim.exact)
        positions[claim.id] = [
            inspector.verdict.mapTo(inspector, inspector.verdict.rect().topLeft()).toTuple(),
            inspector.status.mapTo(inspector, inspector.status.rect().topLeft()).toTuple(),
            inspector.claim_reviewed.mapTo(
                inspector, inspector.claim_reviewed.rect().topLeft()
            ).toTuple(),
        ]
        assert inspector.quote.toolTip()  # the whole quote, also when it scrolls
    assert positions[short.id] == positions[long.id]


def test_an_empty_review_dock_does_not_come_back_on_relaunch(window, qtbot, project_path):
    window.review.start_review(all_articles=True)
    qtbot.waitUntil(window.review.review_dock.isVisible)
    window.close()
    again = MainWindow("Tester")
    qtbot.addWidget(again)
    again.restore_layout()
    assert again.open_project(project_path)
    again.show()
    qtbot.waitExposed(again)
    assert not again.review.review_dock.isVisible()
    assert not again.review.conflicts_dock.isVisible()
    again.close()


def test_review_mode_buttons_keep_their_place_from_a_short_claim_to_a_long_one(qtbot, tmp_path):
    from annotator.services import ProjectService
    from annotator.services.review import submit_for_review
    from tests.ui.conftest import ARTICLE_TEXT, make_project

    path = tmp_path / "review.annotator"
    make_project(path)
    colleague = ProjectService.open(path, "Colleague")
    try:
        article = colleague.article_ids()[0]
        for start, end in ((0, 7), (0, len(ARTICLE_TEXT))):
            claim = colleague.create_claim(article, start, end)
            colleague.update_claim(claim.id, explanation="Because. " * (end // 4))
            submit_for_review(colleague, claim.id)
    finally:
        colleague.close()
    window = MainWindow("Tester")
    qtbot.addWidget(window)
    assert window.open_project(path)
    window.show()
    qtbot.waitExposed(window)
    assert window.review.start_review(all_articles=True) == 2
    panel = window.review.review_panel
    buttons = (panel.previous_button, panel.next_button, panel.approve_button, panel.leave_button)

    def places() -> list[tuple[int, int]]:
        return [b.mapTo(window, b.rect().topLeft()).toTuple() for b in buttons]

    qtbot.waitUntil(lambda: panel.quote.text() != "")
    short = places()
    panel.next()
    qtbot.waitUntil(lambda: panel.index == 1)
    assert len(panel.quote.text()) > 200
    assert places() == short
    window.close()
