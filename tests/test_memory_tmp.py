"""The run's temporary files go to a tmpfs only when nobody chose another place
(tests/memory_tmp.py)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.memory_tmp import MEMORY, is_roomy_tmpfs, use_memory_tmpdir


def config(basetemp: str | None = None) -> pytest.Config:
    return SimpleNamespace(option=SimpleNamespace(basetemp=basetemp))  # type: ignore[return-value]


def test_only_a_tmpfs_mount_point_qualifies(tmp_path: Path) -> None:
    assert not is_roomy_tmpfs(Path("/proc"))  # a proc file system
    assert not is_roomy_tmpfs(tmp_path)  # a folder, not the mount point
    assert not is_roomy_tmpfs(tmp_path / "absent")


def test_a_given_tmpdir_or_basetemp_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TMPDIR", "/var/tmp")
    use_memory_tmpdir(config())
    assert os.environ["TMPDIR"] == "/var/tmp"
    monkeypatch.delenv("TMPDIR")
    use_memory_tmpdir(config(basetemp="/var/tmp/run"))
    assert "TMPDIR" not in os.environ


def test_otherwise_temporary_files_go_to_the_tmpfs(monkeypatch: pytest.MonkeyPatch) -> None:
    if not is_roomy_tmpfs(MEMORY):
        pytest.skip(f"{MEMORY} is not a tmpfs with 2 GB free on this machine")
    monkeypatch.delenv("TMPDIR", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", "/var/tmp")
    use_memory_tmpdir(config())
    assert tempfile.gettempdir() == str(MEMORY)
