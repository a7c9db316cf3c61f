"""Opening the big article (1 MB, 5,000 claims, all highlighted), its peak memory, and scrolling it.

Measured in the real window in a child process (`benchmarks.scenarios.window_child`):

- open: `MainWindow.show_article(big)` until the window is idle, painted and the document fully
  laid out (a QTextEdit lays a big document out in timer slices after `show_article` returns;
  they are counted, as the scroll bar grows while they run). The service's text cache is emptied
  first so the text is read from the file; a small article is shown between runs (untimed).
  Floor, interleaved: a shown QPlainTextEdit of the reader's size, `setPlainText(text)` until idle
  and painted.
- memory: the child's peak resident memory (VmHWM) once it has done everything it measures.
- scroll: 100 frames, each setting the reader's scroll bar to a position spread evenly from top
  to bottom and repainting the viewport synchronously (`viewport().repaint()`).
"""

from __future__ import annotations

from benchmarks.harness import Config, Result
from benchmarks.sessions import label, standard, timings, window_run

GROUP = "open_article"
SCENARIOS = ("open_article", "open_article_memory", "scroll")


def workload(config: Config) -> tuple[int, int]:
    """(text bytes, claims) of the big article (kept for the scenarios that import it)."""
    return standard(config)


def run(config: Config) -> list[Result]:
    size, claims = standard(config)
    answer = window_run(config, size, claims)
    frames = len(answer["scroll"]["cpu"])
    return [
        Result.timed(
            "open_article",
            "show a big article: all claims highlighted, fully laid out, window painted",
            "s",
            timings(answer, "open"),
            ratio_limit=2.0,
            floor=timings(answer, "open_floor"),
            floor_title="QPlainTextEdit.setPlainText",
            size=label(size, claims),
        ),
        Result(
            "open_article_memory",
            "peak resident memory of the window child (opened, edited, filtered, searched)",
            "MB",
            [answer["peak_mb"]],
            limit=400,
            size=label(size, claims),
        ),
        Result.timed(
            "scroll",
            "one frame: scroll to a position and repaint the viewport",
            "ms",
            timings(answer, "scroll"),
            limit=16,
            size=f"{label(size, claims)}, {frames} frames",
        ),
    ]
