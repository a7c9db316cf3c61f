"""Exports end to end in the window (`benchmarks.scenarios.exchange_child`):
`MainWindow.export_to` builds the bundle, runs the publication checklist and writes the file (a
PDF in the export worker process, whose CPU time is counted; a text format on a thread of the
window), until the window is idle.

- HTML and PDF reports of 1,000 claims with 3 sources each (10 articles of 20 KB,
  100 claims each).
- W3C Web Annotation and ClaimReview JSON-LD of 10,000 claims (20 articles of 50 KB,
  500 claims each, one source per claim).

Each format runs in a fresh child: the first export of the session is the cold figure and is
held to the target too. A format the exporters package does not offer yet is listed as "not yet".
"""

from __future__ import annotations

import json
from typing import Any

from benchmarks.data import ArticleSpec, project_copy
from benchmarks.harness import Config, Result, Timings, not_yet

GROUP = "exports"
SCENARIOS = ("export_html", "export_pdf", "export_w3c", "export_claimreview")
CHILD = "benchmarks.scenarios.exchange_child"

_TARGETS = {"html": 0.5, "pdf": 5.0, "w3c": 1.0, "claimreview": 1.0}
_TITLES = {
    "html": "HTML report",
    "pdf": "PDF report",
    "w3c": "W3C Web Annotation JSON-LD",
    "claimreview": "ClaimReview JSON-LD",
}


def run(config: Config) -> list[Result]:
    from annotator.exporters import EXPORT_FORMATS

    reports = project_copy(
        config.work_dir / "exports_reports.annotator",
        [
            ArticleSpec(config.size(20_000, 4_000), config.size(100, 10), 3)
            for _ in range(config.size(10, 2))
        ],
        config.seed,
    )
    data = project_copy(
        config.work_dir / "exports_data.annotator",
        [
            ArticleSpec(config.size(50_000, 5_000), config.size(500, 50), 1)
            for _ in range(config.size(20, 2))
        ],
        config.seed + 1,
    )
    steps, results = [], []
    for fmt, generated in (
        ("html", reports),
        ("pdf", reports),
        ("w3c", data),
        ("claimreview", data),
    ):
        name = f"export_{fmt}"
        title = f"{_TITLES[fmt]}: bundle, checklist, file written"
        if fmt not in EXPORT_FORMATS:
            results.append(
                not_yet(
                    name,
                    title,
                    "s",
                    f"annotator.exporters has no {fmt!r} format yet",
                    limit=_TARGETS[fmt],
                )
            )
            continue
        step = {
            "mode": "export",
            "project": str(generated.path),
            "format": fmt,
            "runs": config.runs(4 if fmt != "pdf" else 2, 0),
            "out": str(config.work_dir / f"export.{fmt}"),
        }
        steps.append((name, title, generated, step))
    for (name, title, generated, _step), answer in zip(
        steps, run_steps(config, [s[3] for s in steps]), strict=True
    ):
        per_claim = generated.source_count // max(1, generated.claim_count)
        plural = "s" if per_claim != 1 else ""
        label = f"{generated.claim_count:,} claims, {per_claim} source{plural} each"
        results.append(
            Result.timed(
                name,
                title,
                "s",
                Timings(answer["cpu"], answer["wall"]),
                limit=_TARGETS[name[7:]],
                cold_counts=True,
                size=label,
                note=f"file of {answer['kb']:,.0f} KB",
            )
        )
    return results


def run_steps(config: Config, steps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each step in a fresh window child (the quick run: all in one), in order; their answers."""
    from benchmarks.qtenv import run_child

    groups = [steps] if config.quick else [[step] for step in steps]
    answers: list[dict[str, Any]] = []
    for number, group in enumerate(groups):
        home = (
            config.work_dir / f"exchange-home-{group[0].get('format') or group[0]['name']}-{number}"
        )
        project = group[0].get("project") or str(config.work_dir / f"exchange-{number}.annotator")
        job = {"project": project, "steps": group, "settings": str(home / "settings")}
        answers += run_child(CHILD, [json.dumps(job)], home, config.child_timeout * len(group))[
            "steps"
        ]
    return answers
