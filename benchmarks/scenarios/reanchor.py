"""Re-anchoring 1,000 claims after scattered edits to a 100 KB article.

The case comes from `annotator.anchoring.synthetic.make_reanchor_case` (about one edit
per 1,000 characters: insertions, deletions, replacements, new sentences, punctuation
and spacing); each run is one `annotator.anchoring.reanchor.reanchor(targets, new, old)`
call, i.e. the diff of old -> new plus placing every claim.
"""

from __future__ import annotations

import importlib.util

from benchmarks.harness import Config, Result, not_yet, repeat

GROUP = "reanchor"
SCENARIOS = ("reanchor",)
TITLE = "re-anchor every claim after the article was edited"


def run(config: Config) -> list[Result]:
    if importlib.util.find_spec("annotator.anchoring.synthetic") is None:
        return [
            not_yet(
                "reanchor", TITLE, "s", "annotator.anchoring.synthetic not there yet", limit=1.0
            )
        ]
    from annotator.anchoring.reanchor import reanchor
    from annotator.anchoring.synthetic import make_reanchor_case

    size, claims = config.size(100_000, 10_000), config.size(1000, 100)
    old, new, targets = make_reanchor_case(config.seed, size, claims)
    placements: list[list] = []
    samples = repeat(lambda: placements.append(reanchor(targets, new, old)), config.runs(5))
    placed = placements[-1]
    if len(placed) != len(targets):
        raise RuntimeError(f"reanchor returned {len(placed)} placements for {len(targets)} claims")
    states: dict[str, int] = {}
    for placement in placed:
        states[str(placement.state)] = states.get(str(placement.state), 0) + 1
    return [
        Result.timed(
            "reanchor",
            TITLE,
            "s",
            samples,
            cold_counts=True,
            limit=1.0,
            size=f"{len(old.encode()) / 1e3:.0f} KB, {len(targets):,} claims",
            note=", ".join(f"{n} {state}" for state, n in sorted(states.items())),
        )
    ]
