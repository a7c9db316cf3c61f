"""Empty panels say what to do next: a project with no articles, Review Mode with nothing waiting,
Revisions, Conflicts and Search."""

from __future__ import annotations

from annotator.ui.main_window import MainWindow


def test_a_project_without_articles_says_how_to_add_one(qtbot, tmp_path):
    window = MainWindow("Tester")
    qtbot.addWidget(window)
    assert window.open_project(tmp_path / "empty.annotator", create=True)
    window.show()
    qtbot.waitExposed(window)
    hint = window.no_articles.label
    assert hint.isVisible() and "Import Articles" in hint.text() and "Ctrl+I" in hint.text()
    window.close()


def test_the_hint_goes_once_an_article_is_shown(window):
    assert not window.no_articles.label.isVisible()


def test_review_mode_with_nothing_waiting_says_how_claims_get_there(window, qtbot):
    assert window.review.start_review(all_articles=True) == 0
    message = window.review.review_panel.message.text()
    assert message.startswith("Nothing is waiting for your review")
    assert "Ready for review" in message
    assert not window.review.review_panel.quote.isVisible()  # no form of empty fields
    assert not window.review.review_panel.position.isVisible()  # nor "0 of 0"


def test_revisions_conflicts_and_search_say_what_would_appear(window, qtbot):
    assert "Check for a New Version" in window.versions.revisions.summary.text()
    window.review.conflicts_dock.show()
    assert "Merge Colleague's Project" in window.review.conflicts.detail.text()
    panel = window.search_panel
    assert panel.status.text().startswith("Type words to search")
    panel.field.setText("zebra crossing")
    assert panel.run_search() == []
    assert panel.status.text().startswith("Nothing found for “zebra crossing”")
