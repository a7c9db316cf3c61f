"""A `-wal` beside a project that does not belong to it is set aside, never applied; a project's
own WAL after a crash is applied as SQLite would."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.domain import ArticleDraft
from annotator.services import ProjectService

TEXT = "The minister said unemployment fell by half. Exports doubled since 2020. Crime rose."


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def crash_copy(service: ProjectService, folder: Path, *, with_shm: bool = True) -> Path:
    """The files a crash would leave: the project, its -wal and (usually) its -shm."""
    folder.mkdir()
    target = folder / service.path.name
    suffixes = ("", "-wal", "-shm") if with_shm else ("", "-wal")
    for suffix in suffixes:
        shutil.copyfile(str(service.path) + suffix, str(target) + suffix)
    return target


@pytest.fixture
def base(tmp_path: Path) -> tuple[Path, str, str]:
    path = tmp_path / "base.annotator"
    service = ProjectService.open(path, "Origin")
    article = service.add_article(ArticleDraft(title="Economy", text=TEXT))
    claim = service.create_claim(article.id, 0, 44)
    service.add_source(claim.id, url="https://example.org/stats")
    service.close()
    return path, article.id, claim.id


def explanations(path: Path, capsys) -> list[str]:
    assert main(["list", str(path), "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    return [c["explanation"] for a in listing["articles"] for c in a["claims"]]


@pytest.mark.parametrize("with_shm", [True])  # without -shm: see storage/stale_wal.py
def test_a_wal_left_by_a_crash_is_not_applied_to_a_colleagues_copy(
    base, tmp_path, capsys, with_shm
):
    path, _, claim_id = base
    bob_path = tmp_path / "bob.annotator"
    shutil.copyfile(path, bob_path)
    bob = ProjectService.open(bob_path, "Bob")
    bob.update_claim(claim_id, explanation="Bob's explanation")
    bob.close()
    alice = ProjectService.open(path, "Alice")
    for n in range(3):
        alice.update_claim(claim_id, explanation=f"Alice {n}")
    alice.remove_source(alice.sources(claim_id)[0].id)
    assert alice.wait_until_file_complete()  # the crash comes after the edits paused
    crashed = crash_copy(alice, tmp_path / "crash", with_shm=with_shm)
    alice.close()
    shutil.copyfile(bob_path, crashed)  # the user puts the colleague's copy in its place
    wal = Path(str(crashed) + "-wal")
    wal_bytes, main_digest = wal.read_bytes(), digest(crashed)

    assert explanations(crashed, capsys) == ["Bob's explanation"]
    assert digest(crashed) == main_digest
    assert not wal.exists()
    kept = [p for p in crashed.parent.iterdir() if ".not-applied-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == wal_bytes
    # the message was given (once, on stderr) by the first command
    opened = ProjectService.open(crashed, "Bob")
    try:
        assert [s.url for s in opened.sources(claim_id)] == ["https://example.org/stats"]
    finally:
        opened.close()


def test_the_message_says_what_happened(base, tmp_path, capsys):
    path, _, claim_id = base
    other = tmp_path / "other.annotator"
    shutil.copyfile(path, other)
    alice = ProjectService.open(path, "Alice")
    alice.update_claim(claim_id, explanation="Alice")
    assert alice.wait_until_file_complete()
    crashed = crash_copy(alice, tmp_path / "crash")
    alice.close()
    shutil.copyfile(other, crashed)
    assert main(["list", str(crashed)]) == 0
    err = capsys.readouterr().err
    assert "did not belong" in err and "not applied" in err and "kept as" in err


@pytest.mark.parametrize("content", [b"\x00" * 5000, b"not a wal" * 1000, "other database"])
def test_a_wal_that_is_not_this_files_is_set_aside(base, tmp_path, capsys, content):
    path, _, claim_id = base
    wal = Path(str(path) + "-wal")
    if content == "other database":
        stranger = ProjectService.open(tmp_path / "stranger.annotator", "Eve")
        stranger.add_article(ArticleDraft(title="Other", text="Something else entirely."))
        assert stranger.wait_until_file_complete()
        crashed = crash_copy(stranger, tmp_path / "crash")
        stranger.close()
        shutil.copyfile(str(crashed) + "-wal", wal)
    else:
        wal.write_bytes(content)
    main_digest, wal_bytes = digest(path), wal.read_bytes()
    assert explanations(path, capsys) == [""]
    assert digest(path) == main_digest
    kept = [p for p in path.parent.iterdir() if ".not-applied-" in p.name]
    assert [p.read_bytes() for p in kept] == [wal_bytes]


def test_a_projects_own_wal_after_a_crash_is_applied(base, tmp_path, capsys):
    path, _, claim_id = base
    alice = ProjectService.open(path, "Alice")
    alice.update_claim(claim_id, explanation="copied into the file")
    assert alice.wait_until_file_complete()
    reader = sqlite3.connect(path)  # another window reading: the next edit stays in the WAL
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM claims").fetchone()
    alice.update_claim(claim_id, explanation="only in the WAL")
    crashed = crash_copy(alice, tmp_path / "crash")
    reader.rollback()
    reader.close()
    alice.close()
    assert explanations(crashed, capsys) == ["only in the WAL"]
    assert not [p for p in crashed.parent.iterdir() if ".not-applied-" in p.name]


def test_a_wal_without_its_index_and_never_copied_is_applied(base, tmp_path, capsys):
    """A crash before the first copy into the file, -shm lost: the committed edit is kept."""
    path, _, _ = base
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE claims SET explanation = 'kept in the WAL'")
    conn.commit()
    crashed = tmp_path / "crash" / "c.annotator"
    crashed.parent.mkdir()
    shutil.copyfile(path, crashed)
    shutil.copyfile(str(path) + "-wal", str(crashed) + "-wal")
    conn.close()
    assert explanations(crashed, capsys) == ["kept in the WAL"]


def test_the_wal_of_a_project_open_elsewhere_is_left_alone(base, capsys):
    path, _, claim_id = base
    alice = ProjectService.open(path, "Alice")
    try:
        reader = sqlite3.connect(path)  # keeps the WAL from being copied in
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM claims").fetchone()
        alice.update_claim(claim_id, explanation="live")
        assert explanations(path, capsys) == ["live"]
        assert not [p for p in path.parent.iterdir() if ".not-applied-" in p.name]
        reader.rollback()
        reader.close()
    finally:
        alice.close()


def test_a_wal_left_by_killing_the_editor_is_always_its_own(tmp_path):
    """SIGKILL at random moments of a stream of edits (mid-checkpoint included): the next
    opening applies the WAL every time and never sets it aside."""
    import random
    import signal
    import subprocess
    import sys

    worker = Path(__file__).resolve().parents[1] / "safety" / "crash_worker.py"
    root = Path(__file__).resolve().parents[2]
    path = tmp_path / "killed.annotator"
    rng = random.Random(12)
    done: list[str] = []
    for run in range(8):
        process = subprocess.Popen(
            [sys.executable, str(worker), str(path), str(run)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**__import__("os").environ, "PYTHONPATH": str(root)},
        )  # fmt: skip
        assert process.stdout is not None
        while not (process.stdout.readline() or "READY").startswith("READY"):
            pass
        for _ in range(rng.randint(1, 25)):  # kill after a random number of reported edits
            line = process.stdout.readline()
            if line.startswith("DONE edit"):
                done.append(line.split()[2])
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=30)
        assert not [p.name for p in tmp_path.iterdir() if ".not-applied-" in p.name]
    assert done, "the workers made no edits before being killed"
    opened = ProjectService.open(path, "checker")
    try:
        assert opened.open_notices == []
    finally:
        opened.close()


FRAME = 24 + 4096


def restart_cut_short(base, tmp_path: Path, colleague: bool = False) -> tuple[Path, bytes, bytes]:
    """The WAL of a writer killed during the first transaction after a WAL restart, as
    (folder holding the file and its -wal, WAL before the restart, WAL after the transaction).

    Once every frame is copied into the file, the next transaction writes a new header (salt-1
    plus one) and then its frames over the old ones; SQLite writes them in that order, so a
    kill leaves the new WAL's first bytes followed by the old WAL's rest."""
    path, _, claim_id = base
    alice = ProjectService.open(path, "Alice")
    for n in range(3):
        alice.update_claim(claim_id, explanation=f"copied {n}")
    assert alice.wait_until_file_complete()
    before = crash_copy(alice, tmp_path / "before")
    alice.update_claim(claim_id, explanation="never committed")
    after = Path(str(alice.path) + "-wal").read_bytes()
    alice.close()
    old = Path(str(before) + "-wal").read_bytes()
    assert int.from_bytes(after[16:20], "big") == int.from_bytes(old[16:20], "big") + 1
    if colleague:
        bob = ProjectService.open(tmp_path / "bob.annotator", "Bob")
        bob.add_article(ArticleDraft(title="Bob's", text=TEXT))
        bob.close()
        shutil.copyfile(tmp_path / "bob.annotator", before)
    return before, old, after


@pytest.mark.parametrize(
    "written", ["header", "header and a frame", "a frame's header", "all but commit"]
)
def test_a_wal_killed_in_its_first_transaction_after_a_restart_is_its_own(
    base, tmp_path, capsys, written
):
    crashed, old, after = restart_cut_short(base, tmp_path)
    frames = next(n for n in range(len(after) // FRAME)  # of the transaction cut short
                  if after[32 + n * FRAME + 8 : 32 + n * FRAME + 16] != after[16:24])
    cut = {"header": 32, "header and a frame": 32 + FRAME, "a frame's header": 32 + FRAME + 24,
           "all but commit": 32 + (frames - 1) * FRAME}[written]  # fmt: skip
    assert len(old) > cut
    Path(str(crashed) + "-wal").write_bytes(after[:cut] + old[cut:])
    opened = ProjectService.open(crashed, "checker")
    try:
        assert opened.open_notices == []
    finally:
        opened.close()
    assert not [p for p in crashed.parent.iterdir() if ".not-applied-" in p.name]
    assert explanations(crashed, capsys) == ["copied 2"]


def test_a_new_wal_killed_before_its_first_commit_is_its_own(base, tmp_path, capsys):
    crashed, _, after = restart_cut_short(base, tmp_path)
    Path(str(crashed) + "-wal").write_bytes(after[: 32 + FRAME])  # nothing after: a new WAL
    assert explanations(crashed, capsys) == ["copied 2"]
    assert not [p for p in crashed.parent.iterdir() if ".not-applied-" in p.name]


def test_a_restarted_wal_beside_a_colleagues_copy_is_set_aside(base, tmp_path, capsys):
    crashed, old, after = restart_cut_short(base, tmp_path, colleague=True)
    wal = Path(str(crashed) + "-wal")
    wal.write_bytes(after[:32] + old[32:])
    main_digest, wal_bytes = digest(crashed), wal.read_bytes()
    assert main(["list", str(crashed)]) == 0
    assert "holds changes to a different file" in capsys.readouterr().err
    assert digest(crashed) == main_digest
    kept = [p for p in crashed.parent.iterdir() if ".not-applied-" in p.name]
    assert [p.read_bytes() for p in kept] == [wal_bytes]


def test_a_new_wal_cut_short_twice_is_its_own(base, tmp_path, capsys):
    """Killed in the first transaction of a new WAL, then again after reopening: SQLite gives
    the second header new random salts, written over the first start's uncommitted frames."""
    crashed, _, _ = restart_cut_short(base, tmp_path)
    starts = []
    for n in range(2):  # each closing removes the WAL: the next edit starts a new one
        service = ProjectService.open(base[0], "Alice")
        service.update_claim(base[2], explanation=f"fresh {n}")
        starts.append(Path(str(base[0]) + "-wal").read_bytes())
        service.close()
    assert [s[12:16] for s in starts] == [bytes(4)] * 2 and starts[0][16:24] != starts[1][16:24]
    commits = [starts[0][32 + n * FRAME + 4 : 32 + n * FRAME + 8] != bytes(4) for n in range(99)]
    commit = commits.index(True)
    first = starts[0][32 + FRAME : 32 + commit * FRAME]  # the first start's uncommitted frames
    Path(str(crashed) + "-wal").write_bytes(starts[1][: 32 + FRAME] + first)
    assert explanations(crashed, capsys) == ["copied 2"]
    assert not [p for p in crashed.parent.iterdir() if ".not-applied-" in p.name]
