"""Fixtures for GUI tests: a main window on a temporary project holding one article."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.domain import ArticleDraft
from annotator.services import ProjectService

ARTICLE_TEXT = (
    "Ukraine would trade Kursk for occupied territory, the president said on Tuesday.\n\n"
    "The deal would give access to $500 billion of rare earths, according to the White House. "
    "China is the world's largest supplier of many of those metals."
)


def make_project(path: Path, text: str = ARTICLE_TEXT, title: str = "Test article") -> str:
    """Create a project holding one article; returns the article id."""
    project = ProjectService.open(path, "Setup")
    try:
        return project.add_article(
            ArticleDraft(title=title, text=text, publisher="Example News")
        ).id
    finally:
        project.close()


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch):
    """A modal message box nobody answers would hang the test until pytest-timeout ends the
    whole process (under xdist: "node down: Not properly terminated"): fail it instead.
    Tests that expect a dialog replace these functions (or the app's own asking function, such
    as `quote_actions.ask_duplicate`) themselves."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(*args, **kwargs):
        texts = [a for a in args if isinstance(a, str)]
        raise AssertionError(f"unexpected dialog: {texts}")

    for name in ("warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    # A box built by the app and run with exec() (ui/common/dialogs.py: confirm, show_error).
    monkeypatch.setattr(QMessageBox, "exec", lambda box: unexpected(box.windowTitle(), box.text()))
    from annotator.ui.exchange.export_dialog import ChecklistDialog

    monkeypatch.setattr(
        ChecklistDialog,
        "confirm",
        classmethod(lambda cls, parent, items, count: unexpected(*[i.message for i in items])),
    )


def shown_window(qtbot, path: Path, author: str = "Tester"):  # noqa: ANN001, ANN201
    """A main window of `author` with the project at `path` open, shown at 1300×800."""
    from annotator.ui.main_window import MainWindow

    main = MainWindow(author)
    qtbot.addWidget(main)
    assert main.open_project(path)
    main.resize(1300, 800)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def window(qtbot, project_path: Path):
    make_project(project_path)
    main = shown_window(qtbot, project_path)
    yield main
    main.close()


def select_text(window, needle: str, occurrence: int = 0) -> tuple[int, int]:
    """Select `needle` in the reader like a user would; returns its code-point span."""
    text = window.reader.article.text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    window.reader.select_span(start, start + len(needle))
    return start, start + len(needle)
