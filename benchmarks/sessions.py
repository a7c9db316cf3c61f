"""Window sessions in child processes, one per project size, shared by the scenario groups.

`open_article`, `editing`, `claims_list` and `scaling` all drive the real window through
`benchmarks.scenarios.window_child`; a child run for one (size, claims, parts) is made once
per benchmark run and reused by every group that needs it, so the 1 MB / 5,000-claim window
is measured once whether one group or all are run.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from benchmarks.data import ArticleSpec, project_copy
from benchmarks.harness import Config, Timings

CHILD = "benchmarks.scenarios.window_child"
ALL_PARTS = ("open", "scroll", "edit", "filter", "search")
SEARCH_QUERIES = (
    "inflation",
    "rare earths",
    "Kovalenko",
    "parliam",
    "the",
    "Zürich",
    "governm",
    "tariffs",
)
_CACHE: dict[tuple[Any, ...], dict[str, Any]] = {}


def standard(config: Config) -> tuple[int, int]:
    """(text bytes, claims) of the big article the targets name: 1 MB, 5,000 claims."""
    return config.size(1_000_000, 60_000), config.size(5000, 300)


def scaling_sizes(config: Config) -> list[tuple[int, int]]:
    """The sizes of the scaling table (text bytes, claims)."""
    if config.quick:
        return [standard(config)]
    return [
        (100_000, 500),
        standard(config),
        (5_000_000, 5000),
        (1_000_000, 50_000),
        (5_000_000, 50_000),
    ]


def label(size: int, claims: int) -> str:
    return f"{size / 1e6:g} MB, {claims:,} claims"


def make_project(config: Config, name: str, size: int, claims: int) -> tuple[Path, str, str]:
    """A project with a small article first and the big one second (one source per claim);
    returns (path, small id, big id)."""
    specs = [ArticleSpec(3000, 5, 0, "Small article"), ArticleSpec(size, claims, 1, "Big article")]
    generated = project_copy(config.work_dir / name, specs, config.seed)
    small, big = generated.article_ids
    return generated.path, small, big


def window_run(
    config: Config, size: int, claims: int, parts: tuple[str, ...] = ALL_PARTS
) -> dict[str, Any]:
    """The child's answer for this size (cached for the benchmark run). Quick runs do every
    part in one child of the one quick size, so the smoke test starts as few as it can."""
    if config.quick:
        size, claims, parts = *standard(config), (*ALL_PARTS, "sort")
    key = (size, claims, parts)
    if key not in _CACHE:
        from benchmarks.qtenv import run_child

        path, small, big = make_project(config, f"window-{size}-{claims}.annotator", size, claims)
        home = config.work_dir / f"window-home-{size}-{claims}"
        job = {
            "project": str(path),
            "small": small,
            "big": big,
            "runs": config.runs(6, 1),
            "frames": config.size(100, 10),
            "seed": config.seed,
            "parts": list(parts),
            "queries": list(SEARCH_QUERIES[: config.size(len(SEARCH_QUERIES), 2)]),
            "settings": str(home / "settings"),
            "work": str(home),
        }
        home.mkdir(parents=True, exist_ok=True)
        answer = run_child(CHILD, [json.dumps(job)], home, config.child_timeout * 3)
        _CACHE[key] = {**answer, "size": size, "claims": claims}
    return _CACHE[key]


def timings(answer: dict[str, Any], key: str) -> Timings:
    return Timings(list(answer[key]["cpu"]), list(answer[key]["wall"]))
