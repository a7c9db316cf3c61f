"""Fixtures for the safety tests: a populated project and a way to prove a file was not touched."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from annotator.domain import ArticleDraft
from annotator.services import ProjectService

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class FileState:
    """Bytes and modification time of a file and which SQLite companions exist."""

    data: bytes
    mtime_ns: int
    mode: int
    companions: tuple[str, ...]


def file_state(path: Path) -> FileState:
    stat = path.stat()
    companions = tuple(
        sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name) and p != path)
    )
    return FileState(path.read_bytes(), stat.st_mtime_ns, stat.st_mode, companions)


def populate(path: Path, *, claims: int = 5) -> dict[str, str]:
    """A closed project with one article and a few claims; returns {claim id: explanation}."""
    service = ProjectService.open(path, "Tester")
    try:
        article = service.add_article(ArticleDraft(title="Sample", text="The sky is blue. " * 200))
        made = {}
        for i in range(claims):
            claim = service.create_claim(article.id, i * 17, i * 17 + 15, explanation=f"note {i}")
            service.add_source(claim.id, url=f"https://example.org/{i}")
            made[claim.id] = f"note {i}"
        return made
    finally:
        service.close()


def run_cli(
    *args: str | Path, timeout: float = 60, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m annotator ARGS` in a fresh process, as a user would run it (`env`: more
    environment variables, e.g. its own TMPDIR)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "annotator", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=ROOT,
    )


@pytest.fixture
def populated(tmp_path: Path) -> Path:
    path = tmp_path / "good.annotator"
    populate(path)
    return path


def mount_tmpfs(directory: Path, size: str) -> None:
    """Mount a small tmpfs on `directory`, or skip the test where mounting is not allowed."""
    directory.mkdir(parents=True, exist_ok=True)
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip(
            "needs root on Linux: mounts a small tmpfs to fill up or make read-only "
            "(.ci/run runs these as root, and the chmod-based permission tests as `nobody`)"
        )
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(directory)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")


def unmount(directory: Path) -> None:
    subprocess.run(["umount", "-l", str(directory)], capture_output=True)


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 2 MB file system that tests can fill up (room for a populated project and its WAL
    before the filler takes the rest: at 1 MB, newer schemas no longer fit)."""
    directory = tmp_path / "disk"
    mount_tmpfs(directory, "2m")
    yield directory
    unmount(directory)


def fill_disk(directory: Path) -> Path:
    """Write a file until the disk is full; returns it (delete it to free the space)."""
    filler = directory / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        for chunk in (65536, 4096, 512, 1):
            try:
                while True:
                    os.write(fd, b"\0" * chunk)
            except OSError:
                continue
    finally:
        os.close(fd)
    return filler
