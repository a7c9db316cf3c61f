"""Start-up: process start to the main window shown with an article painted, twice:

- startup: the demo project (sample article, 4 claims), named on the command line;
- startup_last_project: a plain start that reopens the last project, 1 MB with 5,000 claims
  (made the last project first, by a child that records it as closing the window does).

Method: the parent reads CLOCK_MONOTONIC, starts the child, and the child prints the same
clock and its own CPU time (user + system since the process began) once the first paint of the
text's viewport has been handled (see startup_child.py). The app child goes through
`annotator.cli.main`, exactly what `python -m annotator [PROJECT]` runs; the floor child is a
minimal PySide6 program showing the same text in a QPlainTextEdit of the same size. Both are
interpreter start, imports, window and first paint; neither counts shutdown. Runs alternate
app/floor, each in a fresh process; the first pair is the cold one (files not yet in the page
cache as far as this run is concerned).

Both children start as an installed copy does: this tree's annotator/ and benchmarks/ are
compiled to bytecode beforehand (`compileall`, as `pip install` does once), and
PYTHONDONTWRITEBYTECODE is removed from their environment, so neither recompiles its source at
every start (site-packages, PySide6 included, is compiled already).
"""

from __future__ import annotations

import compileall
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.data import ArticleSpec, project_copy, remove_project
from benchmarks.harness import Config, Result, Timings
from benchmarks.qtenv import ROOT, child_env

GROUP = "startup"
SCENARIOS = ("startup", "startup_last_project")
CHILD = "benchmarks.scenarios.startup_child"


def run(config: Config) -> list[Result]:
    from annotator.services.demo import create_demo_project, sample_article_draft

    compile_tree()
    project = config.work_dir / "startup" / "demo.annotator"
    project.parent.mkdir(parents=True, exist_ok=True)
    remove_project(project)
    create_demo_project(project, "Benchmark")
    text_file = project.with_name("sample.txt")
    text_file.write_text(sample_article_draft().text, encoding="utf-8")
    home = config.work_dir / "startup" / "home"

    runs = config.runs(5, 0)
    demo = _pairs(["app", str(project)], text_file, home, runs, config.child_timeout)
    size, claims = config.size(1_000_000, 60_000), config.size(5000, 300)
    last = project_copy(
        config.work_dir / "startup" / "last.annotator",
        [ArticleSpec(size, claims, 1, "Big")],
        config.seed,
    )
    big_text = project.with_name("big.txt")
    _write_article_text(last.path, big_text)
    last_home = config.work_dir / "startup" / "last-home"
    _run_child(["remember", str(last.path)], last_home, config.child_timeout)
    reopened = _pairs(["last", "-"], big_text, last_home, runs, config.child_timeout)
    floor_title = "bare-Qt program (QPlainTextEdit, same text)"
    return [
        Result.timed(
            "startup",
            "process start to main window with the sample article painted",
            "s",
            demo[0],
            ratio_limit=1.3,
            floor=demo[1],
            floor_title=floor_title,
            size="demo: sample article, 4 claims",
        ),
        Result.timed(
            "startup_last_project",
            "start that reopens the last project, to first paint",
            "s",
            reopened[0],
            ratio_limit=1.3,
            floor=reopened[1],
            floor_title=floor_title,
            size=f"last project: {size / 1e6:g} MB, {claims:,} claims",
        ),
    ]


def compile_tree() -> None:
    """Bytecode for this tree's code, as an installed copy has it (py_compile writes it even
    where PYTHONDONTWRITEBYTECODE is set)."""
    for folder in ("annotator", "benchmarks"):
        compileall.compile_dir(ROOT / folder, quiet=1)


def startup_env(home: Path) -> dict[str, str]:
    """A child's environment (child_env) without PYTHONDONTWRITEBYTECODE: the bytecode that
    compile_tree wrote is used, and anything else is compiled once, as for an installed user."""
    env = child_env(home)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _pairs(
    app_args: list[str], text_file: Path, home: Path, runs: int, timeout: float
) -> tuple[Timings, Timings]:
    """App and floor start-ups, alternating, 1 + `runs` of each: (app, floor) timings."""
    apps, floors = Timings(), Timings()
    for _ in range(1 + runs):
        apps.add(*_time_to_paint(app_args, home, timeout))
        floors.add(*_time_to_paint(["floor", str(text_file)], home, timeout))
    return apps, floors


def _write_article_text(project: Path, out: Path) -> None:
    from annotator.services import ProjectService

    service = ProjectService.open(project, "Benchmark", read_only=True)
    try:
        out.write_text(service.article(service.article_ids()[0]).text, encoding="utf-8")
    finally:
        service.close()


def _time_to_paint(args: list[str], home: Path, timeout: float) -> tuple[float, float]:
    """(CPU seconds, wall seconds) from process start to first paint."""
    start = time.clock_gettime(time.CLOCK_MONOTONIC)
    answer = _run_child(args, home, timeout)
    return answer["cpu"], answer["painted"] - start


def _run_child(args: list[str], home: Path, timeout: float) -> dict[str, Any]:
    child = subprocess.Popen(
        [sys.executable, "-m", CHILD, *args],
        env=startup_env(home),
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
    answer: dict[str, Any] = json.loads(lines[-1])
    return answer
