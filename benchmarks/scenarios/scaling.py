"""How the window's costs grow with the article and the number of claims.

Opens, creates a claim, changes a verdict, types in the claims filter and searches in the window
at each size of `benchmarks.sessions.scaling_sizes` (100 KB / 500 claims up to 5 MB / 50,000),
each in a fresh child, and prints the figures as a small table (warm CPU medians; search: worst).
The rows held to targets (issue 16):

- create_flat, verdict_flat: the worst larger size (5 MB or 50,000 claims) against the 1 MB /
  5,000-claim figure, deferred refreshes included: at most 1.5×.
- open_5mb_50k: opening 5 MB with 50,000 claims, fully laid out and painted: under 1 s of CPU.
- search_5mb: a query in the search box over a project holding one 5 MB article (and a small
  one), typing pause excluded, results listed: at most 30 ms, every query (the worst) included.
"""

from __future__ import annotations

import statistics
from functools import partial
from typing import Any

from benchmarks import harness
from benchmarks.harness import Config, Result
from benchmarks.sessions import label, scaling_sizes, standard, timings, window_run

GROUP = "scaling"
SCENARIOS = ("create_flat", "verdict_flat", "open_5mb_50k", "search_5mb")
MEASURES = (
    ("open", "open", "s"),
    ("create", "create", "ms"),
    ("verdict", "verdict", "ms"),
    ("filter keystroke", "filter", "ms"),
    ("search (worst)", "search", "ms"),
)


def run(config: Config) -> list[Result]:
    sizes = scaling_sizes(config)
    answers = {size: window_run(config, *size) for size in sizes}
    harness.extra_tables.append(
        ("Scaling (warm CPU medians; search: the worst query)", _table(answers))
    )
    base = standard(config)
    larger = [s for s in sizes if s != base] or [base]
    results = []
    for name, key in (("create_flat", "create"), ("verdict_flat", "verdict")):
        worst = max(larger, key=partial(_median, answers, key))
        results.append(
            Result.timed(
                name,
                f"{key} at the worst larger size against 1 MB / 5,000 claims",
                "ms",
                timings(answers[worst], key),
                ratio_limit=1.5,
                floor=timings(answers[base], key),
                floor_title=f"{label(*base)} figure",
                size=label(*worst),
            )
        )
    biggest = sizes[-1]
    results.append(
        Result.timed(
            "open_5mb_50k",
            "open the biggest article, fully laid out and painted",
            "s",
            timings(answers[biggest], "open"),
            limit=1.0,
            size=label(*biggest),
        )
    )
    five_mb = next((s for s in sizes if s[0] >= 5_000_000 and s[1] <= 5000), biggest)
    found = answers[five_mb]["search_results"]
    results.append(
        Result.timed(
            "search_5mb",
            "search box query in a project with one big article",
            "ms",
            timings(answers[five_mb], "search"),
            limit=30,
            worst_counts=True,
            size=f"{five_mb[0] / 1e6:g} MB article",
            note=f"{min(found)}-{max(found)} results per query",
        )
    )
    return results


def _median(
    answers: dict[tuple[int, int], dict[str, Any]], key: str, size: tuple[int, int]
) -> float:
    return timings(answers[size], key).median_cpu()


def _table(answers: dict[tuple[int, int], dict[str, Any]]) -> str:
    header = ["size", *(f"{title} ({unit})" for title, _key, unit in MEASURES)]
    rows = [header]
    for size, answer in answers.items():
        cells = [label(*size)]
        for _title, key, unit in MEASURES:
            cpu = timings(answer, key).scaled(1000 if unit == "ms" else 1)
            value = max(cpu.cpu) if key == "search" else statistics.median(cpu.warm_cpu)
            cells.append(f"{value:.3g}")
        rows.append(cells)
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = [
        "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in rows
    ]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)
