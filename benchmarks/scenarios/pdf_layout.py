"""PDF export of an article that is one long paragraph (issue 13: time grew with its square).

Each size is an article of a single line of N MB with a claim in it, exported to PDF
from the open project as the user waits. `pdf_paragraph_growth` is the 4 MB time over
the 1 MB time: about 4 if layout is linear (it was 13 when it was quadratic).
"""

from __future__ import annotations

from benchmarks.harness import Config, Result, repeat

GROUP = "pdf_layout"
SCENARIOS = ("pdf_paragraph_1mb", "pdf_paragraph_2mb", "pdf_paragraph_4mb", "pdf_paragraph_growth")
SECONDS_PER_MB = 8.0
LINE = "All work and no play makes a dull report, said the checker. "


def run(config: Config) -> list[Result]:
    from annotator.domain import ArticleDraft
    from annotator.exporters import build_bundle, export
    from annotator.services import ProjectService
    from benchmarks.qtenv import application

    application(config.work_dir / "settings")
    results, by_size = [], {}
    for megabytes in (1, 2, 4):
        chars = config.size(megabytes * 1_000_000, megabytes * 20_000)
        path = config.work_dir / f"pdf_paragraph_{megabytes}.annotator"
        project = ProjectService.open(path, "Benchmark")
        try:
            text = (LINE * (chars // len(LINE) + 1))[:chars]
            article = project.add_article(ArticleDraft(title="One paragraph", text=text))
            project.create_claim(
                article.id, chars // 2, chars // 2 + 40, explanation="In the middle."
            )
            out = config.work_dir / f"pdf_paragraph_{megabytes}.pdf"
            samples = repeat(
                lambda p=project, o=out: export(build_bundle(p), "pdf", o), config.runs(2)
            )
        finally:
            project.close()
        by_size[megabytes] = samples
        results.append(
            Result.timed(
                f"pdf_paragraph_{megabytes}mb", f"PDF of a {megabytes} MB single-paragraph article",
                "s", samples,
                limit=SECONDS_PER_MB * megabytes, size=f"{chars:,} characters in one line",
                note=f"file of {out.stat().st_size / 1024:,.0f} KB",
            )
        )  # fmt: skip
    results.append(
        Result.timed(
            "pdf_paragraph_growth", "PDF time for 4 MB over 1 MB of one paragraph (4 = linear)",
            "s", by_size[4], ratio_limit=5.0, floor=by_size[1], floor_title="the 1 MB paragraph",
            size="4 MB vs 1 MB",
        )
    )  # fmt: skip
    return results
