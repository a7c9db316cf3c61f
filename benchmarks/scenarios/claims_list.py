"""The claims list of an article with 20,000 claims, in the real, styled window.

Measured in a child process (`benchmarks.scenarios.window_child`), each step until the window is
idle and painted:

- claims_filter_typing: a six-letter word of the quotes typed into the list's filter box, one
  keystroke at a time (`QTest.keyClick`); every keystroke is a sample.
- claims_sort_<column>: a click on the column's header (`QTest.mouseClick` on the header), as a
  user sorts; repeated clicks alternate descending and ascending.
- claims_open: informational, opening the article (highlights, list, layout) at this size.
"""

from __future__ import annotations

from benchmarks.harness import Config, Result
from benchmarks.sessions import label, timings, window_run

GROUP = "claims_list"
COLUMNS = ("verdict", "quote", "claimant", "status", "author", "comments")  # the list's columns
SCENARIOS = ("claims_open", "claims_filter_typing", *(f"claims_sort_{name}" for name in COLUMNS))


def run(config: Config) -> list[Result]:
    answer = window_run(config, 1_000_000, 20_000, ("open", "filter", "sort"))  # quick: smaller
    where = label(answer["size"], answer["claims"])
    results = [
        Result.timed(
            "claims_open",
            "open the article with this many claims (no target here)",
            "s",
            timings(answer, "open"),
            size=where,
            note="informational; open_article holds the target",
        ),
        Result.timed(
            "claims_filter_typing",
            "one keystroke typed into the claims filter, list refiltered and painted",
            "ms",
            timings(answer, "filter"),
            limit=16,
            size=where,
            note=f"typing {answer['filter_word']!r} ({answer['filter_shown']:,} claims match)",
        ),
    ]
    for column, name in enumerate(COLUMNS):
        sample = answer["sort"].get(str(column))
        if sample is None:
            results.append(
                Result(f"claims_sort_{name}", "", "ms", error="the list has no such column")
            )
            continue
        results.append(
            Result.timed(
                f"claims_sort_{name}",
                f"click the {name} header: list sorted and painted",
                "ms",
                timings(answer["sort"], str(column)),
                limit=30,
                size=where,
            )
        )
    return results
