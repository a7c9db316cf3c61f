"""Blind means blind in the Conflicts panel too: a merge conflict on a colleague's claim shows
neither side's judgement (verdict, explanation, note, sources, comments), and cannot be
resolved from their version, until the rater reveals the article's verdicts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.domain import ArticleDraft
from annotator.services import ProjectService
from annotator.services.merge import conflicts
from annotator.ui.exchange import merge_flow
from tests.ui.conftest import ARTICLE_TEXT

from .conftest import PASSAGE, BlindDesk, reveal

MINE_NOTE, THEIRS_NOTE = "ALICEFIRSTREADING", "ALICESECONDREADING"
SOURCE_TITLES = ("ALICESOURCEONE", "ALICESOURCETWO")


def _copies(tmp_path: Path) -> tuple[Path, Path, str, str]:
    """Alice's claim and source, then Alice edits both differently in two copies."""
    path, theirs_path = tmp_path / "desk.annotator", tmp_path / "alice-laptop.annotator"
    alice = ProjectService.open(path, "Alice")
    article = alice.add_article(ArticleDraft(title="Test article", text=ARTICLE_TEXT))
    start = ARTICLE_TEXT.index(PASSAGE)
    claim = alice.create_claim(article.id, start, start + len(PASSAGE), explanation="draft")
    source = alice.add_source(claim.id, url="https://example.org/t", title="Transcript")
    alice.close()
    shutil.copy(path, theirs_path)
    for where, note, title, verdict in (
        (path, MINE_NOTE, SOURCE_TITLES[0], "Mostly false"),
        (theirs_path, THEIRS_NOTE, SOURCE_TITLES[1], "False"),
    ):  # fmt: skip
        copy = ProjectService.open(where, "Alice")
        copy.update_claim(claim.id, explanation=note, verdict_id=copy.verdict_by_label(verdict).id)
        copy.update_source(source.id, title=title)
        copy.close()
    return path, theirs_path, claim.id, article.id


@pytest.fixture
def merged_desk(qtbot, tmp_path: Path, monkeypatch):
    from annotator.ui.main_window import MainWindow

    path, theirs_path, claim_id, article_id = _copies(tmp_path)
    window = MainWindow("Bob")
    qtbot.addWidget(window)
    assert window.open_project(path)
    window.resize(1300, 800)
    window.show()
    qtbot.waitExposed(window)
    desk = BlindDesk(window, claim_id, article_id, path)
    desk.dashboard = desk.blind_toggle(qtbot)
    assert desk.dashboard.blind.isChecked()
    monkeypatch.setattr(merge_flow, "show_summary", lambda parent, text: None)
    report = merge_flow.merge_colleague_project(window, window.service, theirs_path)
    assert report is not None and report.conflicts == 2  # the claim and its source
    yield desk
    window.close()


def _panel_texts(panel) -> list[str]:  # noqa: ANN001
    texts = [panel.list.item(i).text() for i in range(panel.list.count())] + [panel.detail.text()]
    for conflict_id in panel.conflict_ids():
        panel.select_conflict(conflict_id)
        texts.append(panel.detail.text())
        texts += [
            panel.table.item(r, c).text() for r in range(panel.table.rowCount()) for c in range(3)
        ]
    return texts


def _leaks(texts: list[str]) -> list[str]:
    joined = "\n".join(texts)
    secrets = (MINE_NOTE, THEIRS_NOTE, *SOURCE_TITLES, "Mostly false", "False")
    return [s for s in secrets if s in joined]


def test_conflicts_hide_both_sides_judgement_and_refuse_resolution_until_reveal(qtbot, merged_desk):
    panel = merged_desk.window.review.conflicts
    assert panel.count() == 2
    assert _leaks(_panel_texts(panel)) == []
    service = merged_desk.window.service
    current = service.claim(merged_desk.claim_id).explanation  # the merge kept the later edit
    assert current == THEIRS_NOTE
    for conflict_id in panel.conflict_ids():
        panel.select_conflict(conflict_id)
        assert not panel.keep_mine_button.isEnabled() and not panel.keep_theirs_button.isEnabled()
        assert not panel.edit_button.isEnabled()
        assert panel.resolve_current("theirs") is False  # a keyboard path is refused too
    assert (
        len(conflicts(service)) == 2 and service.claim(merged_desk.claim_id).explanation == current
    )

    reveal(merged_desk, qtbot)
    panel.refresh()
    assert sorted(_leaks(_panel_texts(panel))) == sorted(
        [MINE_NOTE, THEIRS_NOTE, *SOURCE_TITLES, "Mostly false", "False"]
    )
    claim_conflict = next(c.id for c in conflicts(service) if c.kind == "claim")
    panel.select_conflict(claim_conflict)
    assert panel.keep_mine_button.isEnabled()
    qtbot.mouseClick(panel.keep_mine_button, Qt.MouseButton.LeftButton)
    assert service.claim(merged_desk.claim_id).explanation == MINE_NOTE
