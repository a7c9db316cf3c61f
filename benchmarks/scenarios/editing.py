"""Working on the big article (1 MB, 5,000 claims): make a claim from a selection, change a verdict.

Both go through the real window in a child process (`benchmarks.scenarios.window_child`), timed
from the user's action until the window is idle with the result painted: stored (committed),
highlighted, listed, selected, shown in the inspector, every paint that causes, and the deferred
refresh 150 ms later (the library's claim counts and the list's filter choices).

- create_claim: a seeded span of the reader is selected (untimed), then
  `new_claim_action.trigger()` (what Ctrl+E and the toolbar button do).
- change_verdict: a claim is selected (untimed), then the inspector's verdict combo is set to
  another verdict and its `activated` signal emitted, as a click does.

Floor, interleaved run by run: one row committed to a SQLite file in WAL mode plus a synchronous
repaint of the viewport of a QPlainTextEdit of the reader's size holding the same text.
Target (issue 16): at most 2× the floor and never more than 16 ms of CPU.
"""

from __future__ import annotations

from benchmarks.harness import Config, Result
from benchmarks.sessions import label, standard, timings, window_run

GROUP = "editing"
SCENARIOS = ("create_claim", "change_verdict")
FLOOR = "SQLite WAL commit + QPlainTextEdit viewport repaint"


def run(config: Config) -> list[Result]:
    size, claims = standard(config)
    answer = window_run(config, size, claims)
    rows = (
        (
            "create_claim",
            "claim from a selection: stored, highlighted, listed, painted, refreshed",
            "create",
        ),
        (
            "change_verdict",
            "change a claim's verdict in the inspector, to idle and painted",
            "verdict",
        ),
    )
    overhead = timings(answer, "settle_idle").scaled(1000).median_cpu()
    return [
        Result.timed(
            name,
            title,
            "ms",
            timings(answer, key),
            limit=16,
            ratio_limit=2.0,
            floor=timings(answer, f"{key}_floor"),
            floor_title=FLOOR,
            size=label(size, claims),
            note=f"includes {overhead:.2g} ms of waiting for idle on a window with nothing to do",
        )
        for name, title, key in rows
    ]
