"""Producers for the rows of docs/SAFETY.md's table that need the real condition: a full disk
(a small tmpfs, filled up) and a read-only file made by an older Annotator.

Each returns `EveryChannel`: the message as the service raises it, as `annotator COMMAND`
prints it (one line of stderr, exit status 1) and as the window's dialog shows it, so
test_safety_table.py checks the row's exact wording wherever the user meets it. Each also
checks that nothing was lost or left half-made.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.errors import AnnotatorError
from annotator.services import ProjectService
from annotator.storage import ProjectStore
from tests.older_schema import schema_1_copy
from tests.safety.conftest import FileState, file_state, fill_disk, mount_tmpfs, run_cli, unmount

if TYPE_CHECKING:  # the window's module is imported only when a window is made
    from annotator.ui.main_window import MainWindow

BIG = "A paragraph that takes room on the disk. " * 2_500  # 100 KB: more than is free, fits argv


class EveryChannel(dict[str, str]):
    """Where the user meets a row's message → the message itself (without `annotator CMD: `)."""


def dialogs_shown(action: Callable[[], object]) -> list[str]:
    """Run `action` in the window, answering each message box it opens (OK) as a user would;
    returns their texts. The box is real: it is found while its own event loop runs."""
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            seen.append(box.text())
            box.done(QMessageBox.StandardButton.Ok)

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(answer)
    timer.start()
    try:
        action()
    finally:
        timer.stop()
    return seen


def _window(author: str = "Tester") -> MainWindow:
    from annotator.ui.main_window import MainWindow

    assert QApplication.instance() is not None, "the table test provides the qapp fixture"
    return MainWindow(author)


def window_refusal(path: Path) -> str:
    """File → Open of `path` in a window: it must stay without a project and show one dialog."""
    window = _window()
    try:
        shown = dialogs_shown(lambda: window.open_project(path))
        assert window.service is None
    finally:
        window.close()
    assert len(shown) == 1, shown
    return shown[0]


