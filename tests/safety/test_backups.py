"""Automatic backups: made with SQLite's backup API, rotated, listed, restored without loss."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from annotator.errors import ProjectError
from annotator.services import ProjectService
from annotator.storage import ProjectStore
from annotator.storage.backups import list_backups, make_backup, restore_backup
from annotator.storage.presence import claim_presence, release_presence
from tests.safety.conftest import fill_disk, populate


def explanations(path: Path) -> dict[str, str]:
    store = ProjectStore.open(path, create=False, read_only=True)
    try:
        assert store.integrity_check() == "ok"
        return {c.id: c.explanation for c in store.all_claims()}
    finally:
        store.close()


def edit_all(path: Path, text: str) -> None:
    service = ProjectService.open(path, "Tester")
    try:
        for claim in service.store.all_claims():
            service.update_claim(claim.id, explanation=text)
    finally:
        service.close()


def backup_now(path: Path, backup_dir: Path, keep: int = 5) -> Path:
    store = ProjectStore.open(path)
    try:
        return make_backup(store, backup_dir, keep=keep)
    finally:
        store.close()


def test_backup_is_a_sound_copy_listed_with_its_date(populated: Path, tmp_path: Path) -> None:
    backups = tmp_path / "data" / "backups"
    store = ProjectStore.open(populated)
    try:
        before = time.time()
        made = make_backup(store, backups)
        store.put_claims([])  # still usable afterwards
    finally:
        store.close()
    assert made.parent == backups
    assert explanations(made) == explanations(populated)
    [info] = list_backups(backups, populated)
    assert info.path == made and info.size == made.stat().st_size
    assert abs(info.created.timestamp() - before) < 60
    assert info.created.strftime("%Y-%m-%d") in info.label()


def test_rotation_keeps_the_newest(populated: Path, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    made = []
    for i in range(5):
        edit_all(populated, f"state {i}")
        made.append(backup_now(populated, backups, keep=3))
    listed = list_backups(backups, populated)
    assert [b.path for b in listed] == made[::-1][:3]
    assert [b.created for b in listed] == sorted((b.created for b in listed), reverse=True)
    assert set(explanations(listed[0].path).values()) == {"state 4"}
    assert set(explanations(listed[2].path).values()) == {"state 2"}
    assert not made[0].exists()


def test_reopening_unchanged_project_does_not_push_out_older_backups(
    populated: Path, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    first = backup_now(populated, backups, keep=2)
    edit_all(populated, "changed")
    second = backup_now(populated, backups, keep=2)
    for _ in range(3):
        assert backup_now(populated, backups, keep=2) == second
    assert [b.path for b in list_backups(backups, populated)] == [second, first]


def test_projects_with_the_same_name_keep_separate_backups(tmp_path: Path) -> None:
    one, two = tmp_path / "a" / "p.annotator", tmp_path / "b" / "p.annotator"
    for path in (one, two):
        path.parent.mkdir()
        populate(path)
    backups = tmp_path / "backups"
    backup_now(one, backups)
    backup_now(two, backups)
    assert len(list_backups(backups, one)) == 1 and len(list_backups(backups, two)) == 1
    assert list_backups(backups, one)[0].path != list_backups(backups, two)[0].path


def test_restore_brings_the_backup_back_and_keeps_the_current_file(
    populated: Path, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    original = explanations(populated)
    backup_now(populated, backups)
    edit_all(populated, "later work")
    current_bytes = populated.read_bytes()
    [info] = list_backups(backups, populated)
    aside = restore_backup(info, populated)
    assert explanations(populated) == original
    assert aside is not None and aside.parent == populated.parent and "before restore" in aside.name
    assert aside.read_bytes() == current_bytes
    assert set(explanations(aside).values()) == {"later work"}


def test_restore_over_a_damaged_project(populated: Path, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    original = explanations(populated)
    backup_now(populated, backups)
    populated.write_bytes(b"SQLite format 3\x00" + bytes(5000))
    populated.with_name(populated.name + "-wal").write_bytes(b"stale wal from a crash")
    aside = restore_backup(list_backups(backups, populated)[0], populated)
    assert explanations(populated) == original
    assert aside.read_bytes().startswith(b"SQLite format 3\x00")
    assert aside.with_name(aside.name + "-wal").read_bytes() == b"stale wal from a crash"
    assert not populated.with_name(populated.name + "-wal").exists()


def test_restore_refuses_a_damaged_backup_and_changes_nothing(
    populated: Path, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    made = backup_now(populated, backups)
    data = bytearray(made.read_bytes())
    data[4096 * 2 : 4096 * 3] = bytes(4096)
    made.write_bytes(bytes(data))
    before = populated.read_bytes()
    with pytest.raises(ProjectError, match="damaged"):
        restore_backup(made, populated)
    assert populated.read_bytes() == before
    assert [p.name for p in populated.parent.iterdir() if "before restore" in p.name] == []


def test_restore_refuses_while_another_instance_has_it_open(
    populated: Path, tmp_path: Path
) -> None:
    from tests.safety.test_two_instances import hold_presence

    made = backup_now(populated, tmp_path / "backups")
    holder = hold_presence(populated)
    try:
        with pytest.raises(ProjectError, match="open in another program"):
            restore_backup(made, populated)
    finally:
        holder.kill()
        holder.wait()
    assert claim_presence(populated) is None
    release_presence(populated)
    assert restore_backup(made, populated) is not None


def test_backup_of_a_project_open_in_wal_mode_includes_uncheckpointed_work(
    populated: Path, tmp_path: Path
) -> None:
    service = ProjectService.open(populated, "Tester")
    try:
        service.store.db.execute("PRAGMA wal_autocheckpoint = 0")
        claim = service.store.all_claims()[0]
        service.update_claim(claim.id, explanation="only in the WAL so far")
        made = make_backup(service.store, tmp_path / "backups")
    finally:
        service.close()
    assert explanations(made)[claim.id] == "only in the WAL so far"
    assert sqlite3.connect(made).execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_backup_on_a_full_disk_fails_plainly_and_leaves_nothing(
    populated: Path, small_disk: Path
) -> None:
    fill_disk(small_disk)
    store = ProjectStore.open(populated)
    try:
        with pytest.raises(ProjectError, match="Could not back up .*disk is full"):
            make_backup(store, small_disk / "backups")
        assert store.integrity_check() == "ok"
    finally:
        store.close()
    assert list(small_disk.glob("backups/*")) == []


def test_backup_of_a_read_only_project_leaves_it_untouched(populated: Path, tmp_path: Path) -> None:
    from tests.safety.conftest import file_state

    populated.chmod(0o444)
    before = file_state(populated)
    store = ProjectStore.open(populated, create=False)
    try:
        assert store.read_only
        made = make_backup(store, tmp_path / "backups")
    finally:
        store.close()
    assert explanations(made) == explanations(populated)
    assert file_state(populated) == before
