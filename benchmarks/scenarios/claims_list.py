"""The claims list with 20,000 claims: sorting and filtering by verdict, author, status and text.

The claims are generated into a project and read back through `ProjectService.claims`,
then loaded into a `ClaimsModel` shown in a QTableView (as the claims panel does), so a
sort or filter pays for the view's relayout too. Each timed step is `ClaimsModel.sort`
or `ClaimsModel.set_filter` followed by `processEvents()` (the view repaints). Between
runs the model goes back to text order / no filter, untimed.
"""

from __future__ import annotations

import random

from benchmarks.data import AUTHORS, ArticleSpec, project_copy
from benchmarks.harness import Config, Result, ms, repeat
from benchmarks.qtenv import application

GROUP = "claims_list"
SORTS = ("verdict", "author", "status", "text")
SCENARIOS = (
    "claims_load",
    *(f"claims_sort_{k}" for k in SORTS),
    *(f"claims_filter_{k}" for k in SORTS),
)


def run(config: Config) -> list[Result]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    from annotator.services import ProjectService
    from annotator.ui.claims.claims_model import (
        AUTHOR,
        QUOTE,
        STATUS,
        VERDICT,
        ClaimFilter,
        ClaimsModel,
    )

    app = application(config.work_dir / "settings")
    count = config.size(20_000, 1_000)
    generated = project_copy(
        config.work_dir / "claims_list.annotator",
        [ArticleSpec(config.size(1_000_000, 50_000), count, 0, "Many claims")],
        config.seed,
    )
    label = f"{count:,} claims"
    project = ProjectService.open(generated.path, "Benchmark")
    try:
        article_id = generated.article_ids[0]
        claims = project.claims(article_id)
        model = ClaimsModel(lambda claim: project.verdict(claim.verdict_id))
        view = QTableView()
        view.setModel(model)
        view.resize(470, 600)
        view.show()
        runs = config.runs(9, 2)

        def reset() -> None:
            model.set_filter(ClaimFilter())
            model.sort(-1)
            app.processEvents()

        def load() -> None:
            model.set_claims(project.claims(article_id))
            app.processEvents()

        results = [
            Result(
                "claims_load",
                "read the claims and fill the list",
                "ms",
                ms(repeat(load, runs, config.warmup, reset)),
                size=label,
                note="informational: ProjectService.claims + ClaimsModel.set_claims, no target",
            ),
        ]
        columns = {"verdict": VERDICT, "author": AUTHOR, "status": STATUS, "text": QUOTE}
        for key in SORTS:
            def sort(column: int = columns[key]) -> None:
                model.sort(column, Qt.SortOrder.AscendingOrder)
                app.processEvents()

            samples = repeat(sort, runs, config.warmup, reset)
            results.append(
                Result(
                    f"claims_sort_{key}",
                    f"sort the list by {key}",
                    "ms",
                    ms(samples),
                    limit=50,
                    size=label,
                )
            )

        rng = random.Random(config.seed)
        verdicts = project.verdicts()
        word = _common_word(claims, rng)
        filters = {
            "verdict": lambda: ClaimFilter(verdict_id=rng.choice(verdicts).id),
            "author": lambda: ClaimFilter(author=rng.choice(AUTHORS)),
            "status": lambda: ClaimFilter(status=str(rng.choice(claims).status)),
            "text": lambda: ClaimFilter(text=word),
        }
        for key in SORTS:
            def apply_filter(make=filters[key]) -> None:  # noqa: ANN001
                model.set_filter(make())
                app.processEvents()

            samples = repeat(apply_filter, runs, config.warmup, reset)
            results.append(
                Result(
                    f"claims_filter_{key}",
                    f"filter the list by {key}",
                    "ms",
                    ms(samples),
                    limit=50,
                    size=label,
                )
            )
        if model.rowCount() == len(claims):
            raise RuntimeError("the filters left every claim visible; the filter did nothing")
        view.close()
        return results
    finally:
        project.close()


def _common_word(claims, rng: random.Random) -> str:  # noqa: ANN001
    """A word of the quotes that matches some claims but not all (a realistic search)."""
    words = sorted({w for c in claims[:200] for w in c.exact.split() if len(w) > 5 and w.isalpha()})
    return rng.choice(words) if words else "report"
