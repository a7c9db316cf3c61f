"""Exports, timed as the user waits for them: `build_bundle` from the open project, then
`annotator.exporters.export(bundle, fmt, path)` writing the file.

- HTML and PDF reports of 1,000 claims with 3 sources each (10 articles of 20 KB,
  100 claims each).
- W3C Web Annotation and ClaimReview JSON-LD of 10,000 claims (20 articles of 50 KB,
  500 claims each, one source per claim).

A format the exporters package does not offer yet is listed as "not yet".
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data import ArticleSpec, project_copy
from benchmarks.harness import Config, Result, not_yet, repeat

GROUP = "exports"
SCENARIOS = ("export_html", "export_pdf", "export_w3c", "export_claimreview")

_TARGETS = {"html": 0.5, "pdf": 5.0, "w3c": 1.0, "claimreview": 1.0}
_TITLES = {
    "html": "HTML report",
    "pdf": "PDF report",
    "w3c": "W3C Web Annotation JSON-LD",
    "claimreview": "ClaimReview JSON-LD",
}


def run(config: Config) -> list[Result]:
    from annotator.exporters import EXPORT_FORMATS
    from annotator.services import ProjectService
    from benchmarks.qtenv import application

    application(config.work_dir / "settings")  # the PDF report lays out text with QtGui
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
    results = []
    for fmt, generated in (
        ("html", reports),
        ("pdf", reports),
        ("w3c", data),
        ("claimreview", data),
    ):
        name = f"export_{fmt}"
        title = f"{_TITLES[fmt]}: build the bundle and write the file"
        per_claim = generated.source_count // max(1, generated.claim_count)
        label = (
            f"{generated.claim_count:,} claims, {per_claim} source{'s' if per_claim != 1 else ''} "
            "each"
        )
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
        project = ProjectService.open(generated.path, "Benchmark", read_only=True)
        try:
            out = config.work_dir / f"export.{fmt}"
            samples = repeat(
                lambda f=fmt, p=project, o=out: _export(p, f, o),
                config.runs(5 if fmt != "pdf" else 3),
                config.warmup,
            )
            size_kb = out.stat().st_size / 1024
        finally:
            project.close()
        results.append(
            Result(
                name,
                title,
                "s",
                samples,
                limit=_TARGETS[fmt],
                size=label,
                note=f"file of {size_kb:,.0f} KB",
            )
        )
    return results


def _export(project, fmt: str, out: Path) -> None:  # noqa: ANN001 - ProjectService
    from annotator.exporters import ExportOptions, build_bundle, export

    # Every claim, whatever its status: the benchmark times the whole project's export.
    bundle = build_bundle(project, ExportOptions(include_drafts=True, allow_incomplete=True))
    export(bundle, fmt, out)
