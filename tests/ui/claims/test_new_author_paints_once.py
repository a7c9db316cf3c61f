"""A new claim whose author is new to the article's list (the session's first claim, usually)
fits the name columns while the list takes the claim in, so the list paints its new row once at
the new widths, not a second time after the deferred refresh; and the columns and the author
filter still follow every later edit, undo and redo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from annotator.services import ProjectService
from annotator.ui.claims import quote_room
from annotator.ui.claims.claim_columns import fit_names
from annotator.ui.claims.claims_model import AUTHOR, CLAIMANT
from tests.ui.conftest import ARTICLE_TEXT, make_project, select_text, shown_window


class Paints(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.widget, self.count = widget, 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.widget and event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def open_with_a_colleagues_claim(qtbot, tmp_path: Path):  # noqa: ANN001, ANN201
    path = tmp_path / "two-authors.annotator"
    article_id = make_project(path)
    colleague = ProjectService.open(path, "Ana")
    try:
        start = ARTICLE_TEXT.index("China")
        colleague.create_claim(article_id, start, start + len("China is the world's"))
    finally:
        colleague.close()
    return shown_window(qtbot, path, "A fact-checker with a long name")


def layout(window) -> tuple[int, int, bool, list[str]]:  # noqa: ANN001
    view, combo = window.claims_panel.view, window.claims_panel.author_filter
    header = view.horizontalHeader()
    authors = [combo.itemText(i) for i in range(1, combo.count())]
    hidden = view.isColumnHidden(AUTHOR)
    return header.sectionSize(CLAIMANT), header.sectionSize(AUTHOR), hidden, authors


def fitted_from_every_claim(window) -> tuple[int, int, bool]:  # noqa: ANN001
    panel = window.claims_panel
    view, header = panel.view, panel.view.horizontalHeader()
    kept = header.sectionSize(CLAIMANT), header.sectionSize(AUTHOR), view.isColumnHidden(AUTHOR)
    fit_names(view, panel.model)  # from every claim, then put back as they were
    fitted = header.sectionSize(CLAIMANT), header.sectionSize(AUTHOR), view.isColumnHidden(AUTHOR)
    header.resizeSection(CLAIMANT, kept[0])
    header.resizeSection(AUTHOR, kept[1])
    view.setColumnHidden(AUTHOR, kept[2])
    return fitted


def settled(qtbot, window) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not window._library_timer.isActive(), timeout=10_000)
    QApplication.processEvents()


def test_a_new_author_is_fitted_before_the_list_paints_and_it_paints_once(qtbot, tmp_path):  # noqa: ANN001
    window = open_with_a_colleagues_claim(qtbot, tmp_path)
    settled(qtbot, window)
    assert layout(window)[2:] == (True, ["Ana"])  # one author: the column is hidden
    viewport = window.claims_panel.view.viewport()
    paints = Paints(viewport)
    viewport.installEventFilter(paints)
    select_text(window, "Ukraine would trade Kursk")
    window.claims.new_claim_action.trigger()
    # Before the event loop runs again (nothing painted yet), the columns fit both authors.
    shown = layout(window)
    assert shown[2:] == (False, ["A fact-checker with a long name", "Ana"])
    settled(qtbot, window)
    assert paints.count == 1  # the new row at the new widths, not again after the refresh
    assert layout(window) == shown
    assert shown[:3] == fitted_from_every_claim(window)

    window.undo_stack.undo()  # the new author's only claim goes: the column hides again
    qtbot.waitUntil(lambda: layout(window)[2:] == (True, ["Ana"]), timeout=10_000)
    assert layout(window)[:3] == fitted_from_every_claim(window)
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: layout(window)[2] is False, timeout=10_000)
    settled(qtbot, window)
    assert layout(window) == shown
    window.close()


def test_a_new_claimant_widens_its_column_at_once_and_repaints_the_list(
    qtbot, tmp_path, monkeypatch
):  # noqa: ANN001
    # The offscreen screen (800 px) leaves the list so narrow that the quote's room
    # (tests/ui/claims/test_quote_room.py) would keep both claimants at 60 px: give it room.
    monkeypatch.setattr(quote_room, "QUOTE_MIN", -10_000)
    window = open_with_a_colleagues_claim(qtbot, tmp_path)
    select_text(window, "Ukraine would trade Kursk")
    claim = window.claims.new_claim_from_selection()
    settled(qtbot, window)
    narrow = layout(window)[0]
    viewport = window.claims_panel.view.viewport()
    paints = Paints(viewport)
    viewport.installEventFilter(paints)
    window.claims.edit_claim_field(claim.id, "claimant", "A spokesperson for the ministry")
    wide = layout(window)
    assert wide[0] > narrow  # fitted with the change notice, not 150 ms later
    settled(qtbot, window)
    assert paints.count == 1  # the wider column painted (the update is not lost when quiet)
    assert wide[:3] == fitted_from_every_claim(window)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: layout(window)[0] == narrow, timeout=10_000)
    assert layout(window)[:3] == fitted_from_every_claim(window)
    window.close()
