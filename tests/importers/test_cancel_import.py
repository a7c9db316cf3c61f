"""Every import can be cancelled at once, even while a reader is busy in C code: files are read
in a child process that Cancel (window) or Ctrl+C (CLI) ends."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.errors import ArticleImportError
from annotator.importers import import_path
from annotator.importers.isolated import ImportCancelled, ImportProcess

_PARAGRAPH = (
    "<p>The council approved the budget on Monday after a long debate about roads and "
    "schools.</p>\n"
)


@pytest.fixture(scope="module")
def slow_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An 18 MB page: reading it takes far longer than any cancel may."""
    path = tmp_path_factory.mktemp("slow") / "slow.html"
    path.write_text(
        f"<html><body><article>{_PARAGRAPH * 200_000}</article></body></html>", encoding="utf-8"
    )
    return path


def test_the_child_gives_the_same_draft_and_errors(tmp_path: Path) -> None:
    good = tmp_path / "story.md"
    good.write_text("# Dropped story\n\nThe minister said prices fell by 5%.\n", encoding="utf-8")
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7 this is not really a pdf")
    with ImportProcess() as reader:
        assert reader.read(good) == import_path(good)
        with pytest.raises(
            ArticleImportError, match=r"^broken.pdf: the file is damaged or is not a PDF"
        ):
            reader.read(bad)
        assert reader.read(good).title == "Dropped story"  # the child survives a bad file


def test_cancelling_ends_the_child_while_it_reads(slow_page: Path) -> None:
    polls = []

    def cancelled() -> bool:
        polls.append(len(multiprocessing.active_children()))
        return len(polls) >= 3  # the child has been reading for a few polls

    reader = ImportProcess()
    with pytest.raises(ImportCancelled, match="^slow.html: the import was cancelled"):
        reader.read(slow_page, cancelled)
    assert polls[0] == 1  # the file was being read in a child...
    assert multiprocessing.active_children() == []  # ...which is gone


def test_keyboard_interrupt_ends_the_child(slow_page: Path) -> None:
    def interrupted() -> bool:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt), ImportProcess() as reader:
        reader.read(slow_page, interrupted)
    assert multiprocessing.active_children() == []


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(child) for child in (task / "children").read_text().split()]
    return found


@pytest.mark.skipif(
    not Path("/proc/self/task").is_dir(), reason="needs Linux /proc to see the child process"
)
def test_ctrl_c_stops_the_cli_import_at_once(tmp_path: Path, slow_page: Path, qtbot) -> None:  # noqa: ANN001
    project = tmp_path / "p.annotator"
    command = [sys.executable, "-m", "annotator", "import", str(project), str(slow_page)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(
            lambda: len(_all_descendants(process.pid)) >= 1, timeout=30000
        )  # the import child
        children = _all_descendants(process.pid)
        os.kill(process.pid, signal.SIGINT)
        out, err = process.communicate(timeout=10)  # reading the page alone takes far longer
    finally:
        process.kill()
    assert process.returncode == 130
    assert out == "" and "Traceback" not in err
    qtbot.waitUntil(
        lambda: not any(Path(f"/proc/{child}").exists() for child in children), timeout=5000
    )


def _all_descendants(pid: int) -> list[int]:
    found = []
    for child in _children(pid):
        found += [child, *_all_descendants(child)]
    return found
