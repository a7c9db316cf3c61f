"""Merging two projects of 10,000 claims each, 10% of the claims edited on both sides.

The pair comes from `benchmarks.merge_synthetic.make_merge_case` (one shared
original; 10% edited differently on both sides, 5% on each side only, 2% added and
1% deleted per side). Each run merges into a fresh copy of "mine" (copied and opened
untimed) through `annotator.services.merge.merge_projects`, which is what the window
and the `merge` command call: read both files, plan, apply in one transaction, and
record the conflicts.
"""

from __future__ import annotations

import importlib.util
import shutil

from benchmarks.data import remove_project
from benchmarks.harness import Config, Result, not_yet, repeat

GROUP = "merge"
SCENARIOS = ("merge",)
TITLE = "merge a colleague's project into mine"


def available() -> bool:
    return all(
        importlib.util.find_spec(name) is not None
        for name in (
            "annotator.storage.merge",
            "benchmarks.merge_synthetic",
            "annotator.services.merge",
        )
    )


def run(config: Config) -> list[Result]:
    if not available():
        return [
            not_yet(
                "merge",
                TITLE,
                "s",
                "annotator.storage.merge / merge_synthetic not there yet",
                limit=2.0,
            )
        ]
    from annotator.services import ProjectService
    from annotator.services.merge import merge_projects
    from benchmarks.merge_synthetic import make_merge_case

    claims = config.size(10_000, 500)
    folder = config.work_dir / "merge"
    folder.mkdir(parents=True, exist_ok=True)
    mine, theirs = make_merge_case(folder, config.seed, claims, both_sides=0.10)
    target = folder / "merged.annotator"
    state: dict[str, object] = {}

    def fresh_copy() -> None:
        if "project" in state:
            state.pop("project").close()  # type: ignore[union-attr]
        remove_project(target)
        shutil.copyfile(mine, target)
        state["project"] = ProjectService.open(target, "Alice")

    def merge() -> None:
        state["report"] = merge_projects(state["project"], theirs)  # type: ignore[arg-type]

    try:
        samples = repeat(merge, config.runs(5), fresh_copy)
    finally:
        if "project" in state:
            state.pop("project").close()  # type: ignore[union-attr]
    report = state["report"]
    conflicts = getattr(report, "conflicts", None)
    return [
        Result.timed(
            "merge",
            TITLE,
            "s",
            samples,
            cold_counts=True,
            limit=2.0,
            size=f"2 × {claims:,} claims, 10% edited on both sides",
            note=f"{conflicts:,} conflicts found" if isinstance(conflicts, int) else "",
        )
    ]
