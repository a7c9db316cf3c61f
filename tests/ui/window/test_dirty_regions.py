"""After a new claim or a verdict change only what changed repaints: the claims list, the line
of the highlight, the margin and the inspector's fields, never the window, the splitter or the
inspector's whole tab widget beneath them (style-sheet backgrounds and a tab text set again to
the same words used to repaint those)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.conftest import select_text


class Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted: list[QWidget] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            self.painted.append(watched)
        return False


def painted_by(qtbot, window, action) -> list[QWidget]:  # noqa: ANN001
    qtbot.waitUntil(lambda: not window._library_timer.isActive(), timeout=10_000)
    paints = Paints()
    QApplication.instance().installEventFilter(paints)

    def quiet() -> bool:  # the window shown, activated and painted: nothing left to paint
        paints.painted.clear()
        QApplication.processEvents()
        return not paints.painted

    try:
        qtbot.waitUntil(quiet, timeout=10_000)
        paints.painted.clear()
        action()
        qtbot.waitUntil(lambda: not window._library_timer.isActive(), timeout=10_000)
        QApplication.processEvents()
    finally:
        QApplication.instance().removeEventFilter(paints)
    return paints.painted


def test_an_edit_repaints_only_the_widgets_it_changes(qtbot, window) -> None:  # noqa: ANN001
    select_text(window, "Ukraine would trade Kursk")
    first = window.claims.new_claim_from_selection()
    select_text(window, "$500 billion")
    painted = painted_by(qtbot, window, window.claims.new_claim_from_selection)
    second = window.inspector.claim_id()
    assert second is not None and second != first.id
    beneath = (window, window.splitter, window.right_tabs)
    assert window.claims_panel.view.viewport() in painted  # the new row is listed
    assert window.reader.viewport() in painted  # and highlighted
    assert not [w for w in beneath if w in painted]
    assert painted.count(window.inspector.quote) == 1  # at its new height only

    false = next(v for v in window.service.verdicts() if v.label == "False")
    painted = painted_by(
        qtbot, window, lambda: window.claims.edit_claim_field(second, "verdict_id", false.id)
    )
    assert window.service.claim(second).verdict_id == false.id
    assert window.reader.viewport() in painted  # the highlight's colour
    assert not [w for w in beneath if w in painted]



def test_the_form_replacing_the_placeholder_is_laid_out_before_it_paints(qtbot, window) -> None:  # noqa: ANN001, E501
    """The first claim shown after none: when `show_claim` returns, before anything paints, the
    form already has the width and the scroll bar it keeps (left to the event loop, it painted
    at the width without the bar its height brings, then all again, narrower)."""
    inspector = window.inspector
    select_text(window, "$500 billion")
    made = window.claims.new_claim_from_selection()
    window.show_article(window.article_id)  # nothing selected: the placeholder
    qtbot.waitUntil(lambda: not window._library_timer.isActive(), timeout=10_000)
    QApplication.processEvents()
    assert inspector.claim_id() is None
    inspector.show_claim(window.service.claim(made.id))
    at_once = (inspector.form_widget.width(), inspector.verticalScrollBar().isVisible())
    QApplication.processEvents()
    assert inspector.form_widget.width() > 0
    assert at_once == (inspector.form_widget.width(), inspector.verticalScrollBar().isVisible())
    inspector.show_claim(None)
    assert inspector.placeholder.width() == inspector.viewport().width() - 24  # its margins
