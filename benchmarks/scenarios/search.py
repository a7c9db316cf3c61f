"""Full-text search over 2,000 articles (about 10 MB of text) and their claims.

Uses `annotator.services.search.search(project, query)` (what the window's search box
and the `search` command call), or else a `search` method on `ProjectService` or
`ProjectStore`; with none of them the row is "not yet". Each 5 KB article carries two
claims. The queries cycle through a fixed list typed as a user would: common words
(which match nearly every article: the worst case for ranking), a two-word query, a
name, and a prefix of a word still being typed.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable

from benchmarks.data import ArticleSpec, project_copy
from benchmarks.harness import Config, Result, Timings, not_yet, repeat

GROUP = "search"
SCENARIOS = ("search",)
TITLE = "full-text query over every article and claim of a project"
QUERIES = (
    "inflation",
    "rare earths",
    "Kovalenko",
    "parliam",
    "budget deficit",
    "Zürich",
    "governm",
    "tariffs",
)


def search_function(project) -> Callable[[str], object] | None:  # noqa: ANN001 - ProjectService
    """The search the application offers, bound to `project`, or None if there is none yet."""
    if importlib.util.find_spec("annotator.services.search") is not None:
        module = importlib.import_module("annotator.services.search")
        function = getattr(module, "search", None)
        if callable(function):
            return lambda query: function(project, query)
    for owner in (project, project.store):
        method = getattr(owner, "search", None)
        if callable(method):
            return method
    return None


def run(config: Config) -> list[Result]:
    from annotator.services import ProjectService

    articles = config.size(2000, 40)
    generated = project_copy(
        config.work_dir / "search.annotator",
        [ArticleSpec(5_000, 2, 0) for _ in range(articles)],
        config.seed,
    )
    label = f"{articles:,} articles, {generated.text_bytes / 1e6:.1f} MB"
    project = ProjectService.open(generated.path, "Benchmark", read_only=True)
    counts: list[int] = []
    samples = Timings()
    try:
        search = search_function(project)
        if search is None:
            return [
                not_yet("search", TITLE, "ms", "no search API in services or storage yet", limit=50)
            ]
        queries = iter(QUERIES * 10)

        def query() -> None:
            found = search(next(queries))
            counts.append(len(found) if hasattr(found, "__len__") else 0)  # type: ignore[arg-type]

        samples = repeat(query, config.runs(16, 1))
    finally:
        project.close()
    return [
        Result.timed("search", TITLE, "ms", samples, limit=50, worst_counts=True, size=label,
               note=f"queries {', '.join(QUERIES)}; {min(counts)}-{max(counts)} results each")
    ]  # fmt: skip
