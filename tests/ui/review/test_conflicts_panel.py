"""Merge a colleague's copy through the window's flow, then settle conflicts in the panel."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from annotator.services import ProjectService
from annotator.services.merge import conflicts
from annotator.ui.exchange import merge_flow
from annotator.ui.review.conflicts_panel import ClaimResultDialog, ConflictsPanel
from tests.ui.conftest import make_project

from .conftest import span_of


@pytest.fixture
def copies(tmp_path: Path):
    """Mine and theirs start from one project with two claims, then both edit both claims."""
    base = tmp_path / "base.annotator"
    article_id = make_project(base)
    origin = ProjectService.open(base, "Origin")
    kursk = origin.create_claim(article_id, *span_of("Ukraine would trade Kursk")).id
    china = origin.create_claim(article_id, *span_of("China is the world's largest supplier")).id
    origin.close()
    mine_path, theirs_path = tmp_path / "mine.annotator", tmp_path / "theirs.annotator"
    shutil.copy(base, mine_path)
    shutil.copy(base, theirs_path)
    theirs = ProjectService.open(theirs_path, "Them")
    theirs.update_claim(
        kursk, explanation="Their reading", verdict_id=theirs.verdict_by_label("False").id
    )
    theirs.update_claim(china, explanation="Their China note")
    theirs.close()
    mine = ProjectService.open(mine_path, "Me")
    mine.update_claim(kursk, explanation="My reading")
    mine.update_claim(china, explanation="My China note", claimant="Ministry")
    yield mine, theirs_path, kursk, china
    mine.close()


def test_merge_lists_conflicts_keep_theirs_and_edit_result(qtbot, copies, monkeypatch):
    mine, theirs_path, kursk, china = copies
    panel = ConflictsPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.set_service(mine)
    panel.show()
    assert panel.count() == 0
    counts: list[int] = []
    panel.conflicts_changed.connect(counts.append)

    told: list[str] = []
    monkeypatch.setattr(merge_flow, "ask_other_project", lambda parent: str(theirs_path))
    monkeypatch.setattr(merge_flow, "show_summary", lambda parent, text: told.append(text))
    report = merge_flow.merge_colleague_project(panel, mine)
    assert report is not None and report.conflicts == 2
    assert "Merged theirs.annotator" in told[0] and "2 conflicts" in told[0]

    assert counts == [2]  # the merge's reload notice refreshed the panel
    assert panel.list.count() == 2
    texts = [panel.list.item(i).text() for i in range(2)]
    assert sorted(texts) == [
        "Claim: “China is the world's largest supplier”",
        "Claim: “Ukraine would trade Kursk”",
    ]

    kursk_conflict = next(c.id for c in conflicts(mine) if c.item_id == kursk)
    panel.select_conflict(kursk_conflict)
    assert {"Explanation", "Verdict"} <= set(panel.differing_fields())
    assert "Quote" not in panel.differing_fields()
    row = next(
        r for r in range(panel.table.rowCount()) if panel.table.item(r, 0).text() == "Explanation"
    )
    assert (panel.table.item(row, 1).text(), panel.table.item(row, 2).text()) == (
        "My reading",
        "Their reading",
    )
    assert panel.table.item(row, 1).font().bold()

    qtbot.mouseClick(panel.keep_theirs_button, Qt.MouseButton.LeftButton)
    claim = mine.claim(kursk)
    assert claim.explanation == "Their reading"
    assert mine.verdict(claim.verdict_id).label == "False"
    assert claim.modified_by == "Me"
    assert [c.item_id for c in conflicts(mine)] == [china]
    assert panel.list.count() == 1 and counts[-1] == 1
    assert "cannot be undone" in panel.status_line.text()

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ClaimResultDialog)
        assert dialog.explanation.toPlainText() == "My China note"  # pre-filled from mine
        assert dialog.claimant.text() == "Ministry"
        dialog.explanation.setPlainText("Both notes, combined")
        dialog.verdict.setCurrentIndex(dialog.verdict.findText("Mostly true"))
        dialog.accept()

    QTimer.singleShot(0, fill_dialog)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    claim = mine.claim(china)
    assert (claim.explanation, claim.claimant) == ("Both notes, combined", "Ministry")
    assert mine.verdict(claim.verdict_id).label == "Mostly true"
    assert conflicts(mine) == []
    assert panel.count() == 0 and counts[-1] == 0
    assert not panel.keep_mine_button.isEnabled()
    [resolved] = [c for c in conflicts(mine, include_resolved=True) if c.item_id == china]
    assert resolved.record.resolution == "edited"

    again = merge_flow.merge_colleague_project(panel, mine, theirs_path)  # resolved stays resolved
    assert again is not None and again.conflicts == 0
    assert told[-1].startswith("Nothing new in theirs.annotator")


def test_edit_result_dialog_refuses_a_bad_date(qtbot, copies):
    mine, _theirs, kursk, _china = copies
    dialog = ClaimResultDialog(None, mine, mine.claim(kursk))
    qtbot.addWidget(dialog)
    dialog.claim_date.setText("yesterday-ish")
    dialog.accept()
    assert dialog.result_claim() is None and dialog.error.text()
    dialog.claim_date.setText("2025-02")
    dialog.tags.setText("economy, , Economy, war")
    dialog.accept()
    result = dialog.result_claim()
    assert (result.claim_date, result.tags, result.id) == ("2025-02", ["economy", "war"], kursk)


def test_merge_refuses_a_damaged_file_and_names_it(qtbot, copies, tmp_path, monkeypatch):
    mine, *_ = copies
    broken = tmp_path / "colleague.annotator"
    broken.write_bytes(b"not a database at all" * 100)
    errors: list[str] = []
    monkeypatch.setattr(merge_flow, "show_error", lambda parent, text: errors.append(text))
    monkeypatch.setattr(merge_flow, "show_summary", lambda parent, text: pytest.fail(text))
    assert merge_flow.merge_colleague_project(None, mine, broken) is None
    assert "colleague.annotator" in errors[0]
    assert merge_flow.merge_colleague_project(None, mine, mine.path) is None
    assert "the project you have open" in errors[1]
    monkeypatch.setattr(merge_flow, "ask_other_project", lambda parent: None)
    assert merge_flow.merge_colleague_project(None, mine) is None
