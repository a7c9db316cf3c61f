"""`python -m benchmarks.profile_window {open,create,verdict,filter,sort} [--runs N] [--size B]
[--claims N] [--paints]`

Where the time of one window interaction goes, with cProfile, measured exactly as the benchmark
times it (action until idle and painted, see benchmarks/qtenv.py `settle`). Qt's own C++ work
(layout, paint) shows as the Python call that caused it: `processEvents` of the idle wait, or the
Qt method called (`setDocument`, `mergeCharFormat`, ...). Prints the functions with the most time
of their own and the most time including their callees. With `--paints`, instead of profiling,
it counts the paint events of the same runs per widget (see `PaintCounter`): which widgets
repaint after the action, how often, and how many pixels.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import random
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget

from annotator.anchoring.synthetic import word_spans
from benchmarks.data import SEED
from benchmarks.harness import Config
from benchmarks.qtenv import settle, then_settle, use_offscreen
from benchmarks.sessions import make_project


def actions(
    window: Any, small: str, big: str
) -> dict[str, tuple[Callable[[], None], Callable[[], None]]]:
    """(untimed setup, profiled action) for each interaction."""
    reader, service, rng = window.reader, window.service, random.Random(SEED)
    text = service.article(big).text
    words = word_spans(text)
    combo = window.inspector.verdict

    def show_small() -> None:
        window.show_article(small)
        settle(reader)
        service._text_cache.clear()  # noqa: SLF001 - as the benchmark: read from the file

    def select() -> None:
        first = rng.randrange(len(words) - 20)
        reader.select_span(words[first][0], words[first + rng.randint(3, 15)][1])
        settle(reader)

    def pick() -> None:
        window.select_claim(rng.choice([c.id for c in service.claims(big)]))
        settle(reader)

    def change() -> None:
        index = (combo.currentIndex() + 1) % combo.count()
        combo.setCurrentIndex(index)
        combo.activated.emit(index)
        settle(reader)

    return {
        "open": (show_small, then_settle(partial(window.show_article, big), reader)),
        "create": (select, then_settle(window.claims.new_claim_action.trigger, reader)),
        "verdict": (pick, change),
        **list_actions(window, [c.exact for c in service.claims(big)], rng),
    }


def list_actions(
    window: Any, quotes: list[str], rng: random.Random
) -> dict[str, tuple[Callable[[], None], Callable[[], None]]]:
    """The claims list's interactions, as `claims_list` times them: a word typed into the
    filter one keystroke at a time (one run: the whole word), a click on each header."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from benchmarks.scenarios.window_child import common_word

    field, header = window.claims_panel.search, window.claims_panel.view.horizontalHeader()
    word = common_word(quotes, rng)

    def clear() -> None:
        field.clear()
        settle()

    def type_word() -> None:
        for letter in word:
            QTest.keyClicks(field, letter)  # one keystroke: keyClicks types a str
            settle()

    def click_headers() -> None:
        for column in range(header.count()):
            x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
            point = QPoint(x, header.height() // 2)
            button, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
            QTest.mouseClick(header.viewport(), button, none, point)
            settle()

    return {"filter": (clear, type_word), "sort": (settle, click_headers)}


class PaintCounter(QObject):
    """An application-wide event filter: paint events and painted pixels per widget."""

    def __init__(self) -> None:
        super().__init__()
        self.counts: dict[str, list[int]] = {}  # widget -> [paints, pixels]
        self.on = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if self.on and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            assert isinstance(event, QPaintEvent)
            rects = iter(event.region())  # type: ignore[call-overload]  # QRegion iterates its rectangles
            pixels = sum(r.width() * r.height() for r in rects)
            entry = self.counts.setdefault(widget_path(watched), [0, 0])
            entry[0] += 1
            entry[1] += pixels
        return False

    def report(self, runs: int) -> str:
        rows = sorted(self.counts.items(), key=lambda item: -item[1][1])
        total = sum(pixels for _n, pixels in self.counts.values())
        lines = [f"{total / runs:>10,.0f} px per run in all, {len(rows)} widgets painted"]
        for path, (n, pixels) in rows:
            lines.append(f"{pixels / runs:>10,.0f} px {n / runs:>5.1f}× {path}")
        return "\n".join(lines)


def widget_path(widget: QWidget) -> str:
    """`Class#name` of the widget and its named ancestors, innermost last."""
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None:
        name = current.objectName()
        if current is widget or name:
            parts.append(type(current).__name__ + (f"#{name}" if name else ""))
        current = current.parentWidget()
    return " / ".join(reversed(parts[:4]))


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile_window")
    parser.add_argument("action", choices=("open", "create", "verdict", "filter", "sort"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", type=int, default=1_000_000, help="article bytes (default 1 MB)")
    parser.add_argument("--claims", type=int, default=5000)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--paints", action="store_true", help="count paint events per widget")
    args = parser.parse_args()
    use_offscreen()
    from benchmarks.ui import open_window

    with tempfile.TemporaryDirectory(prefix="annotator-profile-") as work:
        config = Config(quick=False, work_dir=Path(work), seed=SEED)
        path, small, big = make_project(config, "profile.annotator", args.size, args.claims)
        _app, window = open_window(Path(work) / "settings", path)
        window.show_article(big)
        settle(window.reader)
        setup, action = actions(window, small, big)[args.action]
        if args.paints:
            print(count_paints(_app, setup, action, args.runs))
            os._exit(0)
        profile = cProfile.Profile()
        for _ in range(args.runs):
            setup()
            profile.enable()
            action()
            profile.disable()
        for order in ("tottime", "cumulative"):
            out = io.StringIO()
            pstats.Stats(profile, stream=out).strip_dirs().sort_stats(order).print_stats(args.top)
            print(
                f"== {args.action}, {args.runs} runs, {args.size:,} bytes, "
                f"{args.claims:,} claims, by {order} =="
            )
            print(out.getvalue().split("\n", 6)[-1])  # the table, without pstats' header lines
        os._exit(0)  # skip teardown


def count_paints(app: Any, setup: Callable[[], None], action: Callable[[], None], runs: int) -> str:
    counter = PaintCounter()
    app.installEventFilter(counter)
    for _ in range(runs):
        setup()
        counter.on = True
        action()
        counter.on = False
    return counter.report(runs)


if __name__ == "__main__":
    raise SystemExit(main())
