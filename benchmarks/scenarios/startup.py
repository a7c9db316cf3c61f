"""Start-up: process start to the main window shown with the sample article painted.

Method: the parent reads CLOCK_MONOTONIC, starts the child, and the child prints the
same clock once the first paint of the text's viewport has been handled (see
startup_child.py). The app child goes through `annotator.cli.main([PROJECT])`, exactly
what `python -m annotator PROJECT` runs; the floor child is a minimal PySide6 program
showing the same text in a QPlainTextEdit of the same size. Both are interpreter start,
imports, window and first paint; neither counts shutdown. Runs alternate app/floor.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.data import remove_project
from benchmarks.harness import Config, Result
from benchmarks.qtenv import ROOT, child_env

GROUP = "startup"
SCENARIOS = ("startup",)
CHILD = "benchmarks.scenarios.startup_child"


def run(config: Config) -> list[Result]:
    from annotator.services.demo import create_demo_project, sample_article_draft

    project = config.work_dir / "startup" / "demo.annotator"
    project.parent.mkdir(parents=True, exist_ok=True)
    remove_project(project)
    create_demo_project(project, "Benchmark")
    text_file = project.with_name("sample.txt")
    text_file.write_text(sample_article_draft().text, encoding="utf-8")
    home = config.work_dir / "startup" / "home"

    runs = config.runs(7, 2)
    apps: list[float] = []
    floors: list[float] = []
    for index in range(config.warmup + runs):
        app_time = _time_to_paint(["app", str(project)], home, config.child_timeout)
        floor_time = _time_to_paint(["floor", str(text_file)], home, config.child_timeout)
        if index >= config.warmup:
            apps.append(app_time)
            floors.append(floor_time)
    return [
        Result(
            "startup",
            "process start to main window with the sample article painted",
            "s",
            apps,
            ratio_limit=1.3,
            floor=floors,
            floor_title="QPlainTextEdit program",
            size="sample article, 4 claims",
        )
    ]


def _time_to_paint(args: list[str], home: Path, timeout: float) -> float:
    start = time.clock_gettime(time.CLOCK_MONOTONIC)
    child = subprocess.Popen(
        [sys.executable, "-m", CHILD, *args],
        env=child_env(home),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        out, err = child.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        raise RuntimeError(f"start-up child {args[0]} did not paint within {timeout:g} s") from None
    lines = [line for line in out.splitlines() if line.startswith("{")]
    if child.returncode != 0 or not lines:
        raise RuntimeError(f"start-up child {args[0]} failed: {err.strip().splitlines()[-3:]}")
    return json.loads(lines[-1])["painted"] - start
