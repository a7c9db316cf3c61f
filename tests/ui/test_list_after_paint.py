"""A start shows the text and its highlights first and fills the claims list once the reader
has painted (ui/list_after_paint.py); whatever reads or changes the list before then has it
filled at once, and the list filled later is the one an ordinary open makes."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import QApplication

from annotator.domain import AnchorState, ArticleDraft
from annotator.services import ProjectService
from annotator.ui.main_window import MainWindow
from tests.ui.conftest import ARTICLE_TEXT

QUOTES = ("Ukraine would trade Kursk", "$500 billion of rare earths", "largest supplier")


def _project(path: Path) -> dict[str, str]:
    """One article with a rated, an unrated and an orphaned claim, and a second article."""
    project = ProjectService.open(path, "Setup")
    try:
        article = project.add_article(ArticleDraft(title="First", text=ARTICLE_TEXT))
        ids = {}
        for number, quote in enumerate(QUOTES):
            start = ARTICLE_TEXT.index(quote)
            verdict = project.verdicts()[0].id if number == 0 else None
            claim = project.create_claim(
                article.id, start, start + len(quote), verdict_id=verdict, tags=[f"t{number}"]
            )
            ids[quote] = claim.id
        orphan = project.claim(ids[QUOTES[2]])
        project.put_claim(dataclasses.replace(orphan, anchor_state=AnchorState.ORPHANED))
        other = project.add_article(ArticleDraft(title="Second", text="Another text here."))
        project.create_claim(other.id, 0, 7)
        ids["article"], ids["other"] = article.id, other.id
        return ids
    finally:
        project.close()


def _window(qtbot, path: Path, *, armed: bool) -> MainWindow:
    window = MainWindow("Tester")
    qtbot.addWidget(window)
    window.claims_later.armed = armed
    assert window.open_project(path)
    window.resize(1300, 800)
    return window


def _listed(window: MainWindow) -> list[str]:
    return sorted(c.id for c in window.claims_model.all_claims())


def test_the_text_and_highlights_come_first_then_the_same_list(qtbot, tmp_path) -> None:
    path = tmp_path / "p.annotator"
    ids = _project(path)
    eager = _window(qtbot, path, armed=False)
    expected = (_listed(eager), eager.filter_choices.choices())
    colours = {q: eager.reader.highlight_at(ARTICLE_TEXT.index(q)) for q in QUOTES}
    eager.close()

    window = _window(qtbot, path, armed=True)
    assert window.claims_later.pending and window.claims_model.rowCount() == 0
    for quote in QUOTES[:2]:  # highlighted, in their verdicts' colours
        offset = ARTICLE_TEXT.index(quote)
        assert window.reader.claims_at(offset) == [ids[quote]]
        highlight = window.reader.highlight_at(offset)
        assert highlight is not None and colours[quote] is not None
        assert highlight.background().color() == colours[quote].background().color()
    assert window.reader.claims_at(ARTICLE_TEXT.index(QUOTES[2])) == []  # an orphan: listed only
    window.show()
    qtbot.waitUntil(lambda: window.claims_model.rowCount() == 3)
    assert not window.claims_later.pending
    listed = (_listed(window), window.filter_choices.choices())
    assert listed == expected
    window.close()


def test_a_claim_selected_before_the_list_is_filled(qtbot, tmp_path) -> None:
    path = tmp_path / "p.annotator"
    ids = _project(path)
    window = _window(qtbot, path, armed=True)  # not shown: nothing has painted
    window.select_claim(ids[QUOTES[1]])  # as a click on its highlight does
    assert window.claims_model.rowCount() == 3
    assert window.inspector.claim_id() == ids[QUOTES[1]]
    window.close()


def test_f8_before_the_list_is_filled_goes_to_a_claim(qtbot, tmp_path) -> None:
    path = tmp_path / "p.annotator"
    ids = _project(path)
    chosen = []
    for armed in (False, True):  # the same claim as in a window that listed at once
        window = _window(qtbot, path, armed=armed)
        window.keyboard.next_in_text_action.trigger()
        chosen.append(window.inspector.claim_id())
        window.close()
    assert chosen == [ids[QUOTES[1]]] * 2  # the first claim after the cursor at the top


def test_an_edit_before_the_list_is_filled_is_listed_once(qtbot, tmp_path) -> None:
    path = tmp_path / "p.annotator"
    ids = _project(path)
    window = _window(qtbot, path, armed=True)
    assert window.service is not None
    start = ARTICLE_TEXT.index("the president")
    made = window.service.create_claim(ids["article"], start, start + 13)
    assert window.claims_model.rowCount() == 4 and made.id in _listed(window)
    assert window.reader.claims_at(start) == [made.id]
    window.show()
    qtbot.waitUntil(lambda: not window.claims_later.pending)
    assert window.claims_model.rowCount() == 4
    window.close()


def test_another_article_shown_before_the_list_is_filled_keeps_its_own_list(
    qtbot, tmp_path
) -> None:
    path = tmp_path / "p.annotator"
    ids = _project(path)
    window = _window(qtbot, path, armed=True)
    window.show_article(ids["other"])
    assert window.claims_model.rowCount() == 1 and not window.claims_later.pending
    window.show()
    qtbot.waitExposed(window)
    for _ in range(5):  # the turns after the paint, where the first article's list would come
        QApplication.processEvents()
    assert [c.article_id for c in window.claims_model.all_claims()] == [ids["other"]]
    window.close()


def test_a_hidden_window_gets_its_list_at_the_limit(qtbot, tmp_path) -> None:
    path = tmp_path / "p.annotator"
    _project(path)
    window = _window(qtbot, path, armed=True)
    qtbot.waitUntil(lambda: window.claims_model.rowCount() == 3, timeout=10_000)
    window.close()
