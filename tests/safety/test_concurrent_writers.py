"""Real processes writing one project at once: every confirmed edit of every process is kept.

A confirmed edit is one a process reported as done (the CLI printed the article's id).
Restore from Backup replaces the file, which SQLite cannot make safe for a writer that
has it open; so a writing command registers its presence, a restore is refused while it
runs, and a command that starts during a restore waits for it and then writes into the
restored file.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.errors import ProjectError
from annotator.storage import ProjectStore
from annotator.storage.backups import make_backup, restore_backup
from annotator.storage.presence import exclusive_presence, lock_path
from tests.safety.conftest import ROOT, populate

FILES = 300


def article_ids(path: Path) -> set[str]:
    store = ProjectStore.open(path, create=False, read_only=True)
    try:
        assert store.integrity_check() == "ok"
        return set(store.article_ids())
    finally:
        store.close()


def article_files(folder: Path, tag: str, count: int = FILES) -> list[Path]:
    folder.mkdir(exist_ok=True)
    files = []
    for n in range(count):
        file = folder / f"{tag}-{n}.txt"
        file.write_text(f"Article {tag} {n}\n\n" + f"Paragraph {n} of {tag} says something. " * 200)
        files.append(file)
    return files


def start_import(project: Path, files: list[Path]) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "annotator",
            "import",
            str(project),
            *map(str, files),
            "--author",
            "CLI",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def first_line(process: subprocess.Popen[str]) -> str:
    """The process's first line of output, read without taking any more from its pipe.

    `communicate` reads the pipe's descriptor, not `process.stdout`'s buffer: after a
    buffered `readline`, lines the process had already printed behind the first one
    would sit in that buffer and never be seen, as if the process had not reported them.
    """
    assert process.stdout is not None
    data = b""
    while not data.endswith(b"\n"):
        byte = os.read(process.stdout.fileno(), 1)
        assert byte, f"the process ended before printing a line: {data!r}"
        data += byte
    return data.decode("utf-8")


def confirmed(lines: str) -> set[str]:
    return {line.split("\t")[0] for line in lines.splitlines() if "\t" in line}


@pytest.fixture
def project_with_backup(tmp_path: Path) -> tuple[Path, Path]:
    project = tmp_path / "team.annotator"
    populate(project)
    store = ProjectStore.open(project)
    try:
        backup = make_backup(store, tmp_path / "backups")
    finally:
        store.close()
    return project, backup


def test_restore_is_refused_while_a_cli_import_writes_and_nothing_is_lost(
    project_with_backup, tmp_path
):
    project, backup = project_with_backup
    importer = start_import(project, article_files(tmp_path / "in", "a"))
    first = first_line(importer)  # one article confirmed, many still to come
    os.kill(importer.pid, signal.SIGSTOP)  # freeze it mid-import, its transaction and lock held
    try:
        assert importer.poll() is None, "the import ended before the restore could race it"
        before = project.read_bytes()
        with pytest.raises(ProjectError, match=r"open in another program \(annotator import"):
            restore_backup(backup, project)
        assert project.read_bytes() == before
        assert not list(project.parent.glob("*before restore*"))
    finally:
        os.kill(importer.pid, signal.SIGCONT)
    out, err = importer.communicate(timeout=600)
    assert importer.returncode == 0, err
    ids = confirmed(first + out)
    assert len(ids) == FILES
    assert ids <= article_ids(project)


def wait_until_waiting_on_lock(process: subprocess.Popen[str], lock: Path) -> None:
    """Until the process has the lock file open (it is then waiting for the restore)."""
    fds = Path(f"/proc/{process.pid}/fd")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        for fd in fds.iterdir():
            try:
                if os.readlink(fd) == str(lock):
                    return
            except OSError:
                continue
        time.sleep(0.01)  # polling a condition, not a fixed wait
    pytest.fail("the command never opened the lock file")


@pytest.mark.skipif(
    not Path("/proc/self/fd").is_dir(), reason="needs /proc to see a process's open files"
)
def test_a_command_started_during_a_restore_waits_and_writes_into_the_restored_file(
    project_with_backup, tmp_path
):
    project, backup = project_with_backup
    restored_ids = article_ids(backup)
    with exclusive_presence(
        project
    ) as other:  # what restore_backup holds while it replaces the file
        assert other is None
        importer = start_import(project, article_files(tmp_path / "in", "b", count=1))
        wait_until_waiting_on_lock(importer, lock_path(project.resolve()))
        assert importer.poll() is None
        restore_backup_file = tmp_path / "incoming.annotator"
        restore_backup_file.write_bytes(backup.read_bytes())
        os.replace(restore_backup_file, project)  # the file is replaced while the command waits
    out, err = importer.communicate(timeout=120)
    assert importer.returncode == 0, err
    ids = confirmed(out)
    assert len(ids) == 1
    assert article_ids(project) == restored_ids | ids


def test_two_cli_imports_at_once_keep_every_article(project_with_backup, tmp_path):
    project, _backup = project_with_backup
    existing = article_ids(project)
    one = start_import(project, article_files(tmp_path / "in", "one", count=40))
    two = start_import(project, article_files(tmp_path / "in", "two", count=40))
    results = [p.communicate(timeout=600) for p in (one, two)]
    assert [p.returncode for p in (one, two)] == [0, 0], results
    ids = confirmed(results[0][0]) | confirmed(results[1][0])
    assert len(ids) == 80
    assert article_ids(project) == existing | ids


def test_restore_after_the_command_finished_keeps_its_work_in_the_copy_set_aside(
    project_with_backup, tmp_path
):
    project, backup = project_with_backup
    importer = start_import(project, article_files(tmp_path / "in", "c", count=5))
    out, err = importer.communicate(timeout=300)
    assert importer.returncode == 0, err
    aside = restore_backup(backup, project)
    assert aside is not None
    assert confirmed(out) <= article_ids(aside)
    assert article_ids(project) == article_ids(backup)