def one_line_refusal(*args: str | Path, env: dict[str, str] | None = None) -> str:
    """`annotator ARGS`, which must fail with exit status 1 and one line `annotator CMD: …`;
    returns what follows the prefix."""
    result = run_cli(*args, env=env)
    prefix = f"annotator {args[0]}: "
    assert result.returncode == 1, (result.returncode, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(prefix), result.stderr
    return lines[0].removeprefix(prefix)


def _explanations(path: Path) -> dict[str, str]:
    store = ProjectStore.open(path, create=False)
    try:
        assert store.integrity_check() == "ok"
        return {c.id: c.explanation for c in store.all_claims()}
    finally:
        store.close()


@contextlib.contextmanager
def small_disk(tmp: Path) -> Iterator[Path]:
    """A 2 MB tmpfs (room for a populated project and its WAL, then filled up), unmounted after."""
    disk = tmp / "disk"
    mount_tmpfs(disk, "2m")
    try:
        yield disk
    finally:
        unmount(disk)


def _unchanged(path: Path, before: FileState) -> None:
    assert file_state(path) == before, "the refused file was touched (bytes, mtime or companions)"


def full_disk_open(good: Path, tmp: Path) -> EveryChannel:
    """A closed project on a full disk, opened by the service, a writing command and the window."""
    saved = _explanations(good)
    article = tmp / "article.txt"
    article.write_text("The sky is green.\n", encoding="utf-8")
    with small_disk(tmp) as disk:
        target = disk / good.name
        shutil.copyfile(good, target)
        filler = fill_disk(disk)
        before = file_state(target)
        with pytest.raises(AnnotatorError) as caught:
            ProjectService.open(target, "Tester").close()
        _unchanged(target, before)
        channels = EveryChannel(service=str(caught.value))
        channels["annotator import"] = one_line_refusal("import", target, article)
        _unchanged(target, before)
        channels["window"] = window_refusal(target)
        _unchanged(target, before)
        filler.unlink()
        assert _explanations(target) == saved
        return channels


def full_disk_edit(good: Path, tmp: Path) -> EveryChannel:
    """The disk fills while the project is open: an edit in the service, by `annotator claim set`
    and in the window is refused; everything saved before is kept, and the project stays open."""
    saved = _explanations(good)
    claim_id = next(iter(saved))
    with small_disk(tmp) as disk:
        target = disk / good.name
        shutil.copyfile(good, target)
        service = ProjectService.open(target, "Tester")
        window = _window()
        try:
            assert window.open_project(target)
            filler = fill_disk(disk)
            with pytest.raises(AnnotatorError) as caught:
                service.update_claim(claim_id, explanation=BIG)
            channels = EveryChannel(service=str(caught.value))
            channels["annotator claim set"] = one_line_refusal(
                "claim", "set", target, claim_id, "--explanation", BIG, "--author", "Tester"
            )
            edit = window.claims.edit_claim_field
            shown = dialogs_shown(lambda: edit(claim_id, "explanation", BIG))
            assert len(shown) == 1, shown
            channels["window"] = shown[0]
            assert window.service is not None
            assert window.service.claim(claim_id).explanation == saved[claim_id]
            filler.unlink()
            service.update_claim(claim_id, explanation="after freeing space")  # still open, works
            saved[claim_id] = "after freeing space"
        finally:
            window.close()
            service.close()
        assert _explanations(target) == saved
        return channels


def full_disk_create(good: Path, tmp: Path) -> EveryChannel:
    """A new project on a full disk: refused everywhere, and no half-made file is left."""
    article = tmp / "article.txt"
    article.write_text("The sky is green.\n", encoding="utf-8")
    with small_disk(tmp) as disk:
        fill_disk(disk)
        new = disk / "new.annotator"

        def nothing_left() -> None:
            assert sorted(p.name for p in disk.iterdir()) == ["filler.bin"]

        with pytest.raises(AnnotatorError) as caught:
            ProjectService.open(new, "Tester").close()
        nothing_left()
        channels = EveryChannel(service=str(caught.value))
        channels["annotator import"] = one_line_refusal("import", new, article)
        nothing_left()
        channels["window"] = window_refusal(new)
        nothing_left()
        return channels


WRITING_COMMANDS: dict[str, Callable[[Path, Path], list[str | Path]]] = {
    "annotator import": lambda old, tmp: ["import", old, tmp / "article.txt"],
    "annotator claim set": lambda old, tmp: ["claim", "set", old, "CLAIM", "--explanation", "x"],
    "annotator merge": lambda old, tmp: ["merge", old, tmp / "good.annotator"],
}


def read_only_older(good: Path, tmp: Path) -> EveryChannel:
    """A schema-1 project, made read-only: the window and writing commands refuse it; read
    commands read an upgraded temporary copy (removed afterwards) and leave the file as it was."""
    old = schema_1_copy(good, tmp / "old.annotator", ("articles", "article_versions", "claims"))
    old.chmod(0o444)
    (tmp / "article.txt").write_text("The sky is green.\n", encoding="utf-8")
    before = file_state(old)
    [claim_id, *_] = _explanations(good)
    channels = EveryChannel()
    with pytest.raises(AnnotatorError) as caught:
        ProjectService.open(old, "Tester").close()
    channels["service"] = str(caught.value)
    for name, args in WRITING_COMMANDS.items():
        argv = [claim_id if a == "CLAIM" else a for a in args(old, tmp)]
        channels[name] = one_line_refusal(*argv)
        _unchanged(old, before)
    channels["window"] = window_refusal(old)
    _unchanged(old, before)
    _read_commands_read_a_copy(old, tmp, before)
    return channels


def _read_commands_read_a_copy(old: Path, tmp: Path, before: FileState) -> None:
    """`list`, `search` and `export` give what the old file holds, from a temporary copy."""
    temporary = tmp / "temporary"
    temporary.mkdir()
    env = {"TMPDIR": str(temporary)}
    expected = {
        ("list",): "5 claims",
        ("search", "blue"): "The sky is «blue»",
        ("export", "--format", "json", "--include-drafts"): '"exact": "The sky is blue"',
    }
    for args, shows in expected.items():
        result = run_cli(args[0], old, *args[1:], env=env)
        assert result.returncode == 0, (args, result.stderr)
        assert shows in result.stdout, (args, result.stdout[:300])
        assert "Traceback" not in result.stderr
        _unchanged(old, before)
        assert list(temporary.iterdir()) == [], "the upgraded copy was left behind"
