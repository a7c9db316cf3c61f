"""The opening backup runs on a thread of its own, and still protects what it protected when it
ran before the window showed: no edit is committed before the copy of the project as opened is
complete; closing waits for it; a failure is a message, and editing goes on."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from annotator.services import ProjectService, session
from annotator.storage import backups
from tests.safety.test_backups import explanations


def first_claim(service: ProjectService) -> str:
    return service.store.all_claims()[0].id


def test_an_edit_during_the_backup_waits_until_the_copy_is_complete(
    populated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    as_opened = explanations(populated)
    events: list[str] = []
    edit_attempted = threading.Event()
    real_backup_file = backups.backup_file

    def slow_backup_file(path: Path, backup_dir: Path, keep: int = 5) -> Path:
        assert edit_attempted.wait(30)  # the copy starts only once the edit is under way
        made = real_backup_file(path, backup_dir, keep)
        events.append("backup complete")
        return made

    monkeypatch.setattr(backups, "backup_file", slow_backup_file)
    service = ProjectService.open(populated, "Tester")
    try:
        backup = session.opening_backup(service, tmp_path / "data").start()
        claim_id = first_claim(service)
        edit_attempted.set()
        service.update_claim(claim_id, explanation="edited after opening")
        events.append("edit committed")
        assert backup.done and backup.error is None
    finally:
        service.close()
    assert events == ["backup complete", "edit committed"]
    assert backup.made is not None
    assert explanations(backup.made) == as_opened  # the project as it was opened
    assert explanations(populated)[claim_id] == "edited after opening"


def test_an_edit_before_the_backup_started_makes_it_first(populated: Path, tmp_path: Path) -> None:
    as_opened = explanations(populated)
    service = ProjectService.open(populated, "Tester")
    try:
        backup = session.opening_backup(service, tmp_path / "data")  # not started yet
        claim_id = first_claim(service)
        service.update_claim(claim_id, explanation="first edit")
        assert backup.done
        backup.start()  # too late to start another: nothing more happens
    finally:
        service.close()
    assert backup.made is not None
    assert explanations(backup.made) == as_opened
    assert len(session.list_backups(tmp_path / "data", populated)) == 1


def test_closing_waits_for_the_backup(populated: Path, tmp_path: Path) -> None:
    as_opened = explanations(populated)
    service = ProjectService.open(populated, "Tester")
    backup = session.opening_backup(service, tmp_path / "data").start()
    service.close()
    assert backup.done and backup.made is not None
    assert explanations(backup.made) == as_opened
    assert not list((tmp_path / "data" / "backups").glob("*.tmp"))  # none left half-made


def test_a_backup_that_cannot_be_made_is_a_message_and_editing_goes_on(
    populated: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "backups").write_text("a file where the backups folder should be")
    service = ProjectService.open(populated, "Tester")
    try:
        backup = session.opening_backup(service, data).start()
        claim_id = first_claim(service)
        service.update_claim(claim_id, explanation="still saved")
        assert backup.done and backup.made is None
        problem = session.backup_problem(backup)
        assert problem is not None and problem.startswith("No backup was made: Could not back up")
    finally:
        service.close()
    assert explanations(populated)[claim_id] == "still saved"
