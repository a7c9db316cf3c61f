"""Two processes on one project: no lost update, no "database is locked", changes noticed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from annotator.services import ProjectService
from annotator.storage import ProjectStore
from annotator.storage.presence import claim_presence, lock_path, other_instance, release_presence
from annotator.storage.watch import ExternalChangeWatcher
from tests.safety.conftest import ROOT
from tests.safety.test_crash import Reported, start_worker

EDITS = 150


def start_together(path: Path, *roles: tuple[int, str]) -> list[subprocess.Popen[str]]:
    """Writers that begin editing at the same moment (each waits for "go" after READY)."""
    writers = [start_worker(path, seed, role, str(EDITS)) for seed, role in roles]
    for writer in writers:
        assert writer.stdout is not None and writer.stdout.readline().startswith("READY")
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    return writers


def test_read_modify_write_transactions_never_collide(tmp_path: Path) -> None:
    """BEGIN IMMEDIATE + busy timeout: no "database is locked", no increment lost."""
    path = tmp_path / "counter.annotator"
    setup = start_worker(path, 1, "all", "1")
    assert setup.wait(timeout=60) == 0
    writers = start_together(path, (2, "counter"), (3, "counter"))
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0 and err == "", err
        assert out.count("DONE counter") == EDITS
    store = ProjectStore.open(path)
    try:
        assert store.setting("counter") == str(2 * EDITS)
    finally:
        store.close()


def test_two_writers_on_the_same_claims_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "shared.annotator"
    setup = start_worker(path, 1, "all", "3")  # three claims: the writers meet often
    out, err = setup.communicate(timeout=60)
    assert setup.returncode == 0, err
    writers = start_together(path, (2, "explanation"), (3, "claimant"))
    reported = Reported()
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        assert err == "", err  # in particular no "database is locked"
        assert "FINISHED" in out
        assert "LOST" not in out, "one writer's edit was overwritten by the other:\n" + out
        reported.read(out)
    assert len(reported.values) == 6
    store = ProjectStore.open(path)
    try:
        for (claim_id, name), value in reported.values.items():
            stored = getattr(store.get_claim(claim_id), name)
            assert stored == str(value), f"{name} of {claim_id}: the other writer overwrote it"
        assert store.integrity_check() == "ok"
    finally:
        store.close()


OPEN_CLOSE = textwrap.dedent(
    """
    import sys
    from annotator.services import ProjectService
    for i in range(25):
        service = ProjectService.open(sys.argv[1], "opener")
        if i % 4 == 0:
            service.update_settings({"opener": sys.argv[2] + str(i)})
        service.close()
    """
)


def test_instances_opening_and_closing_at_once_never_see_busy(tmp_path: Path) -> None:
    """Opening switches the file to WAL and closing back: racing that must not fail."""
    path = tmp_path / "p.annotator"
    ProjectStore.open(path).close()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    openers = [
        subprocess.Popen(
            [sys.executable, "-c", OPEN_CLOSE, str(path), str(n)],
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for n in range(4)
    ]
    for opener in openers:
        _, err = opener.communicate(timeout=120)
        assert opener.returncode == 0 and err == "", err
    store = ProjectStore.open(path)
    try:
        assert store.integrity_check() == "ok"
    finally:
        store.close()


def test_a_window_notices_what_another_connection_committed(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    mine = ProjectService.open(path, "Me")
    theirs = ProjectService.open(path, "Them")
    try:
        watcher = ExternalChangeWatcher(mine.store)
        assert not watcher.has_external_changes()
        mine.update_settings({"organisation_name": "Mine"})
        assert not watcher.has_external_changes(), "our own commits are not external"
        theirs.update_settings({"organisation_name": "Theirs"})
        assert watcher.has_external_changes()
        assert not watcher.has_external_changes(), "reported once"
        mine.reload()
        assert mine.settings()["organisation_name"] == "Theirs"
    finally:
        theirs.close()
        mine.close()
    assert not watcher.has_external_changes()  # closed: nothing to report, no error


HOLDER = textwrap.dedent(
    """
    import sys
    from annotator.storage.presence import claim_presence
    other = claim_presence(sys.argv[1])
    print("HOLDING", other is not None, flush=True)
    sys.stdin.read()  # hold until the test ends us (or closes our input)
    """
)


def hold_presence(path: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    assert holder.stdout is not None
    assert holder.stdout.readline().startswith("HOLDING")
    return holder


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.annotator"
    ProjectStore.open(path).close()
    return path


def test_opening_a_project_another_instance_has_open_warns(project: Path) -> None:
    holder = hold_presence(project)
    try:
        other = claim_presence(project)
        assert other is not None and other.pid == holder.pid and other.certain
        assert "already open in another Annotator" in other.message(project)
        assert project.name in other.message(project)
        assert other_instance(project) is None  # we hold it too now: our own windows do not count
        release_presence(project)
        assert other_instance(project).pid == holder.pid
        assert lock_path(project).exists(), "the other instance still needs the lock file"
    finally:
        holder.kill()
        holder.wait()
    assert other_instance(project) is None


def test_a_killed_instance_leaves_no_warning_behind(project: Path) -> None:
    holder = hold_presence(project)
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert lock_path(project).exists()  # left behind by the crash...
    assert claim_presence(project) is None  # ...but recognised as stale
    release_presence(project)
    assert not lock_path(project).exists()


def test_stale_and_remote_records(project: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    import json
    import socket

    lock = lock_path(project)
    lock.write_text(
        json.dumps({"pid": int(dead.stdout), "host": socket.gethostname(), "user": "x"})
    )
    assert claim_presence(project) is None
    release_presence(project)
    lock.write_text(
        json.dumps(
            {"pid": 1, "host": "elsewhere.example", "user": "ana", "since": "2025-01-02T10:00:00"}
        )
    )
    other = claim_presence(project)
    assert other is not None and not other.certain and other.host == "elsewhere.example"
    assert "may be open" in other.message(project) and "ana" in other.message(project)
    release_presence(project)


def test_two_windows_of_one_process_share_the_claim(project: Path) -> None:
    assert claim_presence(project) is None
    assert claim_presence(project) is None
    release_presence(project)
    assert lock_path(project).exists()
    release_presence(project)
    assert not lock_path(project).exists()
