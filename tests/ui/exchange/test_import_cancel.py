"""Cancel in the window's import stops a file being read at once (it is read in a child process)."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

_PARAGRAPH = (
    "<p>The council approved the budget on Monday after a long debate about roads and "
    "schools.</p>\n"
)


@pytest.fixture
def slow_page(tmp_path: Path) -> Path:
    """An 18 MB page: reading it takes far longer than any cancel may."""
    path = tmp_path / "slow.html"
    path.write_text(
        f"<html><body><article>{_PARAGRAPH * 200_000}</article></body></html>", encoding="utf-8"
    )
    return path


def test_cancel_in_the_window_stops_a_file_being_read(
    qtbot, window, slow_page: Path, monkeypatch
) -> None:  # noqa: ANN001
    from annotator.ui.exchange import import_flow

    monkeypatch.setattr(import_flow, "report_problems", lambda parent, items: None)
    count = len(window.service.article_ids())
    window.exchange.import_files([str(slow_page)])
    qtbot.waitUntil(lambda: len(multiprocessing.active_children()) == 1, timeout=30000)
    with qtbot.waitSignal(
        window.exchange.importer.all_done, timeout=5000
    ) as blocker:  # reading takes far longer
        window.exchange.importer.cancel()
    assert blocker.args == [[], []]
    assert len(window.service.article_ids()) == count
    assert multiprocessing.active_children() == []
