"""The search panel says where each result was found: the article's text or details, a claim,
a claim's source or a comment on a claim."""

from __future__ import annotations

from pathlib import Path

from annotator.services import ProjectService
from annotator.services.review import add_comment
from annotator.ui.main_window import MainWindow
from tests.ui.conftest import make_project


def _project_with_one_of_each(path: Path) -> None:
    article_id = make_project(path, title="Harbour report")
    project = ProjectService.open(path, "Setup")
    try:
        text = project.article(article_id).text
        start = text.index("$500 billion")
        claim = project.create_claim(
            article_id, start, start + len("$500 billion"), explanation="zephyr estimate"
        )
        project.add_source(claim.id, url="https://example.org/ledger", title="quokka ledger")
        add_comment(project, claim.id, "marmoset figure needs a second check")
    finally:
        project.close()


def _labels_for(window: MainWindow, query: str) -> list[str]:
    window.search_panel.field.setText(query)
    window.search_panel.run_search()
    items = [
        window.search_panel.results.item(i) for i in range(window.search_panel.results.count())
    ]
    return [item.text().split("\n")[1].split(":")[0] for item in items]


def test_each_kind_of_result_is_labelled_by_where_it_matched(qtbot, tmp_path):
    path = tmp_path / "labels.annotator"
    _project_with_one_of_each(path)
    window = MainWindow("Tester")
    qtbot.addWidget(window)
    assert window.open_project(path)
    assert _labels_for(window, "Kursk") == ["Article text"]
    assert _labels_for(window, "Harbour") == ["Article details"]
    assert _labels_for(window, "zephyr") == ["Claim"]
    assert _labels_for(window, "quokka") == ["Source of a claim"]
    assert _labels_for(window, "marmoset") == ["Comment on a claim"]
    window.close()


def test_the_status_says_when_only_the_best_results_are_listed(qtbot, tmp_path):
    from annotator.domain import ArticleDraft
    from annotator.services.search import PER_KIND

    path = tmp_path / "many.annotator"
    project = ProjectService.open(path, "Setup")
    try:
        for number in range(PER_KIND + 1):
            project.add_article(ArticleDraft(title=f"A{number}", text=f"Walrus count {number}."))
        project.add_article(ArticleDraft(title="Other", text="One narwhal."))
    finally:
        project.close()
    window = MainWindow("Tester")
    qtbot.addWidget(window)
    assert window.open_project(path)
    panel = window.search_panel
    panel.field.setText("walrus")
    panel.run_search()
    assert panel.results.count() == PER_KIND
    assert panel.status.text() == (
        f"{PER_KIND} results, the best of each kind; add words to find others"
    )
    panel.field.setText("narwhal")
    panel.run_search()
    assert (panel.results.count(), panel.status.text()) == (1, "1 result")
    window.close()
