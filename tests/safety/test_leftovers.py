"""What a killed run leaves (half-made backups, export part files, lock files) goes at the next
start, and nothing another running instance is still writing is touched."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from annotator.domain import ArticleDraft
from annotator.exporters import clean_leftovers as clean_export_leftovers
from annotator.services import ProjectService
from annotator.storage import ProjectStore
from annotator.storage.backups import BACKUP_SUFFIX, clean_leftovers, make_backup
from annotator.storage.presence import lock_path, remove_stale_lock
from tests.safety.conftest import ROOT, populate
from tests.safety.test_two_instances import hold_presence

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from annotator import leftovers
    path = Path(sys.argv[1])
    with leftovers.writing(path):
        Path(str(path) + "-journal").write_bytes(b"journal")
        print("WRITING", flush=True)
        sys.stdin.readline()
    """
)


def start_writer(path: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert writer.stdout.readline().strip() == "WRITING"
    return writer


def killed_writer(path: Path) -> None:
    writer = start_writer(path)
    writer.send_signal(signal.SIGKILL)
    writer.wait()


def test_half_made_backups_of_killed_runs_go_and_running_ones_stay(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    dead = folder / f"p-1.20250101T000000000000Z{BACKUP_SUFFIX}.tmp"
    live = folder / f"p-1.20250101T000001000000Z{BACKUP_SUFFIX}.tmp"
    killed_writer(dead)
    running = start_writer(live)
    try:
        removed = clean_leftovers(folder)
        assert sorted(p.name for p in removed) == sorted([dead.name, dead.name + "-journal"])
        assert not dead.exists() and live.exists()
    finally:
        running.communicate("\n")
    assert clean_leftovers(folder) == [live, live.with_name(live.name + "-journal")]


def test_making_a_backup_cleans_what_a_killed_backup_left(tmp_path):
    project = tmp_path / "p.annotator"
    populate(project)
    folder = tmp_path / "backups"
    folder.mkdir()
    dead = folder / f"p-0.20250101T000000000000Z{BACKUP_SUFFIX}.tmp"
    killed_writer(dead)
    store = ProjectStore.open(project)
    try:
        made = make_backup(store, folder)
    finally:
        store.close()
    assert sorted(p.name for p in folder.iterdir()) == [made.name]


def test_a_killed_pdf_export_leaves_a_part_file_that_the_next_start_removes(tmp_path):
    project = tmp_path / "long.annotator"
    service = ProjectService.open(project, "Tester")
    service.add_article(ArticleDraft(title="Long", text="Word after word. " * 150_000))
    service.close()
    out = tmp_path / "long.pdf"
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    export = subprocess.Popen(
        [sys.executable, "-m", "annotator", "export", str(project), "-f", "pdf", "-o", str(out)],
        env=env,
    )
    part = tmp_path / ".long.pdf.part"
    deadline = time.monotonic() + 120
    while not part.exists():  # waiting for a condition: the export has begun writing
        assert export.poll() is None and time.monotonic() < deadline
        time.sleep(0.01)
    export.send_signal(signal.SIGKILL)
    export.wait()
    assert part.exists() and not out.exists()
    assert clean_export_leftovers(tmp_path) == [part]
    assert not part.exists()


def test_a_stale_lock_is_removed_and_a_live_one_kept(tmp_path):
    project = tmp_path / "p.annotator"
    populate(project)
    holder = hold_presence(project)
    assert remove_stale_lock(project) is False  # alive: kept
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert lock_path(project).exists()
    assert remove_stale_lock(project) is True
    assert not lock_path(project).exists()


@pytest.mark.usefixtures("qapp")
def test_the_window_start_cleans_every_kind_of_leftover(tmp_path):
    from annotator import app_settings
    from annotator.services.session import backup_dir
    from annotator.ui.app import clean_up_after_crashes

    project = tmp_path / "p.annotator"
    populate(project)
    folder = backup_dir(app_settings.data_dir())
    folder.mkdir(parents=True)
    killed_writer(folder / f"p-0.20250101T000000000000Z{BACKUP_SUFFIX}.tmp")
    exports = tmp_path / "exports"
    exports.mkdir()
    app_settings.qsettings().setValue("export_folder", str(exports))
    killed_writer(exports / ".report.pdf.part")
    holder = hold_presence(project)
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    removed = clean_up_after_crashes([project])
    assert len(removed) == 5  # backup + journal, part file + journal, lock
    assert list(folder.iterdir()) == [] and list(exports.iterdir()) == []
    assert not lock_path(project).exists()
    assert project.exists()
