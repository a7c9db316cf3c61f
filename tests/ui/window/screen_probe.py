"""Run as a script on Qt's offscreen platform with a screen of a given size: open the window on a
project as `annotator` does, go through the panels a user opens, and print (as JSON) every visible
control that does not lie inside the screen's available area.

A control inside a scroll area counts as reachable when the scroll area itself lies inside the
screen (it is there once scrolled to)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLineEdit,
    QTabBar,
    QWidget,
)

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QTabBar, QAbstractScrollArea)
LONG_TEXT = " ".join(
    f"Paragraph {n}: the ministry said spending rose by {n} per cent in the year to March."
    for n in range(1, 60)
)


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def scroll_area_holding(widget: QWidget) -> QAbstractScrollArea | None:
    """The nearest scroll area whose viewport contains `widget` (not the area's own frame)."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and child is parent.viewport():
            return parent
        child, parent = parent, parent.parentWidget()
    return None


def outside(window: QWidget, screen: QRect) -> list[str]:
    found = []
    for control in window.findChildren(QWidget):
        if (
            not isinstance(control, CONTROLS)
            or not control.isVisibleTo(window)
            or not control.isVisible()
        ):
            continue
        holder = control
        while (area := scroll_area_holding(holder)) is not None:
            holder = area
        rect = global_rect(holder)
        if not screen.contains(rect):
            label = (
                control.objectName()
                or getattr(control, "text", lambda: "")()
                or type(control).__name__
            )
            found.append(f"{label} {rect.getRect()}")
    return found


def in_full_view(buttons: tuple[QWidget, ...], screen: QRect) -> dict[str, bool]:
    """For each button: shown whole, without scrolling, and inside the screen."""
    seen = {}
    for button in buttons:
        shown = button.visibleRegion().boundingRect().size() == button.size()
        seen[button.text()] = shown and screen.contains(global_rect(button))
    return seen


def main(project: str) -> int:
    from annotator.ui.main_window import MainWindow

    app = QApplication([])
    screen = app.primaryScreen().availableGeometry()
    report: dict[str, object] = {"screen": screen.getRect(), "states": {}}
    window = MainWindow("Tester", interactive=False)
    window.restore_layout()
    window.open_project(Path(project))
    window.show()

    def look(state: str) -> None:
        for _ in range(10):
            app.processEvents()
        report["states"][state] = {  # type: ignore[index]
            "frame": window.frameGeometry().getRect(),
            "outside": outside(window, screen),
        }

    look("opened")
    first_size = window.size().toTuple()
    report["tabs_whole"] = {}
    for tabs in (window.left_tabs, window.right_tabs):
        bar = tabs.tabBar()
        needed = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
        report["tabs_whole"][tabs.objectName()] = needed <= bar.width()  # type: ignore[index]
    ids = window.claims_model.visible_ids()
    window.select_claim(ids[0])
    look("claim")
    window.left_tabs.setCurrentWidget(window.versions.revisions)
    look("revisions")
    report["revision_buttons"] = [
        global_rect(b).getRect()
        for b in (window.versions.revisions.accept_button, window.versions.revisions.orphan_button)
    ]
    window.left_tabs.setCurrentWidget(window.search_panel)
    look("search")
    window.review.start_review(all_articles=True)
    look("review")
    panel = window.review.review_panel
    report["review_buttons"] = in_full_view(
        (panel.previous_button, panel.next_button, panel.approve_button, panel.changes_button,
         panel.leave_button), screen
    )  # fmt: skip
    window.review.conflicts_dock.show()
    look("review and conflicts")
    conflicts = window.review.conflicts
    report["review_buttons_with_conflicts"] = in_full_view(
        (panel.approve_button, panel.changes_button, panel.leave_button, conflicts.keep_mine_button,
         conflicts.keep_theirs_button, conflicts.edit_button), screen
    )  # fmt: skip
    window.resize(800, window.height())
    look("narrow")
    report["narrow_reader_width"] = window.reader.width()
    report["narrow_reader_characters"] = (
        window.reader.viewport().width() // window.reader.fontMetrics().averageCharWidth()
    )
    window.resize(*first_size)
    window.review.review_panel.leave()
    window.review.conflicts_dock.hide()
    look("closed")
    window.close()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
