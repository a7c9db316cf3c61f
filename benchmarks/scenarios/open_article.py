"""Opening a big article (1 MB, 5,000 claims, all highlighted), its peak memory, and scrolling it.

Each runs in a fresh child process (`python -m benchmarks.scenarios.open_article ...`):

- open: `MainWindow.show_article(big)` followed by `processEvents()` (until the window,
  reader and claims list have been laid out and painted), with the service's text cache
  emptied first so the text is read from the file each time; between runs a small article
  is shown (untimed). Floor, interleaved in the same process: a QPlainTextEdit of the
  reader's size doing `setPlainText(text)` + `processEvents()`.
- memory: a second, separate child opens the project with the big article and reports
  its peak resident memory (VmHWM), i.e. the whole application's peak.
- scroll: 100 frames, each setting the reader's scroll bar to a position spread evenly
  from top to bottom and repainting the viewport synchronously (`viewport().repaint()`).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from benchmarks.data import ArticleSpec, project_copy
from benchmarks.harness import Config, Result, ms

GROUP = "open_article"
SCENARIOS = ("open_article", "open_article_memory", "scroll")
MODULE = "benchmarks.scenarios.open_article"


def workload(config: Config) -> tuple[int, int]:
    """(text bytes, claims) of the big article."""
    return config.size(1_000_000, 60_000), config.size(5000, 300)


def make_project(config: Config, name: str = "big.annotator") -> tuple[Path, str, str]:
    """A project with a small article first and the big one second; returns (path, small, big)."""
    size, claims = workload(config)
    path = config.work_dir / name
    generated = project_copy(
        path,
        [ArticleSpec(3000, 5, 0, "Small article"), ArticleSpec(size, claims, 1, "Big article")],
        config.seed,
    )
    small, big = generated.article_ids
    return path, small, big


def run(config: Config) -> list[Result]:
    from benchmarks.qtenv import run_child

    path, small, big = make_project(config)
    size, claims = workload(config)
    label = f"{size / 1e6:g} MB, {claims:,} claims"
    home = config.work_dir / "open_article_home"
    frames = config.size(100, 20)
    args = ["time", str(path), small, big, str(config.runs(7, 2)), str(config.warmup), str(frames)]
    timing = run_child(MODULE, args, home, config.child_timeout)
    memory = run_child(MODULE, ["memory", str(path), small, big], home, config.child_timeout)
    return [
        Result(
            "open_article",
            "show a big article, all claims highlighted, window painted",
            "s",
            timing["open"],
            limit=1.0,
            ratio_limit=2.0,
            floor=timing["floor"],
            floor_title="QPlainTextEdit.setPlainText",
            size=label,
            note=f"{timing['segments']:,} highlight segments",
        ),
        Result(
            "open_article_memory",
            "peak resident memory of the app with the big article open",
            "MB",
            [memory["peak_mb"]],
            limit=400,
            size=label,
        ),
        Result(
            "scroll",
            "one frame: scroll to a position and repaint the viewport",
            "ms",
            ms(timing["scroll"]),
            limit=16,
            size=f"{label}, {frames} frames",
        ),
    ]


# -- the child ---------------------------------------------------------------------------------


def _window(path: str):  # noqa: ANN202 - (QApplication, MainWindow)
    from PySide6.QtWidgets import QApplication

    from annotator.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow("Benchmark")
    window.resize(1400, 860)
    window.show()
    app.processEvents()
    if not window.open_project(path, create=False):
        raise SystemExit(f"could not open {path}")
    app.processEvents()
    return app, window


def child_time(path: str, small: str, big: str, runs: int, warmup: int, frames: int) -> dict:
    from PySide6.QtWidgets import QPlainTextEdit

    from annotator.anchoring.spans import Span, SpanIndex, segments
    from benchmarks.harness import repeat, repeat_pair

    app, window = _window(path)
    service = window.service
    assert service is not None
    text = service.article(big).text

    def show_small() -> None:
        window.show_article(small)
        app.processEvents()
        service._text_cache.clear()  # noqa: SLF001 - read the text from the file on every run

    def open_big() -> None:
        window.show_article(big)
        app.processEvents()

    floor = QPlainTextEdit()
    floor.setReadOnly(True)
    floor.resize(window.reader.size())
    floor.show()

    def clear_floor() -> None:
        floor.clear()
        app.processEvents()

    def fill_floor() -> None:
        floor.setPlainText(text)
        app.processEvents()

    opens, floors = repeat_pair(open_big, fill_floor, runs, warmup, show_small, clear_floor)
    floor.close()
    floor.deleteLater()
    app.processEvents()
    index = SpanIndex([Span(c.id, c.start, c.end) for c in service.claims(big)])
    spans = [s for key in index.in_order() if (s := index.get(key))]

    bar = window.reader.verticalScrollBar()
    viewport = window.reader.viewport()
    positions = [round(bar.maximum() * i / max(1, frames - 1)) for i in range(frames)]
    for position in positions[:3]:  # warm-up frames
        bar.setValue(position)
        viewport.repaint()
    bar.setValue(0)
    app.processEvents()
    scroll = []
    for position in positions:
        scroll += repeat(lambda p=position: (bar.setValue(p), viewport.repaint()), 1, 0)
    return {"open": opens, "floor": floors, "scroll": scroll, "segments": len(segments(spans))}


def child_memory(path: str, small: str, big: str) -> dict:
    from benchmarks.harness import peak_rss_mb

    app, window = _window(path)
    window.show_article(big)
    app.processEvents()
    window.show_article(small)
    app.processEvents()
    window.show_article(big)
    app.processEvents()
    return {"peak_mb": peak_rss_mb()}


if __name__ == "__main__":
    from benchmarks.qtenv import use_offscreen

    use_offscreen()
    mode, rest = sys.argv[1], sys.argv[2:]
    from PySide6.QtWidgets import QApplication

    from benchmarks.qtenv import ModalGuard

    application = QApplication(sys.argv[:1])
    with ModalGuard():
        if mode == "time":
            result = child_time(rest[0], rest[1], rest[2], int(rest[3]), int(rest[4]), int(rest[5]))
        else:
            result = child_memory(rest[0], rest[1], rest[2])
    print(json.dumps(result), flush=True)
    import os

    os._exit(0)  # skip teardown: nothing is measured after this
