"""Run a script in a fresh Python process on a copy of the demo project: what a session's
first edits import (tests/storage/test_claim_writes.py, test_edit_writes.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def output_on_demo(script: str, tmp_path: Path) -> list[str]:
    """What `script` prints, given the path of a new demo project as `sys.argv[1]`."""
    from annotator.services.demo import create_demo_project

    project = tmp_path / "demo.annotator"
    create_demo_project(project, "Tester")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.run(
        [sys.executable, "-c", script, str(project)],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert child.returncode == 0, child.stderr[-2000:]
    return child.stdout.split()
