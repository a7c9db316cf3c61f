"""Kill an editing process with SIGKILL at random moments; nothing it reported done may be lost."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from annotator.storage import ProjectStore
from tests.safety.conftest import ROOT

WORKER = Path(__file__).with_name("crash_worker.py")
KILLS = 24

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


@dataclass
class Reported:
    """Everything the workers said they had committed, over all runs."""

    claims: set[str] = field(default_factory=set)
    deleting: set[str] = field(default_factory=set)  # delete begun (maybe committed, maybe not)
    deleted: set[str] = field(default_factory=set)
    sources: dict[str, str] = field(default_factory=dict)  # source id -> claim id
    values: dict[tuple[str, str], int] = field(default_factory=dict)  # (claim, field) -> last value
    articles: set[str] = field(default_factory=set)
    lines: int = 0

    def read(self, output: str) -> None:
        for line in output.splitlines():
            words = line.split()
            if words[:2] == ["DONE", "article"]:
                self.articles.add(words[2])
            elif words[:2] == ["DONE", "claim"]:
                self.claims.add(words[2])
            elif words[:2] == ["BEGIN", "delete"]:
                self.deleting.add(words[2])
            elif words[:2] == ["DONE", "delete"]:
                self.deleted.add(words[2])
            elif words[:2] == ["DONE", "source"]:
                self.sources[words[2]] = words[3]
            elif words[:2] == ["DONE", "edit"]:
                self.values[(words[2], words[3])] = int(words[4])
            else:
                continue
            self.lines += 1


def check_project(path: Path, reported: Reported) -> None:
    store = ProjectStore.open(path)
    try:
        assert store.integrity_check() == "ok"
        assert list(store.db.execute("PRAGMA foreign_key_check").fetchall()) == []
        for article_id in reported.articles:
            assert store.get_article(article_id) is not None
        for claim_id in reported.deleted:
            assert store.get_claim(claim_id) is None, f"deleted claim {claim_id} came back"
        for claim_id in reported.claims - reported.deleting:
            assert store.get_claim(claim_id) is not None, f"reported claim {claim_id} lost"
        for (claim_id, name), value in reported.values.items():
            claim = store.get_claim(claim_id)
            if claim is None:
                assert claim_id in reported.deleting
                continue
            assert int(getattr(claim, name) or 0) >= value, f"edit of {claim_id}.{name} lost"
        for source_id, claim_id in reported.sources.items():
            if claim_id not in reported.deleting:
                assert store.get_source(source_id) is not None, f"reported source {source_id} lost"
        for claim in store.all_claims():
            article = store.get_article(claim.article_id)
            assert article is not None
            assert article.text[claim.start : claim.end] == claim.exact
    finally:
        store.close()


def start_worker(path: Path, seed: int, *extra: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, str(WORKER), str(path), str(seed), *extra],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def read_until_kill_point(worker: subprocess.Popen[str], lines_before_kill: int) -> list[str]:
    """The worker's lines up to READY and then `lines_before_kill` more; it is still running.

    Counting lines instead of sleeping makes the kill land at the same point of the work on a
    fast or a loaded machine. Zero lines after READY kills during its first edit."""
    assert worker.stdout is not None
    seen: list[str] = []
    after_ready = -1
    while after_ready < lines_before_kill:
        line = worker.stdout.readline()
        if not line:  # the worker ended: its stderr says why
            break
        seen.append(line)
        if after_ready >= 0:
            after_ready += 1
        elif line.startswith("READY"):
            after_ready = 0
    return seen


def test_killed_editor_loses_nothing_it_reported(tmp_path: Path) -> None:
    path = tmp_path / "crash.annotator"
    rng = random.Random(8)
    reported = Reported()
    for run in range(KILLS):
        worker = start_worker(path, run)
        # Most kills land in the stream of edits; some right at the first edit after opening.
        seen = read_until_kill_point(worker, 0 if run % 4 == 0 else rng.randrange(1, 40))
        worker.send_signal(signal.SIGKILL)
        # The rest through the same file objects: communicate() would skip what readline() buffered.
        assert worker.stdout is not None and worker.stderr is not None
        output, errors = worker.stdout.read(), worker.stderr.read()
        worker.wait(timeout=30)
        worker.stdin.close()  # type: ignore[union-attr]
        assert worker.returncode == -signal.SIGKILL, f"worker ended by itself: {errors}"
        assert "Traceback" not in errors, errors
        reported.read("".join(seen) + output)
        check_project(path, reported)
    assert reported.lines > 5 * KILLS, "the workers made too few edits for the test to mean much"
    assert reported.values and reported.deleted and reported.sources
