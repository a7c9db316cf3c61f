"""View → All Claims: every article's claims in one list (the claims list's model), filtered,
sorted and opened in the reader; kept in step with edits while it is open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.domain import ArticleDraft
from annotator.ui.claims.all_claims import ARTICLE
from annotator.ui.claims.claims_model import CLAIM_ID_ROLE, QUOTE, ClaimsModel

SECOND = "Second story"
SECOND_TEXT = "The minister said exports of rare earths doubled in 2024, to 40,000 tonnes."


@pytest.fixture
def project(window):
    """Two articles: the window's (two claims) and a second one (one claim)."""
    service = window.service
    first_id = window.article_id
    text = service.article(first_id).text
    made = {}
    for quote in ("Kursk", "rare earths"):
        start = text.index(quote)
        made[quote] = service.create_claim(first_id, start, start + len(quote)).id
    second = service.add_article(ArticleDraft(title=SECOND, text=SECOND_TEXT))
    start = SECOND_TEXT.index("exports of rare earths doubled")
    made["exports"] = service.create_claim(second.id, start, start + 30).id
    window.show_article(first_id)
    return made


def rows(window) -> list[tuple[str, str]]:
    model = window.all_claims.model
    return [
        (model.index(r, QUOTE).data(), model.index(r, ARTICLE).data())
        for r in range(model.rowCount())
    ]


def test_all_claims_lists_every_article_in_library_order(qtbot, window, project):
    window.all_claims.action.trigger()
    qtbot.waitUntil(window.all_claims.dock.isVisible)
    assert isinstance(window.all_claims.model, ClaimsModel)  # the same model, not a copy
    assert window.all_claims.model.headerData(ARTICLE, Qt.Orientation.Horizontal) == "Article"
    titles = [a.title for a in window.service.articles()]
    expected = {
        "Test article": [("Kursk", "Test article"), ("rare earths", "Test article")],
        SECOND: [("exports of rare earths doubled", SECOND)],
    }
    assert rows(window) == [row for title in titles for row in expected[title]]


def test_filter_and_sort_work_across_articles(qtbot, window, project):
    window.all_claims.action.trigger()
    panel = window.all_claims.panel.claims
    qtbot.keyClicks(panel.search, "rare earths")  # filtered when the typing is handled
    qtbot.waitUntil(lambda: len(rows(window)) == 2)
    assert sorted(rows(window)) == [
        ("exports of rare earths doubled", SECOND), ("rare earths", "Test article"),
    ]  # fmt: skip
    panel.search.clear()
    qtbot.waitUntil(lambda: len(rows(window)) == 3)
    panel.view.sortByColumn(QUOTE, Qt.SortOrder.AscendingOrder)
    assert [quote for quote, _ in rows(window)] == [
        "exports of rare earths doubled", "Kursk", "rare earths",
    ]  # fmt: skip
    panel.view.sortByColumn(ARTICLE, Qt.SortOrder.DescendingOrder)
    assert [title for _, title in rows(window)] == ["Test article", "Test article", SECOND]


def test_opening_a_claim_shows_its_article_with_the_claim_selected(qtbot, window, project):
    window.all_claims.action.trigger()
    panel = window.all_claims.panel
    model = window.all_claims.model
    [row] = [r for r in range(model.rowCount()) if model.index(r, ARTICLE).data() == SECOND]
    panel.claims.view.setCurrentIndex(model.index(row, QUOTE))
    panel.claims.view.setFocus()
    qtbot.keyClick(panel.claims.view, Qt.Key.Key_Return)
    claim = window.service.claim(project["exports"])
    assert window.article_id == claim.article_id
    assert window.inspector.claim_id() == claim.id
    assert window.reader.current_claim() == claim.id
    assert window.claims_panel.current_claim_id() == claim.id


def test_the_list_follows_edits_while_it_is_open(qtbot, window, project):
    window.all_claims.action.trigger()
    service = window.service
    text = service.article(window.article_id).text
    start = text.index("White House")
    new = service.create_claim(window.article_id, start, start + len("White House"))
    assert ("White House", "Test article") in rows(window)
    service.delete_claim(project["Kursk"])
    assert ("Kursk", "Test article") not in rows(window)
    model = window.all_claims.model
    assert model.row_of(new.id) is not None
    assert model.index(model.row_of(new.id), QUOTE).data(CLAIM_ID_ROLE) == new.id


def test_a_hidden_list_reads_the_project_again_when_it_opens(qtbot, window, project):
    window.all_claims.action.trigger()
    window.all_claims.action.trigger()
    assert not window.all_claims.dock.isVisible()
    service = window.service
    service.delete_claim(project["exports"])
    window.all_claims.action.trigger()
    qtbot.waitUntil(window.all_claims.dock.isVisible)
    assert [quote for quote, _ in rows(window)] == ["Kursk", "rare earths"]
